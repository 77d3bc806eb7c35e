import { checkOptions, DpmError, assertInteger, formatPeriod, isTimeSeries, period, timeSeries, type TimeSeries } from "@dpm/core";
import { describe } from "../internal/checks.js";

/**
 * How {@link periodOverPeriod} compares a value with the one `lag` periods earlier.
 * - `"growth"`: `(x[t] − x[t−lag]) / |x[t−lag]|` (a ratio, 0.1 = +10 %)
 * - `"difference"`: `x[t] − x[t−lag]` (in the series' unit; e.g. percentage points for a margin)
 * - `"ratio"`: `x[t] / x[t−lag]`
 *
 * @category Series
 */
export type ChangeMode = "growth" | "difference" | "ratio";

/**
 * Options for {@link periodOverPeriod}.
 *
 * @category Series
 */
export interface PeriodOverPeriodOptions {
  /** Periods between the values compared (default 1: each period against the one before). */
  readonly lag?: number;
  /** How to compare (default `"growth"`). */
  readonly mode?: ChangeMode;
  /**
   * A period whose base value is 0 has no growth or ratio: `"error"` (default) throws naming the
   * period, `"missing"` records NaN there.
   */
  readonly whenUndefined?: "error" | "missing";
  /** Name of the result (default: the input's name). */
  readonly name?: string;
}

const MODES: readonly string[] = ["growth", "difference", "ratio"];

/** @internal Shared by periodOverPeriod and yearOverYear. */
export function changeOverLag(fn: string, series: TimeSeries, lag: number, options: PeriodOverPeriodOptions): TimeSeries {
  checkOptions(options, ["lag", "mode", "name", "whenUndefined"], "changeOverLag");
  if (!isTimeSeries(series)) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: series must be a TimeSeries (see timeSeries()), got ${describe(series)}.`, { path: "series" });
  }
  const mode = options.mode ?? "growth";
  if (!MODES.includes(mode)) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: mode must be "growth", "difference" or "ratio", got ${describe(mode)}.`, { path: "options.mode" });
  }
  const missingOk = options.whenUndefined === "missing";
  const n = series.length - lag;
  if (n < 1) {
    throw new DpmError("TOO_SHORT", `${fn}: comparing values ${lag} period(s) apart needs more than ${lag} values; the series has ${series.length}.`, {
      path: "series",
      details: { length: series.length, lag },
    });
  }
  const x = series.values;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const now = x[i + lag] as number;
    const before = x[i] as number;
    if (mode === "difference") {
      out[i] = now - before;
    } else if (before === 0 && !Number.isNaN(now)) {
      if (!missingOk) {
        const label = formatPeriod(period(series.freq, series.start.ordinal + i));
        throw new DpmError(
          "INVALID_ARGUMENT",
          `${fn}: the value at ${label} is 0, so the ${mode} of ${formatPeriod(period(series.freq, series.start.ordinal + i + lag))} against it is undefined; ` +
            'pass { whenUndefined: "missing" } to record a missing value there.',
          { path: `series[${i}]`, details: { index: i, period: label, undefinedKpi: true } },
        );
      }
      out[i] = Number.NaN;
    } else {
      out[i] = mode === "growth" ? (now - before) / Math.abs(before) : now / before;
    }
  }
  const start = period(series.freq, series.start.ordinal + lag);
  const name = options.name ?? series.name;
  return timeSeries(start, out, name === undefined ? { allowMissing: true } : { allowMissing: true, name });
}

/**
 * Period-over-period change of a series: each value against the one `lag` periods before
 * (growth by default). The result starts `lag` periods later and is `lag` values shorter.
 * Works for any KPI series: month-over-month revenue growth, the change in a margin in
 * percentage points (`mode: "difference"`), week-over-week orders.
 *
 * - **Unit:** ratio for `"growth"`/`"ratio"`, the series' unit for `"difference"`.
 * - **Direction:** that of the underlying KPI.
 *
 * @param series - the series
 * @param options - lag (default 1), mode (default `"growth"`), missing-value policy, name
 * @returns the change per period
 * @throws {@link @dpm/core!DpmError} `TOO_SHORT` when the series has no more than `lag` values;
 *   `INVALID_ARGUMENT` for a bad lag/mode or (growth/ratio) a zero base value, naming its period
 *
 * @example
 * ```ts
 * import { timeSeries } from "@dpm/core";
 * import { periodOverPeriod } from "@dpm/kpi";
 *
 * const revenue = timeSeries("2025-01", [100, 110, 99]);
 * periodOverPeriod(revenue).values; // => Float64Array [0.1, -0.1]
 * periodOverPeriod(revenue, { mode: "difference" }).values; // => Float64Array [10, -11]
 * ```
 *
 * @category Series
 */
export function periodOverPeriod(series: TimeSeries, options: PeriodOverPeriodOptions = {}): TimeSeries {
  checkOptions(options, ["lag", "mode", "name", "whenUndefined"], "periodOverPeriod");
  const lag = options.lag ?? 1;
  assertInteger(lag, "options.lag", "periodOverPeriod", 1);
  return changeOverLag("periodOverPeriod", series, lag, options);
}
