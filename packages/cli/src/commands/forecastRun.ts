import { availableParallelism } from "node:os";
import { isFrequency, type Frequency, type GapPolicy } from "@dpm/core";
import { forecastOnQueue, type ChunkMethod, type ForecastChunk, type ForecastChunkOptions, type ForecastChunkResult, type SeriesOutcome } from "@dpm/bullmq";
import { CliError, EXIT } from "../CliError.js";
import { prepareChunks, type PreparedChunk } from "../forecast/groupSeries.js";
import { runLocal } from "../forecast/runLocal.js";
import { openInput, type ParquetReader } from "../io/InputSource.js";
import { openErrorsWriter, openForecastWriter, writeManifest } from "../io/writers.js";
import { createProgress } from "../progress.js";
import { interruption } from "../signals.js";
import type { ForecastFlags } from "./forecast.js";

// `dpm forecast`'s run, loaded only when the command runs (so `--help` stays fast).
function intFlag(value: string, flag: string, min: number, max: number): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < min || n > max) throw new CliError(`${flag} must be a whole number from ${min} to ${max}, got ${JSON.stringify(value)}`, EXIT.usage);
  return n;
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
        ? forecastOnQueue(chunks(), { connection: flags.queue, queue: flags.queueName, forecast: options, stopped: stop.requested })
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
