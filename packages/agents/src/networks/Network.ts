import { DpmError } from "@dpm/core";

/**
 * An undirected interaction network in compressed sparse row (CSR) form: the neighbours of agent
 * `i` are `targets[offsets[i] … offsets[i+1])`. Queries read these arrays and never allocate.
 *
 * @category Networks
 */
export interface Network {
  readonly kind: "network";
  /** Generator name, e.g. `"watts-strogatz"`. */
  readonly name: string;
  /** Number of agents (nodes). */
  readonly size: number;
  /** Row offsets, length `size + 1`. */
  readonly offsets: Uint32Array;
  /** Neighbour indices, length `2 × edges`. */
  readonly targets: Uint32Array;
  /** Number of undirected edges. */
  readonly edges: number;
  /** Mean degree, 2 × edges / size. */
  readonly meanDegree: number;
  /** Degree of agent `i`. */
  degree(i: number): number;
  /** The k-th neighbour of agent `i` (0 ≤ k < degree(i)). */
  neighbour(i: number, k: number): number;
  /** A neighbour of `i` picked by a uniform draw `u` in [0, 1), or −1 for an isolated agent. */
  randomNeighbour(i: number, u: number): number;
}

/**
 * Random mixing: every agent meets every other with equal probability; no stored edges.
 *
 * @category Networks
 */
export interface RandomMixing {
  readonly kind: "mixing";
  readonly name: "random-mixing";
  /** Number of agents. */
  readonly size: number;
}

/**
 * Who interacts with whom: a {@link Network} or {@link RandomMixing}.
 *
 * @category Networks
 */
export type Interaction = Network | RandomMixing;

/**
 * @internal Builds a CSR network from an undirected edge list (no self-loops or duplicates expected).
 */
export function networkFromEdges(name: string, size: number, from: Uint32Array, to: Uint32Array, edges: number): Network {
  const offsets = new Uint32Array(size + 1);
  for (let e = 0; e < edges; e++) {
    const a = (from[e] as number) + 1;
    const b = (to[e] as number) + 1;
    offsets[a] = (offsets[a] as number) + 1;
    offsets[b] = (offsets[b] as number) + 1;
  }
  for (let i = 0; i < size; i++) offsets[i + 1] = (offsets[i + 1] as number) + (offsets[i] as number);
  const fill = offsets.slice(0, size);
  const targets = new Uint32Array(2 * edges);
  for (let e = 0; e < edges; e++) {
    const a = from[e] as number;
    const b = to[e] as number;
    const fa = fill[a] as number;
    const fb = fill[b] as number;
    targets[fa] = b;
    fill[a] = fa + 1;
    targets[fb] = a;
    fill[b] = fb + 1;
  }
  // Sort each row so neighbour order does not depend on generation order.
  for (let i = 0; i < size; i++) {
    const row = targets.subarray(offsets[i], offsets[i + 1]);
    if (row.length > 1) row.sort();
  }
  return makeNetwork(name, size, offsets, targets);
}

/** @internal Wraps CSR arrays (trusted) as a {@link Network}. */
export function makeNetwork(name: string, size: number, offsets: Uint32Array, targets: Uint32Array): Network {
  const edges = targets.length / 2;
  return Object.freeze({
    kind: "network" as const,
    name,
    size,
    offsets,
    targets,
    edges,
    meanDegree: size === 0 ? 0 : (2 * edges) / size,
    degree(i: number): number {
      return (offsets[i + 1] as number) - (offsets[i] as number);
    },
    neighbour(i: number, k: number): number {
      const start = offsets[i] as number;
      if (!(k >= 0 && start + k < (offsets[i + 1] as number))) {
        throw new DpmError("INVALID_ARGUMENT", `Network.neighbour: agent ${i} has ${(offsets[i + 1] as number) - start} neighbours; k=${k} is out of range.`, {
          path: "k",
        });
      }
      return targets[start + k] as number;
    },
    randomNeighbour(i: number, u: number): number {
      const start = offsets[i] as number;
      const d = (offsets[i + 1] as number) - start;
      return d === 0 ? -1 : (targets[start + Math.floor(u * d)] as number);
    },
  });
}
