import { applyKpi } from "../internal/applyKpi.js";
import { finite, inRange, nonNegative } from "../internal/checks.js";
import type { KpiInput, KpiResult, KpiSeriesOptions } from "../series/KpiInput.js";

const FN = "cacPayback";

function cacPaybackOf(cac: number, arpu: number, grossMargin: number): number {
  nonNegative(cac, "cac", FN);
  nonNegative(arpu, "arpu", FN);
  finite(grossMargin, "grossMargin", FN);
  inRange(grossMargin, -Infinity, 1, "grossMargin", FN);
  const profitPerPeriod = arpu * grossMargin;
  if (cac === 0) return 0;
  return profitPerPeriod > 0 ? cac / profitPerPeriod : Infinity;
}

/**
 * CAC payback: how many periods of a customer's gross profit repay their acquisition cost,
 * `cac / (arpu × grossMargin)` (churn ignored, as usually quoted).
 *
 * - **Unit:** periods of `arpu` (months for a monthly ARPU).
 * - **Direction:** lower is better.
 *
 * When a customer brings no gross profit (`arpu × grossMargin ≤ 0`) the cost is never repaid and
 * the result is `Infinity` (documented, never NaN); a zero CAC pays back at once (0). In a series,
 * an infinite payback is an undefined period (see {@link KpiSeriesOptions.whenUndefined}).
 *
 * @param cac - customer acquisition cost (≥ 0)
 * @param arpu - average revenue per customer per period (≥ 0)
 * @param grossMargin - gross margin on that revenue (a ratio ≤ 1)
 * @param options - series options (only used when an input is a series)
 * @returns the payback time in periods, or `Infinity`
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` for negative inputs or a margin above 1; `NON_FINITE`
 *
 * @example
 * ```ts
 * import { cacPayback } from "@dpm/kpi";
 *
 * cacPayback(120, 30, 0.6); // => 6.666666666666667 (months)
 * cacPayback(120, 30, 0); // => Infinity (never repaid)
 * ```
 *
 * @category Customers
 */
export function cacPayback<C extends KpiInput, A extends KpiInput, M extends KpiInput>(
  cac: C,
  arpu: A,
  grossMargin: M,
  options?: KpiSeriesOptions,
): KpiResult<[C, A, M]> {
  return applyKpi(FN, ["cac", "arpu", "grossMargin"], [cac, arpu, grossMargin], cacPaybackOf, options, true) as KpiResult<[C, A, M]>;
}
