import { checkOptions } from "@dpm/core";
import { readCashFlows, readDays } from "../internal/cashFlows.js";
import { rate as checkRate } from "../internal/checks.js";
import { rateRoot } from "../internal/rateRoot.js";
import type { IrrOptions } from "./irr.js";

/**
 * Internal rate of return of cash flows on arbitrary dates (the spreadsheet `XIRR`): the annual
 * rate at which {@link xnpv} is zero, with actual/365 day counts from the first date.
 *
 * Roots are bracketed and refined as in {@link irr} (grid over −99.99 %…999,900 %, then Brent's
 * method); with several roots the one closest to `options.guess` (default 0.1) is returned.
 *
 * - **Unit:** ratio per year (0.37 = 37 % a year).
 * - **Direction:** higher is better.
 *
 * @param cashFlows - at least two flows (outflows negative), with at least one of each sign
 * @param dates - one date per flow (`YYYY-MM-DD` or Date); none before the first
 * @param options - `guess` to choose among several roots
 * @returns the annualised internal rate of return
 * @throws {@link @dpm/core!DpmError} `NO_SOLUTION` when the flows are all of one sign or the NPV never crosses
 *   zero; `LENGTH_MISMATCH`; `PARSE_ERROR`/`INVALID_ARGUMENT` naming a bad date; `TOO_SHORT`; `NON_FINITE`
 *
 * @example
 * ```ts
 * import { xirr } from "@dpm/kpi";
 *
 * // Microsoft's XIRR example: Excel shows 0.373362535 (37.34 %); Excel stops iterating at about
 * // 1e-8, the exact root is 0.37336253351883…, so the two agree to 8 decimals
 * const flows = [-10_000, 2_750, 4_250, 3_250, 2_750];
 * const dates = ["2008-01-01", "2008-03-01", "2008-10-30", "2009-02-15", "2009-04-01"];
 * xirr(flows, dates).toFixed(8); // => "0.37336253"
 * // 1,000 grows to 1,100 in exactly 365 days: 10 %
 * xirr([-1_000, 1_100], ["2025-01-01", "2026-01-01"]).toFixed(12); // => "0.100000000000"
 * ```
 *
 * @category Finance
 */
export function xirr(cashFlows: ArrayLike<number>, dates: readonly (string | Date)[], options: IrrOptions = {}): number {
  checkOptions(options, ["guess"], "xirr");
  const fn = "xirr";
  const guess = checkRate(options.guess ?? 0.1, "options.guess", fn);
  const flows = readCashFlows(cashFlows, fn, 2);
  const days = readDays(dates, flows.length, fn);
  const d0 = days[0] as number;
  const years = new Float64Array(flows.length);
  for (let i = 0; i < years.length; i++) years[i] = ((days[i] as number) - d0) / 365;
  return rateRoot(flows, years, guess, fn);
}
