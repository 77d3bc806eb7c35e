import { checkOptions, createRng, DpmError, type Seed } from "@dpm/core";
import { assertCount, assertLinks, MAX_AGENTS } from "../engine/validate.js";
import { networkFromEdges, type Network } from "./Network.js";

/**
 * Options for {@link barabasiAlbert}.
 *
 * @category Networks
 */
export interface BarabasiAlbertOptions {
  /** Random seed (default 0). */
  readonly seed?: Seed;
}

/**
 * A Barabási–Albert scale-free network (Barabási & Albert 1999): start from a complete graph on
 * m + 1 agents, then each new agent links to m distinct existing agents chosen with probability
 * proportional to their degree. Mean degree → 2m; the degree distribution has the heavy tail
 * P(K = k) = 2m(m+1) / (k(k+1)(k+2)), so P(K ≥ k) ≈ m(m+1) / (k(k+1)).
 *
 * @param size - number of agents
 * @param m - links per new agent: a whole number with 1 ≤ m < size
 * @param options - seed
 * @returns the network
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` when m < 1 or m ≥ size
 *
 * @example
 * ```ts
 * import { barabasiAlbert } from "@dpm/agents";
 *
 * const g = barabasiAlbert(5000, 3, { seed: 1 });
 * g.meanDegree; // => 5.9976
 * ```
 *
 * @category Networks
 */
export function barabasiAlbert(size: number, m: number, options: BarabasiAlbertOptions = {}): Network {
  assertCount(size, "size", "barabasiAlbert", 2, MAX_AGENTS);
  assertCount(m, "m", "barabasiAlbert", 1);
  checkOptions(options, ["seed"], "barabasiAlbert", "{ seed: 1 }");
  if (m >= size) {
    throw new DpmError("INVALID_ARGUMENT", `barabasiAlbert: m (links per new agent) must be smaller than size (${size}), got ${m}.`, {
      path: "m",
      details: { m, size },
    });
  }
  const seedEdges = (m * (m + 1)) / 2;
  const edges = seedEdges + (size - m - 1) * m;
  assertLinks(edges, "barabasiAlbert");
  const next = createRng(options.seed ?? 0).next;
  const from = new Uint32Array(edges);
  const to = new Uint32Array(edges);
  const ends = new Uint32Array(2 * edges); // every edge end: picking one uniformly is degree-proportional
  let e = 0;
  for (let a = 0; a <= m; a++) {
    for (let b = 0; b < a; b++) {
      from[e] = a;
      to[e] = b;
      ends[2 * e] = a;
      ends[2 * e + 1] = b;
      e++;
    }
  }
  const chosen = new Int32Array(m);
  for (let v = m + 1; v < size; v++) {
    const pool = 2 * e;
    let c = 0;
    while (c < m) {
      const t = ends[Math.floor(next() * pool)] as number;
      let dup = false;
      for (let x = 0; x < c; x++) if (chosen[x] === t) dup = true;
      if (!dup) chosen[c++] = t;
    }
    for (let x = 0; x < m; x++) {
      const t = chosen[x] as number;
      from[e] = v;
      to[e] = t;
      ends[2 * e] = v;
      ends[2 * e + 1] = t;
      e++;
    }
  }
  return networkFromEdges("barabasi-albert", size, from, to, edges);
}
