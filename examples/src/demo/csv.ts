import { isDpmError, parseCsv as readTable, stringColumn } from "@dpm/core";
import { DataError } from "./DataError.js";

/** How one CSV column is read and checked. */
export type ColumnKind = "date" | "month" | "text" | "number" | "count";

export interface ColumnSpec {
  readonly name: string;
  readonly kind: ColumnKind;
}

/** A parsed row: strings for date/month/text columns, numbers for number/count columns. */
export type CsvRow = Readonly<Record<string, string | number>>;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;

function checkValue(raw: string, spec: ColumnSpec, file: string, line: number): string | number {
  const bad = (why: string) => new DataError(file, line, `${spec.name} ${JSON.stringify(raw)} ${why}`);
  if (raw === "") throw new DataError(file, line, `${spec.name} is empty`);
  switch (spec.kind) {
    case "text":
      return raw;
    case "date": {
      const m = DATE.exec(raw);
      if (m === null) throw bad("is not a date (expected YYYY-MM-DD)");
      const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
      const t = new Date(Date.UTC(y, mo - 1, d));
      if (t.getUTCFullYear() !== y || t.getUTCMonth() !== mo - 1 || t.getUTCDate() !== d) throw bad("is not a calendar date");
      return raw;
    }
    case "month": {
      const m = MONTH.exec(raw);
      if (m === null || Number(m[2]) < 1 || Number(m[2]) > 12) throw bad("is not a month (expected YYYY-MM)");
      return raw;
    }
    case "number":
    case "count": {
      const x = Number(raw);
      if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(raw) || !Number.isFinite(x)) throw bad("is not a number");
      if (x < 0) throw bad("is negative");
      if (spec.kind === "count" && !Number.isInteger(x)) throw bad("is not a whole number");
      return x;
    }
  }
}

/**
 * Parses CSV text whose header must contain `columns` (in any order; extra columns are ignored).
 * Every problem is a {@link DataError} naming the file, the 1-based line and the field.
 */
export function parseCsv(text: string, file: string, columns: readonly ColumnSpec[]): CsvRow[] {
  const expected = columns.map((c) => c.name).join(",");
  if (text.trim() === "") throw new DataError(file, null, `the file is empty (expected a header line: ${expected})`);
  // @dpm/core's reader does the splitting and quoting; with header: false the header line is the
  // first row, so every column stays text and this file's own checks below run on each field.
  let table;
  try {
    table = readTable(text, { header: false });
  } catch (error) {
    if (!isDpmError(error, "PARSE_ERROR")) throw error;
    const d = error.details ?? {};
    const line = typeof d.line === "number" ? d.line : null;
    if (typeof d.fields === "number") throw new DataError(file, line, `expected ${String(d.expected)} fields, found ${d.fields}`);
    throw new DataError(file, line, error.message.includes("never closed") ? "unterminated quoted field" : error.message.replace(/^parseCsv: (line \d+, )?/, ""));
  }
  const fields = table.names.map((name) => stringColumn(table, name));
  const header = fields.map((f) => f[0] as string);
  const index = columns.map((c) => header.indexOf(c.name));
  const missing = columns.filter((_, k) => index[k] === -1).map((c) => c.name);
  if (missing.length > 0) throw new DataError(file, 1, `missing column${missing.length > 1 ? "s" : ""} ${missing.join(", ")} (expected a header line: ${expected})`);
  const rows: CsvRow[] = [];
  for (let i = 1; i < table.rowCount; i++) {
    const line = table.lines[i] as number;
    const row: Record<string, string | number> = {};
    columns.forEach((spec, k) => {
      row[spec.name] = checkValue(fields[index[k] as number]?.[i] as string, spec, file, line);
    });
    rows.push(row);
  }
  if (rows.length === 0) throw new DataError(file, null, "has a header but no data rows");
  return rows;
}
