import { DpmError } from "@dpm/core";
import { applyKpi } from "../internal/applyKpi.js";
import { describe, finite, nonNegative, undefinedKpi } from "../internal/checks.js";
import type { KpiInput, KpiResult, KpiSeriesOptions } from "../series/KpiInput.js";

const FN = "cagr";

function cagrOf(beginValue: number, endValue: number, years: number): number {
  finite(beginValue, "beginValue", FN);
  nonNegative(endValue, "endValue", FN);
  finite(years, "years", FN);
  if (years <= 0) {
    throw new DpmError("INVALID_ARGUMENT", `${FN}: years must be > 0, got ${describe(years)}.`, { path: "years", details: { value: years } });
  }
  if (beginValue < 0) {
    throw new DpmError("INVALID_ARGUMENT", `${FN}: beginValue must be ≥ 0, got ${describe(beginValue)}; CAGR needs positive values at both ends.`, {
      path: "beginValue",
      details: { value: beginValue },
    });
  }
  if (beginValue === 0) throw undefinedKpi(FN, "beginValue", "beginValue is 0, so there is no compound growth rate from it.");
  return (endValue / beginValue) ** (1 / years) - 1;
}

/**
 * Compound annual growth rate: the constant yearly growth that turns `beginValue` into `endValue`
 * in `years` years, `(endValue / beginValue)^(1 / years) − 1` (the spreadsheet
 * `=(end/begin)^(1/years)-1`, also `RRI(years, begin, end)`).
 *
 * - **Unit:** ratio per year (0.1 = 10 % a year). Pass `years` in years (e.g. 30 months → 2.5).
 * - **Direction:** higher is better.
 *
 * @param beginValue - the value at the start (> 0)
 * @param endValue - the value at the end (≥ 0; 0 gives −1, i.e. −100 %)
 * @param years - the time between them, in years (> 0, fractions allowed)
 * @param options - series options (only used when an input is a series)
 * @returns the compound annual growth rate
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` for `beginValue` 0 (undefined KPI) or negative,
 *   negative `endValue`, `years` ≤ 0; `NON_FINITE` for NaN/±Infinity
 *
 * @example
 * ```ts
 * import { cagr } from "@dpm/kpi";
 *
 * cagr(100_000, 121_000, 2); // => 0.10000000000000009 (10 % a year)
 * cagr(100_000, 133_100, 3).toFixed(4); // => "0.1000"
 * ```
 *
 * @category Growth
 */
export function cagr<B extends KpiInput, E extends KpiInput, Y extends KpiInput>(
  beginValue: B,
  endValue: E,
  years: Y,
  options?: KpiSeriesOptions,
): KpiResult<[B, E, Y]> {
  return applyKpi(FN, ["beginValue", "endValue", "years"], [beginValue, endValue, years], cagrOf, options) as KpiResult<[B, E, Y]>;
}
