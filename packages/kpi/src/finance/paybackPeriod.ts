import { checkOptions, type TimeSeries } from "@dpm/core";
import { readCashFlows } from "../internal/cashFlows.js";
import { rate as checkRate } from "../internal/checks.js";

/**
 * Options for {@link paybackPeriod}.
 *
 * @category Finance
 */
export interface PaybackPeriodOptions {
  /** Discount each flow at this rate per period first (discounted payback); default 0 (simple payback). */
  readonly discountRate?: number;
}

/**
 * Payback period: how long until the cumulative cash flow first reaches zero. The first flow is at
 * time 0 (the investment); flow `i` arrives over period `i`, evenly, so the crossing is
 * interpolated linearly within its period: `k − 1 + (−cumulative before k) / flow k`.
 * With `discountRate`, flow `i` is first divided by `(1 + discountRate)^i` (discounted payback).
 *
 * - **Unit:** periods (fractional).
 * - **Direction:** lower is better.
 *
 * The result is `0` when the first flow is not negative, and `Infinity` when the cumulative flow
 * never reaches zero (documented; never NaN). It reports the *first* time the cumulative flow
 * reaches zero, even if later outflows push it below again.
 *
 * @param cashFlows - the flows from time 0 on (outflows negative), an array or a TimeSeries
 * @param options - `discountRate` for a discounted payback
 * @returns the payback period in periods, or `Infinity`
 * @throws {@link @dpm/core!DpmError} `EMPTY`; `NON_FINITE`; `INVALID_ARGUMENT` for a rate ≤ −1
 *
 * @example
 * ```ts
 * import { paybackPeriod } from "@dpm/kpi";
 *
 * paybackPeriod([-1_000, 300, 400, 500]); // => 2.6
 * paybackPeriod([-1_000, 300, 300]); // => Infinity (never paid back)
 * paybackPeriod([-1_000, 550, 1_210], { discountRate: 0.1 }).toFixed(2); // => "1.50" (discounted)
 * ```
 *
 * @category Finance
 */
export function paybackPeriod(cashFlows: ArrayLike<number> | TimeSeries, options: PaybackPeriodOptions = {}): number {
  checkOptions(options, ["discountRate"], "paybackPeriod");
  const fn = "paybackPeriod";
  const discountRate = checkRate(options.discountRate ?? 0, "options.discountRate", fn);
  const flows = readCashFlows(cashFlows, fn);
  let cumulative = flows[0] as number;
  if (cumulative >= 0) return 0;
  for (let k = 1; k < flows.length; k++) {
    const flow = discountRate === 0 ? (flows[k] as number) : (flows[k] as number) / (1 + discountRate) ** k;
    const next = cumulative + flow;
    if (next >= 0) return k - 1 + -cumulative / flow;
    cumulative = next;
  }
  return Infinity;
}
