import { applyKpi } from "../internal/applyKpi.js";
import type { KpiInput, KpiResult, KpiSeriesOptions } from "../series/KpiInput.js";
import { revenueLost } from "./revenueMovements.js";

const FN = "grossRevenueRetention";

function grossRevenueRetentionOf(startingRevenue: number, contraction: number, churned: number): number {
  return (startingRevenue - revenueLost(FN, startingRevenue, contraction, churned)) / startingRevenue;
}

/**
 * Gross revenue retention (GRR): the share of the recurring revenue at the start of a period kept
 * after downgrades and cancellations, `(startingRevenue − contraction − churned) / startingRevenue`.
 * Expansion is not counted, so GRR never exceeds 1.
 *
 * - **Unit:** ratio per period, in [0, 1].
 * - **Direction:** higher is better.
 *
 * @param startingRevenue - recurring revenue (e.g. MRR) at the start of the period (> 0)
 * @param contraction - revenue lost to downgrades of customers who stayed (≥ 0)
 * @param churned - revenue lost to customers who left (≥ 0)
 * @param options - series options (only used when an input is a series)
 * @returns the gross revenue retention
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` when `startingRevenue` is 0 (undefined KPI), an amount
 *   is negative, or more was lost than there was; `NON_FINITE`
 *
 * @example
 * ```ts
 * import { grossRevenueRetention } from "@dpm/kpi";
 *
 * grossRevenueRetention(20_000, 300, 700); // => 0.95
 * ```
 *
 * @category Customers
 */
export function grossRevenueRetention<S extends KpiInput, C extends KpiInput, X extends KpiInput>(
  startingRevenue: S,
  contraction: C,
  churned: X,
  options?: KpiSeriesOptions,
): KpiResult<[S, C, X]> {
  return applyKpi(FN, ["startingRevenue", "contraction", "churned"], [startingRevenue, contraction, churned], grossRevenueRetentionOf, options) as KpiResult<[S, C, X]>;
}
