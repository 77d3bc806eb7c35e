import { Command, Option } from "commander";

/** The --method choices: the methods of the chunk forecaster. */
const METHODS = ["auto", "ets", "arima", "theta", "combine", "naive", "seasonalNaive", "drift", "mean"];

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
    .addOption(new Option("--method <method>", "forecasting method").choices(METHODS).default("auto"))
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
      const { runForecast } = await import("./forecastRun.js");
      const code = await runForecast(flags);
      command.setOptionValue("__exit", code);
    });
}

