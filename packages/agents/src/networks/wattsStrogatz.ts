import { checkOptions, createRng, DpmError, type Seed } from "@dpm/core";
import { assertCount, assertProbability, assertLinks, MAX_AGENTS } from "../engine/validate.js";
import { networkFromEdges, type Network } from "./Network.js";

/**
 * Options for {@link wattsStrogatz}.
 *
 * @category Networks
 */
export interface WattsStrogatzOptions {
  /** Random seed (default 0). */
  readonly seed?: Seed;
}

/**
 * A Watts–Strogatz small world (Watts & Strogatz 1998): a ring where each agent links to its k/2
 * nearest neighbours on each side, then each edge's far end is rewired with probability `beta` to a
 * uniform agent (no self-loops, no duplicate edges). The mean degree stays exactly `k`.
 *
 * @param size - number of agents
 * @param k - lattice degree: an even whole number with 2 ≤ k < size
 * @param beta - rewiring probability in [0, 1] (0 = ring lattice, 1 ≈ random graph)
 * @param options - seed
 * @returns the network
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` for k odd, k ≥ size, or beta outside [0, 1]
 *
 * @example
 * ```ts
 * import { wattsStrogatz } from "@dpm/agents";
 *
 * const g = wattsStrogatz(1000, 10, 0.1, { seed: 7 });
 * g.meanDegree; // => 10
 * ```
 *
 * @category Networks
 */
export function wattsStrogatz(size: number, k: number, beta: number, options: WattsStrogatzOptions = {}): Network {
  assertCount(size, "size", "wattsStrogatz", 3, MAX_AGENTS);
  checkOptions(options, ["seed"], "wattsStrogatz", "{ seed: 1 }");
  assertCount(k, "k", "wattsStrogatz", 2);
  if (k % 2 !== 0 || k >= size) {
    throw new DpmError(
      "INVALID_ARGUMENT",
      `wattsStrogatz: k must be an even whole number smaller than size (${size}), got ${k}; pick an even k < ${size} (k/2 neighbours on each side) or a larger population.`,
      { path: "k", details: { k, size } },
    );
  }
  assertProbability(beta, "beta", "wattsStrogatz");
  const next = createRng(options.seed ?? 0).next;
  const half = k / 2;
  const edges = size * half;
  assertLinks(edges, "wattsStrogatz");
  const from = new Uint32Array(edges);
  const to = new Uint32Array(edges);
  const present = new Set<number>();
  const key = (a: number, b: number) => (a < b ? a * size + b : b * size + a);
  let e = 0;
  for (let i = 0; i < size; i++) {
    for (let j = 1; j <= half; j++) {
      const b = (i + j) % size;
      from[e] = i;
      to[e] = b;
      present.add(key(i, b));
      e++;
    }
  }
  if (beta > 0) {
    // Rewire lap by lap (nearest neighbours first), as in the original construction.
    for (let j = 1; j <= half; j++) {
      for (let i = 0; i < size; i++) {
        if (next() >= beta) continue;
        const idx = i * half + (j - 1);
        const old = to[idx] as number;
        let w = -1;
        for (let tries = 0; tries < 64; tries++) {
          const c = Math.floor(next() * size);
          if (c !== i && !present.has(key(i, c))) {
            w = c;
            break;
          }
        }
        if (w < 0) continue; // agent i is already linked to (nearly) everyone
        present.delete(key(i, old));
        present.add(key(i, w));
        to[idx] = w;
      }
    }
  }
  return networkFromEdges("watts-strogatz", size, from, to, edges);
}
