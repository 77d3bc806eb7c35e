import { checkOptions, type TimeSeries } from "@dpm/core";
import { readCashFlows } from "../internal/cashFlows.js";
import { rate as checkRate } from "../internal/checks.js";
import { rateRoot } from "../internal/rateRoot.js";

/**
 * Options for {@link irr} and {@link xirr}.
 *
 * @category Finance
 */
export interface IrrOptions {
  /**
   * Which root to prefer when there are several: the one closest to `guess` is returned
   * (default 0.1, the spreadsheet default). Irrelevant when the flows change sign once.
   */
  readonly guess?: number;
}

/**
 * Internal rate of return of cash flows at equal intervals: the rate per period at which their
 * NPV is zero (the spreadsheet `IRR`). The result does not depend on whether the first flow is at
 * period 0 or 1.
 *
 * **Method.** The NPV is scanned for sign changes on a grid of 2,001 rates from −99.99 % to
 * 999,900 % (uniform in ln(1 + r), about 0.9 % apart near 0), and each bracket is refined with
 * Brent's method to a few ulps. **Which root:** cash flows that change sign once (an investment followed
 * by returns) have exactly one IRR above −100 %, and it is returned. Flows that change sign more
 * than once can have several; then the root closest to `options.guess` (default 0.1) is returned —
 * Excel's Newton iteration from the guess usually lands on the same one, but unlike it this never
 * wanders off. Roots where the NPV touches zero without crossing, roots closer together than the
 * grid spacing, and roots outside the range are not found.
 *
 * - **Unit:** ratio per period (0.1 = 10 % a period).
 * - **Direction:** higher is better.
 *
 * @param cashFlows - at least two flows in order (outflows negative), an array or a TimeSeries
 * @param options - `guess` to choose among several roots
 * @returns the internal rate of return per period
 * @throws {@link @dpm/core!DpmError} `NO_SOLUTION` when the flows are all of one sign or the NPV never crosses
 *   zero in the range; `TOO_SHORT`; `NON_FINITE`; `INVALID_ARGUMENT` for a guess ≤ −1
 *
 * @example
 * ```ts
 * import { irr } from "@dpm/kpi";
 *
 * irr([-100, 110]).toFixed(12); // => "0.100000000000"
 * // Microsoft's IRR example: -2.1 % after four years, 8.7 % after five
 * irr([-70_000, 12_000, 15_000, 18_000, 21_000]).toFixed(3); // => "-0.021"
 * irr([-70_000, 12_000, 15_000, 18_000, 21_000, 26_000]).toFixed(3); // => "0.087"
 * // two sign changes, two roots (10 % and 20 %): the one nearest the guess
 * irr([-100, 230, -132]).toFixed(6); // => "0.100000"
 * irr([-100, 230, -132], { guess: 0.3 }).toFixed(6); // => "0.200000"
 * ```
 *
 * @category Finance
 */
export function irr(cashFlows: ArrayLike<number> | TimeSeries, options: IrrOptions = {}): number {
  checkOptions(options, ["guess"], "irr");
  const fn = "irr";
  const guess = checkRate(options.guess ?? 0.1, "options.guess", fn);
  const flows = readCashFlows(cashFlows, fn, 2);
  return rateRoot(flows, null, guess, fn);
}
