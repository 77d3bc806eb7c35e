import { DpmError } from "../errors/DpmError.js";
import { describeValue } from "../errors/validate.js";
import type { CsvTable } from "./CsvTable.js";

function checkTable(table: CsvTable, fn: string): void {
  if (typeof table !== "object" || table === null || !Array.isArray(table.names) || typeof table.columns !== "object" || table.columns === null) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: table must be a CsvTable from parseCsv or readCsv, got ${describeValue(table)}.`, { path: "table" });
  }
}

function column(table: CsvTable, name: string, fn: string, option: string) {
  checkTable(table, fn);
  if (typeof name !== "string" || !table.names.includes(name) || !Object.prototype.hasOwnProperty.call(table.columns, name)) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: ${option} ${describeValue(name)} is not a column of the CSV; its columns are ${table.names.join(", ")}.`, {
      path: option,
      details: { column: name, columns: table.names },
    });
  }
  return table.columns[name] as Float64Array | readonly string[];
}

/**
 * A number column of a CSV table by name.
 *
 * @param table - from {@link parseCsv} or {@link readCsv}
 * @param name - the column
 * @returns the column's values (not copied: do not write to it)
 * @throws {@link DpmError} `INVALID_ARGUMENT` when there is no such column (the message lists the
 *   columns) or it holds text (the message names the first line that is not a number)
 *
 * @example
 * ```ts
 * import { numberColumn, parseCsv } from "@dpm/core";
 *
 * numberColumn(parseCsv("day,sales\n2025-03-01,12\n2025-03-02,15"), "sales"); // => Float64Array [12, 15]
 * ```
 *
 * @category Input
 */
export function numberColumn(table: CsvTable, name: string): Float64Array {
  return numberColumnOf(table, name, "numberColumn", "name");
}

/** @internal */
export function numberColumnOf(table: CsvTable, name: string, fn: string, option: string): Float64Array {
  const col = column(table, name, fn, option);
  if (col instanceof Float64Array) return col;
  const bad = col.findIndex((s) => !/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(s));
  if (bad < 0) return Float64Array.from(col, Number);
  const line = table.lines[bad];
  throw new DpmError(
    "PARSE_ERROR",
    `${fn}: column "${name}" holds text, not numbers (line ${line}: ${JSON.stringify(col[bad])}); fix that value or read the CSV with { types: { ${JSON.stringify(name)}: "number" } } to see every bad line.`,
    { path: option, details: { line, column: name, value: col[bad] } },
  );
}

/**
 * A column of a CSV table as strings (numbers are written back with `String`).
 *
 * @param table - from {@link parseCsv} or {@link readCsv}
 * @param name - the column
 * @returns the column's values as strings
 * @throws {@link DpmError} `INVALID_ARGUMENT` when there is no such column (the message lists the columns)
 *
 * @example
 * ```ts
 * import { parseCsv, stringColumn } from "@dpm/core";
 *
 * stringColumn(parseCsv("store,sales\nA,12\nB,15"), "store"); // => ["A", "B"]
 * stringColumn(parseCsv("store,sales\nA,12\nB,15"), "sales"); // => ["12", "15"]
 * ```
 *
 * @category Input
 */
export function stringColumn(table: CsvTable, name: string): readonly string[] {
  return stringColumnOf(table, name, "stringColumn", "name");
}

/** @internal */
export function stringColumnOf(table: CsvTable, name: string, fn: string, option: string): readonly string[] {
  const col = column(table, name, fn, option);
  return col instanceof Float64Array ? Array.from(col, String) : col;
}
