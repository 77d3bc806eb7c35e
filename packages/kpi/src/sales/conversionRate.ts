import { DpmError } from "@dpm/core";
import { applyKpi } from "../internal/applyKpi.js";
import { nonNegative, nonZero } from "../internal/checks.js";
import type { KpiInput, KpiResult, KpiSeriesOptions } from "../series/KpiInput.js";

const FN = "conversionRate";

function conversionRateOf(conversions: number, visitors: number): number {
  nonNegative(conversions, "conversions", FN);
  nonNegative(visitors, "visitors", FN);
  nonZero(visitors, "visitors", FN, "a conversion rate");
  if (conversions > visitors) {
    throw new DpmError(
      "INVALID_ARGUMENT",
      `${FN}: conversions (${conversions}) exceed visitors (${visitors}); count converting visitors (or sessions), not orders.`,
      { path: "conversions", details: { conversions, visitors } },
    );
  }
  return conversions / visitors;
}

/**
 * Conversion rate: the share of visitors (or sessions, or leads) who convert,
 * `conversions / visitors`.
 *
 * - **Unit:** ratio (0.021 = 2.1 %).
 * - **Direction:** higher is better.
 *
 * @param conversions - visitors who converted (≥ 0, at most `visitors`)
 * @param visitors - visitors, sessions or leads (> 0)
 * @param options - series options (only used when an input is a series)
 * @returns the conversion rate
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` when `visitors` is 0 (undefined KPI), a count is
 *   negative, or conversions exceed visitors; `NON_FINITE`
 *
 * @example
 * ```ts
 * import { conversionRate } from "@dpm/kpi";
 *
 * conversionRate(1_008, 48_000); // => 0.021
 * ```
 *
 * @category Sales
 */
export function conversionRate<C extends KpiInput, V extends KpiInput>(conversions: C, visitors: V, options?: KpiSeriesOptions): KpiResult<[C, V]> {
  return applyKpi(FN, ["conversions", "visitors"], [conversions, visitors], conversionRateOf, options) as KpiResult<[C, V]>;
}
