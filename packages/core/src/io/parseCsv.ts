import type { CsvTable, ReadCsvOptions } from "./CsvTable.js";
import { CsvTableBuilder } from "./csvTableBuilder.js";
import { DpmError } from "../errors/DpmError.js";
import { describeValue } from "../errors/validate.js";

/**
 * Reads CSV text into typed columns: numbers as `Float64Array`, everything else as strings.
 * Quoted fields (RFC 4180: `"a, b"`, `""` for a quote, line breaks inside quotes), `\n`, `\r\n`
 * and `\r` line ends, a byte-order mark and blank lines are handled; the header is detected
 * (see {@link ReadCsvOptions.header}). For a stream or a file read in chunks use {@link readCsv}.
 *
 * @param text - the whole CSV
 * @param options - delimiter, header, column types, selection, missing-value policy
 * @returns the typed columns, with the file line of every row
 * @throws {@link DpmError} `PARSE_ERROR` with `details: { line, column }` for a field that is not a
 *   number in a number column, an empty number, a row with the wrong number of fields or an
 *   unclosed quote; `EMPTY` for no rows; `INVALID_ARGUMENT` for bad options or an unknown column
 *   in `select`/`types` (the message lists the columns)
 *
 * @example
 * ```ts
 * import { parseCsv } from "@dpm/core";
 *
 * const table = parseCsv('day,store,sales\n2025-03-01,"Main St, 4",120\n2025-03-02,"Main St, 4",95.5\n');
 * table.names; // => ["day", "store", "sales"]
 * table.columns.sales; // => Float64Array [120, 95.5]
 * table.columns.store; // => ["Main St, 4", "Main St, 4"]
 * table.types.day; // => "string"
 * // parseCsv("day,sales\n2025-03-01,12\n2025-03-02,abc") throws PARSE_ERROR:
 * //   line 3, column "sales": "abc" is not a number …  (error.details = { line: 3, column: "sales", … })
 * ```
 *
 * @category Input
 */
export function parseCsv(text: string, options?: ReadCsvOptions): CsvTable {
  const fn = "parseCsv";
  if (typeof text !== "string") {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: text must be a string of CSV, got ${describeValue(text)}; for a stream or chunks use readCsv.`, { path: "text" });
  }
  const builder = new CsvTableBuilder(options, fn);
  builder.tokenizer.push(text);
  builder.tokenizer.end();
  return builder.finish();
}
