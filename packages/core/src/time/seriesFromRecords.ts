import { checkOptions } from "../errors/checkOptions.js";
import { DpmError } from "../errors/DpmError.js";
import { describeValue } from "../errors/validate.js";
import { BucketAccumulator, isAggregation, type Aggregation } from "./aggregate.js";
import { isFrequency, type Frequency } from "./Frequency.js";
import { dayNumber, formatPeriod, hourNumber, period, periodOfDay, toPeriod, type Period, type PeriodLike } from "./Period.js";
import { makeSeries, type TimeSeries } from "./TimeSeries.js";

/**
 * What to do with periods that no record falls in.
 * - `"error"`: throw a `GAP` error listing them (the default: gaps are usually a data problem)
 * - `"zero"`: fill with 0 (right for sales: no rows means nothing sold)
 * - `"missing"`: fill with NaN and let the caller decide later
 * - `"previous"`: carry the last observed value forward
 * - `"interpolate"`: straight line between the neighbouring observed values
 *
 * Periods before the first row (when `start` reaches back further) take the first observed value
 * under `"previous"` and `"interpolate"`; periods after the last row, the last one.
 *
 * @category Time
 */
export type GapPolicy = "error" | "zero" | "missing" | "previous" | "interpolate";

/**
 * A row with a date and a value, the default record shape.
 *
 * @category Time
 */
export interface DatedValue {
  readonly date: string | Date;
  readonly value: number;
}

/** Keys of `R` whose values can be dates. @category Time */
export type DateColumn<R> = [R] extends [object] ? { [K in keyof R]-?: R[K] extends string | Date ? K : never }[keyof R] & string : never;
/** Keys of `R` whose values can be read as numbers (numbers or numeric text). @category Time */
export type ValueColumn<R> = [R] extends [object]
  ? { [K in keyof R]-?: R[K] extends number | string | null | undefined ? K : never }[keyof R] & string
  : never;

/**
 * Where {@link seriesFromRecords} finds a row's date: a column name (`"day"`) or a function.
 *
 * @category Time
 */
export type RecordDate<R> = DateColumn<R> | ((row: R) => string | Date);

/**
 * Where {@link seriesFromRecords} finds a row's value: a column name (`"sales"`; numeric text such
 * as `"12.5"` is converted) or a function returning a number.
 *
 * @category Time
 */
export type RecordValue<R> = ValueColumn<R> | ((row: R) => number);

/**
 * The options of {@link seriesFromRecords} that do not depend on the row type.
 *
 * @category Time
 */
export interface SeriesFromRecordsBaseOptions {
  /** Frequency of the series to build. */
  readonly freq: Frequency;
  /** How rows in one period combine (default `"sum"`). */
  readonly aggregate?: Aggregation;
  /** What to do with periods no row falls in (default `"error"`). */
  readonly gaps?: GapPolicy;
  /** Sort rows by date first (default `false`: out-of-order rows are an error). */
  readonly sort?: boolean;
  /** Extend the series back to this period even if no row falls there. */
  readonly start?: PeriodLike;
  /** Extend the series up to this period even if no row falls there. */
  readonly end?: PeriodLike;
  /** A label for the series. */
  readonly name?: string;
}

/**
 * Options for {@link seriesFromRecords}. `date` and `value` say where a row's date and value are —
 * a column name (`{ date: "day", value: "sales" }`; numeric text is converted to numbers) or a
 * function. They default to `row.date` and `row.value`, and the types require them when the rows
 * have no such fields (`value` is not needed for `aggregate: "count"`).
 *
 * @category Time
 */
export type SeriesFromRecordsOptions<R> = SeriesFromRecordsBaseOptions &
  RecordDateOption<R> &
  ([R] extends [{ readonly value: number | string }]
    ? { /** Where a row's value is (default `row.value`). */ readonly value?: RecordValue<R> }
    : { /** Where a row's value is: a column name or `(row) => number`. */ readonly value: RecordValue<R> });

