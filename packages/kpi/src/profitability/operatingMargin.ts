import { applyKpi } from "../internal/applyKpi.js";
import { finite } from "../internal/checks.js";
import type { KpiInput, KpiResult, KpiSeriesOptions } from "../series/KpiInput.js";
import { revenueBase } from "./revenueBase.js";

const FN = "operatingMargin";

function operatingMarginOf(revenue: number, operatingIncome: number): number {
  revenueBase(revenue, FN, "an operating margin");
  finite(operatingIncome, "operatingIncome", FN);
  return operatingIncome / revenue;
}

/**
 * Operating margin: operating income (gross profit minus operating expenses, before interest and
 * tax — EBIT) as a share of revenue, `operatingIncome / revenue`.
 *
 * - **Unit:** ratio of revenue (0.15 = 15 %); negative for an operating loss.
 * - **Direction:** higher is better.
 *
 * @param revenue - revenue of the period (> 0)
 * @param operatingIncome - operating income of the same period (any sign)
 * @param options - series options (only used when an input is a series)
 * @returns the operating margin
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` for revenue 0 (undefined KPI) or negative; `NON_FINITE`
 *
 * @example
 * ```ts
 * import { operatingMargin } from "@dpm/kpi";
 *
 * operatingMargin(80_000, 12_000); // => 0.15
 * ```
 *
 * @category Profitability
 */
export function operatingMargin<R extends KpiInput, O extends KpiInput>(revenue: R, operatingIncome: O, options?: KpiSeriesOptions): KpiResult<[R, O]> {
  return applyKpi(FN, ["revenue", "operatingIncome"], [revenue, operatingIncome], operatingMarginOf, options) as KpiResult<[R, O]>;
}
