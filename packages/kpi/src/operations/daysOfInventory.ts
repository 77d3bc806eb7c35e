import { DpmError } from "@dpm/core";
import { applyKpi } from "../internal/applyKpi.js";
import { describe, nonNegative, nonZero } from "../internal/checks.js";
import type { KpiInput, KpiResult, KpiSeriesOptions } from "../series/KpiInput.js";

const FN = "daysOfInventory";

function daysOfInventoryOf(averageInventory: number, cogs: number, daysInPeriod: number): number {
  nonNegative(averageInventory, "averageInventory", FN);
  nonNegative(cogs, "cogs", FN);
  nonNegative(daysInPeriod, "daysInPeriod", FN);
  if (daysInPeriod === 0) {
    throw new DpmError("INVALID_ARGUMENT", `${FN}: daysInPeriod must be > 0, got ${describe(daysInPeriod)}.`, { path: "daysInPeriod" });
  }
  nonZero(cogs, "cogs", FN, "nothing was sold and days of inventory");
  return (averageInventory / cogs) * daysInPeriod;
}

/**
 * Days of inventory (days inventory outstanding): how many days the average inventory lasts at the
 * period's rate of sales, `averageInventory / cogs × daysInPeriod` (= `daysInPeriod / turnover`).
 *
 * - **Unit:** days.
 * - **Direction:** lower is better (less cash tied up), within reason.
 *
 * @param averageInventory - average inventory at cost (≥ 0)
 * @param cogs - cost of goods sold in the period (> 0)
 * @param daysInPeriod - the length of the period COGS covers, in days (default 365: annual COGS;
 *   pass 30 or `daysInPeriod(month)` from `@dpm/core` for a month)
 * @param options - series options (only used when an input is a series)
 * @returns the days of inventory
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` when `cogs` is 0 (undefined KPI), `daysInPeriod` ≤ 0
 *   or an input is negative; `NON_FINITE`
 *
 * @example
 * ```ts
 * import { daysOfInventory } from "@dpm/kpi";
 *
 * daysOfInventory(30_000, 240_000); // => 45.625
 * daysOfInventory(6_000, 18_000, 30); // => 10 (a month's COGS)
 * ```
 *
 * @category Operations
 */
export function daysOfInventory<I extends KpiInput, C extends KpiInput, D extends KpiInput = number>(
  averageInventory: I,
  cogs: C,
  daysInPeriod?: D,
  options?: KpiSeriesOptions,
): KpiResult<[I, C, D]> {
  return applyKpi(FN, ["averageInventory", "cogs", "daysInPeriod"], [averageInventory, cogs, daysInPeriod ?? 365], daysOfInventoryOf, options) as KpiResult<[I, C, D]>;
}
