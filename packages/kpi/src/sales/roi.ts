import { DpmError } from "@dpm/core";
import { applyKpi } from "../internal/applyKpi.js";
import { describe, finite, undefinedKpi } from "../internal/checks.js";
import type { KpiInput, KpiResult, KpiSeriesOptions } from "../series/KpiInput.js";

const FN = "roi";

function roiOf(gain: number, cost: number): number {
  finite(gain, "gain", FN);
  finite(cost, "cost", FN);
  if (cost === 0) throw undefinedKpi(FN, "cost", "cost is 0, so a return on it is undefined.");
  if (cost < 0) {
    throw new DpmError("INVALID_ARGUMENT", `${FN}: cost must be > 0, got ${describe(cost)}.`, { path: "cost", details: { value: cost } });
  }
  return (gain - cost) / cost;
}

/**
 * Return on investment: the net gain per unit of cost, `(gain − cost) / cost`, where `gain` is the
 * total value the investment brought back (revenue or profit attributed to it — say which in
 * reports; for marketing, gross profit is the honest choice).
 *
 * - **Unit:** ratio (0.5 = 50 % return; −1 = everything lost).
 * - **Direction:** higher is better.
 *
 * @param gain - total value returned by the investment (any sign)
 * @param cost - the investment (> 0)
 * @param options - series options (only used when an input is a series)
 * @returns the ROI
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` when `cost` is 0 (undefined KPI) or negative; `NON_FINITE`
 *
 * @example
 * ```ts
 * import { roi } from "@dpm/kpi";
 *
 * roi(15_000, 10_000); // => 0.5
 * ```
 *
 * @category Sales
 */
export function roi<G extends KpiInput, C extends KpiInput>(gain: G, cost: C, options?: KpiSeriesOptions): KpiResult<[G, C]> {
  return applyKpi(FN, ["gain", "cost"], [gain, cost], roiOf, options) as KpiResult<[G, C]>;
}
