import { applyKpi } from "../internal/applyKpi.js";
import { nonNegative, nonZero } from "../internal/checks.js";
import type { KpiInput, KpiResult, KpiSeriesOptions } from "../series/KpiInput.js";

const FN = "inventoryTurnover";

function inventoryTurnoverOf(cogs: number, averageInventory: number): number {
  nonNegative(cogs, "cogs", FN);
  nonNegative(averageInventory, "averageInventory", FN);
  nonZero(averageInventory, "averageInventory", FN, "inventory turnover");
  return cogs / averageInventory;
}

/**
 * Inventory turnover: how many times the average inventory is sold through in a period,
 * `cogs / averageInventory`, both at cost. See {@link daysOfInventory} for the same in days.
 *
 * - **Unit:** turns per period (per year for annual COGS).
 * - **Direction:** higher is better (within reason: too high risks stock-outs).
 *
 * @param cogs - cost of goods sold in the period (≥ 0)
 * @param averageInventory - average inventory at cost, e.g. (start + end) / 2 (> 0)
 * @param options - series options (only used when an input is a series)
 * @returns the number of turns
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` when `averageInventory` is 0 (undefined KPI) or an
 *   input is negative; `NON_FINITE`
 *
 * @example
 * ```ts
 * import { inventoryTurnover } from "@dpm/kpi";
 *
 * inventoryTurnover(240_000, 30_000); // => 8
 * ```
 *
 * @category Operations
 */
export function inventoryTurnover<C extends KpiInput, I extends KpiInput>(cogs: C, averageInventory: I, options?: KpiSeriesOptions): KpiResult<[C, I]> {
  return applyKpi(FN, ["cogs", "averageInventory"], [cogs, averageInventory], inventoryTurnoverOf, options) as KpiResult<[C, I]>;
}
