import { checkOptions } from "../errors/checkOptions.js";
import { defineOwn } from "../errors/ownProperty.js";
import { DpmError } from "../errors/DpmError.js";
import { describeValue } from "../errors/validate.js";
import type { Period } from "../time/Period.js";
import type { TimeSeries } from "../time/TimeSeries.js";
import type { CsvTable } from "./CsvTable.js";
import { stringColumnOf } from "./columnAccess.js";
import { seriesOfRows, type SeriesFromColumnsOptions } from "./seriesFromColumns.js";

/**
 * Options for {@link seriesByIdFromColumns}: those of {@link seriesFromColumns} plus the id columns.
 *
 * @category Input
 */
export interface SeriesByIdFromColumnsOptions extends Omit<SeriesFromColumnsOptions, "name"> {
  /** The column (or columns) that say which series a row belongs to, e.g. `["store", "product"]`. */
  readonly id: string | readonly string[];
}

/**
 * One series of {@link seriesByIdFromColumns}.
 *
 * @category Input
 */
export interface SeriesById {
  /** The id values joined by `"/"` (also the series' name). */
  readonly key: string;
  /** The id column values of this series. */
  readonly id: Readonly<Record<string, string>>;
  readonly series: TimeSeries;
  /** Periods that no row fell in (filled according to the gap policy). */
  readonly gaps: readonly Period[];
}

const KNOWN = ["id", "date", "value", "freq", "aggregate", "gaps", "sort", "start", "end"];

/**
 * Splits a long-format table (one row per id × date, as a store × product export) into one series
 * per id, in order of first appearance; an id's rows need not be next to each other.
 *
 * @param table - from {@link parseCsv} or {@link readCsv}
 * @param options - the id, date and value columns, frequency, aggregation, gap policy
 * @returns one entry per id with its series and gaps
 * @throws {@link DpmError} `INVALID_ARGUMENT` for an unknown column (the message lists the
 *   columns); the errors of {@link seriesFromColumns}, naming the line
 *
 * @example
 * ```ts
 * import { parseCsv, seriesByIdFromColumns } from "@dpm/core";
 *
 * const table = parseCsv("store,day,sales\nA,2025-03-01,5\nB,2025-03-01,7\nA,2025-03-02,6\nB,2025-03-02,8");
 * const all = seriesByIdFromColumns(table, { id: "store", date: "day", value: "sales", freq: "day" });
 * all.map((s) => s.key); // => ["A", "B"]
 * all[1]?.series.values; // => Float64Array [7, 8]
 * ```
 *
 * @category Input
 */
export function seriesByIdFromColumns(table: CsvTable, options: SeriesByIdFromColumnsOptions): SeriesById[] {
  const fn = "seriesByIdFromColumns";
  const o = checkOptions(options, KNOWN, fn, '{ id: "store", date: "day", value: "sales", freq: "day" }');
  const ids = typeof o.id === "string" ? [o.id] : o.id;
  if (!Array.isArray(ids) || ids.length === 0) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: id must be a column name or a non-empty array of them, such as ["store", "product"], got ${describeValue(o.id)}.`, { path: "id" });
  }
  const idCols = ids.map((name) => stringColumnOf(table, name as string, fn, "id"));
  const groups = new Map<string, number[]>();
  const n = table.rowCount;
  for (let i = 0; i < n; i++) {
    let key = idCols[0]?.[i] as string;
    for (let k = 1; k < idCols.length; k++) key += `\u0000${idCols[k]?.[i] as string}`;
    const g = groups.get(key);
    if (g === undefined) groups.set(key, [i]);
    else g.push(i);
  }
  const out: SeriesById[] = [];
  const { id: _id, ...rest } = o as SeriesByIdFromColumnsOptions;
  for (const [raw, rows] of groups) {
    const parts = raw.split("\u0000");
    const key = parts.join("/");
    const id: Record<string, string> = {};
    ids.forEach((name, k) => {
      defineOwn(id, name as string, parts[k] as string);
    });
    const { series, gaps } = seriesOfRows(table, Uint32Array.from(rows), { ...rest, name: key }, fn);
    out.push({ key, id, series, gaps });
  }
  return out;
}
