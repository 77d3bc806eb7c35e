import { applyKpi } from "../internal/applyKpi.js";
import { nonNegative } from "../internal/checks.js";
import type { KpiInput, KpiResult, KpiSeriesOptions } from "../series/KpiInput.js";
import { revenueBase } from "./revenueBase.js";

const FN = "grossMargin";

function grossMarginOf(revenue: number, cogs: number): number {
  revenueBase(revenue, FN, "a gross margin");
  nonNegative(cogs, "cogs", FN);
  return (revenue - cogs) / revenue;
}

/**
 * Gross margin: the share of revenue left after the cost of the goods sold,
 * `(revenue − cogs) / revenue`.
 *
 * - **Unit:** ratio of revenue (0.62 = 62 %); negative when goods cost more than they sell for.
 * - **Direction:** higher is better.
 *
 * @param revenue - revenue of the period (> 0)
 * @param cogs - cost of goods sold in the same period (≥ 0)
 * @param options - series options (only used when an input is a series)
 * @returns the gross margin
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` for revenue 0 (undefined KPI) or negative, negative
 *   cogs; `NON_FINITE`; `LENGTH_MISMATCH`/`FREQUENCY_MISMATCH` for series that do not align
 *
 * @example
 * ```ts
 * import { timeSeries } from "@dpm/core";
 * import { grossMargin } from "@dpm/kpi";
 *
 * grossMargin(50_000, 19_000); // => 0.62
 * grossMargin(timeSeries("2025-01", [100, 200]), timeSeries("2025-01", [40, 90])).values; // => Float64Array [0.6, 0.55]
 * ```
 *
 * @category Profitability
 */
export function grossMargin<R extends KpiInput, C extends KpiInput>(revenue: R, cogs: C, options?: KpiSeriesOptions): KpiResult<[R, C]> {
  return applyKpi(FN, ["revenue", "cogs"], [revenue, cogs], grossMarginOf, options) as KpiResult<[R, C]>;
}
