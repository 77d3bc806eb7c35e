import { applyKpi } from "../internal/applyKpi.js";
import { nonNegative } from "../internal/checks.js";
import type { KpiInput, KpiResult, KpiSeriesOptions } from "../series/KpiInput.js";
import { revenueBase } from "./revenueBase.js";

const FN = "contributionMarginRatio";

function contributionMarginRatioOf(revenue: number, variableCosts: number): number {
  revenueBase(revenue, FN, "a contribution margin ratio");
  nonNegative(variableCosts, "variableCosts", FN);
  return (revenue - variableCosts) / revenue;
}

/**
 * Contribution margin ratio: the share of each sale left for fixed costs and profit,
 * `(revenue − variableCosts) / revenue`. Feed it to {@link breakEvenRevenue}.
 *
 * - **Unit:** ratio of revenue (0.6 = 60 %).
 * - **Direction:** higher is better.
 *
 * @param revenue - revenue (or a unit price), > 0
 * @param variableCosts - variable costs (or the variable cost of one unit), ≥ 0
 * @param options - series options (only used when an input is a series)
 * @returns the contribution margin ratio
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` for revenue 0 (undefined KPI) or negative, negative
 *   variable costs; `NON_FINITE`
 *
 * @example
 * ```ts
 * import { contributionMarginRatio } from "@dpm/kpi";
 *
 * contributionMarginRatio(5, 2); // => 0.6
 * ```
 *
 * @category Profitability
 */
export function contributionMarginRatio<R extends KpiInput, V extends KpiInput>(revenue: R, variableCosts: V, options?: KpiSeriesOptions): KpiResult<[R, V]> {
  return applyKpi(FN, ["revenue", "variableCosts"], [revenue, variableCosts], contributionMarginRatioOf, options) as KpiResult<[R, V]>;
}
