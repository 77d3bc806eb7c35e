import { DpmError } from "@dpm/core";

/**
 * Points for clustering: an array of rows, or a row-major `Float64Array` with `dimensions` given in the options.
 *
 * @category Clustering
 */
export type Points = readonly (readonly number[])[] | Float64Array;

export function toMatrix(points: Points, dimensions: number | undefined, fn: string): { data: Float64Array; n: number; d: number } {
  if (points instanceof Float64Array) {
    if (!(Number.isInteger(dimensions) && dimensions! >= 1) || points.length % dimensions! !== 0) throw new DpmError("INVALID_ARGUMENT", `${fn}: options.dimensions must be an integer ≥ 1 dividing points.length (${points.length}) for Float64Array input`, { path: "options.dimensions" });
    for (let i = 0; i < points.length; i++) if (!Number.isFinite(points[i])) throw new DpmError("NON_FINITE", `${fn}: points[${i}] must be finite`, { path: `points[${i}]` });
    return { data: points, n: points.length / dimensions!, d: dimensions! };
  }
  if (!Array.isArray(points) || points.length === 0) throw new DpmError("EMPTY", `${fn}: points must be a non-empty array of rows or a Float64Array`, { path: "points" });
  const d = points[0]!.length;
  if (!(d >= 1)) throw new DpmError("INVALID_ARGUMENT", `${fn}: points[0] must have at least one feature`, { path: "points[0]" });
  const data = new Float64Array(points.length * d);
  for (let i = 0; i < points.length; i++) {
    const row = points[i]!;
    if (row?.length !== d) throw new DpmError("LENGTH_MISMATCH", `${fn}: points[${i}] has ${row?.length} features, expected ${d}`, { path: `points[${i}]` });
    for (let j = 0; j < d; j++) {
      const v = row[j]!;
      if (!Number.isFinite(v)) throw new DpmError("NON_FINITE", `${fn}: points[${i}][${j}] must be finite, got ${String(v)}`, { path: `points[${i}][${j}]` });
      data[i * d + j] = v;
    }
  }
  if (data.length === 0) throw new DpmError("EMPTY", `${fn}: points has no values`, { path: "points" });
  return { data, n: points.length, d };
}
