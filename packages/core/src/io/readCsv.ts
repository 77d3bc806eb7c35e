import type { CsvTable, ReadCsvOptions } from "./CsvTable.js";
import { CsvTableBuilder } from "./csvTableBuilder.js";
import { DpmError } from "../errors/DpmError.js";
import { describeValue } from "../errors/validate.js";

/**
 * What {@link readCsv} reads: CSV text, or chunks of it (strings or UTF-8 bytes) from an iterable
 * or async iterable — a `ReadableStream` in modern runtimes, a Node stream, a generator of lines.
 *
 * @category Input
 */
export type CsvSource = string | Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array>;

/**
 * Reads CSV from text or a stream of chunks into typed columns, with the same rules and errors
 * as {@link parseCsv}. Chunks may split anywhere — inside a quoted field, between `\r` and `\n`,
 * inside a UTF-8 character. Each chunk is read as-is, so a generator of lines must keep their
 * line breaks. Memory grows with the table (the columns are typed once every row is in, so the
 * header and column types can be decided); for files larger than memory use the `dpm` CLI.
 *
 * @param source - CSV text, or an iterable / async iterable of string or `Uint8Array` chunks
 * @param options - as for {@link parseCsv}
 * @returns the typed columns, with the file line of every row
 * @throws {@link DpmError} as {@link parseCsv}; `INVALID_ARGUMENT` for a source that is neither
 *
 * @example
 * ```ts
 * import { readCsv } from "@dpm/core";
 *
 * async function* chunks() {
 *   yield "date,sa";
 *   yield "les\n2025-03-01,1";
 *   yield "20\n2025-03-02,95\n";
 * }
 * const table = await readCsv(chunks());
 * table.columns.sales; // => Float64Array [120, 95]
 * Array.from(table.lines); // => [2, 3]
 * ```
 *
 * @category Input
 */
export async function readCsv(source: CsvSource, options?: ReadCsvOptions): Promise<CsvTable> {
  const fn = "readCsv";
  const builder = new CsvTableBuilder(options, fn);
  const t = builder.tokenizer;
  if (typeof source === "string") {
    t.push(source);
  } else if (source !== null && typeof source === "object" && (Symbol.asyncIterator in source || Symbol.iterator in source)) {
    const decoder = new TextDecoder("utf-8", { fatal: false });
    let index = 0;
    for await (const chunk of source as AsyncIterable<string | Uint8Array>) {
      if (typeof chunk === "string") t.push(chunk);
      else if (chunk instanceof Uint8Array) t.push(decoder.decode(chunk, { stream: true }));
      else {
        throw new DpmError("INVALID_ARGUMENT", `${fn}: chunk ${index} is ${describeValue(chunk)}; chunks must be strings or Uint8Array bytes.`, { path: `source[${index}]` });
      }
      index++;
    }
    t.push(decoder.decode());
  } else {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: source must be CSV text or an (async) iterable of string/Uint8Array chunks, got ${describeValue(source)}.`, { path: "source" });
  }
  t.end();
  return builder.finish();
}
