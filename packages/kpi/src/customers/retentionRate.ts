import { DpmError } from "@dpm/core";
import { applyKpi } from "../internal/applyKpi.js";
import { nonNegative, nonZero } from "../internal/checks.js";
import type { KpiInput, KpiResult, KpiSeriesOptions } from "../series/KpiInput.js";

const FN = "retentionRate";

function retentionRateOf(customersAtEnd: number, newCustomers: number, customersAtStart: number): number {
  nonNegative(customersAtEnd, "customersAtEnd", FN);
  nonNegative(newCustomers, "newCustomers", FN);
  nonNegative(customersAtStart, "customersAtStart", FN);
  nonZero(customersAtStart, "customersAtStart", FN, "a retention rate");
  const kept = customersAtEnd - newCustomers;
  if (kept < 0) {
    throw new DpmError("INVALID_ARGUMENT", `${FN}: newCustomers (${newCustomers}) exceeds customersAtEnd (${customersAtEnd}).`, {
      path: "newCustomers",
      details: { customersAtEnd, newCustomers },
    });
  }
  if (kept > customersAtStart) {
    throw new DpmError(
      "INVALID_ARGUMENT",
      `${FN}: customersAtEnd − newCustomers (${kept}) exceeds customersAtStart (${customersAtStart}); more customers cannot be kept than there were.`,
      { path: "customersAtEnd", details: { customersAtEnd, newCustomers, customersAtStart } },
    );
  }
  return kept / customersAtStart;
}

/**
 * Customer retention rate: the share of the customers at the start of a period still there at its
 * end, `(customersAtEnd − newCustomers) / customersAtStart`. Equals `1 − churnRate` when every
 * customer lost was a customer of the start.
 *
 * - **Unit:** ratio per period (0.95 = 95 %).
 * - **Direction:** higher is better.
 *
 * @param customersAtEnd - customers at the end of the period (≥ 0)
 * @param newCustomers - customers acquired during the period and still there at its end (≥ 0)
 * @param customersAtStart - customers at the start of the period (> 0)
 * @param options - series options (only used when an input is a series)
 * @returns the retention rate
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` when `customersAtStart` is 0 (undefined KPI), a count
 *   is negative or the counts are inconsistent (naming the argument); `NON_FINITE`
 *
 * @example
 * ```ts
 * import { retentionRate } from "@dpm/kpi";
 *
 * retentionRate(1_000, 145, 900); // => 0.95
 * ```
 *
 * @category Customers
 */
export function retentionRate<E extends KpiInput, N extends KpiInput, S extends KpiInput>(
  customersAtEnd: E,
  newCustomers: N,
  customersAtStart: S,
  options?: KpiSeriesOptions,
): KpiResult<[E, N, S]> {
  return applyKpi(FN, ["customersAtEnd", "newCustomers", "customersAtStart"], [customersAtEnd, newCustomers, customersAtStart], retentionRateOf, options) as KpiResult<[E, N, S]>;
}
