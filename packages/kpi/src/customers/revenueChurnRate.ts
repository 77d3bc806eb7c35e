import { applyKpi } from "../internal/applyKpi.js";
import type { KpiInput, KpiResult, KpiSeriesOptions } from "../series/KpiInput.js";
import { revenueLost } from "./revenueMovements.js";

const FN = "revenueChurnRate";

function revenueChurnRateOf(startingRevenue: number, contraction: number, churned: number): number {
  return revenueLost(FN, startingRevenue, contraction, churned) / startingRevenue;
}

/**
 * Gross revenue churn rate: the share of the recurring revenue at the start of a period lost to
 * downgrades and cancellations, `(contraction + churned) / startingRevenue` (= 1 − {@link grossRevenueRetention}).
 * Revenue from new customers and expansion does not offset it.
 *
 * - **Unit:** ratio per period.
 * - **Direction:** lower is better.
 *
 * @param startingRevenue - recurring revenue (e.g. MRR) at the start of the period (> 0)
 * @param contraction - revenue lost to downgrades of customers who stayed (≥ 0)
 * @param churned - revenue lost to customers who left (≥ 0)
 * @param options - series options (only used when an input is a series)
 * @returns the revenue churn rate
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` when `startingRevenue` is 0 (undefined KPI), an amount
 *   is negative, or more was lost than there was; `NON_FINITE`
 *
 * @example
 * ```ts
 * import { revenueChurnRate } from "@dpm/kpi";
 *
 * revenueChurnRate(20_000, 300, 700); // => 0.05
 * ```
 *
 * @category Customers
 */
export function revenueChurnRate<S extends KpiInput, C extends KpiInput, X extends KpiInput>(
  startingRevenue: S,
  contraction: C,
  churned: X,
  options?: KpiSeriesOptions,
): KpiResult<[S, C, X]> {
  return applyKpi(FN, ["startingRevenue", "contraction", "churned"], [startingRevenue, contraction, churned], revenueChurnRateOf, options) as KpiResult<[S, C, X]>;
}
