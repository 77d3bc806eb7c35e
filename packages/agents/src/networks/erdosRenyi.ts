import { checkOptions, createRng, DpmError, type Seed } from "@dpm/core";
import { assertCount, assertNumber, assertLinks, MAX_AGENTS } from "../engine/validate.js";
import { networkFromEdges, type Network } from "./Network.js";

/**
 * Options for {@link erdosRenyi}.
 *
 * @category Networks
 */
export interface ErdosRenyiOptions {
  /** Random seed (default 0). */
  readonly seed?: Seed;
}

/**
 * An Erdős–Rényi G(n, p) random graph with edge probability p = meanDegree / (n − 1), generated in
 * O(n + edges) by geometric skipping (Batagelj & Brandes 2005). Expected mean degree: `meanDegree`.
 *
 * @param size - number of agents (≥ 2)
 * @param meanDegree - expected mean degree, in [0, n − 1]
 * @param options - seed
 * @returns the network
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` when the mean degree cannot be realised (negative or ≥ n)
 *
 * @example
 * ```ts
 * import { erdosRenyi } from "@dpm/agents";
 *
 * const g = erdosRenyi(2000, 8, { seed: 1 });
 * Math.abs(g.meanDegree - 8) < 0.5; // => true
 * ```
 *
 * @category Networks
 */
export function erdosRenyi(size: number, meanDegree: number, options: ErdosRenyiOptions = {}): Network {
  assertCount(size, "size", "erdosRenyi", 2, MAX_AGENTS);
  checkOptions(options, ["seed"], "erdosRenyi", "{ seed: 1 }");
  assertNumber(meanDegree, "meanDegree", "erdosRenyi");
  if (meanDegree < 0 || meanDegree > size - 1) {
    throw new DpmError("INVALID_ARGUMENT", `erdosRenyi: meanDegree must be in [0, ${size - 1}] for ${size} agents, got ${meanDegree}.`, {
      path: "meanDegree",
    });
  }
  assertLinks((size * meanDegree) / 2, "erdosRenyi");
  const p = meanDegree / (size - 1);
  const next = createRng(options.seed ?? 0).next;
  let capacity = Math.max(16, Math.ceil((size * meanDegree) / 2 + 6 * Math.sqrt((size * meanDegree) / 2 + 1)));
  let from = new Uint32Array(capacity);
  let to = new Uint32Array(capacity);
  let edges = 0;
  if (p >= 1) {
    for (let v = 1; v < size; v++) for (let w = 0; w < v; w++) add(v, w);
  } else if (Math.log1p(-p) < 0) {
    // p so small that log(1 − p) rounds to 0 means no edge in any realistic graph.
    const logq = Math.log1p(-p);
    let v = 1;
    let w = -1;
    while (v < size) {
      w += 1 + Math.floor(Math.log(1 - next()) / logq);
      while (w >= v && v < size) {
        w -= v;
        v++;
      }
      if (v < size) add(v, w);
    }
  }
  return networkFromEdges("erdos-renyi", size, from, to, edges);

  function add(a: number, b: number) {
    if (edges === capacity) {
      capacity *= 2;
      const f = new Uint32Array(capacity);
      f.set(from);
      from = f;
      const t = new Uint32Array(capacity);
      t.set(to);
      to = t;
    }
    from[edges] = a;
    to[edges] = b;
    edges++;
  }
}
