import type { Network } from "../src/networks/Network.js";

/** @internal Test helper: checks CSR symmetry, no self-loops, no duplicate edges. */
export function isSimpleUndirected(g: Network): boolean {
  const seen = new Set<number>();
  for (let i = 0; i < g.size; i++) {
    for (let k = 0; k < g.degree(i); k++) {
      const j = g.neighbour(i, k);
      if (j === i || j >= g.size) return false;
      const key = i * g.size + j;
      if (seen.has(key)) return false;
      seen.add(key);
    }
  }
  for (const key of seen) {
    const i = Math.floor(key / g.size);
    const j = key % g.size;
    if (!seen.has(j * g.size + i)) return false;
  }
  return true;
}