/**
 * Options for counting rows per period with {@link seriesFromRecords} (`aggregate: "count"`): no
 * value is read, so rows need only a date.
 *
 * @category Time
 */
export type CountRecordsOptions<R> = SeriesFromRecordsBaseOptions &
  RecordDateOption<R> & { readonly aggregate: "count"; readonly value?: RecordValue<R> };

/**
 * The `date` option, required when the rows have no `date` field.
 *
 * @category Time
 */
export type RecordDateOption<R> = [R] extends [{ readonly date: string | Date }]
  ? { /** Where a row's date is (default `row.date`). Strings are calendar dates, Dates are read in UTC. */ readonly date?: RecordDate<R> }
  : { /** Where a row's date is: a column name or `(row) => date`. */ readonly date: RecordDate<R> };

/**
 * What {@link seriesFromRecords} built, and what it had to fill.
 *
 * @category Time
 */
export interface SeriesFromRecordsResult {
  readonly series: TimeSeries;
  /** Periods that no row fell in (filled according to the gap policy). */
  readonly gaps: readonly Period[];
  /** Number of rows that fell in each period. */
  readonly counts: Float64Array;
}

/**
 * Builds a regular series from dated rows (a point-of-sale export, a CSV, JSON records):
 * rows are bucketed into periods of `freq`, combined with `aggregate`, and periods without rows
 * are reported and handled as `gaps` says.
 *
 * @param records - the rows, in date order unless `sort: true`
 * @param options - frequency, aggregation, gap policy, and where the date and value are
 *   (`{ date: "day", value: "sales" }` column names, or functions)
 * @returns the series, the gap periods and the row count per period
 * @throws {@link DpmError} `EMPTY` (no rows), `NON_MONOTONIC` (a row dated before its predecessor;
 *   the message names both rows), `PARSE_ERROR` (a bad date), `NON_FINITE` (a bad value, with the
 *   row and the option to use), `GAP` (with `gaps: "error"`, naming the missing periods),
 *   `INVALID_ARGUMENT` (a row that is not an object, a `date`/`value` option that is neither a
 *   column name nor a function)
 *
 * @example
 * ```ts
 * import { seriesFromRecords } from "@dpm/core";
 *
 * const { series, gaps } = seriesFromRecords(
 *   [
 *     { date: "2025-03-01", value: 120 },
 *     { date: "2025-03-01", value: 30 },
 *     { date: "2025-03-03", value: 95 },
 *   ],
 *   { freq: "day", aggregate: "sum", gaps: "zero" },
 * );
 * Array.from(series.values); // => [150, 0, 95]
 * gaps.length; // => 1 (2025-03-02 had no sales)
 *
 * // rows as read from a CSV: name the columns; numeric text becomes numbers
 * const rows = [
 *   { day: "2025-03-01", sales: "120.5" },
 *   { day: "2025-03-02", sales: "80" },
 * ];
 * Array.from(seriesFromRecords(rows, { freq: "day", date: "day", value: "sales" }).series.values); // => [120.5, 80]
 * ```
 *
 * @category Time
 */
