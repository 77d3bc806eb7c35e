import { checkOptions, DpmError, assertInteger } from "@dpm/core";
import { readOptions, readSeries, type SeriesInput } from "../internal/input.js";
import { isConstant, diffLag } from "./isConstant.js";
import { kpssPValue, kpssStatistic } from "./kpssTest.js";

/**
 * Options for {@link ndiffs}.
 *
 * @category Unit-root tests
 */
export interface NdiffsOptions {
  /** Level of the test, 0.01–0.1 (default 0.05). */
  readonly alpha?: number;
  /** Most differences to take (default 2). */
  readonly maxD?: number;
  /** Unit-root test: `"kpss"` (the only one, as R's default). */
  readonly test?: "kpss";
  /** Deterministic part of the test: `"level"` (default) or `"trend"`. */
  readonly type?: "level" | "trend";
}

/** @internal ndiffs on validated data. */
export function ndiffsCore(x: Float64Array, alpha: number, maxD: number, type: "level" | "trend"): number {
  let d = 0;
  let y = x;
  if (isConstant(y) || y.length < 3) return 0;
  const test = (v: Float64Array): boolean => kpssPValue(kpssStatistic(v, type, Math.trunc((3 * Math.sqrt(v.length)) / 13)), type) < alpha;
  let dodiff = test(y);
  while (dodiff && d < maxD) {
    d++;
    y = diffLag(y, 1);
    if (isConstant(y)) return d;
    if (y.length < 3) return d - 1;
    dodiff = test(y);
  }
  return d;
}

/**
 * Number of first differences needed to make a series stationary, as R's `forecast::ndiffs`:
 * apply the KPSS test ({@link kpssTest}, lags trunc(3√n/13)) and difference while it rejects
 * stationarity at level `alpha`, up to `maxD` times.
 *
 * @param series - the series (TimeSeries or numbers)
 * @param options - `alpha`, `maxD`, `type`
 * @returns 0, 1, … up to `maxD`
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` for alpha outside [0.01, 0.1] or a bad maxD; `NON_FINITE` for NaN
 *
 * @example
 * ```ts
 * import { ndiffs } from "@dpm/forecast";
 *
 * const trend = Array.from({ length: 40 }, (_, t) => 2 * t + (t % 3));
 * ndiffs(trend); // => 1
 * ndiffs([3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9, 3, 2, 3, 8, 4]); // => 0
 * ```
 *
 * @category Unit-root tests
 */
export function ndiffs(series: SeriesInput, options?: NdiffsOptions): number {
  checkOptions(options, ["alpha", "maxD", "test", "type"], "ndiffs");
  const fn = "ndiffs";
  const opts = readOptions(options, fn);
  const y = readSeries(series, fn, undefined).values;
  const alpha = opts.alpha ?? 0.05;
  if (typeof alpha !== "number" || !(alpha >= 0.01 && alpha <= 0.1)) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: options.alpha must be between 0.01 and 0.1 (the range of the KPSS table), got ${String(alpha)}.`, { path: "options.alpha" });
  }
  const maxD = opts.maxD ?? 2;
  assertInteger(maxD, "options.maxD", fn, 0, 10);
  if (opts.test !== undefined && opts.test !== "kpss") {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: options.test must be "kpss".`, { path: "options.test" });
  }
  const type = opts.type ?? "level";
  if (type !== "level" && type !== "trend") {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: options.type must be "level" or "trend".`, { path: "options.type" });
  }
  return ndiffsCore(y, alpha, maxD, type);
}
