import { DpmError } from "@dpm/core";
import type { Network } from "./Network.js";

/**
 * Summary of a network's degree distribution.
 *
 * @category Networks
 */
export interface DegreeStats {
  readonly mean: number;
  readonly variance: number;
  readonly min: number;
  readonly max: number;
  /** `counts[k]` = number of agents with degree k. */
  readonly counts: Uint32Array;
  /** P(K ≥ k) for each k (complementary cumulative distribution). */
  readonly ccdf: Float64Array;
}

/**
 * Degree distribution of a network: mean, variance, extremes, histogram and tail.
 *
 * @param network - the network
 * @returns the statistics
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` when `network` is not a Network
 *
 * @example
 * ```ts
 * import { completeGraph, degreeStats } from "@dpm/agents";
 *
 * const s = degreeStats(completeGraph(5));
 * s.mean; // => 4
 * s.ccdf[4]; // => 1
 * ```
 *
 * @category Networks
 */
export function degreeStats(network: Network): DegreeStats {
  if (typeof network !== "object" || network === null || network.kind !== "network") {
    throw new DpmError("INVALID_ARGUMENT", "degreeStats: network must be a Network (see wattsStrogatz, erdosRenyi, …).", { path: "network" });
  }
  const { size, offsets } = network;
  const raw: unknown = offsets;
  if (typeof size !== "number" || !Number.isInteger(size) || size < 0 || !(raw instanceof Uint32Array || raw instanceof Int32Array || Array.isArray(raw)) || offsets.length !== size + 1) {
    throw new DpmError("INVALID_ARGUMENT", "degreeStats: network is not a valid Network (size must be a whole number and offsets hold size + 1 positions); build it with wattsStrogatz, erdosRenyi, barabasiAlbert or completeGraph.", { path: "network" });
  }
  for (let i = 0; i <= size; i++) {
    const o = offsets[i];
    if (typeof o !== "number" || !Number.isInteger(o) || o < 0 || (i > 0 && o < (offsets[i - 1] as number))) {
      throw new DpmError("INVALID_ARGUMENT", `degreeStats: network.offsets[${i}] is ${String(o)}; offsets must be non-decreasing whole numbers (build the network with one of the generators).`, { path: `network.offsets[${i}]` });
    }
  }
  let max = 0;
  let min = size === 0 ? 0 : Infinity;
  let sum = 0;
  let sum2 = 0;
  for (let i = 0; i < size; i++) {
    const d = (offsets[i + 1] as number) - (offsets[i] as number);
    if (d > max) max = d;
    if (d < min) min = d;
    sum += d;
    sum2 += d * d;
  }
  const counts = new Uint32Array(max + 1);
  for (let i = 0; i < size; i++) {
    const d = (offsets[i + 1] as number) - (offsets[i] as number);
    counts[d] = (counts[d] as number) + 1;
  }
  const ccdf = new Float64Array(max + 1);
  let tail = 0;
  for (let k = max; k >= 0; k--) {
    tail += counts[k] as number;
    ccdf[k] = size === 0 ? 0 : tail / size;
  }
  const mean = size === 0 ? 0 : sum / size;
  return { mean, variance: size === 0 ? 0 : sum2 / size - mean * mean, min, max, counts, ccdf };
}
