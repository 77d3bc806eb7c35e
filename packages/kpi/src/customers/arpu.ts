import { applyKpi } from "../internal/applyKpi.js";
import { nonNegative, nonZero } from "../internal/checks.js";
import type { KpiInput, KpiResult, KpiSeriesOptions } from "../series/KpiInput.js";

const FN = "arpu";

function arpuOf(revenue: number, customers: number): number {
  nonNegative(revenue, "revenue", FN);
  nonNegative(customers, "customers", FN);
  nonZero(customers, "customers", FN, "ARPU");
  return revenue / customers;
}

/**
 * Average revenue per user (customer): `revenue / customers` for one period, with the average
 * number of active customers of that period (e.g. (start + end) / 2).
 *
 * - **Unit:** currency per customer per period.
 * - **Direction:** higher is better.
 *
 * @param revenue - revenue of the period (≥ 0)
 * @param customers - average active customers in the period (> 0; fractional allowed)
 * @param options - series options (only used when an input is a series)
 * @returns the ARPU
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` when `customers` is 0 (undefined KPI) or an input is
 *   negative; `NON_FINITE`
 *
 * @example
 * ```ts
 * import { arpu } from "@dpm/kpi";
 *
 * arpu(27_000, 900); // => 30
 * ```
 *
 * @category Customers
 */
export function arpu<R extends KpiInput, C extends KpiInput>(revenue: R, customers: C, options?: KpiSeriesOptions): KpiResult<[R, C]> {
  return applyKpi(FN, ["revenue", "customers"], [revenue, customers], arpuOf, options) as KpiResult<[R, C]>;
}
