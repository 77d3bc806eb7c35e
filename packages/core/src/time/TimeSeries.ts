import { checkOptions } from "../errors/checkOptions.js";
import { DpmError } from "../errors/DpmError.js";
import { describeValue, toFiniteArray } from "../errors/validate.js";
import { formatPeriod, INSPECT, parsePeriod, period, periodRange, toPeriod, type Period, type PeriodLike } from "./Period.js";
import type { Frequency } from "./Frequency.js";

/**
 * A `Float64Array` that the type system will not let you write to. `@dpm` hands out the arrays it
 * owns with this type instead of copying them; copy with `Float64Array.from` before mutating.
 *
 * @category Time
 */
export type ReadonlyFloat64Array = Omit<
  Float64Array,
  "set" | "fill" | "copyWithin" | "reverse" | "sort" | "subarray" | number
> & {
  readonly [index: number]: number;
  subarray(begin?: number, end?: number): ReadonlyFloat64Array;
};

/**
 * An immutable, regularly spaced series: one value per period from `start` on.
 *
 * Values live in a `Float64Array` that no caller array aliases. NaN marks a missing value only
 * where the series was built with `allowMissing`; ±Infinity is never stored.
 *
 * Series made by `@dpm` print readably: `String(s)` gives `"TimeSeries sales: month 2025-01 … 2025-03
 * (3 values)"`, Node's `console.log` shows the periods and the first values, and
 * `JSON.stringify(s)` gives a {@link TimeSeriesJson} (`{ start: "2025-01", freq: "month", values:
 * [...], name }`, NaN as `null`) that {@link timeSeriesFromJson} turns back into the same series.
 *
 * @category Time
 */
export interface TimeSeries {
  /** The first period. */
  readonly start: Period;
  /** The frequency (same as `start.freq`). */
  readonly freq: Frequency;
  /** One value per period; index `i` belongs to period `start + i`. */
  readonly values: ReadonlyFloat64Array;
  /** Number of periods. */
  readonly length: number;
  /** An optional label (e.g. `"sales"`), kept by transformations. */
  readonly name?: string;
}

/**
 * Options for {@link timeSeries}.
 *
 * @category Time
 */
export interface TimeSeriesOptions {
  /** Frequency wanted, when `start` is a Date or a finer label (a day label → its month). */
  readonly freq?: Frequency;
  /** A label for the series. */
  readonly name?: string;
  /** Accept NaN as a missing value (default `false`: every value must be finite). */
  readonly allowMissing?: boolean;
}

const SERIES = Symbol.for("@dpm/core/TimeSeries");

/**
 * Creates a time series from a start period and values (copied; the input is never kept).
 *
 * @param start - the first period: a {@link Period}, a label such as `"2025-01"`, or a Date with `freq`
 * @param values - the values, one per period
 * @param options - frequency, name, missing-value policy
 * @returns a frozen {@link TimeSeries}
 * @throws {@link DpmError} `EMPTY` for no values, `NON_FINITE` naming the first bad index,
 *   `PARSE_ERROR` for an unreadable start
 *
 * @example
 * ```ts
 * import { formatPeriod, seriesEnd, timeSeries } from "@dpm/core";
 *
 * const sales = timeSeries("2025-01", [120, 135, 150], { name: "sales" });
 * formatPeriod(seriesEnd(sales)); // => "2025-03"
 * ```
 *
 * @category Time
 */
export function timeSeries(start: PeriodLike, values: ArrayLike<number>, options: TimeSeriesOptions = {}): TimeSeries {
  checkOptions(options, ["allowMissing", "freq", "name"], "timeSeries");
  const first = toPeriod(start, options.freq);
  const copy = toFiniteArray(values, "values", "timeSeries", { allowNaN: options.allowMissing === true });
  return makeSeries(first, copy, options.name);
}

/**
 * The JSON form of a {@link TimeSeries} (what `JSON.stringify(series)` writes): the start label,
 * the frequency, the values (`null` for a missing value) and the name when there is one.
 *
 * @category Time
 */
