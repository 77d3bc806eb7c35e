import { checkOptions, DpmError } from "@dpm/core";
import { toMatrix } from "./points.js";
import type { Points } from "./points.js";

/**
 * Options of {@link standardize}.
 *
 * @category Clustering
 */
export interface StandardizeOptions {
  /** `"zscore"` (mean / population sd, default) or `"robust"` (median / IQR). */
  readonly method?: "zscore" | "robust";
  /** Features per point, required for `Float64Array` input. */
  readonly dimensions?: number;
}

/**
 * Result of {@link standardize}: scaled row-major data and the per-feature centre and scale used.
 *
 * @category Clustering
 */
export interface StandardizeResult {
  readonly data: Float64Array;
  readonly dimensions: number;
  readonly center: Float64Array;
  readonly scale: Float64Array;
}

/**
 * Standardises every feature: `(x − centre) / scale`, with mean/sd or median/IQR.
 *
 * @param points - rows or row-major data (not mutated)
 * @param options - method and dimensions
 * @returns scaled data plus centre and scale
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` when a feature is constant (scale 0); `NON_FINITE`; `EMPTY`
 *
 * @example
 * ```ts
 * import { standardize } from "@dpm/segment";
 *
 * standardize([[1], [2], [3]]).data; // => Float64Array [-1.224744871391589, 0, 1.224744871391589]
 * ```
 *
 * @category Clustering
 */
export function standardize(points: Points, options?: StandardizeOptions): StandardizeResult {
  const FN = "standardize";
  const opts = checkOptions(options, ["method", "dimensions"], FN, '{ method: "robust" }');
  const { data, n, d } = toMatrix(points, opts.dimensions, FN);
  const method = opts.method ?? "zscore";
  if (method !== "zscore" && method !== "robust") throw new DpmError("INVALID_ARGUMENT", `${FN}: options.method must be "zscore" or "robust"`, { path: "options.method" });
  const center = new Float64Array(d);
  const scale = new Float64Array(d);
  const col = new Float64Array(n);
  for (let j = 0; j < d; j++) {
    for (let i = 0; i < n; i++) col[i] = data[i * d + j]!;
    if (method === "zscore") {
      let m = 0;
      for (let i = 0; i < n; i++) m += col[i]!;
      m /= n;
      let v = 0;
      for (let i = 0; i < n; i++) v += (col[i]! - m) ** 2;
      center[j] = m;
      scale[j] = Math.sqrt(v / n);
    } else {
      col.sort();
      const q = (p: number) => {
        const h = (n - 1) * p;
        const lo = Math.floor(h);
        return col[lo]! + (h - lo) * ((col[Math.min(lo + 1, n - 1)]! - col[lo]!));
      };
      center[j] = q(0.5);
      scale[j] = q(0.75) - q(0.25);
    }
    if (!(scale[j]! > 0)) throw new DpmError("INVALID_ARGUMENT", `${FN}: feature ${j} has zero spread (all values identical or IQR 0); drop it or use the other method`, { path: `points[*][${j}]` });
  }
  const out = new Float64Array(n * d);
  for (let i = 0; i < n; i++) for (let j = 0; j < d; j++) out[i * d + j] = (data[i * d + j]! - center[j]!) / scale[j]!;
  return { data: out, dimensions: d, center, scale };
}
