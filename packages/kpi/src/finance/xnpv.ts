import { readCashFlows, readDays } from "../internal/cashFlows.js";
import { rate as checkRate } from "../internal/checks.js";

/**
 * Net present value of cash flows on arbitrary dates, as the spreadsheet `XNPV` computes it:
 * `Σ vᵢ / (1 + rate)^((dᵢ − d₀) / 365)`, where `d₀` is the **first** date (the first flow is not
 * discounted) and day counts are actual/365 (a leap year's 366 days make slightly more than one
 * year). Dates after the first may come in any order, but none may precede it.
 *
 * - **Unit:** currency (present value at the first date).
 * - **Direction:** higher is better.
 *
 * @param rate - annual discount rate (> −1)
 * @param cashFlows - the flows (outflows negative)
 * @param dates - one date per flow: `YYYY-MM-DD` strings or Dates (read in UTC)
 * @returns the net present value at the first date
 * @throws {@link @dpm/core!DpmError} `LENGTH_MISMATCH` when dates and flows differ in length; `PARSE_ERROR`
 *   or `INVALID_ARGUMENT` naming a bad date (or one before the first); `EMPTY`; `NON_FINITE`
 *
 * @example
 * ```ts
 * import { xnpv } from "@dpm/kpi";
 *
 * // Microsoft's XNPV example: $2,086.65 at 9 %
 * const flows = [-10_000, 2_750, 4_250, 3_250, 2_750];
 * const dates = ["2008-01-01", "2008-03-01", "2008-10-30", "2009-02-15", "2009-04-01"];
 * xnpv(0.09, flows, dates).toFixed(2); // => "2086.65"
 * ```
 *
 * @category Finance
 */
export function xnpv(rate: number, cashFlows: ArrayLike<number>, dates: readonly (string | Date)[]): number {
  const fn = "xnpv";
  checkRate(rate, "rate", fn);
  const flows = readCashFlows(cashFlows, fn);
  const days = readDays(dates, flows.length, fn);
  const d0 = days[0] as number;
  let sum = 0;
  for (let i = 0; i < flows.length; i++) sum += (flows[i] as number) / (1 + rate) ** (((days[i] as number) - d0) / 365);
  return sum;
}
