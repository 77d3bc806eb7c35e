import { DpmError } from "@dpm/core";
import { kmeansKernel, prepareKmeans } from "./kmeans.js";
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
export function kmeansElbow(points: Points, kMin: number, kMax: number, options?: KmeansOptions): { k: number; inertia: number }[] {
  const FN = "kmeansElbow";
  if (!(typeof kMin === "number" && typeof kMax === "number" && Number.isInteger(kMin) && Number.isInteger(kMax) && kMin >= 1 && kMax >= kMin && kMax - kMin < 1000)) {
    throw new DpmError("INVALID_ARGUMENT", `${FN}: need whole numbers 1 ≤ kMin ≤ kMax with at most 1000 values of k, such as kmeansElbow(points, 1, 8)`, { path: "kMax" });
  }
  // validate everything once, with this function's name (kMax must not exceed the points)
  const { data, n, d, restarts, maxIter, tol, seed } = prepareKmeans(points, kMax, options, FN);
  const out: { k: number; inertia: number }[] = [];
  for (let k = kMin; k <= kMax; k++) out.push({ k, inertia: kmeansKernel(data, n, d, k, restarts, maxIter, tol, seed).inertia });
  return out;
}
