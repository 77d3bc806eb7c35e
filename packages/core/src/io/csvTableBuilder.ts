import { checkOptions } from "../errors/checkOptions.js";
import { defineOwn, getOwn } from "../errors/ownProperty.js";
import { DpmError } from "../errors/DpmError.js";
import { describeValue } from "../errors/validate.js";
import type { CsvColumn, CsvColumnType, CsvTable, ReadCsvOptions } from "./CsvTable.js";
import { CsvTokenizer } from "./csvTokenizer.js";

const KNOWN = ["delimiter", "header", "types", "select", "missing", "decimal", "trim", "maxRows"];
/** The largest `maxRows` accepted (and the default). */
export const MAX_CSV_ROWS = 10_000_000;
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** @internal Collects tokenized rows as string columns, then types them. Shared by parseCsv and readCsv. */
export class CsvTableBuilder {
  readonly tokenizer: CsvTokenizer;
  private readonly raw: string[][] = [];
  private readonly rowLines: number[] = [];
  private width = -1;
  private firstRow: string[] | null = null;
  private readonly header: boolean | "auto";
  private readonly types: Readonly<Record<string, CsvColumnType | "auto">>;
  private readonly select: readonly string[] | undefined;
  private readonly missing: "error" | "nan";
  private readonly decimal: "." | ",";
  private readonly maxRows: number;

  constructor(
    options: ReadCsvOptions | undefined,
    private readonly fn: string,
  ) {
    const o = checkOptions(options, KNOWN, fn, '{ delimiter: ";" }');
    const delimiter = o.delimiter ?? ",";
    if (typeof delimiter !== "string" || delimiter.length !== 1 || delimiter === '"' || delimiter === "\n" || delimiter === "\r") {
      throw new DpmError("INVALID_ARGUMENT", `${fn}: delimiter must be one character other than a quote or line break, such as "," or ";", got ${describeValue(delimiter)}.`, { path: "options.delimiter" });
    }
    this.header = o.header ?? "auto";
    if (this.header !== true && this.header !== false && this.header !== "auto") {
      throw new DpmError("INVALID_ARGUMENT", `${fn}: header must be true, false or "auto", got ${describeValue(this.header)}.`, { path: "options.header" });
    }
    this.missing = o.missing ?? "error";
    if (this.missing !== "error" && this.missing !== "nan") {
      throw new DpmError("INVALID_ARGUMENT", `${fn}: missing must be "error" or "nan", got ${describeValue(this.missing)}.`, { path: "options.missing" });
    }
    this.decimal = o.decimal ?? ".";
    if (this.decimal !== "." && this.decimal !== ",") {
      throw new DpmError("INVALID_ARGUMENT", `${fn}: decimal must be "." or ",", got ${describeValue(this.decimal)}.`, { path: "options.decimal" });
    }
    if (this.decimal === delimiter) {
      throw new DpmError("INVALID_ARGUMENT", `${fn}: decimal and delimiter are both ${JSON.stringify(delimiter)}; use { delimiter: ";", decimal: "," } for decimal commas.`, { path: "options.decimal" });
    }
    const trim = o.trim ?? true;
    if (typeof trim !== "boolean") throw new DpmError("INVALID_ARGUMENT", `${fn}: trim must be true or false, got ${describeValue(trim)}.`, { path: "options.trim" });
    this.maxRows = o.maxRows ?? MAX_CSV_ROWS;
    if (!Number.isInteger(this.maxRows) || this.maxRows < 1 || this.maxRows > MAX_CSV_ROWS) {
      throw new DpmError("INVALID_ARGUMENT", `${fn}: maxRows must be a whole number from 1 to ${MAX_CSV_ROWS}, got ${describeValue(this.maxRows)}.`, { path: "options.maxRows" });
    }
    const types = o.types ?? {};
    if (typeof types !== "object" || types === null || Array.isArray(types)) {
      throw new DpmError("INVALID_ARGUMENT", `${fn}: types must be an object such as { sales: "number" }, got ${describeValue(types)}.`, { path: "options.types" });
    }
    for (const [name, t] of Object.entries(types)) {
      if (t !== "number" && t !== "string" && t !== "auto") {
        throw new DpmError("INVALID_ARGUMENT", `${fn}: types.${name} must be "number", "string" or "auto", got ${describeValue(t)}.`, { path: `options.types.${name}` });
      }
    }
    this.types = types;
    if (o.select !== undefined && (!Array.isArray(o.select) || o.select.some((s) => typeof s !== "string"))) {
      throw new DpmError("INVALID_ARGUMENT", `${fn}: select must be an array of column names such as ["date", "sales"], got ${describeValue(o.select)}.`, { path: "options.select" });
    }
    this.select = o.select;
    this.tokenizer = new CsvTokenizer(delimiter.charCodeAt(0), trim, (fields, line) => this.add(fields, line), (i) => this.nameAt(i), fn);
  }

  private nameAt(index: number): string {
    const fromHeader = this.header !== false && this.firstRow !== null ? this.firstRow[index] : undefined;
    return fromHeader !== undefined && fromHeader !== "" ? fromHeader : `column${index + 1}`;
  }

