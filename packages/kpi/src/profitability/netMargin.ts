import { applyKpi } from "../internal/applyKpi.js";
import { finite } from "../internal/checks.js";
import type { KpiInput, KpiResult, KpiSeriesOptions } from "../series/KpiInput.js";
import { revenueBase } from "./revenueBase.js";

const FN = "netMargin";

function netMarginOf(revenue: number, netIncome: number): number {
  revenueBase(revenue, FN, "a net margin");
  finite(netIncome, "netIncome", FN);
  return netIncome / revenue;
}

/**
 * Net margin: net income (after every cost, interest and tax) as a share of revenue,
 * `netIncome / revenue`.
 *
 * - **Unit:** ratio of revenue (0.08 = 8 %); negative for a loss.
 * - **Direction:** higher is better.
 *
 * Like every margin in `@dpm/kpi`, revenue comes first.
 *
 * @param revenue - revenue of the period (> 0)
 * @param netIncome - net income of the same period (any sign)
 * @param options - series options (only used when an input is a series)
 * @returns the net margin
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` for revenue 0 (undefined KPI) or negative; `NON_FINITE`
 *
 * @example
 * ```ts
 * import { netMargin } from "@dpm/kpi";
 *
 * netMargin(250_000, 20_000); // => 0.08
 * netMargin(250_000, -5_000); // => -0.02 (a loss)
 * ```
 *
 * @category Profitability
 */
export function netMargin<R extends KpiInput, N extends KpiInput>(revenue: R, netIncome: N, options?: KpiSeriesOptions): KpiResult<[R, N]> {
  return applyKpi(FN, ["revenue", "netIncome"], [revenue, netIncome], netMarginOf, options) as KpiResult<[R, N]>;
}
