import { checkOptions, DpmError, assertInteger } from "@dpm/core";
import { readOptions, readSeries, type SeriesInput } from "../internal/input.js";
import { diffLag, isConstant } from "./isConstant.js";
import { ocsbStatistic, ocsbCritical } from "./ocsbTest.js";
import { seasonalStrengthHeuristic } from "./seasonalStrengthHeuristic.js";

/**
 * Options for {@link nsdiffs}.
 *
 * @category Unit-root tests
 */
export interface NsdiffsOptions {
  /** Seasonal period (default from the TimeSeries frequency; required > 1). */
  readonly period?: number;
  /**
   * `"seas"` (default, as R's forecast ≥ 8.6): difference while the STL seasonal strength exceeds
   * 0.64; `"ocsb"`: the Osborn–Chui–Smith–Birchenhall regression test at 5%, lag order by AIC up to 3.
   */
  readonly test?: "seas" | "ocsb";
  /** Most seasonal differences (default 1). */
  readonly maxD?: number;
}

/** @internal nsdiffs on validated data. */
export function nsdiffsCore(x: Float64Array, m: number, test: "seas" | "ocsb", maxD: number): number {
  let D = 0;
  let y = x;
  if (isConstant(y)) return 0;
  const run = (v: Float64Array): boolean => {
    if (test === "seas") {
      const s = seasonalStrengthHeuristic(v, m);
      return Number.isFinite(s) && s > 0.64;
    }
    const stat = ocsbStatistic(v, m, 3);
    return Number.isFinite(stat) && stat > ocsbCritical(m);
  };
  let dodiff = run(y);
  while (dodiff && D < maxD) {
    D++;
    y = diffLag(y, m);
    if (isConstant(y)) return D;
    dodiff = run(y);
  }
  return D;
}

/**
 * Number of seasonal differences needed, as R's `forecast::nsdiffs`: by default difference while
 * the seasonal strength of an STL decomposition (Wang, Smith & Hyndman 2006) exceeds 0.64 (the
 * threshold R chose for auto.arima accuracy on M3/M4), up to `maxD` times; or with the OCSB test.
 *
 * @param series - the series (TimeSeries with a seasonal frequency, or numbers with `period`)
 * @param options - `period`, `test`, `maxD`
 * @returns 0 or 1 (up to `maxD`)
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` for a period ≤ 1 or an unknown test; `NON_FINITE` for NaN
 *
 * @example
 * ```ts
 * import { nsdiffs } from "@dpm/forecast";
 *
 * // A stable quarterly pattern on a slow trend needs one seasonal difference; noise needs none.
 * const seasonal = Array.from({ length: 48 }, (_, t) => 10 + 0.1 * t + [3, -1, -4, 2][t % 4]);
 * nsdiffs(seasonal, { period: 4 }); // => 1
 * nsdiffs([5, 3, 6, 2, 7, 4, 4, 6, 3, 5, 6, 4, 2, 5, 7, 3, 6, 4, 5, 3], { period: 4 }); // => 0
 * ```
 *
 * @category Unit-root tests
 */
export function nsdiffs(series: SeriesInput, options?: NsdiffsOptions): number {
  checkOptions(options, ["maxD", "period", "test"], "nsdiffs");
  const fn = "nsdiffs";
  const opts = readOptions(options, fn);
  const data = readSeries(series, fn, opts.period);
  const m = data.period;
  if (m < 2) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: the series is not seasonal (period ${m}); pass options.period > 1 or a TimeSeries with a seasonal frequency.`, { path: "options.period" });
  }
  const test = opts.test ?? "seas";
  if (test !== "seas" && test !== "ocsb") {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: options.test must be "seas" or "ocsb", got ${String(test)}.`, { path: "options.test" });
  }
  const maxD = opts.maxD ?? 1;
  assertInteger(maxD, "options.maxD", fn, 0, 5);
  return nsdiffsCore(data.values, m, test, maxD);
}
