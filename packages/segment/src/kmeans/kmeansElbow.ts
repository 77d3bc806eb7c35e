import { DpmError } from "@dpm/core";
import { kmeans } from "./kmeans.js";
import type { KmeansOptions } from "./kmeans.js";
import type { Points } from "./points.js";

/**
 * Inertia for every k in `[kMin, kMax]` (the "elbow" curve) with the same seed and restarts.
 *
 * @param points - rows or row-major data
 * @param kMin - smallest k (≥ 1)
 * @param kMax - largest k (≥ kMin)
 * @param options - options passed to {@link kmeans}
 * @returns `{ k, inertia }` per k
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` for a bad range; anything {@link kmeans} throws
 *
 * @example
 * ```ts
 * import { kmeansElbow } from "@dpm/segment";
 *
 * kmeansElbow([[0], [1], [10], [11]], 1, 2).map((e) => e.inertia); // => [101, 1]
 * ```
 *
 * @category Clustering
 */
export function kmeansElbow(points: Points, kMin: number, kMax: number, options: KmeansOptions = {}): { k: number; inertia: number }[] {
  if (!(Number.isInteger(kMin) && Number.isInteger(kMax) && kMin >= 1 && kMax >= kMin)) throw new DpmError("INVALID_ARGUMENT", `kmeansElbow: need integers 1 ≤ kMin ≤ kMax, got ${kMin} and ${kMax}`, { path: "kMax" });
  const out: { k: number; inertia: number }[] = [];
  for (let k = kMin; k <= kMax; k++) out.push({ k, inertia: kmeans(points, k, options).inertia });
  return out;
}
