import { availableParallelism } from "node:os";
import { isFrequency, type Frequency, type GapPolicy } from "@dpm/core";
import { CHUNK_METHODS, type ChunkMethod, type ForecastChunk, type ForecastChunkOptions, type ForecastChunkResult, type SeriesOutcome } from "../forecast/forecastChunk.js";
import { loadBullmq } from "../queue/loadBullmq.js";
import { Command, Option } from "commander";
import { CliError, EXIT } from "../CliError.js";
import { prepareChunks, type PreparedChunk } from "../forecast/groupSeries.js";
import { runLocal } from "../forecast/runLocal.js";
import { openInput, type ParquetReader } from "../io/InputSource.js";
import { openErrorsWriter, openForecastWriter, writeManifest } from "../io/writers.js";
import { createProgress } from "../progress.js";
import { interruption } from "../signals.js";

export interface ForecastFlags {
  input?: string;
  sql?: string;
  sort?: boolean;
  id: string;
  date: string;
  value: string;
  freq: string;
  horizon: string;
  method: string;
  levels: string;
  gaps: string;
  seed: string;
  output: string;
  errors?: string;
  workers?: string;
  chunkSize: string;
  queue?: string;
  queueName: string;
  parquetReader: string;
  json?: boolean;
  quiet?: boolean;
}

function intFlag(value: string, flag: string, min: number, max: number): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < min || n > max) throw new CliError(`${flag} must be a whole number from ${min} to ${max}, got ${JSON.stringify(value)}`, EXIT.usage);
  return n;
}

export function forecastCommand(): Command {
  return new Command("forecast")
    .description("Forecast every series of a long-format table (one row per id × date) and write long-format forecasts")
    .option("-i, --input <file>", "input file: .csv, .tsv, .parquet, .json (array of rows) or .jsonl")
    .option("--sql <query>", "read the input with a DuckDB query instead, e.g. \"select * from 'sales/*.parquet'\" (larger than memory)")
    .option("--sort", "sort the input by id and date first (through DuckDB), when it is not grouped by id")
    .requiredOption("--id <columns>", "comma-separated id columns, e.g. store,product")
    .requiredOption("--date <column>", "date column (YYYY-MM-DD, or a Parquet/DuckDB date)")
    .requiredOption("--value <column>", "value column")
    .option("--freq <freq>", "frequency of the series: day, week, month, quarter, year", "day")
    .requiredOption("--horizon <n>", "periods to forecast")
    .addOption(new Option("--method <method>", "forecasting method").choices([...CHUNK_METHODS]).default("auto"))
    .option("--levels <list>", "interval levels in percent", "80,95")
    .addOption(new Option("--gaps <policy>", "periods without rows inside a series").choices(["zero", "error", "missing", "previous", "interpolate"]).default("zero"))
    .option("--seed <seed>", "base seed (series i uses fork i)", "42")
    .requiredOption("-o, --output <file>", "output: .csv, .parquet or .duckdb")
    .option("--errors <file>", "per-series failures (CSV; default <output>.errors.csv)")
    .option("--workers <n>", "local worker threads (default: one per core; 0 = this thread)")
    .option("--chunk-size <n>", "series per chunk sent to a worker", "64")
    .option("--queue <redis-url>", "run on BullMQ workers (dpm worker --queue …) instead of local threads")
    .option("--queue-name <name>", "BullMQ queue name", "dpm")
    .addOption(new Option("--parquet-reader <reader>", "Parquet reader").choices(["duckdb", "hyparquet"]).default("duckdb"))
    .option("--json", "print a JSON summary on stdout")
    .option("-q, --quiet", "no progress output")
    .addHelpText(
      "after",
      `
The input must be grouped by id (all rows of a series together, as an export sorted by id is);
only the series in flight are held in memory. Otherwise pass --sort or --sql "… order by …".

Output: one row per series × period: the id columns, period, point, lower_L and upper_L for each
level L, method. Failed series go to the errors file with their reason; a manifest
(<output>.manifest.json) says whether the run is complete or partial (interrupted).

Exit codes: 0 all series forecast, 2 usage, 3 bad input data, 4 some series failed (see the
errors file), 5 Redis unreachable, 130 interrupted (partial output).

Example:
  dpm forecast --input sales.csv --id store,product --date day --value revenue \\
    --freq day --horizon 28 --output forecasts.parquet`,
    )
    .action(async (flags: ForecastFlags, command: Command) => {
      const code = await runForecast(flags);
      command.setOptionValue("__exit", code);
    });
}

