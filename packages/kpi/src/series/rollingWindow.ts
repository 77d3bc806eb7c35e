import { checkOptions, DpmError, assertInteger, isTimeSeries, period, timeSeries, type TimeSeries } from "@dpm/core";
import { describe } from "../internal/checks.js";

/**
 * How {@link rollingWindow} combines the values in a window.
 *
 * @category Series
 */
export type WindowAggregate = "sum" | "mean" | "min" | "max" | "first" | "last";

/**
 * Options for {@link rollingWindow}.
 *
 * @category Series
 */
export interface RollingWindowOptions {
  /** How to combine the window (default `"sum"`, right for flows: revenue, costs, customers lost). */
  readonly aggregate?: WindowAggregate;
  /** Name of the result (default: the input's name). */
  readonly name?: string;
}

const AGGREGATES: readonly string[] = ["sum", "mean", "min", "max", "first", "last"];

/**
 * Trailing windows of a series: the value at period t combines periods t − window + 1 … t.
 * The result starts `window − 1` periods later. A window holding a missing value (NaN) is missing.
 *
 * This is how every KPI runs over rolling windows: aggregate the *inputs*, then apply the formula,
 * so a rolling ratio is a ratio of sums (not a mean of ratios). For flows (revenue, costs, new or
 * lost customers) use `"sum"`; for stocks (customers at the start of a period) use `"first"`.
 *
 * - **Unit:** the series' unit.
 *
 * @param series - the series
 * @param window - the window length in periods (≥ 1, at most the series length)
 * @param options - aggregate (default `"sum"`), name
 * @returns one value per complete window
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` for a bad window or aggregate, `TOO_SHORT` when the
 *   series is shorter than the window
 *
 * @example
 * ```ts
 * import { timeSeries } from "@dpm/core";
 * import { grossMargin, rollingWindow } from "@dpm/kpi";
 *
 * const revenue = timeSeries("2025-01", [100, 200, 300, 400]);
 * const cogs = timeSeries("2025-01", [60, 100, 150, 160]);
 * rollingWindow(revenue, 3).values; // => Float64Array [600, 900]
 * // trailing-3-month gross margin, a ratio of sums:
 * grossMargin(rollingWindow(revenue, 3), rollingWindow(cogs, 3)).values; // => Float64Array [0.48333333333333334, 0.5444444444444444]
 * ```
 *
 * @category Series
 */
export function rollingWindow(series: TimeSeries, window: number, options: RollingWindowOptions = {}): TimeSeries {
  checkOptions(options, ["aggregate", "name"], "rollingWindow");
  const fn = "rollingWindow";
  if (!isTimeSeries(series)) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: series must be a TimeSeries (see timeSeries()), got ${describe(series)}.`, { path: "series" });
  }
  assertInteger(window, "window", fn, 1);
  const aggregate = options.aggregate ?? "sum";
  if (!AGGREGATES.includes(aggregate)) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: aggregate must be sum, mean, min, max, first or last, got ${describe(aggregate)}.`, {
      path: "options.aggregate",
    });
  }
  const n = series.length - window + 1;
  if (n < 1) {
    throw new DpmError("TOO_SHORT", `${fn}: a window of ${window} needs at least ${window} values; the series has ${series.length}.`, {
      path: "series",
      details: { length: series.length, window },
    });
  }
  const x = series.values;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let acc = aggregate === "min" ? Infinity : aggregate === "max" ? -Infinity : 0;
    let missing = false;
    for (let j = i; j < i + window; j++) {
      const v = x[j] as number;
      if (Number.isNaN(v)) {
        missing = true;
        break;
      }
      if (aggregate === "min") acc = Math.min(acc, v);
      else if (aggregate === "max") acc = Math.max(acc, v);
      else acc += v;
    }
    if (missing) out[i] = Number.NaN;
    else if (aggregate === "first") out[i] = x[i] as number;
    else if (aggregate === "last") out[i] = x[i + window - 1] as number;
    else out[i] = aggregate === "mean" ? acc / window : acc;
  }
  const name = options.name ?? series.name;
  return timeSeries(period(series.freq, series.start.ordinal + window - 1), out, name === undefined ? { allowMissing: true } : { allowMissing: true, name });
}