export interface TimeSeriesJson {
  readonly start: string;
  readonly freq: Frequency;
  readonly values: readonly (number | null)[];
  readonly name?: string;
}

/** How many values the inspect and `toString` views show before `…`. */
const PREVIEW = 6;

/** Non-enumerable methods shared by every series `@dpm` makes (own data stays plain and enumerable). */
const SERIES_PROTO: object = /* @__PURE__ */ Object.freeze(
  Object.create(Object.prototype, {
    toString: {
      value(this: TimeSeries): string {
        const label = this.name === undefined ? "TimeSeries" : `TimeSeries ${this.name}`;
        const end = period(this.freq, this.start.ordinal + this.length - 1);
        return `${label}: ${this.freq} ${formatPeriod(this.start)} … ${formatPeriod(end)} (${this.length} values)`;
      },
    },
    toJSON: {
      value(this: TimeSeries): TimeSeriesJson {
        const values = Array.from(this.values, (v) => (Number.isNaN(v) ? null : v));
        const json = { start: formatPeriod(this.start), freq: this.freq, values };
        return this.name === undefined ? json : { ...json, name: this.name };
      },
    },
    [INSPECT]: {
      value(this: TimeSeries): string {
        const shown = Array.from(this.values.subarray(0, PREVIEW), String).join(", ");
        const more = this.length > PREVIEW ? `, … ${this.length - PREVIEW} more` : "";
        return `${String(this)} [${shown}${more}]`;
      },
    },
  }),
);

/**
 * @internal Wraps an array the caller hands over (no copy, no check): for `@dpm`'s own code paths
 * that already own and validated `values`.
 */
export function makeSeries(start: Period, values: Float64Array, name?: string): TimeSeries {
  const series = Object.create(SERIES_PROTO) as { -readonly [K in keyof TimeSeries]: TimeSeries[K] };
  series.start = start;
  series.freq = start.freq;
  series.values = values;
  series.length = values.length;
  if (name !== undefined) series.name = name;
  Object.defineProperty(series, SERIES, { value: true });
  return Object.freeze(series);
}

/**
 * Reads back the JSON of a series: the object `JSON.parse` gives for `JSON.stringify(series)`, or
 * that JSON text itself. `null` values become NaN (missing).
 *
 * @param json - a {@link TimeSeriesJson} or its JSON text
 * @returns the series
 * @throws {@link DpmError} `PARSE_ERROR` for text that is not JSON or a start that is not a label,
 *   `INVALID_ARGUMENT` for a wrong shape, `FREQUENCY_MISMATCH` when `freq` disagrees with `start`
 *
 * @example
 * ```ts
 * import { timeSeries, timeSeriesFromJson } from "@dpm/core";
 *
 * const text = JSON.stringify(timeSeries("2025-01", [120, 135], { name: "sales" }));
 * JSON.parse(text); // => { start: "2025-01", freq: "month", values: [120, 135], name: "sales" }
 * timeSeriesFromJson(text).values[1]; // => 135
 * ```
 *
 * @category Time
 */
