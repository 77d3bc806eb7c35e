import { createReadStream, existsSync, statSync } from "node:fs";
import { extname } from "node:path";
import { createInterface } from "node:readline";
import { parse } from "csv-parse";
import { CliError, EXIT } from "../CliError.js";

/** A cell as read from any input: strings from CSV, typed values from Parquet/JSON/DuckDB. */
export type Cell = string | number | bigint | boolean | Date | null | undefined | { toString(): string };

/** An input read row by row: column names first, then rows with their 1-based line (or row number). */
export interface InputSource {
  readonly columns: readonly string[];
  /** What a row number means in messages: "line" (CSV, JSON lines) or "row". */
  readonly unit: "line" | "row";
  rows(): AsyncGenerator<{ readonly cells: readonly Cell[]; readonly line: number }>;
  /** Fraction of the input read so far (0…1), when known. */
  progress(): number | null;
  close(): Promise<void>;
}

export type ParquetReader = "duckdb" | "hyparquet";

/** Opens `--input` by its extension, or `--sql` through DuckDB. */
export async function openInput(input: string | undefined, sql: string | undefined, parquetReader: ParquetReader = "duckdb"): Promise<InputSource> {
  if (sql !== undefined) {
    const { openDuckDbQuery } = await import("./duckdbSource.js");
    return openDuckDbQuery(sql);
  }
  if (input === undefined) throw new CliError("give the data with --input FILE (.csv, .parquet, .json, .jsonl) or --sql QUERY", EXIT.usage);
  if (!existsSync(input)) throw new CliError(`${input}: no such file`, EXIT.usage);
  if (statSync(input).isDirectory()) throw new CliError(`${input}: is a directory; for many files use --sql "select * from '${input}/*.parquet'"`, EXIT.usage);
  const ext = extname(input).toLowerCase();
  if (statSync(input).size === 0) throw new CliError(`${input}: the file is empty`, EXIT.data);
  if (ext === ".csv" || ext === ".tsv" || ext === ".txt") return openCsv(input, ext === ".tsv" ? "\t" : ",");
  if (ext === ".parquet") {
    if (parquetReader === "hyparquet") {
      const { openParquetHyparquet } = await import("./parquetSource.js");
      return openParquetHyparquet(input);
    }
    const { openDuckDbQuery } = await import("./duckdbSource.js");
    return openDuckDbQuery(`select * from read_parquet('${input.replace(/'/g, "''")}')`, input);
  }
  if (ext === ".jsonl" || ext === ".ndjson") return openJsonLines(input);
  if (ext === ".json") return openJsonArray(input);
  throw new CliError(`${input}: unknown file type ${JSON.stringify(ext)}; use .csv, .tsv, .parquet, .json or .jsonl (or --sql)`, EXIT.usage);
}

async function openCsv(path: string, delimiter: string): Promise<InputSource> {
  const size = statSync(path).size;
  const stream = createReadStream(path);
  let bytes = 0;
  stream.on("data", (b) => {
    bytes += b.length;
  });
  const parser = stream.pipe(parse({ bom: true, delimiter, skip_empty_lines: true, trim: true, info: true, relax_column_count: false }));
  const iterator = parser[Symbol.asyncIterator]() as AsyncIterator<{ record: string[]; info: { lines: number } }>;
  const first = await next(iterator, path);
  if (first === null) throw new CliError(`${path}: the file is empty (no header line)`, EXIT.data);
  const columns = first.record;
  return {
    columns,
    unit: "line",
    async *rows() {
      while (true) {
        const item = await next(iterator, path);
        if (item === null) return;
        yield { cells: item.record, line: item.info.lines };
      }
    },
    progress: () => (size > 0 ? Math.min(1, bytes / size) : null),
    async close() {
      stream.destroy();
    },
  };
}

