import { applyKpi } from "../internal/applyKpi.js";
import { finite, inRange, nonNegative, undefinedKpi } from "../internal/checks.js";
import type { KpiInput, KpiResult, KpiSeriesOptions } from "../series/KpiInput.js";

const FN = "cltv";

function cltvOf(arpu: number, grossMargin: number, churnRate: number): number {
  nonNegative(arpu, "arpu", FN);
  finite(grossMargin, "grossMargin", FN);
  inRange(grossMargin, -Infinity, 1, "grossMargin", FN);
  inRange(churnRate, 0, 1, "churnRate", FN);
  if (churnRate === 0) {
    throw undefinedKpi(
      FN,
      "churnRate",
      "churnRate is 0, so customers never leave and the simple CLTV is unbounded; use discountedCltv with a discount rate or a horizon.",
    );
  }
  return (arpu * grossMargin) / churnRate;
}

/**
 * Customer lifetime value, simple form: the gross profit a customer brings over an expected
 * lifetime of `1 / churnRate` periods, `arpu × grossMargin / churnRate`, undiscounted.
 * ARPU and churn must be per the same period (monthly ARPU with monthly churn).
 * {@link discountedCltv} with a discount rate of 0 gives the same number.
 *
 * - **Unit:** currency per customer.
 * - **Direction:** higher is better.
 *
 * @param arpu - average revenue per customer per period (≥ 0)
 * @param grossMargin - gross margin on that revenue (a ratio ≤ 1, e.g. 0.6)
 * @param churnRate - share of customers lost per period, in (0, 1]
 * @param options - series options (only used when an input is a series)
 * @returns the lifetime gross profit per customer
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` when `churnRate` is 0 (undefined KPI: the sum does not
 *   converge), out of [0, 1], `grossMargin` > 1 or `arpu` < 0; `NON_FINITE`
 *
 * @example
 * ```ts
 * import { cltv } from "@dpm/kpi";
 *
 * cltv(30, 0.6, 0.05); // => 360 (€18 gross profit a month over 20 months)
 * ```
 *
 * @category Customers
 */
export function cltv<A extends KpiInput, M extends KpiInput, C extends KpiInput>(
  arpu: A,
  grossMargin: M,
  churnRate: C,
  options?: KpiSeriesOptions,
): KpiResult<[A, M, C]> {
  return applyKpi(FN, ["arpu", "grossMargin", "churnRate"], [arpu, grossMargin, churnRate], cltvOf, options) as KpiResult<[A, M, C]>;
}