export function seriesFromRecords<R = DatedValue>(records: readonly R[], options: SeriesFromRecordsOptions<R>): SeriesFromRecordsResult;
export function seriesFromRecords<R = DatedValue>(records: readonly R[], options: CountRecordsOptions<R>): SeriesFromRecordsResult;
export function seriesFromRecords<R = DatedValue>(
  records: readonly R[],
  options: SeriesFromRecordsOptions<R> | CountRecordsOptions<R>,
): SeriesFromRecordsResult {
  const fn = "seriesFromRecords";
  const checked = checkOptions(options, ["aggregate", "date", "end", "freq", "gaps", "name", "sort", "start", "value"], fn, '{ freq: "day", date: "day", value: "sales" }');
  const { freq, aggregate = "sum", gaps: policy = "error", sort = false } = checked;
  if (!isFrequency(freq)) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: freq must be year, quarter, month, week, day or hour, got ${describeValue(freq)}.`, { path: "freq" });
  }
  if (!isAggregation(aggregate)) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: aggregate must be sum, mean, count, first, last, min or max, got ${describeValue(aggregate)}.`, { path: "aggregate" });
  }
  if (!["error", "zero", "missing", "previous", "interpolate"].includes(policy)) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: gaps must be error, zero, missing, previous or interpolate, got ${describeValue(policy)}.`, { path: "gaps" });
  }
  if (!Array.isArray(records)) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: records must be an array of rows, got ${describeValue(records)}.`, { path: "records" });
  }
  if (records.length === 0) {
    throw new DpmError("EMPTY", `${fn}: there are no records; pass at least one row.`, { path: "records" });
  }
  const dateOption = (options as { date?: unknown }).date;
  const valueOption = (options as { value?: unknown }).value;
  const readDate = accessor<R, string | Date>(dateOption, "date", fn);
  const readValue = accessor<R, unknown>(valueOption, "value", fn);

  const n = records.length;
  const ordinals = new Float64Array(n);
  const days = new Float64Array(n);
  let previousDay = -Infinity;
  const values = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const row = records[i] as R;
    if (typeof dateOption !== "function" && (typeof row !== "object" || row === null)) {
      throw new DpmError("INVALID_ARGUMENT", `${fn}: row ${i} must be an object with a date and a value, got ${describeValue(row)}.`, { path: `records[${i}]` });
    }
    const date = readDate(row);
    if (date === undefined || date === null) {
      const where = typeof dateOption === "string" ? `column "${dateOption}"` : typeof dateOption === "function" ? "the date function's result" : "row.date";
      throw new DpmError(
        "PARSE_ERROR",
        `${fn}: row ${i} has no date (${where} is ${String(date)}); name the date column with { date: "day" } or pass { date: (row) => row.when }.`,
        { path: `records[${i}].date`, details: { index: i } },
      );
    }
    // The sort key: the day number, or for hourly series the hour number.
    let day: number;
    try {
      day = freq === "hour" ? hourNumber(date, fn) : dayNumber(date, fn);
    } catch (error) {
      const shape = freq === "hour" ? "a time to the hour; use YYYY-MM-DDTHH (e.g. 2025-03-14T08 or 2025-03-14 08:30, UTC)" : "a date; use YYYY-MM-DD";
      throw new DpmError("PARSE_ERROR", `${fn}: row ${i} has date ${describeValue(date)}, which is not ${shape} or a Date.`, {
        path: `records[${i}].date`,
        cause: error,
      });
    }
    days[i] = day;
    ordinals[i] = freq === "hour" ? day : periodOfDay(day, freq).ordinal;
    if (aggregate !== "count") {
      values[i] = toValue(readValue(row), i, valueOption, fn);
    }
    if (!sort && day < previousDay) {
      throw new DpmError(
        "NON_MONOTONIC",
        `${fn}: row ${i} (${String(date)}) is dated before row ${i - 1} (${String(readDate(records[i - 1] as R))}); sort the rows by date or pass { sort: true }.`,
        { path: `records[${i}].date`, details: { index: i } },
      );
    }
    previousDay = day;
  }

  const order = sort ? stableOrderBy(days) : null;
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < n; i++) {
    lo = Math.min(lo, ordinals[i] as number);
    hi = Math.max(hi, ordinals[i] as number);
  }
  if (options.start !== undefined) lo = Math.min(lo, toPeriod(options.start, freq).ordinal);
  if (options.end !== undefined) hi = Math.max(hi, toPeriod(options.end, freq).ordinal);

  const acc = new BucketAccumulator(aggregate, hi - lo + 1);
  for (let k = 0; k < n; k++) {
    const i = order === null ? k : (order[k] as number);
    acc.add((ordinals[i] as number) - lo, values[i] as number);
  }
  const out = acc.finish();
  const gaps: Period[] = [];
  for (let b = 0; b < out.length; b++) if (acc.counts[b] === 0) gaps.push(period(freq, lo + b));

  if (gaps.length > 0 && aggregate !== "count") fillGaps(out, acc.counts, policy, gaps, fn);
  return { series: makeSeries(period(freq, lo), out, options.name), gaps, counts: acc.counts };
}

