import { applyKpi } from "../internal/applyKpi.js";
import { nonNegative, nonZero } from "../internal/checks.js";
import type { KpiInput, KpiResult, KpiSeriesOptions } from "../series/KpiInput.js";

const FN = "npsFromCounts";

function npsFromCountsOf(promoters: number, passives: number, detractors: number): number {
  nonNegative(promoters, "promoters", FN);
  nonNegative(passives, "passives", FN);
  nonNegative(detractors, "detractors", FN);
  const total = promoters + passives + detractors;
  nonZero(total, "promoters", FN, "with no answers at all an NPS");
  return ((promoters - detractors) * 100) / total;
}

/**
 * Net Promoter Score from answer counts: `100 × (promoters − detractors) / (promoters + passives + detractors)`,
 * with promoters answering 9–10, passives 7–8 and detractors 0–6. Pass series of weekly counts to
 * track NPS over time; for raw answers use {@link nps}.
 *
 * - **Unit:** points from −100 to 100.
 * - **Direction:** higher is better.
 *
 * @param promoters - answers of 9 or 10 (≥ 0)
 * @param passives - answers of 7 or 8 (≥ 0)
 * @param detractors - answers of 0 to 6 (≥ 0)
 * @param options - series options (only used when an input is a series)
 * @returns the NPS
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` when there are no answers (undefined KPI) or a count is
 *   negative; `NON_FINITE`
 *
 * @example
 * ```ts
 * import { npsFromCounts } from "@dpm/kpi";
 *
 * npsFromCounts(50, 30, 20); // => 30
 * ```
 *
 * @category Customers
 */
export function npsFromCounts<P extends KpiInput, S extends KpiInput, D extends KpiInput>(
  promoters: P,
  passives: S,
  detractors: D,
  options?: KpiSeriesOptions,
): KpiResult<[P, S, D]> {
  return applyKpi(FN, ["promoters", "passives", "detractors"], [promoters, passives, detractors], npsFromCountsOf, options) as KpiResult<[P, S, D]>;
}