export async function runForecast(flags: ForecastFlags): Promise<number> {
  const started = Date.now();
  if (!isFrequency(flags.freq)) throw new CliError(`--freq must be day, week, month, quarter or year, got ${JSON.stringify(flags.freq)}`, EXIT.usage);
  const freq = flags.freq as Frequency;
  const horizon = intFlag(flags.horizon, "--horizon", 1, 10_000);
  const levels = flags.levels.split(",").map((s) => Number(s.trim()));
  if (levels.some((l) => !(l > 0 && l < 100))) throw new CliError(`--levels must be percentages between 0 and 100, such as 80,95; got ${JSON.stringify(flags.levels)}`, EXIT.usage);
  const chunkSize = intFlag(flags.chunkSize, "--chunk-size", 1, 100_000);
  const workers = flags.workers === undefined ? availableParallelism() : intFlag(flags.workers, "--workers", 0, 1024);
  const id = flags.id.split(",").map((s) => s.trim()).filter((s) => s !== "");
  if (id.length === 0) throw new CliError("--id needs at least one column", EXIT.usage);
  const seed = /^\d+$/.test(flags.seed) ? Number(flags.seed) : flags.seed;
  const options: ForecastChunkOptions = { horizon, method: flags.method as ChunkMethod, levels, seed };
  if (flags.input !== undefined && flags.sql !== undefined) throw new CliError("give either --input or --sql, not both", EXIT.usage);
  let sql = flags.sql;
  if (flags.sort === true) {
    const from = sql !== undefined ? `(${sql})` : flags.input === undefined ? "" : readerFor(flags.input);
    const q = (s: string) => `"${s.replace(/"/g, '""')}"`;
    sql = `select * from ${from} order by ${[...id, flags.date].map(q).join(", ")}`;
  }
  const label = flags.input ?? "--sql";
  const source = await openInput(flags.sort === true ? undefined : flags.input, sql, flags.parquetReader as ParquetReader);
  const errorsPath = flags.errors ?? `${flags.output}.errors.csv`;
  const progress = createProgress("forecast", { tty: process.stderr.isTTY === true && flags.json !== true, quiet: flags.quiet === true });
  const stop = interruption();
  let series = 0;
  let failed = 0;
  let writer;
  let errors;
  let status: "complete" | "partial" = "complete";
  try {
    const prepared = prepareChunks(source, { id, date: flags.date, value: flags.value, freq, gaps: flags.gaps as GapPolicy, chunkSize, label });
    // Series that failed before forecasting travel beside their chunk, so every mode writes the same files.
    const early = new Map<number, readonly SeriesOutcome[]>();
    async function* chunks(): AsyncGenerator<ForecastChunk> {
      for await (const p of prepared as AsyncIterable<PreparedChunk>) {
        early.set(p.chunk.id, p.failures);
        yield p.chunk;
        if (stop.requested()) return;
      }
    }
    const results: AsyncIterable<ForecastChunkResult> =
      flags.queue !== undefined
        ? (await loadBullmq()).forecastOnQueue(chunks(), { connection: flags.queue, queue: flags.queueName, forecast: options, stopped: stop.requested })
        : runLocal(chunks(), options, workers, stop.requested);
    for await (const result of results) {
      const outcomes = [...result.outcomes, ...(early.get(result.id) ?? [])].sort((a, b) => a.index - b.index);
      early.delete(result.id);
      if (writer === undefined) {
        writer = await openForecastWriter(flags.output, { id, levels });
        errors = openErrorsWriter(errorsPath, id);
      }
      await writer.write(outcomes);
      await errors?.write(outcomes);
      series += outcomes.length;
      for (const o of outcomes) if (!o.ok) failed++;
      progress.update(series, failed, source.progress());
    }
    if (stop.requested()) status = "partial";
  } catch (error) {
    if (stop.requested()) status = "partial";
    else {
      progress.stop();
      await source.close();
      if (writer === undefined) throw error;
      throw error;
    }
  } finally {
    stop.dispose();
  }
  progress.stop();
  if (writer === undefined) {
    writer = await openForecastWriter(flags.output, { id, levels });
    errors = openErrorsWriter(errorsPath, id);
  }
  await writer.close(status);
  await errors?.close();
  await source.close();
  const seconds = (Date.now() - started) / 1000;
  const summary = {
    command: "forecast",
    status,
    series,
    succeeded: series - failed,
    failed,
    seconds: Math.round(seconds * 1000) / 1000,
    seriesPerSecond: Math.round((series / Math.max(seconds, 0.001)) * 10) / 10,
    output: flags.output,
    errors: errorsPath,
    mode: flags.queue !== undefined ? "queue" : workers === 0 ? "in-process" : `${workers} workers`,
    // Peak resident memory of this process and its worker threads (MB).
    peakMemoryMB: Math.round(process.resourceUsage().maxRSS / 1024),
  };
  writeManifest(`${flags.output}.manifest.json`, { status, series, succeeded: series - failed, failed, horizon, levels, method: flags.method, seed: options.seed });
  if (flags.json === true) process.stdout.write(`${JSON.stringify(summary)}\n`);
  else if (flags.quiet !== true) {
    process.stderr.write(
      `forecast: ${status === "partial" ? "INTERRUPTED — partial output, " : ""}${series - failed} series forecast, ${failed} failed in ${seconds.toFixed(1)}s → ${flags.output}${failed > 0 ? ` (failures: ${errorsPath})` : ""}\n`,
    );
  }
  if (status === "partial") return EXIT.interrupted;
  return failed > 0 ? EXIT.seriesFailed : EXIT.ok;
}

function readerFor(input: string): string {
  const lit = `'${input.replace(/'/g, "''")}'`;
  if (/\.parquet$/i.test(input)) return `read_parquet(${lit})`;
  if (/\.(jsonl|ndjson|json)$/i.test(input)) return `read_json_auto(${lit})`;
  return `read_csv(${lit}, header = true, all_varchar = true)`;
}