/** A row reader from a column name, a function or the default field. */
function accessor<R, T>(option: unknown, field: "date" | "value", fn: string): (row: R) => T | undefined {
  if (option === undefined) option = field;
  if (typeof option === "function") return option as (row: R) => T;
  if (typeof option === "string") {
    const column = option;
    // Own properties only: a column named "constructor" or "__proto__" must not reach Object.prototype.
    return (row: R) => (Object.prototype.hasOwnProperty.call(row, column) ? ((row as Record<string, unknown>)[column] as T) : undefined);
  }
  throw new DpmError(
    "INVALID_ARGUMENT",
    `${fn}: options.${field} must be a column name or a function (row) => ${field}, got ${describeValue(option)}.`,
    { path: `options.${field}` },
  );
}

/** A finite number from a row's value: numbers as they are, numeric text converted. */
function toValue(v: unknown, i: number, option: unknown, fn: string): number {
  if (typeof v === "number" && Number.isFinite(v)) return v;
  if (typeof v === "string" && v.trim() !== "") {
    const x = Number(v.trim());
    if (Number.isFinite(x)) return x;
  }
  const where = typeof option === "string" ? `column "${option}"` : typeof option === "function" ? "the value function's result" : "row.value";
  const hint =
    typeof option === "function"
      ? "make the function return a finite number"
      : v === undefined
        ? 'name the value column with { value: "sales" } or pass { value: (row) => number }'
        : "clean the data, or pass { value: (row) => number } to convert it yourself";
  throw new DpmError("NON_FINITE", `${fn}: row ${i} has value ${describeValue(v)} (${where}), which is not a finite number; ${hint}.`, {
    path: `records[${i}].value`,
    details: { index: i, value: typeof v === "bigint" ? String(v) : v },
  });
}

function fillGaps(out: Float64Array, counts: Float64Array, policy: GapPolicy, gaps: readonly Period[], fn: string): void {
  if (policy === "error") {
    const shown = gaps.slice(0, 5).map(formatPeriod).join(", ") + (gaps.length > 5 ? `, … (${gaps.length} in all)` : "");
    throw new DpmError("GAP", `${fn}: no records fall in ${shown}; choose how to fill them with gaps: "zero", "missing", "previous" or "interpolate".`, {
      path: "gaps",
      details: { gaps: gaps.map(formatPeriod) },
    });
  }
  if (policy === "missing") return;
  let prev = -1;
  for (let i = 0; i < out.length; i++) {
    if (counts[i] !== 0) {
      if (policy === "interpolate" && prev >= 0 && i - prev > 1) {
        const a = out[prev] as number;
        const step = ((out[i] as number) - a) / (i - prev);
        for (let j = prev + 1; j < i; j++) out[j] = a + step * (j - prev);
      }
      prev = i;
    } else if (policy === "zero") {
      out[i] = 0;
    } else if (policy === "previous" && prev >= 0) {
      out[i] = out[prev] as number;
    }
  }
  // Leading/trailing gaps have only one neighbour: interpolation holds the nearest value there,
  // and "previous" has nothing to carry at the start, so it takes the first observation.
  if (policy === "zero") return;
  const first = counts.findIndex((c) => c !== 0);
  for (let i = 0; i < first; i++) out[i] = out[first] as number;
  if (policy === "interpolate") for (let i = prev + 1; i < out.length; i++) out[i] = out[prev] as number;
}

function stableOrderBy(keys: Float64Array): Uint32Array {
  const idx = new Uint32Array(keys.length);
  for (let i = 0; i < idx.length; i++) idx[i] = i;
  return idx.sort((a, b) => (keys[a] as number) - (keys[b] as number) || a - b);
}