async function next<T>(iterator: AsyncIterator<T>, path: string): Promise<T | null> {
  try {
    const step = await iterator.next();
    return step.done === true ? null : step.value;
  } catch (error) {
    const e = error as { code?: string; lines?: number; message?: string; record?: unknown[] };
    const line = e.lines ?? "?";
    if (e.code === "CSV_RECORD_INCONSISTENT_FIELDS_LENGTH" || e.code === "CSV_RECORD_DONT_MATCH_COLUMNS_LENGTH") {
      throw new CliError(`${path} line ${line}: malformed row: ${e.record?.length ?? "?"} fields where the header has a different number; quote fields that contain the delimiter`, EXIT.data);
    }
    throw new CliError(`${path} line ${line}: malformed row: ${(e.message ?? String(error)).replace(/^Invalid (Record|Opening|Closing) /, "")}`, EXIT.data);
  }
}

async function openJsonLines(path: string): Promise<InputSource> {
  const size = statSync(path).size;
  const stream = createReadStream(path, { encoding: "utf8" });
  let bytes = 0;
  stream.on("data", (b) => {
    bytes += b.length;
  });
  const lines = createInterface({ input: stream, crlfDelay: Infinity })[Symbol.asyncIterator]();
  let lineNo = 0;
  let firstObject: Record<string, unknown> | null = null;
  let firstLine = 0;
  const parseLine = (text: string, n: number): Record<string, unknown> => {
    try {
      const v = JSON.parse(text) as unknown;
      if (typeof v !== "object" || v === null || Array.isArray(v)) throw new Error("not an object");
      return v as Record<string, unknown>;
    } catch (error) {
      throw new CliError(`${path} line ${n}: malformed row: not a JSON object (${(error as Error).message})`, EXIT.data);
    }
  };
  while (firstObject === null) {
    const step = await lines.next();
    if (step.done === true) throw new CliError(`${path}: the file is empty (no JSON objects)`, EXIT.data);
    lineNo++;
    if (step.value.trim() === "") continue;
    firstObject = parseLine(step.value, lineNo);
    firstLine = lineNo;
  }
  const columns = Object.keys(firstObject);
  const cellsOf = (o: Record<string, unknown>) => columns.map((c) => o[c] as Cell);
  const head = firstObject;
  return {
    columns,
    unit: "line",
    async *rows() {
      yield { cells: cellsOf(head), line: firstLine };
      while (true) {
        const step = await lines.next();
        if (step.done === true) return;
        lineNo++;
        if (step.value.trim() === "") continue;
        yield { cells: cellsOf(parseLine(step.value, lineNo)), line: lineNo };
      }
    },
    progress: () => (size > 0 ? Math.min(1, bytes / size) : null),
    async close() {
      stream.destroy();
    },
  };
}

async function openJsonArray(path: string): Promise<InputSource> {
  const { readFile } = await import("node:fs/promises");
  let data: unknown;
  try {
    data = JSON.parse(await readFile(path, "utf8"));
  } catch (error) {
    throw new CliError(`${path}: not valid JSON (${(error as Error).message}); for large inputs write one object per line (.jsonl)`, EXIT.data);
  }
  if (!Array.isArray(data)) throw new CliError(`${path}: expected a JSON array of row objects`, EXIT.data);
  if (data.length === 0) throw new CliError(`${path}: the file is empty (an empty array)`, EXIT.data);
  const first = data[0] as Record<string, unknown>;
  const columns = typeof first === "object" && first !== null ? Object.keys(first) : [];
  let done = 0;
  return {
    columns,
    unit: "row",
    async *rows() {
      for (let i = 0; i < data.length; i++) {
        const o = data[i] as Record<string, unknown>;
        if (typeof o !== "object" || o === null) throw new CliError(`${path} row ${i + 1}: malformed row: not an object`, EXIT.data);
        done = i + 1;
        yield { cells: columns.map((c) => o[c] as Cell), line: i + 1 };
      }
    },
    progress: () => done / data.length,
    async close() {},
  };
}
