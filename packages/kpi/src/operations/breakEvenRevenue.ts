import { applyKpi } from "../internal/applyKpi.js";
import { inRange, nonNegative, undefinedKpi } from "../internal/checks.js";
import type { KpiInput, KpiResult, KpiSeriesOptions } from "../series/KpiInput.js";

const FN = "breakEvenRevenue";

function breakEvenRevenueOf(fixedCosts: number, contributionMarginRatio: number): number {
  nonNegative(fixedCosts, "fixedCosts", FN);
  inRange(contributionMarginRatio, -Infinity, 1, "contributionMarginRatio", FN);
  if (contributionMarginRatio <= 0) {
    throw undefinedKpi(
      FN,
      "contributionMarginRatio",
      `contributionMarginRatio is ${contributionMarginRatio}, so sales never cover fixed costs and there is no break-even revenue.`,
      "NO_SOLUTION",
    );
  }
  return fixedCosts / contributionMarginRatio;
}

/**
 * Break-even revenue: the sales at which contribution covers fixed costs,
 * `fixedCosts / contributionMarginRatio` (see {@link @dpm/kpi!contributionMarginRatio | the contributionMarginRatio function}).
 *
 * - **Unit:** currency per period of the fixed costs.
 * - **Direction:** lower is better.
 *
 * @param fixedCosts - fixed costs of the period (≥ 0)
 * @param contributionMarginRatio - share of revenue left after variable costs, in (0, 1]
 * @param options - series options (only used when an input is a series)
 * @returns the break-even revenue
 * @throws {@link @dpm/core!DpmError} `NO_SOLUTION` when the ratio is ≤ 0 (undefined KPI); `INVALID_ARGUMENT`
 *   for a ratio above 1 or negative fixed costs; `NON_FINITE`
 *
 * @example
 * ```ts
 * import { breakEvenRevenue } from "@dpm/kpi";
 *
 * breakEvenRevenue(9_600, 0.6); // => 16000
 * ```
 *
 * @category Operations
 */
export function breakEvenRevenue<F extends KpiInput, R extends KpiInput>(fixedCosts: F, contributionMarginRatio: R, options?: KpiSeriesOptions): KpiResult<[F, R]> {
  return applyKpi(FN, ["fixedCosts", "contributionMarginRatio"], [fixedCosts, contributionMarginRatio], breakEvenRevenueOf, options) as KpiResult<[F, R]>;
}
