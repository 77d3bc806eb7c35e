import { applyKpi } from "../internal/applyKpi.js";
import { nonNegative, nonZero } from "../internal/checks.js";
import type { KpiInput, KpiResult, KpiSeriesOptions } from "../series/KpiInput.js";

const FN = "aov";

function aovOf(revenue: number, orders: number): number {
  nonNegative(revenue, "revenue", FN);
  nonNegative(orders, "orders", FN);
  nonZero(orders, "orders", FN, "an average order value");
  return revenue / orders;
}

/**
 * Average order value: `revenue / orders`.
 *
 * - **Unit:** currency per order.
 * - **Direction:** higher is better.
 *
 * @param revenue - revenue from the orders (≥ 0)
 * @param orders - number of orders (> 0)
 * @param options - series options (only used when an input is a series)
 * @returns the AOV
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` when `orders` is 0 (undefined KPI) or an input is
 *   negative; `NON_FINITE`
 *
 * @example
 * ```ts
 * import { timeSeries } from "@dpm/core";
 * import { aov } from "@dpm/kpi";
 *
 * aov(7_400, 100); // => 74
 * // a closed day has no orders: record it as missing instead of failing
 * aov(timeSeries("2025-03-01", [620, 0]), timeSeries("2025-03-01", [124, 0]), { whenUndefined: "missing" }).values; // => Float64Array [5, NaN]
 * ```
 *
 * @category Sales
 */
export function aov<R extends KpiInput, O extends KpiInput>(revenue: R, orders: O, options?: KpiSeriesOptions): KpiResult<[R, O]> {
  return applyKpi(FN, ["revenue", "orders"], [revenue, orders], aovOf, options) as KpiResult<[R, O]>;
}
