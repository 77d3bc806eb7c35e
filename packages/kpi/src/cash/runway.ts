import { applyKpi } from "../internal/applyKpi.js";
import { finite, nonNegative } from "../internal/checks.js";
import type { KpiInput, KpiResult, KpiSeriesOptions } from "../series/KpiInput.js";

const FN = "runway";

function runwayOf(cash: number, burnRate: number): number {
  nonNegative(cash, "cash", FN);
  finite(burnRate, "burnRate", FN);
  return burnRate > 0 ? cash / burnRate : Infinity;
}

/**
 * Cash runway: how many periods the cash lasts at the current net burn, `cash / burnRate`.
 *
 * - **Unit:** periods of the burn rate (months for a monthly burn).
 * - **Direction:** higher is better.
 *
 * When the business does not burn cash (`burnRate ≤ 0`) the runway is `Infinity` (documented, never
 * NaN). In a series an infinite runway cannot be stored: it is an undefined period (see
 * {@link KpiSeriesOptions.whenUndefined}).
 *
 * @param cash - cash available now (≥ 0)
 * @param burnRate - net cash used per period (see the `burnRate` function)
 * @param options - series options (only used when an input is a series)
 * @returns the runway in periods, or `Infinity`
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` for negative cash; `NON_FINITE`
 *
 * @example
 * ```ts
 * import { runway } from "@dpm/kpi";
 *
 * runway(96_000, 8_000); // => 12 (months)
 * runway(96_000, -2_000); // => Infinity (cash-flow positive)
 * ```
 *
 * @category Cash
 */
export function runway<C extends KpiInput, B extends KpiInput>(cash: C, burnRate: B, options?: KpiSeriesOptions): KpiResult<[C, B]> {
  return applyKpi(FN, ["cash", "burnRate"], [cash, burnRate], runwayOf, options, true) as KpiResult<[C, B]>;
}
