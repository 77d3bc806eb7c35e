import { DpmError } from "@dpm/core";
import type { KmeansResult } from "./kmeans.js";
import { toMatrix } from "./points.js";
import type { Points } from "./points.js";

/**
 * Assigns new points (e.g. new customers, scaled the same way) to the nearest existing centroid.
 *
 * @param model - a {@link kmeans} result
 * @param points - rows, or row-major data with the model's dimensions
 * @returns the nearest centroid of each point
 * @throws {@link @dpm/core!DpmError} `LENGTH_MISMATCH` when the feature count differs from the model's; `NON_FINITE`
 *
 * @example
 * ```ts
 * import { assignClusters } from "@dpm/segment";
 *
 * const model = { centroids: Float64Array.of(0, 0, 10, 10), labels: new Int32Array(0), inertia: 0, iterations: 0, dimensions: 2 };
 * assignClusters(model, [[1, 1], [9, 8]]); // => Int32Array [0, 1]
 * ```
 *
 * @category Clustering
 */
export function assignClusters(model: KmeansResult, points: Points): Int32Array {
  const FN = "assignClusters";
  if (!(model?.centroids instanceof Float64Array) || !(typeof model.dimensions === "number" && Number.isInteger(model.dimensions) && model.dimensions >= 1) || model.centroids.length === 0 || model.centroids.length % model.dimensions !== 0 || !model.centroids.every(Number.isFinite)) throw new DpmError("INVALID_ARGUMENT", `${FN}: model must be a kmeans result (finite k × dimensions centroids); pass what kmeans returned`, { path: "model" });
  const { data, n, d } = toMatrix(points, model.dimensions, FN);
  if (d !== model.dimensions) throw new DpmError("LENGTH_MISMATCH", `${FN}: points have ${d} features, the model ${model.dimensions}`, { path: "points" });
  const c = model.centroids;
  const k = c.length / d;
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    let best = 0;
    let bestD = Infinity;
    for (let m = 0; m < k; m++) {
      let s = 0;
      for (let j = 0; j < d; j++) {
        const t = data[i * d + j]! - c[m * d + j]!;
        s += t * t;
      }
      if (s < bestD) {
        bestD = s;
        best = m;
      }
    }
    out[i] = best;
  }
  return out;
}
