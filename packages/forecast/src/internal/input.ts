import { DpmError, assertInteger, isTimeSeries, periodAt, seasonalPeriod, toFiniteArray } from "@dpm/core";
import type { Period, TimeSeries } from "@dpm/core";

/**
 * A series to forecast: a core {@link @dpm/core!TimeSeries} (its frequency gives the seasonal period and its
 * periods label the forecasts) or plain numbers (seasonal period from the `period` option, default 1).
 *
 * @category Forecast
 */
export type SeriesInput = TimeSeries | ArrayLike<number>;

/** @internal A validated series: own copy of the values, the seasonal period and where forecasts start. */
export interface SeriesData {
  readonly values: Float64Array;
  readonly period: number;
  /** Period of the first forecast, when the input was a TimeSeries. */
  readonly next: Period | null;
}

/**
 * @internal Reads a {@link SeriesInput} at a public boundary: copies the values, rejects NaN and
 * ±Infinity (naming the index) and resolves the seasonal period.
 */
export function readSeries(
  input: unknown,
  fn: string,
  period: number | undefined,
  name = "series",
  minLength = 1,
): SeriesData {
  if (period !== undefined) assertInteger(period, "options.period", fn, 1, 1000);
  if (isTimeSeries(input)) {
    const values = toFiniteArray(input.values, `${name}.values`, fn, { minLength });
    return { values, period: period ?? seasonalPeriod(input.freq), next: periodAt(input, input.length) };
  }
  if (typeof input === "object" && input !== null && !Array.isArray(input) && !ArrayBuffer.isView(input)) {
    throw new DpmError(
      "INVALID_ARGUMENT",
      `${fn}: ${name} must be a TimeSeries (see timeSeries() in @dpm/core) or an array of numbers.`,
      { path: name },
    );
  }
  const values = toFiniteArray(input, name, fn, { minLength });
  return { values, period: period ?? 1, next: null };
}

/** @internal Validates a forecast horizon (an integer ≥ 1). */
export function readHorizon(horizon: unknown, fn: string, name = "options.horizon"): number {
  if (horizon === undefined) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: ${name} is required: how many periods ahead to forecast (an integer ≥ 1).`, { path: name });
  }
  assertInteger(horizon, name, fn, 1, 1_000_000);
  return horizon;
}

/**
 * @internal Validates interval levels. Percentages in (0, 100) as in R (`c(80, 95)`); when every
 * level lies in (0, 1) they are read as fractions and scaled by 100, as R's `forecast` does.
 */
export function readLevels(levels: unknown, fn: string, name = "options.levels"): number[] {
  if (levels === undefined) return [80, 95];
  if (!Array.isArray(levels)) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: ${name} must be an array of percentages such as [80, 95].`, { path: name });
  }
  const out = levels.map((v: unknown, i) => {
    if (typeof v !== "number" || !(v > 0 && v < 100)) {
      throw new DpmError("INVALID_ARGUMENT", `${fn}: ${name}[${i}] must be a percentage strictly between 0 and 100 (e.g. 95), got ${String(v)}.`, { path: `${name}[${i}]` });
    }
    return v;
  });
  if (out.length > 0 && out.every((v) => v < 1)) return out.map((v) => v * 100);
  return out;
}

/** @internal Throws unless `value` is a plain options object (or undefined). */
export function readOptions<T extends object>(value: T | undefined, fn: string): Partial<T> {
  if (value === undefined) return {};
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: options must be an object.`, { path: "options" });
  }
  return value;
}
