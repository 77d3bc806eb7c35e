import { applyKpi } from "../internal/applyKpi.js";
import { nonNegative, nonZero } from "../internal/checks.js";
import type { KpiInput, KpiResult, KpiSeriesOptions } from "../series/KpiInput.js";

const FN = "roas";

function roasOf(revenue: number, adSpend: number): number {
  nonNegative(revenue, "revenue", FN);
  nonNegative(adSpend, "adSpend", FN);
  nonZero(adSpend, "adSpend", FN, "a return on ad spend");
  return revenue / adSpend;
}

/**
 * Return on ad spend: revenue attributed to advertising per unit spent, `revenue / adSpend`.
 * Unlike {@link roi} it does not subtract the spend and uses revenue, not profit: break-even ROAS
 * is `1 / grossMargin`.
 *
 * - **Unit:** ratio (4 = €4 of revenue per €1 of ads).
 * - **Direction:** higher is better.
 *
 * @param revenue - revenue attributed to the ads (≥ 0)
 * @param adSpend - ad spend (> 0)
 * @param options - series options (only used when an input is a series)
 * @returns the ROAS
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` when `adSpend` is 0 (undefined KPI) or an input is
 *   negative; `NON_FINITE`
 *
 * @example
 * ```ts
 * import { roas } from "@dpm/kpi";
 *
 * roas(8_000, 2_000); // => 4
 * ```
 *
 * @category Sales
 */
export function roas<R extends KpiInput, S extends KpiInput>(revenue: R, adSpend: S, options?: KpiSeriesOptions): KpiResult<[R, S]> {
  return applyKpi(FN, ["revenue", "adSpend"], [revenue, adSpend], roasOf, options) as KpiResult<[R, S]>;
}
