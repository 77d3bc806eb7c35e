import { DpmError } from "@dpm/core";
import { applyKpi } from "../internal/applyKpi.js";
import { describe, finite } from "../internal/checks.js";
import type { KpiInput, KpiResult, KpiSeriesOptions } from "../series/KpiInput.js";

const FN = "burnRate";

function burnRateOf(startingCash: number, endingCash: number, periods: number): number {
  finite(startingCash, "startingCash", FN);
  finite(endingCash, "endingCash", FN);
  finite(periods, "periods", FN);
  if (periods <= 0) {
    throw new DpmError("INVALID_ARGUMENT", `${FN}: periods must be > 0, got ${describe(periods)}.`, { path: "periods", details: { value: periods } });
  }
  return (startingCash - endingCash) / periods;
}

/**
 * Net burn rate: cash used per period, `(startingCash − endingCash) / periods`. Positive means
 * burning cash, negative means generating it. Feed it to {@link runway}.
 *
 * - **Unit:** currency per period (per month for monthly balances).
 * - **Direction:** lower is better.
 *
 * @param startingCash - cash balance at the start
 * @param endingCash - cash balance at the end
 * @param periods - periods between the two balances (default 1; > 0)
 * @param options - series options (only used when an input is a series)
 * @returns the net burn per period
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` for `periods` ≤ 0; `NON_FINITE`
 *
 * @example
 * ```ts
 * import { burnRate } from "@dpm/kpi";
 *
 * burnRate(120_000, 96_000, 3); // => 8000 (a month)
 * ```
 *
 * @category Cash
 */
export function burnRate<S extends KpiInput, E extends KpiInput, P extends KpiInput = number>(
  startingCash: S,
  endingCash: E,
  periods?: P,
  options?: KpiSeriesOptions,
): KpiResult<[S, E, P]> {
  return applyKpi(FN, ["startingCash", "endingCash", "periods"], [startingCash, endingCash, periods ?? 1], burnRateOf, options) as KpiResult<[S, E, P]>;
}
