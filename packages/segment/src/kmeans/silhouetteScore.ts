import { checkOptions, createRng, DpmError } from "@dpm/core";
import { intOption } from "../internal/checks.js";
import type { Seed } from "@dpm/core";
import { toMatrix } from "./points.js";
import type { Points } from "./points.js";

/**
 * Options of {@link silhouetteScore}.
 *
 * @category Clustering
 */
export interface SilhouetteOptions {
  /** Features per point for `Float64Array` input. */
  readonly dimensions?: number;
  /** Evaluate on a random sample of this many points (default: all, up to 2000; 2 to 20,000 — the cost grows with its square). */
  readonly sampleSize?: number;
  /** Seed of the sample. Default 1. */
  readonly seed?: Seed;
}

/**
 * Mean silhouette coefficient (−1..1, higher = better separated) of a clustering, computed on a
 * seeded sample to keep it O(sample²).
 *
 * @param points - rows or row-major data
 * @param labels - cluster per point
 * @param options - sample size and seed
 * @returns the mean silhouette
 * @throws {@link @dpm/core!DpmError} `LENGTH_MISMATCH`; `INVALID_ARGUMENT` for fewer than 2 clusters
 *
 * @example
 * ```ts
 * import { silhouetteScore } from "@dpm/segment";
 *
 * silhouetteScore([[0], [1], [10], [11]], [0, 0, 1, 1]).toFixed(3); // => "0.900"
 * ```
 *
 * @category Clustering
 */
export function silhouetteScore(points: Points, labels: ArrayLike<number>, options?: SilhouetteOptions): number {
  const FN = "silhouetteScore";
  const opts = checkOptions(options, ["dimensions", "sampleSize", "seed"], FN, "{ sampleSize: 2000 }");
  const { data, n, d } = toMatrix(points, opts.dimensions, FN);
  if (labels?.length !== n) throw new DpmError("LENGTH_MISMATCH", `${FN}: labels must have one entry per point (${n})`, { path: "labels" });
  const size = Math.min(n, intOption(opts.sampleSize, 2000, 2, 20_000, "options.sampleSize", FN));
  let idx = Int32Array.from({ length: n }, (_, i) => i);
  if (size < n) {
    const rng = createRng(opts.seed ?? 1);
    for (let i = 0; i < size; i++) {
      const j = i + Math.floor(rng.next() * (n - i));
      const t = idx[i]!;
      idx[i] = idx[j]!;
      idx[j] = t;
    }
    idx = idx.slice(0, size);
  }
  let maxL = 0;
  for (let i = 0; i < n; i++) {
    const l = labels[i]!;
    if (!(typeof l === "number" && Number.isInteger(l) && l >= 0 && l < n)) throw new DpmError("INVALID_ARGUMENT", `${FN}: labels[${i}] must be a cluster index, a whole number from 0 to ${n - 1} (fewer clusters than points)`, { path: `labels[${i}]` });
    if (l > maxL) maxL = l;
  }
  const k = maxL + 1;
  const sums = new Float64Array(k);
  const counts = new Float64Array(k);
  for (const i of idx) counts[labels[i]!] = counts[labels[i]!]! + 1;
  if (counts.filter((c) => c > 0).length < 2) throw new DpmError("INVALID_ARGUMENT", `${FN}: needs at least 2 non-empty clusters in the sample`, { path: "labels" });
  let total = 0;
  for (const i of idx) {
    sums.fill(0);
    for (const j of idx) {
      if (i === j) continue;
      let s = 0;
      for (let q = 0; q < d; q++) {
        const t = data[i * d + q]! - data[j * d + q]!;
        s += t * t;
      }
      sums[labels[j]!] = sums[labels[j]!]! + Math.sqrt(s);
    }
    const own = labels[i]!;
    if (counts[own]! <= 1) continue; // silhouette 0 for singletons
    const a = sums[own]! / (counts[own]! - 1);
    let b = Infinity;
    for (let m = 0; m < k; m++) if (m !== own && counts[m]! > 0) b = Math.min(b, sums[m]! / counts[m]!);
    total += (b - a) / Math.max(a, b);
  }
  return total / idx.length;
}
