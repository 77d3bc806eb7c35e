import { DpmError } from "@dpm/core";
import type { BgNbdParams } from "./BgNbdParams.js";
import { checkCustomer, checkFinite, checkParams } from "./BgNbdParams.js";
import { checkOptions } from "@dpm/core";
import { conditionalExpectationKernel } from "./bgNbdExpectedTransactions.js";
import type { GammaGammaParams } from "./fitGammaGamma.js";
import { gammaGammaExpectedSpend } from "./gammaGammaExpectedSpend.js";

/**
 * Options of {@link customerLifetimeValue}.
 *
 * @category CLV
 */
export interface CustomerLifetimeValueOptions {
  /** Number of discounting steps, 1 to 10,000. */
  readonly periods: number;
  /** Length of one step in the model's time unit (e.g. 4.345 weeks ≈ one month when the data is in weeks). Default 1. */
  readonly periodLength?: number;
  /** Discount rate per step (e.g. 0.01 = 1% per step). */
  readonly discountRate: number;
}

const FN = "customerLifetimeValue";
/** Largest `periods` of a lifetime-value sum. */
const MAX_PERIODS = 10_000;

/** Validates CLV options; returns periods, step length (default 1) and discount rate. */
export function checkClvOptions(options: CustomerLifetimeValueOptions, fn: string): { periods: number; periodLength: number; discountRate: number } {
  if (options === undefined) throw new DpmError("INVALID_ARGUMENT", `${fn}: options are required, such as { periods: 12, discountRate: 0.01 }`, { path: "options" });
  const opts = checkOptions(options, ["periods", "periodLength", "discountRate"], fn, "{ periods: 12, discountRate: 0.01 }");
  const periods = opts.periods;
  if (!(typeof periods === "number" && Number.isInteger(periods) && periods >= 1 && periods <= MAX_PERIODS)) throw new DpmError("INVALID_ARGUMENT", `${fn}: options.periods must be a whole number from 1 to ${MAX_PERIODS}, got ${typeof periods === "number" ? periods : typeof periods}`, { path: "options.periods" });
  const L = opts.periodLength ?? 1;
  if (!(typeof L === "number" && Number.isFinite(L) && L > 0)) throw new DpmError("INVALID_ARGUMENT", `${fn}: options.periodLength must be finite and > 0 (in the data's time unit)`, { path: "options.periodLength" });
  const d = opts.discountRate;
  if (!(typeof d === "number" && Number.isFinite(d) && d > -1)) throw new DpmError("INVALID_ARGUMENT", `${fn}: options.discountRate must be finite and > −1 (0.01 = 1% per step), got ${String(d)}`, { path: "options.discountRate" });
  return { periods, periodLength: L, discountRate: d };
}

/**
 * Discounted CLV of one customer: `Σ_k spend · (E[Y(k·L)] − E[Y((k−1)·L)]) / (1 + d)^k` for k = 1..periods,
 * with E[Y] the BG/NBD conditional expectation and spend the Gamma-Gamma expected average value.
 * Time units are explicit: `periodLength` is in the unit of `recency`/`T` and the discount rate
 * applies per step of that length.
 *
 * @param bgnbd - BG/NBD parameters
 * @param gammaGamma - Gamma-Gamma parameters
 * @param frequency - repeat transactions x
 * @param recency - t_x
 * @param T - customer age
 * @param monetary - mean repeat-transaction value
 * @param options - periods, step length and discount rate
 * @returns the discounted expected value
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT`; `NOT_CONVERGED` from the 2F1 series
 *
 * @example
 * ```ts
 * import { customerLifetimeValue } from "@dpm/segment";
 *
 * const bg = { r: 0.242593, alpha: 4.413532, a: 0.792886, b: 2.425752 };
 * const gg = { p: 6.25, q: 3.74, v: 15.44 };
 * customerLifetimeValue(bg, gg, 2, 30.43, 38.86, 25, { periods: 12, periodLength: 4.345, discountRate: 0.01 }) > 0; // => true
 * ```
 *
 * @category CLV
 */
export function customerLifetimeValue(
  bgnbd: BgNbdParams,
  gammaGamma: GammaGammaParams,
  frequency: number,
  recency: number,
  T: number,
  monetary: number,
  options: CustomerLifetimeValueOptions,
): number {
  checkParams(bgnbd, FN);
  checkCustomer(frequency, recency, T, FN);
  const { periods, periodLength: L, discountRate: d } = checkClvOptions(options, FN);
  const spend = gammaGammaExpectedSpend(gammaGamma, frequency, monetary);
  let prev = 0;
  let value = 0;
  for (let k = 1; k <= periods; k++) {
    const e = conditionalExpectationKernel(bgnbd, frequency, recency, T, k * L, FN);
    value += (spend * (e - prev)) / Math.pow(1 + d, k);
    prev = e;
  }
  return checkFinite(value, FN, "the lifetime value");
}