  private add(fields: string[], line: number): void {
    if (this.width < 0) {
      this.width = fields.length;
      this.firstRow = fields;
      for (let j = 0; j < fields.length; j++) this.raw.push([]);
    } else if (fields.length !== this.width) {
      const short = fields.length < this.width;
      const column = this.nameAt(short ? fields.length : this.width);
      throw new DpmError(
        "PARSE_ERROR",
        `${this.fn}: line ${line} has ${fields.length} field${fields.length === 1 ? "" : "s"} but the first row has ${this.width}; ${short ? `column "${column}" and after are missing` : "remove the extra fields or quote fields that contain the delimiter"}.`,
        { details: { line, column, fields: fields.length, expected: this.width } },
      );
    }
    if (this.rowLines.length > this.maxRows) {
      throw new DpmError("INVALID_ARGUMENT", `${this.fn}: more than ${this.maxRows} rows (line ${line}); raise maxRows (up to ${MAX_CSV_ROWS}) or stream the file in parts.`, { path: "options.maxRows", details: { line } });
    }
    for (let j = 0; j < fields.length; j++) (this.raw[j] as string[]).push(fields[j] as string);
    this.rowLines.push(line);
  }

  private isNumber(s: string): boolean {
    return NUMBER.test(this.decimal === "," ? s.replace(",", ".") : s);
  }

  /** Types the collected columns; call after the tokenizer's `end()`. */
  finish(): CsvTable {
    const fn = this.fn;
    if (this.width < 0) throw new DpmError("EMPTY", `${fn}: the CSV is empty; it needs a header line and at least one data row.`, { path: "text" });
    const hasHeader = this.header === "auto" ? this.detectHeader() : this.header;
    const start = hasHeader ? 1 : 0;
    const rowCount = this.rowLines.length - start;
    if (rowCount === 0) throw new DpmError("EMPTY", `${fn}: the CSV has a header line (${(this.firstRow ?? []).join(",")}) but no data rows.`, { path: "text" });
    if (rowCount > this.maxRows) {
      throw new DpmError("INVALID_ARGUMENT", `${fn}: more than ${this.maxRows} rows; raise maxRows (up to ${MAX_CSV_ROWS}) or stream the file in parts.`, { path: "options.maxRows" });
    }
    const names: string[] = [];
    const seen = new Set<string>();
    for (let j = 0; j < this.width; j++) {
      const name = hasHeader && (this.firstRow?.[j] ?? "") !== "" ? (this.firstRow?.[j] as string) : `column${j + 1}`;
      if (seen.has(name)) {
        throw new DpmError("PARSE_ERROR", `${fn}: line ${this.rowLines[0]}: the header names column "${name}" twice; give every column a distinct name.`, { details: { line: this.rowLines[0], column: name } });
      }
      seen.add(name);
      names.push(name);
    }
    const unknown = (name: string, where: string) =>
      new DpmError("INVALID_ARGUMENT", `${fn}: ${where} names column "${name}", which is not in the CSV; its columns are ${names.join(", ")}.`, {
        path: `options.${where}`,
        details: { column: name, columns: names },
      });
    for (const name of Object.keys(this.types)) if (!seen.has(name)) throw unknown(name, "types");
    const kept = this.select ?? names;
    for (const name of kept) if (!seen.has(name)) throw unknown(name, "select");
    const lines = Uint32Array.from(this.rowLines.slice(start));
    const columns: Record<string, CsvColumn> = {};
    const types: Record<string, CsvColumnType> = {};
    for (const name of kept) {
      const raw = (this.raw[names.indexOf(name)] as string[]).slice(start);
      const wanted = getOwn(this.types, name) ?? "auto";
      const numeric = wanted === "number" || (wanted === "auto" && this.allNumbers(raw));
      defineOwn(columns, name, numeric ? this.toNumbers(raw, name, lines, wanted === "auto") : raw);
      defineOwn(types, name, numeric ? "number" : "string");
    }
    return { names: kept, columns, types, rowCount, lines, header: hasHeader };
  }

  private allNumbers(raw: readonly string[]): boolean {
    let any = false;
    for (const s of raw) {
      if (s === "") continue;
      if (!this.isNumber(s)) return false;
      any = true;
    }
    return any;
  }

  private toNumbers(raw: readonly string[], name: string, lines: Uint32Array, inferred: boolean): Float64Array {
    const out = new Float64Array(raw.length);
    for (let i = 0; i < raw.length; i++) {
      const s = raw[i] as string;
      const line = lines[i] as number;
      if (s === "") {
        if (this.missing === "nan") {
          out[i] = Number.NaN;
          continue;
        }
        throw new DpmError(
          "PARSE_ERROR",
          `${this.fn}: line ${line}, column "${name}" is empty${inferred ? " in a column of numbers" : ""}; fill it, pass { missing: "nan" } to read empty numbers as NaN, or { types: { ${JSON.stringify(name)}: "string" } }.`,
          { details: { line, column: name, value: s } },
        );
      }
      const x = this.isNumber(s) ? Number(this.decimal === "," ? s.replace(",", ".") : s) : Number.NaN;
      if (!Number.isFinite(x)) {
        throw new DpmError(
          "PARSE_ERROR",
          `${this.fn}: line ${line}, column "${name}": ${JSON.stringify(s)} is not a number; fix the value or read the column as text with { types: { ${JSON.stringify(name)}: "string" } }.`,
          { details: { line, column: name, value: s } },
        );
      }
      out[i] = x;
    }
    return out;
  }

  // The first row is a header when some column is numeric below it but not in it; when no column
  // is numeric below it, when its fields are non-empty, distinct and not numbers.
  private detectHeader(): boolean {
    const first = this.firstRow ?? [];
    if (this.rowLines.length === 1) return first.every((s) => s !== "" && !this.isNumber(s));
    let anyNumericColumn = false;
    for (let j = 0; j < this.width; j++) {
      const below = (this.raw[j] as string[]).slice(1);
      if (!this.allNumbers(below)) continue;
      anyNumericColumn = true;
      const head = first[j] as string;
      if (head !== "" && !this.isNumber(head)) return true;
    }
    if (anyNumericColumn) return false;
    return first.every((s) => s !== "" && !this.isNumber(s)) && new Set(first).size === first.length;
  }
}
