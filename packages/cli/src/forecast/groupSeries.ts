import { formatPeriod, isDpmError, seriesFromRecords, type Frequency, type GapPolicy } from "@dpm/core";
import type { ChunkSeries, ForecastChunk, SeriesOutcome } from "@dpm/bullmq";
import { CliError, EXIT } from "../CliError.js";
import type { Cell, InputSource } from "../io/InputSource.js";

export interface GroupOptions {
  readonly id: readonly string[];
  readonly date: string;
  readonly value: string;
  readonly freq: Frequency;
  readonly gaps: GapPolicy;
  readonly chunkSize: number;
  readonly label: string;
}

/** A chunk to forecast plus the series of it that failed before forecasting (bad rows, gaps). */
export interface PreparedChunk {
  readonly chunk: ForecastChunk;
  readonly failures: readonly SeriesOutcome[];
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** Column positions, or a usage error listing the columns. */
export function columnIndex(source: InputSource, name: string, flag: string, label: string): number {
  const i = source.columns.indexOf(name);
  if (i < 0) throw new CliError(`${label}: ${flag} names column ${JSON.stringify(name)}, which is not in the input; its columns are ${source.columns.join(", ")}`, EXIT.usage);
  return i;
}

export function dateText(cell: Cell): string {
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  if (typeof cell === "string") return cell;
  if (cell === null || cell === undefined) return "";
  return String(cell);
}

function idText(cell: Cell): string {
  if (cell === null || cell === undefined) return "";
  return cell instanceof Date ? cell.toISOString().slice(0, 10) : String(cell);
}

function numberOf(cell: Cell): number {
  if (typeof cell === "number") return cell;
  if (typeof cell === "bigint") return Number(cell);
  if (typeof cell === "string") return NUMBER.test(cell) ? Number(cell) : Number.NaN;
  if (cell !== null && cell !== undefined && typeof cell === "object" && !(cell instanceof Date)) {
    const s = String(cell);
    return NUMBER.test(s) ? Number(s) : Number.NaN;
  }
  return Number.NaN;
}

/**
 * Streams the input into chunks of regular series. Rows of one series must be next to each other
 * (the input sorted or grouped by id, as a `GROUP BY`/`ORDER BY` export is); only one series is
 * held at a time, so memory follows the series in flight, not the file size. A series whose id
 * comes back after another series is a data error (use --sort or --sql … ORDER BY).
 */
export async function* prepareChunks(source: InputSource, o: GroupOptions, onSeries?: () => void): AsyncGenerator<PreparedChunk> {
  const idIdx = o.id.map((c) => columnIndex(source, c, "--id", o.label));
  const dateIdx = columnIndex(source, o.date, "--date", o.label);
  const valueIdx = columnIndex(source, o.value, "--value", o.label);
  const finished = new Set<string>();
  let series: ChunkSeries[] = [];
  let failures: SeriesOutcome[] = [];
  let chunkId = 0;
  let index = 0;
  let currentKey: string | null = null;
  let key: string[] = [];
  let dates: string[] = [];
  let values: number[] = [];
  let lines: number[] = [];
  let rowError: string | null = null;

  const close = () => {
    if (currentKey === null) return;
    onSeries?.();
    const i = index++;
    if (rowError !== null) {
      failures.push({ index: i, key, ok: false, code: "PARSE_ERROR", message: rowError });
    } else {
      try {
        const { series: s } = seriesFromRecords<number>(Array.from(dates, (_, k) => k), {
          freq: o.freq,
          gaps: o.gaps,
          sort: true,
          date: (k) => dates[k] as string,
          value: (k) => values[k] as number,
        });
        series.push({ index: i, key, freq: o.freq, start: formatPeriod(s.start), values: Array.from(s.values) });
      } catch (error) {
        if (!isDpmError(error)) throw error;
        const m = /^records\[(\d+)\]/.exec(error.path ?? "");
        const where = m === null ? "" : `${source.unit} ${lines[Number(m[1])]}: `;
        failures.push({ index: i, key, ok: false, code: error.code, message: `${where}${error.message}` });
      }
    }
    finished.add(currentKey);
    currentKey = null;
  };

  for await (const { cells, line } of source.rows()) {
    const k = idIdx.map((j) => idText(cells[j]));
    const joined = k.join("\u0000");
    if (joined !== currentKey) {
      close();
      if (finished.has(joined)) {
        throw new CliError(
          `${o.label} ${source.unit} ${line}: series ${k.join("/")} appears again after other series; the input must be sorted or grouped by ${o.id.join(", ")} — add --sort, or use --sql "… order by ${o.id.join(", ")}"`,
          EXIT.data,
        );
      }
      currentKey = joined;
      key = k;
      dates = [];
      values = [];
      lines = [];
      rowError = null;
      if (series.length >= o.chunkSize) {
        yield { chunk: { id: chunkId++, series }, failures };
        series = [];
        failures = [];
      }
    }
    const v = numberOf(cells[valueIdx]);
    if (!Number.isFinite(v) && rowError === null) {
      rowError = `${source.unit} ${line}, column ${JSON.stringify(o.value)}: ${JSON.stringify(cells[valueIdx] === undefined ? null : String(cells[valueIdx]))} is not a number`;
    }
    dates.push(dateText(cells[dateIdx]));
    values.push(v);
    lines.push(line);
  }
  close();
  if (index === 0) throw new CliError(`${o.label}: the input has no data rows`, EXIT.data);
  if (series.length > 0 || failures.length > 0) yield { chunk: { id: chunkId++, series }, failures };
}
