import { DpmError } from "@dpm/core";
import { applyKpi } from "../internal/applyKpi.js";
import { nonNegative, nonZero } from "../internal/checks.js";
import type { KpiInput, KpiResult, KpiSeriesOptions } from "../series/KpiInput.js";

const FN = "churnRate";

function churnRateOf(customersLost: number, customersAtStart: number): number {
  nonNegative(customersLost, "customersLost", FN);
  nonNegative(customersAtStart, "customersAtStart", FN);
  nonZero(customersAtStart, "customersAtStart", FN, "a churn rate");
  if (customersLost > customersAtStart) {
    throw new DpmError(
      "INVALID_ARGUMENT",
      `${FN}: customersLost (${customersLost}) exceeds customersAtStart (${customersAtStart}); count only customers of the start who left.`,
      { path: "customersLost", details: { customersLost, customersAtStart } },
    );
  }
  return customersLost / customersAtStart;
}

/**
 * Customer churn rate: the share of the customers at the start of a period who left during it,
 * `customersLost / customersAtStart`. Customers won and lost within the period are not counted.
 *
 * - **Unit:** ratio per period (0.05 = 5 % a month for monthly data).
 * - **Direction:** lower is better.
 *
 * For a trailing window, sum the losses and take the first start count:
 * `churnRate(rollingWindow(lost, 3), rollingWindow(start, 3, { aggregate: "first" }))`.
 *
 * @param customersLost - customers of the start who left during the period (≥ 0)
 * @param customersAtStart - customers at the start of the period (> 0)
 * @param options - series options (only used when an input is a series)
 * @returns the churn rate
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` when `customersAtStart` is 0 (undefined KPI), a count
 *   is negative, or more were lost than there were; `NON_FINITE`
 *
 * @example
 * ```ts
 * import { churnRate } from "@dpm/kpi";
 *
 * churnRate(45, 900); // => 0.05
 * ```
 *
 * @category Customers
 */
export function churnRate<L extends KpiInput, S extends KpiInput>(customersLost: L, customersAtStart: S, options?: KpiSeriesOptions): KpiResult<[L, S]> {
  return applyKpi(FN, ["customersLost", "customersAtStart"], [customersLost, customersAtStart], churnRateOf, options) as KpiResult<[L, S]>;
}