export function timeSeriesFromJson(json: TimeSeriesJson | string): TimeSeries {
  const fn = "timeSeriesFromJson";
  let value: unknown = json;
  if (typeof json === "string") {
    try {
      value = JSON.parse(json);
    } catch {
      throw new DpmError("PARSE_ERROR", `${fn}: the text is not JSON; pass what JSON.stringify(series) wrote.`, { path: "json" });
    }
  }
  const o = value as Record<string, unknown>;
  if (typeof value !== "object" || value === null || Array.isArray(value) || typeof o.start !== "string" || !Array.isArray(o.values)) {
    throw new DpmError(
      "INVALID_ARGUMENT",
      `${fn}: json must look like { start: "2025-01", freq: "month", values: [1, 2] }, got ${describeValue(value)}.`,
      { path: "json" },
    );
  }
  const start = parsePeriod(o.start);
  if (o.freq !== undefined && o.freq !== start.freq) {
    throw new DpmError("FREQUENCY_MISMATCH", `${fn}: start ${JSON.stringify(o.start)} is a ${start.freq} but freq says ${describeValue(o.freq)}.`, { path: "json.freq" });
  }
  if (o.name !== undefined && typeof o.name !== "string") {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: name must be a string, got ${describeValue(o.name)}.`, { path: "json.name" });
  }
  const values = o.values.map((v: unknown) => (v === null ? Number.NaN : v));
  const options = o.name === undefined ? { allowMissing: true } : { allowMissing: true, name: o.name };
  return timeSeries(start, values as number[], options);
}

/**
 * Whether `value` is a {@link TimeSeries} made by `@dpm`.
 *
 * @example
 * ```ts
 * import { isTimeSeries, timeSeries } from "@dpm/core";
 *
 * isTimeSeries(timeSeries("2025", [1, 2])); // => true
 * isTimeSeries([1, 2]); // => false
 * ```
 *
 * @category Time
 */
export function isTimeSeries(value: unknown): value is TimeSeries {
  return typeof value === "object" && value !== null && (value as Record<symbol, unknown>)[SERIES] === true;
}

/**
 * @internal Throws unless `value` is a TimeSeries, naming the argument.
 */
export function assertTimeSeries(value: unknown, name: string, fn: string): asserts value is TimeSeries {
  if (!isTimeSeries(value)) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: ${name} must be a TimeSeries (see timeSeries()), got ${describeValue(value)}.`, { path: name });
  }
}

/**
 * The period of the value at index `i`.
 *
 * @example
 * ```ts
 * import { formatPeriod, periodAt, timeSeries } from "@dpm/core";
 *
 * formatPeriod(periodAt(timeSeries("2025-Q3", [1, 2, 3]), 2)); // => "2026-Q1"
 * ```
 *
 * @category Time
 */
export function periodAt(series: TimeSeries, i: number): Period {
  assertTimeSeries(series, "series", "periodAt");
  if (!Number.isSafeInteger(i)) {
    throw new DpmError("INVALID_ARGUMENT", `periodAt: i must be an integer index, got ${describeValue(i)}.`, { path: "i" });
  }
  return period(series.freq, series.start.ordinal + i);
}

/**
 * The last period of a series.
 *
 * @example
 * ```ts
 * import { formatPeriod, seriesEnd, timeSeries } from "@dpm/core";
 *
 * formatPeriod(seriesEnd(timeSeries("2025-11", [1, 2, 3]))); // => "2026-01"
 * ```
 *
 * @category Time
 */
export function seriesEnd(series: TimeSeries): Period {
  assertTimeSeries(series, "series", "seriesEnd");
  return periodAt(series, series.length - 1);
}

/**
 * Every period of a series, in order.
 *
 * @example
 * ```ts
 * import { formatPeriod, seriesPeriods, timeSeries } from "@dpm/core";
 *
 * seriesPeriods(timeSeries("2025", [1, 2])).map(formatPeriod); // => ["2025", "2026"]
 * ```
 *
 * @category Time
 */
export function seriesPeriods(series: TimeSeries): Period[] {
  assertTimeSeries(series, "series", "seriesPeriods");
  return periodRange(series.start, series.length);
}

/**
 * The series as plain rows `{ period, value }`, handy for printing, charts and JSON.
 *
 * @example
 * ```ts
 * import { seriesToRows, timeSeries } from "@dpm/core";
 *
 * seriesToRows(timeSeries("2025-Q1", [10, 12]));
 * // => [{ period: "2025-Q1", value: 10 }, { period: "2025-Q2", value: 12 }]
 * ```
 *
 * @category Time
 */
export function seriesToRows(series: TimeSeries): { period: string; value: number }[] {
  assertTimeSeries(series, "series", "seriesToRows");
  const rows = new Array<{ period: string; value: number }>(series.length);
  for (let i = 0; i < series.length; i++) {
    rows[i] = { period: formatPeriod(periodAt(series, i)), value: series.values[i] as number };
  }
  return rows;
}
