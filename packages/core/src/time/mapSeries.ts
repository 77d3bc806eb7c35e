import { checkOptions } from "../errors/checkOptions.js";
import { DpmError } from "../errors/DpmError.js";
import { describeValue } from "../errors/validate.js";
import { formatPeriod, period } from "./Period.js";
import { assertTimeSeries, makeSeries, periodAt, type TimeSeries } from "./TimeSeries.js";

/**
 * Applies `fn` to every value (with its index), returning a new series on the same periods.
 *
 * @param series - the series
 * @param fn - the function; it must return a finite number (or NaN where the input was NaN)
 * @throws {@link DpmError} `NON_FINITE` naming the period where `fn` produced NaN or ±Infinity
 *   from a finite value
 *
 * @example
 * ```ts
 * import { mapSeries, timeSeries } from "@dpm/core";
 *
 * Array.from(mapSeries(timeSeries("2025-01", [100, 200]), (v) => v * 1.2).values); // => [120, 240]
 * ```
 *
 * @category Time
 */
export function mapSeries(series: TimeSeries, fn: (value: number, index: number) => number): TimeSeries {
  assertTimeSeries(series, "series", "mapSeries");
  assertCallback(fn, "fn", "mapSeries", "(value, index) => number");
  const x = series.values;
  const out = new Float64Array(series.length);
  for (let i = 0; i < out.length; i++) {
    const v = x[i] as number;
    const y = fn(v, i);
    if (!Number.isFinite(y) && !(Number.isNaN(y) && Number.isNaN(v))) {
      throw new DpmError("NON_FINITE", `mapSeries: the function returned ${String(y)} at ${formatPeriod(periodAt(series, i))} (input ${v}).`, {
        path: `values[${i}]`,
        details: { index: i, input: v, output: y },
      });
    }
    out[i] = y;
  }
  return makeSeries(series.start, out, series.name);
}

/**
 * Options for {@link zipSeries}.
 *
 * @category Time
 */
export interface ZipSeriesOptions {
  /**
   * How series that cover different periods are combined:
   * - `"intersect"` (default): over the periods both cover — the rest of the longer one is cut;
   * - `"strict"`: the series must cover the same periods, else `LENGTH_MISMATCH` (as KPI formulas do).
   */
  readonly align?: "intersect" | "strict";
}

/**
 * Combines two series of one frequency period by period — by default over the periods both
 * cover (the overhang is cut); pass `{ align: "strict" }` to require identical spans instead.
 *
 * @param a - first series
 * @param b - second series
 * @param fn - combines the two values of one period
 * @param options - `align`: `"intersect"` (default) or `"strict"`
 * @throws {@link DpmError} `FREQUENCY_MISMATCH`, `EMPTY` when the series do not overlap,
 *   `LENGTH_MISMATCH` for different spans with `align: "strict"`, `INVALID_ARGUMENT` when `fn`
 *   is not a function, `NON_FINITE` naming the period where `fn` produced NaN or ±Infinity
 *
 * @example
 * ```ts
 * import { timeSeries, zipSeries } from "@dpm/core";
 *
 * const revenue = timeSeries("2025-01", [100, 120, 150]);
 * const cost = timeSeries("2025-02", [70, 90]);
 * Array.from(zipSeries(revenue, cost, (r, c) => r - c).values); // => [50, 60]
 * // zipSeries(revenue, cost, (r, c) => r - c, { align: "strict" }) throws LENGTH_MISMATCH
 * ```
 *
 * @category Time
 */
export function zipSeries(
  a: TimeSeries,
  b: TimeSeries,
  fn: (a: number, b: number, index: number) => number,
  options?: ZipSeriesOptions,
): TimeSeries {
  const { align = "intersect" } = checkOptions(options, ["align"], "zipSeries", '{ align: "strict" }');
  assertTimeSeries(a, "a", "zipSeries");
  assertTimeSeries(b, "b", "zipSeries");
  assertCallback(fn, "fn", "zipSeries", "(a, b, index) => number");
  if (align !== "intersect" && align !== "strict") {
    throw new DpmError("INVALID_ARGUMENT", `zipSeries: options.align must be "intersect" or "strict", got ${describeValue(align)}.`, { path: "options.align" });
  }
  if (a.freq !== b.freq) {
    throw new DpmError("FREQUENCY_MISMATCH", `zipSeries: cannot combine a ${a.freq} series with a ${b.freq} series; resample one first.`, { path: "b" });
  }
  if (align === "strict" && (a.start.ordinal !== b.start.ordinal || a.length !== b.length)) {
    throw new DpmError(
      "LENGTH_MISMATCH",
      `zipSeries: a covers ${a.length} periods from ${formatPeriod(a.start)} but b covers ${b.length} from ${formatPeriod(b.start)}; ` +
        'align them with sliceSeries first, or drop { align: "strict" } to combine the shared periods.',
      { path: "b", details: { a: a.length, b: b.length } },
    );
  }
  const start = Math.max(a.start.ordinal, b.start.ordinal);
  const end = Math.min(a.start.ordinal + a.length, b.start.ordinal + b.length);
  if (end <= start) {
    throw new DpmError("EMPTY", "zipSeries: the two series share no period.", { path: "b" });
  }
  const out = new Float64Array(end - start);
  const oa = start - a.start.ordinal;
  const ob = start - b.start.ordinal;
  for (let i = 0; i < out.length; i++) {
    const x = a.values[oa + i] as number;
    const y = b.values[ob + i] as number;
    const z = fn(x, y, i);
    if (!Number.isFinite(z) && !(Number.isNaN(z) && (Number.isNaN(x) || Number.isNaN(y)))) {
      throw new DpmError("NON_FINITE", `zipSeries: the function returned ${String(z)} at ${formatPeriod({ freq: a.freq, ordinal: start + i })} (inputs ${x}, ${y}).`, {
        path: `values[${i}]`,
        details: { index: i, a: x, b: y, output: z },
      });
    }
    out[i] = z;
  }
  return makeSeries(period(a.freq, start), out, a.name);
}

function assertCallback(fn: unknown, name: string, where: string, shape: string): void {
  if (typeof fn !== "function") {
    throw new DpmError("INVALID_ARGUMENT", `${where}: ${name} must be a function ${shape}, got ${describeValue(fn)}.`, { path: name });
  }
}
