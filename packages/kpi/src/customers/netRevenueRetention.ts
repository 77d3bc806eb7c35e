import { applyKpi } from "../internal/applyKpi.js";
import { nonNegative } from "../internal/checks.js";
import type { KpiInput, KpiResult, KpiSeriesOptions } from "../series/KpiInput.js";
import { revenueLost } from "./revenueMovements.js";

const FN = "netRevenueRetention";

function netRevenueRetentionOf(startingRevenue: number, expansion: number, contraction: number, churned: number): number {
  nonNegative(expansion, "expansion", FN);
  const lost = revenueLost(FN, startingRevenue, contraction, churned);
  return (startingRevenue + expansion - lost) / startingRevenue;
}

/**
 * Net revenue retention (NRR, also net dollar retention): the recurring revenue of the customers of
 * the start of a period at its end, as a share of what they paid at the start,
 * `(startingRevenue + expansion − contraction − churned) / startingRevenue`. New customers are not
 * counted; above 1 means existing customers grow revenue on their own.
 *
 * - **Unit:** ratio per period (1.05 = 105 %).
 * - **Direction:** higher is better.
 *
 * @param startingRevenue - recurring revenue (e.g. MRR) at the start of the period (> 0)
 * @param expansion - extra revenue from upgrades and add-ons of existing customers (≥ 0)
 * @param contraction - revenue lost to downgrades of customers who stayed (≥ 0)
 * @param churned - revenue lost to customers who left (≥ 0)
 * @param options - series options (only used when an input is a series)
 * @returns the net revenue retention
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` when `startingRevenue` is 0 (undefined KPI), an amount
 *   is negative, or more was lost than there was; `NON_FINITE`
 *
 * @example
 * ```ts
 * import { netRevenueRetention } from "@dpm/kpi";
 *
 * netRevenueRetention(20_000, 2_000, 300, 700); // => 1.05
 * ```
 *
 * @category Customers
 */
export function netRevenueRetention<S extends KpiInput, E extends KpiInput, C extends KpiInput, X extends KpiInput>(
  startingRevenue: S,
  expansion: E,
  contraction: C,
  churned: X,
  options?: KpiSeriesOptions,
): KpiResult<[S, E, C, X]> {
  return applyKpi(
    FN,
    ["startingRevenue", "expansion", "contraction", "churned"],
    [startingRevenue, expansion, contraction, churned],
    netRevenueRetentionOf,
    options,
  ) as KpiResult<[S, E, C, X]>;
}
