import { checkOptions, DpmError, toFiniteArray } from "@dpm/core";
import type { SamplePaths } from "../intervals/Forecast.js";

/**
 * The continuous ranked probability score of a forecast given by sample paths (e.g. a forecast's
 * `paths`), averaged over the horizon: at each step CRPS = E|X − y| − ½ E|X − X′| over the
 * empirical distribution of the paths' values (computed exactly from the sorted sample in
 * O(m log m)). Lower is better; for a point mass it is the absolute error, and it is in the units
 * of the data. With many paths from N(μ, σ²) it approaches the closed form
 * σ[z(2Φ(z) − 1) + 2φ(z) − 1/√π], z = (y − μ)/σ.
 *
 * @param actual - the observed values, one per step (at most `paths.horizon`)
 * @param paths - `{ count, horizon, values }` with `count × horizon` values, path after path
 * @returns the mean CRPS over the observed steps
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` for malformed paths or more actual values than
 *   steps, `NON_FINITE` for NaN/±Infinity, `EMPTY` for no actual values
 *
 * @example
 * ```ts
 * import { crpsFromPaths } from "@dpm/forecast";
 *
 * // two paths, one step: values 0 and 2, actual 1 → E|X − 1| = 1, ½E|X − X′| = ½ · 1
 * crpsFromPaths([1], { count: 2, horizon: 1, values: new Float64Array([0, 2]) }); // => 0.5
 * ```
 *
 * @category Accuracy
 */
export function crpsFromPaths(actual: ArrayLike<number>, paths: SamplePaths): number {
  const fn = "crpsFromPaths";
  const y = toFiniteArray(actual, "actual", fn, { minLength: 1 });
  if (typeof paths !== "object" || paths === null) throw new DpmError("INVALID_ARGUMENT", `${fn}: paths must be { count, horizon, values } (a forecast's paths).`, { path: "paths" });
  checkOptions(paths, ["count", "horizon", "values"], fn, "{ count, horizon, values }");
  const { count, horizon } = paths;
  if (!Number.isSafeInteger(count) || count < 1 || !Number.isSafeInteger(horizon) || horizon < 1 || count * horizon > 1e8) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: paths.count and paths.horizon must be integers ≥ 1 (count × horizon ≤ 1e8).`, { path: "paths" });
  }
  const values = toFiniteArray(paths.values, "paths.values", fn);
  if (values.length !== count * horizon) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: paths.values has ${values.length} values but count × horizon = ${count * horizon}.`, { path: "paths.values" });
  }
  if (y.length > horizon) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: ${y.length} actual values but the paths have ${horizon} steps; pass at most one actual value per step.`, { path: "actual" });
  }
  const col = new Float64Array(count);
  let total = 0;
  for (let h = 0; h < y.length; h++) {
    for (let k = 0; k < count; k++) col[k] = values[k * horizon + h] as number;
    col.sort();
    const obs = y[h] as number;
    let abs = 0;
    let pair = 0;
    for (let i = 0; i < count; i++) {
      const x = col[i] as number;
      abs += Math.abs(x - obs);
      pair += (2 * (i + 1) - count - 1) * x;
    }
    // E|X − X′| = (2 / m²) Σ (2i − m − 1) x_(i)
    total += abs / count - pair / (count * count);
  }
  const out = total / y.length;
  if (!Number.isFinite(out)) throw new DpmError("NON_FINITE", `${fn}: the score overflows; rescale the data.`, { path: "paths.values" });
  return out;
}
