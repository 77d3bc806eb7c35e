import { applyKpi } from "../internal/applyKpi.js";
import { nonNegative } from "../internal/checks.js";
import type { KpiInput, KpiResult, KpiSeriesOptions } from "../series/KpiInput.js";

const FN = "contributionMargin";

function contributionMarginOf(revenue: number, variableCosts: number): number {
  nonNegative(revenue, "revenue", FN);
  nonNegative(variableCosts, "variableCosts", FN);
  return revenue - variableCosts;
}

/**
 * Contribution margin: what sales contribute to fixed costs and profit, `revenue − variableCosts`.
 * Per unit, pass the price and the variable cost of one unit.
 *
 * - **Unit:** currency (per period, or per unit for unit inputs); negative when each sale loses money.
 * - **Direction:** higher is better.
 *
 * @param revenue - revenue (or the price of one unit), ≥ 0
 * @param variableCosts - the costs that scale with volume (or per unit), ≥ 0
 * @param options - series options (only used when an input is a series)
 * @returns the contribution margin as an amount; see {@link contributionMarginRatio} for the share
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` for negative inputs; `NON_FINITE`
 *
 * @example
 * ```ts
 * import { contributionMargin } from "@dpm/kpi";
 *
 * contributionMargin(4.5, 1.3); // => 3.2 (each €4.50 latte contributes €3.20)
 * ```
 *
 * @category Profitability
 */
export function contributionMargin<R extends KpiInput, V extends KpiInput>(revenue: R, variableCosts: V, options?: KpiSeriesOptions): KpiResult<[R, V]> {
  return applyKpi(FN, ["revenue", "variableCosts"], [revenue, variableCosts], contributionMarginOf, options) as KpiResult<[R, V]>;
}
