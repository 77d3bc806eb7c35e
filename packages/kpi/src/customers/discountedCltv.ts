import { DpmError, assertInteger, checkOptions } from "@dpm/core";
import { applyKpi } from "../internal/applyKpi.js";
import { describe, finite, inRange, nonNegative, undefinedKpi } from "../internal/checks.js";
import type { KpiInput, KpiResult, KpiSeriesOptions } from "../series/KpiInput.js";

const FN = "discountedCltv";

/**
 * Options for {@link discountedCltv}.
 *
 * @category Customers
 */
export interface DiscountedCltvOptions extends KpiSeriesOptions {
  /**
   * When the margin of a period arrives: `"end"` (default; the textbook
   * `m / (d + churn)` form) or `"start"` (billed up front, as subscriptions are: one period less
   * discounting, `m (1 + d) / (d + churn)`).
   */
  readonly timing?: "end" | "start";
  /** Count only this many periods of the customer's life (a positive integer); default unbounded. */
  readonly horizon?: number;
}

function discountedCltvOf(arpu: number, grossMargin: number, churnRate: number, discountRate: number, timing: "end" | "start", horizon: number | undefined): number {
  nonNegative(arpu, "arpu", FN);
  finite(grossMargin, "grossMargin", FN);
  inRange(grossMargin, -Infinity, 1, "grossMargin", FN);
  inRange(churnRate, 0, 1, "churnRate", FN);
  nonNegative(discountRate, "discountRate", FN);
  const m = arpu * grossMargin;
  const rate = discountRate + churnRate; // (1 + d)(1 − q) with q = (1 − c) / (1 + d)
  const ahead = timing === "start" ? 1 + discountRate : 1;
  if (horizon === undefined) {
    if (rate === 0) {
      throw undefinedKpi(FN, "churnRate", "churnRate and discountRate are both 0, so the lifetime value is unbounded; pass a discount rate or a horizon.");
    }
    return (m * ahead) / rate;
  }
  if (rate === 0) return (m * ahead * horizon) / (1 + discountRate);
  // 1 − q^H with q = (1 − c) / (1 + d), computed without cancellation for q near 1.
  const logQ = Math.log1p(-churnRate) - Math.log1p(discountRate);
  const kept = -Math.expm1(horizon * logQ);
  return m * ahead * (kept / rate);
}

/**
 * Customer lifetime value with discounting: the present value of the gross profit a customer
 * brings while they stay. A customer active in period 1 stays each further period with probability
 * `1 − churnRate`; each period's margin `arpu × grossMargin` is discounted at `discountRate` per
 * period:
 *
 * `CLTV = Σ_{t=1}^{H} m (1 − c)^{t−1} / (1 + d)^t` (timing `"end"`), which for an unbounded
 * horizon is `m / (d + c)`; timing `"start"` multiplies by `(1 + d)`. With `d = 0` and no horizon
 * it equals {@link cltv}. Unlike the simple form it stays finite with zero churn when `d > 0`.
 * All rates are per period (use a monthly discount rate with monthly churn: `(1 + annual)^(1/12) − 1`).
 *
 * - **Unit:** currency per customer (present value).
 * - **Direction:** higher is better.
 *
 * @param arpu - average revenue per customer per period (≥ 0)
 * @param grossMargin - gross margin on that revenue (a ratio ≤ 1)
 * @param churnRate - share of customers lost per period, in [0, 1]
 * @param discountRate - discount rate per period (≥ 0)
 * @param options - timing (`"end"` default, `"start"`), horizon in periods, series options
 * @returns the discounted lifetime gross profit per customer
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` when churn and discount rate are both 0 without a
 *   horizon (undefined KPI), or for out-of-range inputs; `NON_FINITE`
 *
 * @example
 * ```ts
 * import { discountedCltv } from "@dpm/kpi";
 *
 * discountedCltv(30, 0.6, 0.05, 0.01); // => 300 (18 / (0.01 + 0.05))
 * discountedCltv(30, 0.6, 0.05, 0); // => 360 (same as cltv)
 * discountedCltv(30, 0.6, 0, 0, { horizon: 24 }); // => 432 (24 months, no churn)
 * ```
 *
 * @category Customers
 */
export function discountedCltv<A extends KpiInput, M extends KpiInput, C extends KpiInput, D extends KpiInput>(
  arpu: A,
  grossMargin: M,
  churnRate: C,
  discountRate: D,
  options?: DiscountedCltvOptions,
): KpiResult<[A, M, C, D]> {
  const checked = checkOptions(options, ["timing", "horizon", "whenUndefined", "name"], FN, "{ horizon: 24 }");
  const timing = checked.timing ?? "end";
  if (timing !== "end" && timing !== "start") {
    throw new DpmError("INVALID_ARGUMENT", `${FN}: options.timing must be "end" or "start", got ${describe(timing)}.`, { path: "options.timing" });
  }
  const horizon = checked.horizon;
  if (horizon !== undefined) assertInteger(horizon, "options.horizon", FN, 1);
  const scalar = (a: number, m: number, c: number, d: number) => discountedCltvOf(a, m, c, d, timing, horizon);
  return applyKpi(FN, ["arpu", "grossMargin", "churnRate", "discountRate"], [arpu, grossMargin, churnRate, discountRate], scalar, options, false, ["timing", "horizon"]) as KpiResult<[A, M, C, D]>;
}
