import { checkOptions } from "../errors/checkOptions.js";
import { DpmError, isDpmError } from "../errors/DpmError.js";
import type { Frequency } from "../time/Frequency.js";
import type { PeriodLike } from "../time/Period.js";
import type { Aggregation } from "../time/aggregate.js";
import { seriesFromRecords, type GapPolicy, type SeriesFromRecordsResult } from "../time/seriesFromRecords.js";
import type { CsvTable } from "./CsvTable.js";
import { numberColumnOf, stringColumnOf } from "./columnAccess.js";

/**
 * Options for {@link seriesFromColumns}.
 *
 * @category Input
 */
export interface SeriesFromColumnsOptions {
  /** The column of dates (`YYYY-MM-DD`, a time after `T` is ignored). */
  readonly date: string;
  /** The column of values; not needed for `aggregate: "count"`. */
  readonly value?: string;
  /** Frequency of the series to build. */
  readonly freq: Frequency;
  /** How rows in one period combine (default `"sum"`). */
  readonly aggregate?: Aggregation;
  /** What to do with periods no row falls in (default `"error"`). */
  readonly gaps?: GapPolicy;
  /** Sort rows by date first (default `false`: out-of-order rows are an error). */
  readonly sort?: boolean;
  /** Extend the series back to this period. */
  readonly start?: PeriodLike;
  /** Extend the series up to this period. */
  readonly end?: PeriodLike;
  /** A label for the series. */
  readonly name?: string;
}

const KNOWN = ["date", "value", "freq", "aggregate", "gaps", "sort", "start", "end", "name"];

/**
 * Builds a regular series from two columns of a CSV table — the rules of
 * {@link seriesFromRecords} (bucketing into `freq`, aggregation, gap policy), with errors that
 * name the file line and column of the offending row.
 *
 * @param table - from {@link parseCsv} or {@link readCsv}
 * @param options - the date and value columns, frequency, aggregation, gap policy
 * @returns the series, the gap periods and the row count per period
 * @throws {@link DpmError} `INVALID_ARGUMENT` for an unknown column (the message lists the
 *   columns); the errors of {@link seriesFromRecords} with `details: { line, column }` added
 *
 * @example
 * ```ts
 * import { parseCsv, seriesFromColumns } from "@dpm/core";
 *
 * const table = parseCsv("day,sales\n2025-03-01,120\n2025-03-01,30\n2025-03-03,95");
 * const { series, gaps } = seriesFromColumns(table, { date: "day", value: "sales", freq: "day", gaps: "zero" });
 * Array.from(series.values); // => [150, 0, 95]
 * gaps.length; // => 1
 * ```
 *
 * @category Input
 */
export function seriesFromColumns(table: CsvTable, options: SeriesFromColumnsOptions): SeriesFromRecordsResult {
  const fn = "seriesFromColumns";
  const o = checkOptions(options, KNOWN, fn, '{ date: "day", value: "sales", freq: "day" }');
  if (options === undefined) throw new DpmError("INVALID_ARGUMENT", `${fn}: options are required, such as { date: "day", value: "sales", freq: "day" }.`, { path: "options" });
  const rows = new Uint32Array(table?.rowCount ?? 0);
  for (let i = 0; i < rows.length; i++) rows[i] = i;
  return seriesOfRows(table, rows, o as SeriesFromColumnsOptions, fn);
}

/** @internal Runs seriesFromRecords over some rows of a table, mapping row errors to file lines. */
export function seriesOfRows(table: CsvTable, rows: Uint32Array, o: SeriesFromColumnsOptions, fn: string): SeriesFromRecordsResult {
  const dates = stringColumnOf(table, o.date, fn, "date");
  const counting = o.aggregate === "count";
  const values = counting && o.value === undefined ? null : numberColumnOf(table, o.value as string, fn, "value");
  const records = Array.from(rows);
  const { date: _d, value: _v, ...rest } = o;
  try {
    return seriesFromRecords<number>(records, {
      ...rest,
      date: (i) => dates[i] as string,
      value: (i) => (values === null ? 0 : (values[i] as number)),
    });
  } catch (error) {
    if (!isDpmError(error)) throw error;
    const m = /^records\[(\d+)\]\.(date|value)$/.exec(error.path ?? "");
    if (m === null) throw error;
    const row = rows[Number(m[1])] as number;
    const line = table.lines[row] as number;
    const column = m[2] === "date" ? o.date : (o.value as string);
    const message = error.message.replace(/^seriesFromRecords: row \d+/, `line ${line}`).replace(/^seriesFromRecords: /, "");
    throw new DpmError(error.code, `${fn}: line ${line}, column "${column}": ${message}`, {
      path: m[2] === "date" ? "date" : "value",
      details: { ...(error.details ?? {}), line, column },
      cause: error,
    });
  }
}
