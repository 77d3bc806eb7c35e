import { checkOptions, DpmError, type TimeSeries } from "@dpm/core";
import { readCashFlows } from "../internal/cashFlows.js";
import { describe, rate as checkRate } from "../internal/checks.js";

/**
 * Options for {@link npv}.
 *
 * @category Finance
 */
export interface NpvOptions {
  /**
   * The period of the first cash flow:
   * - `1` (default): the spreadsheet convention — Excel/Sheets/LibreOffice `NPV(rate, v1, …, vn)`
   *   discount the first value one full period, `Σ vᵢ / (1 + rate)^i` for i = 1…n;
   * - `0`: the textbook convention — the first value happens now and is not discounted,
   *   `Σ vᵢ / (1 + rate)^i` for i = 0…n−1 (the spreadsheet idiom `=v0 + NPV(rate, v1, …)`).
   *
   * The two differ by a factor `1 + rate`: `npv(r, v, { firstPeriod: 0 }) = (1 + r) · npv(r, v)`.
   */
  readonly firstPeriod?: 0 | 1;
}

/**
 * Net present value of cash flows at equal intervals, discounted at `rate` per interval.
 *
 * **Agrees with spreadsheets by default:** like Excel's `NPV`, the first cash flow is discounted
 * one period (it happens at the *end* of period 1). For the textbook NPV of an investment made
 * today, pass `{ firstPeriod: 0 }` (see {@link NpvOptions.firstPeriod}).
 *
 * - **Unit:** currency (present value).
 * - **Direction:** higher is better; > 0 means the flows beat the rate.
 *
 * @param rate - discount rate per period (> −1; 0.1 = 10 %)
 * @param cashFlows - the flows in order (outflows negative), an array or a TimeSeries
 * @param options - `firstPeriod`: 1 (spreadsheet, default) or 0 (undiscounted first flow)
 * @returns the net present value
 * @throws {@link @dpm/core!DpmError} `EMPTY` for no flows; `NON_FINITE` naming a bad flow; `INVALID_ARGUMENT`
 *   for a rate ≤ −1 or a bad `firstPeriod`
 *
 * @example
 * ```ts
 * import { npv } from "@dpm/kpi";
 *
 * // Microsoft's NPV example: =NPV(10%, -10000, 3000, 4200, 6800) is $1,188.44
 * npv(0.1, [-10_000, 3_000, 4_200, 6_800]).toFixed(2); // => "1188.44"
 * // the same investment paid today, returns at the end of years 1–3:
 * npv(0.1, [-10_000, 3_000, 4_200, 6_800], { firstPeriod: 0 }).toFixed(2); // => "1307.29"
 * ```
 *
 * @category Finance
 */
export function npv(rate: number, cashFlows: ArrayLike<number> | TimeSeries, options: NpvOptions = {}): number {
  checkOptions(options, ["firstPeriod"], "npv");
  const fn = "npv";
  checkRate(rate, "rate", fn);
  const firstPeriod = options.firstPeriod ?? 1;
  if (firstPeriod !== 0 && firstPeriod !== 1) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: options.firstPeriod must be 0 or 1, got ${describe(firstPeriod)}.`, { path: "options.firstPeriod" });
  }
  const flows = readCashFlows(cashFlows, fn);
  return presentValue(rate, flows, firstPeriod);
}

/** @internal Σ flows[i] / (1 + rate)^(i + firstPeriod). */
export function presentValue(rate: number, flows: Float64Array, firstPeriod: number): number {
  let sum = 0;
  for (let i = 0; i < flows.length; i++) sum += (flows[i] as number) / (1 + rate) ** (i + firstPeriod);
  return sum;
}
