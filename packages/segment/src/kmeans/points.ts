import { DpmError } from "@dpm/core";
import { describe } from "../internal/checks.js";

/**
 * Points for clustering: an array of rows, or a row-major `Float64Array` with `dimensions` given in the options.
 *
 * @category Clustering
 */
export type Points = readonly (readonly number[])[] | Float64Array;

/** Largest number of features per point. */
export const MAX_DIMENSIONS = 10_000;

export function toMatrix(points: Points, dimensions: number | undefined, fn: string): { data: Float64Array; n: number; d: number } {
  if (points instanceof Float64Array) {
    if (!(typeof dimensions === "number" && Number.isInteger(dimensions) && dimensions >= 1 && dimensions <= MAX_DIMENSIONS) || points.length % dimensions !== 0 || points.length === 0) throw new DpmError("INVALID_ARGUMENT", `${fn}: options.dimensions must be an integer ≥ 1 dividing points.length (${points.length}) for Float64Array input`, { path: "options.dimensions" });
    for (let i = 0; i < points.length; i++) if (!Number.isFinite(points[i])) throw new DpmError("NON_FINITE", `${fn}: points[${i}] must be finite`, { path: `points[${i}]` });
    return { data: points, n: points.length / dimensions!, d: dimensions! };
  }
  if (!Array.isArray(points) || points.length === 0) throw new DpmError("EMPTY", `${fn}: points must be a non-empty array of rows or a Float64Array`, { path: "points" });
  const first: unknown = points[0];
  if (!Array.isArray(first)) throw new DpmError("INVALID_ARGUMENT", `${fn}: points[0] must be an array of numbers (one row per point), got ${first === null ? "null" : typeof first}`, { path: "points[0]" });
  const d = first.length;
  if (d > MAX_DIMENSIONS) throw new DpmError("INVALID_ARGUMENT", `${fn}: points have ${d} features; at most ${MAX_DIMENSIONS} are supported`, { path: "points[0]" });
  if (!(d >= 1)) throw new DpmError("INVALID_ARGUMENT", `${fn}: points[0] must have at least one feature`, { path: "points[0]" });
  const data = new Float64Array(points.length * d);
  for (let i = 0; i < points.length; i++) {
    const row: unknown = points[i];
    if (!Array.isArray(row) || row.length !== d) throw new DpmError("LENGTH_MISMATCH", `${fn}: points[${i}] has ${Array.isArray(row) ? row.length : 0} features (must be an array of numbers), expected ${d}`, { path: `points[${i}]` });
    for (let j = 0; j < d; j++) {
      const v: unknown = row[j];
      if (typeof v !== "number" || !Number.isFinite(v)) throw new DpmError("NON_FINITE", `${fn}: points[${i}][${j}] must be a finite number, got ${describe(v)}`, { path: `points[${i}][${j}]` });
      data[i * d + j] = v;
    }
  }
  if (data.length === 0) throw new DpmError("EMPTY", `${fn}: points has no values`, { path: "points" });
  return { data, n: points.length, d };
}
