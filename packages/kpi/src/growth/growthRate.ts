import { applyKpi } from "../internal/applyKpi.js";
import { finite, undefinedKpi } from "../internal/checks.js";
import type { KpiInput, KpiResult, KpiSeriesOptions } from "../series/KpiInput.js";

const FN = "growthRate";

function growthRateOf(current: number, previous: number): number {
  finite(current, "current", FN);
  finite(previous, "previous", FN);
  if (previous === 0) throw undefinedKpi(FN, "previous", "previous is 0, so growth from it is undefined.");
  return (current - previous) / Math.abs(previous);
}

/**
 * Growth from one value to the next: `(current − previous) / |previous|`.
 *
 * - **Unit:** ratio (0.1 = 10 %).
 * - **Direction:** higher is better (for revenue, customers, profit).
 *
 * Dividing by `|previous|` keeps the sign meaningful when the base is negative (a loss shrinking
 * from −100 to −50 is +50 %); for positive bases it equals the spreadsheet `current / previous − 1`.
 * For a whole series, {@link periodOverPeriod} and {@link yearOverYear} line the periods up for you.
 *
 * @param current - the value now
 * @param previous - the value it is compared with
 * @param options - series options (only used when an input is a series)
 * @returns the growth rate (a series when an input is a series)
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` (undefined KPI) when `previous` is 0; `NON_FINITE`
 *   for NaN/±Infinity; `LENGTH_MISMATCH`/`FREQUENCY_MISMATCH` for series that do not align
 *
 * @example
 * ```ts
 * import { growthRate } from "@dpm/kpi";
 *
 * growthRate(132_000, 120_000); // => 0.1 (10 % growth)
 * growthRate(-50, -100); // => 0.5 (the loss halved)
 * ```
 *
 * @category Growth
 */
export function growthRate<C extends KpiInput, P extends KpiInput>(current: C, previous: P, options?: KpiSeriesOptions): KpiResult<[C, P]> {
  return applyKpi(FN, ["current", "previous"], [current, previous], growthRateOf, options) as KpiResult<[C, P]>;
}
