import { applyKpi } from "../internal/applyKpi.js";
import { nonNegative, nonZero } from "../internal/checks.js";
import type { KpiInput, KpiResult, KpiSeriesOptions } from "../series/KpiInput.js";

const FN = "cac";

function cacOf(acquisitionSpend: number, newCustomers: number): number {
  nonNegative(acquisitionSpend, "acquisitionSpend", FN);
  nonNegative(newCustomers, "newCustomers", FN);
  nonZero(newCustomers, "newCustomers", FN, `CAC (spend ${acquisitionSpend} per 0 customers) is undefined; widen the period or pass whenUndefined for series`);
  return acquisitionSpend / newCustomers;
}

/**
 * Customer acquisition cost: what it costs to win one new customer,
 * `acquisitionSpend / newCustomers`, with sales and marketing spend of the period.
 *
 * - **Unit:** currency per new customer.
 * - **Direction:** lower is better.
 *
 * @param acquisitionSpend - sales and marketing spend of the period (≥ 0)
 * @param newCustomers - customers acquired in the same period (≥ 0; fractional allowed for models)
 * @param options - series options (only used when an input is a series)
 * @returns the CAC
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` when `newCustomers` is 0 (undefined KPI, never
 *   Infinity) or an input is negative; `NON_FINITE`
 *
 * @example
 * ```ts
 * import { cac } from "@dpm/kpi";
 *
 * cac(12_000, 300); // => 40
 * ```
 *
 * @category Customers
 */
export function cac<S extends KpiInput, N extends KpiInput>(acquisitionSpend: S, newCustomers: N, options?: KpiSeriesOptions): KpiResult<[S, N]> {
  return applyKpi(FN, ["acquisitionSpend", "newCustomers"], [acquisitionSpend, newCustomers], cacOf, options) as KpiResult<[S, N]>;
}
