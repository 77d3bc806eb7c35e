import { applyKpi } from "../internal/applyKpi.js";
import { finite, nonNegative, nonZero } from "../internal/checks.js";
import type { KpiInput, KpiResult, KpiSeriesOptions } from "../series/KpiInput.js";

const FN = "ltvToCac";

function ltvToCacOf(ltv: number, cac: number): number {
  finite(ltv, "ltv", FN);
  nonNegative(cac, "cac", FN);
  nonZero(cac, "cac", FN, "the LTV:CAC ratio");
  return ltv / cac;
}

/**
 * LTV:CAC: how many times a customer's lifetime value repays the cost of acquiring them,
 * `ltv / cac`. A common rule of thumb for subscription businesses is 3 or more.
 *
 * - **Unit:** ratio (3 means 3 : 1).
 * - **Direction:** higher is better.
 *
 * @param ltv - customer lifetime value ({@link cltv} or {@link discountedCltv})
 * @param cac - customer acquisition cost (see the `cac` function), > 0
 * @param options - series options (only used when an input is a series)
 * @returns the LTV:CAC ratio
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` when `cac` is 0 (undefined KPI) or negative; `NON_FINITE`
 *
 * @example
 * ```ts
 * import { ltvToCac } from "@dpm/kpi";
 *
 * ltvToCac(360, 120); // => 3
 * ```
 *
 * @category Customers
 */
export function ltvToCac<L extends KpiInput, C extends KpiInput>(ltv: L, cac: C, options?: KpiSeriesOptions): KpiResult<[L, C]> {
  return applyKpi(FN, ["ltv", "cac"], [ltv, cac], ltvToCacOf, options) as KpiResult<[L, C]>;
}
