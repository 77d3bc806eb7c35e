import { createWriteStream, existsSync, rmSync, writeFileSync, type WriteStream } from "node:fs";
import { extname } from "node:path";
import type { SeriesOutcome } from "@dpm/bullmq";
import { CliError, EXIT } from "../CliError.js";

/** How a run ended, written into (or beside) the output. */
export type RunStatus = "complete" | "partial";

/** A long-format forecast writer: one row per series × period. */
export interface ForecastWriter {
  write(outcomes: readonly SeriesOutcome[]): Promise<void>;
  /** Finishes the file (valid in every case) and records the status. */
  close(status: RunStatus): Promise<void>;
}

export interface ForecastColumns {
  readonly id: readonly string[];
  readonly levels: readonly number[];
}

/** Output column names: id columns, period, point, lower_L/upper_L per level, method. */
export function forecastHeader(c: ForecastColumns): string[] {
  return [...c.id, "period", "point", ...c.levels.flatMap((l) => [`lower_${l}`, `upper_${l}`]), "method"];
}

export function csvField(value: string): string {
  return /[",\r\n]/.test(value) || value !== value.trim() ? `"${value.replace(/"/g, '""')}"` : value;
}

/** A stream that respects backpressure. */
class Sink {
  private readonly stream: WriteStream;
  constructor(path: string) {
    this.stream = createWriteStream(path);
  }
  async write(text: string): Promise<void> {
    if (!this.stream.write(text)) await new Promise<void>((r) => this.stream.once("drain", () => r()));
  }
  end(): Promise<void> {
    return new Promise((resolve, reject) => {
      this.stream.end((error?: Error | null) => (error ? reject(error) : resolve()));
    });
  }
}

export function openForecastWriter(path: string, c: ForecastColumns): Promise<ForecastWriter> {
  const ext = extname(path).toLowerCase();
  if (ext === ".csv") return Promise.resolve(csvWriter(path, c));
  if (ext === ".parquet") return parquetWriter(path, c);
  if (ext === ".duckdb" || ext === ".db") return duckdbWriter(path, c);
  throw new CliError(`--output ${path}: unknown file type ${JSON.stringify(ext)}; use .csv, .parquet or .duckdb`, EXIT.usage);
}

function csvWriter(path: string, c: ForecastColumns): ForecastWriter {
  const sink = new Sink(path);
  let started = false;
  return {
    async write(outcomes) {
      let text = started ? "" : `${forecastHeader(c).map(csvField).join(",")}\n`;
      started = true;
      for (const o of outcomes) {
        if (!o.ok) continue;
        const ids = o.key.map(csvField).join(",");
        const method = csvField(o.method);
        for (let h = 0; h < o.point.length; h++) {
          let row = `${ids},${o.periods[h]},${o.point[h]}`;
          for (let l = 0; l < o.lower.length; l++) row += `,${o.lower[l]?.[h]},${o.upper[l]?.[h]}`;
          text += `${row},${method}\n`;
        }
      }
      await sink.write(text);
    },
    async close(_status) {
      if (!started) await sink.write(`${forecastHeader(c).map(csvField).join(",")}\n`);
      await sink.end();
    },
  };
}

async function parquetWriter(path: string, c: ForecastColumns): Promise<ForecastWriter> {
  const { ParquetWriter, schemaFromColumnData } = await import("hyparquet-writer");
  const { fileWriter } = await import("hyparquet-writer/src/node.js");
  const names = forecastHeader(c);
  const stringCols = new Set([...c.id, "period", "method"]);
  let buffer: (string | number)[][] = names.map(() => []);
  let writer: InstanceType<typeof ParquetWriter> | null = null;
  const columnData = () => names.map((name, j) => ({ name, data: stringCols.has(name) ? (buffer[j] as string[]) : Float64Array.from(buffer[j] as number[]), type: stringCols.has(name) ? ("STRING" as const) : ("DOUBLE" as const), nullable: false }));
  const flush = () => {
    if ((buffer[0]?.length ?? 0) === 0 && writer !== null) return;
    const data = columnData();
    if (writer === null) writer = new ParquetWriter({ writer: fileWriter(path), schema: schemaFromColumnData({ columnData: data }) });
    if ((buffer[0]?.length ?? 0) > 0) writer.write({ columnData: data, rowGroupSize: 1 << 20 });
    buffer = names.map(() => []);
  };
  return {
    async write(outcomes) {
      for (const o of outcomes) {
        if (!o.ok) continue;
        for (let h = 0; h < o.point.length; h++) {
          let j = 0;
          for (const k of o.key) (buffer[j++] as string[]).push(k);
          (buffer[j++] as string[]).push(o.periods[h] as string);
          (buffer[j++] as number[]).push(o.point[h] as number);
          for (let l = 0; l < o.lower.length; l++) {
            (buffer[j++] as number[]).push(o.lower[l]?.[h] as number);
            (buffer[j++] as number[]).push(o.upper[l]?.[h] as number);
          }
          (buffer[j++] as string[]).push(o.method);
        }
      }
      if ((buffer[0]?.length ?? 0) >= 200_000) flush();
    },
    async close(status) {
      flush();
      const w = writer as unknown as { kvMetadata?: { key: string; value: string }[]; finish(): void };
      w.kvMetadata = [{ key: "dpm.status", value: status }];
      w.finish();
    },
  };
}

async function duckdbWriter(path: string, c: ForecastColumns): Promise<ForecastWriter> {
  const { DuckDBInstance } = await import("@duckdb/node-api");
  if (existsSync(path)) rmSync(path);
  if (existsSync(`${path}.wal`)) rmSync(`${path}.wal`);
  const instance = await DuckDBInstance.create(path);
  const connection = await instance.connect();
  const names = forecastHeader(c);
  const stringCols = new Set([...c.id, "period", "method"]);
  const q = (s: string) => `"${s.replace(/"/g, '""')}"`;
  await connection.run(`create table forecasts (${names.map((n) => `${q(n)} ${stringCols.has(n) ? "varchar" : "double"}`).join(", ")})`);
  await connection.run(`create table dpm_run (status varchar)`);
  const appender = await connection.createAppender("forecasts");
  return {
    async write(outcomes) {
      for (const o of outcomes) {
        if (!o.ok) continue;
        for (let h = 0; h < o.point.length; h++) {
          for (const k of o.key) appender.appendVarchar(k);
          appender.appendVarchar(o.periods[h] as string);
          appender.appendDouble(o.point[h] as number);
          for (let l = 0; l < o.lower.length; l++) {
            appender.appendDouble(o.lower[l]?.[h] as number);
            appender.appendDouble(o.upper[l]?.[h] as number);
          }
          appender.appendVarchar(o.method);
          appender.endRow();
        }
      }
    },
    async close(status) {
      appender.flushSync();
      appender.closeSync();
      await connection.run(`insert into dpm_run values ('${status}')`);
      connection.closeSync();
      instance.closeSync();
    },
  };
}

/** The errors file: one row per failed series (id columns, code, message), CSV. */
export function openErrorsWriter(path: string, id: readonly string[]) {
  const sink = new Sink(path);
  let pending = sink.write(`${[...id, "code", "message"].map(csvField).join(",")}\n`);
  return {
    async write(outcomes: readonly SeriesOutcome[]) {
      let text = "";
      for (const o of outcomes) if (!o.ok) text += `${[...o.key, o.code, o.message].map(csvField).join(",")}\n`;
      if (text !== "") pending = pending.then(() => sink.write(text));
      await pending;
    },
    async close() {
      await pending;
      await sink.end();
    },
  };
}

/** The manifest beside the output: how the run ended and what it holds. */
export function writeManifest(path: string, manifest: Record<string, unknown>): void {
  writeFileSync(path, `${JSON.stringify(manifest, null, 2)}\n`);
}
