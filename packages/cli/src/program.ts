import { readFileSync } from "node:fs";
import { isDpmError } from "@dpm/core";
import { Command, CommanderError } from "commander";
import { CliError, EXIT } from "./CliError.js";
import { forecastCommand } from "./commands/forecast.js";
import { kpiCommand } from "./commands/kpi.js";
import { segmentCommand } from "./commands/segment.js";
import { simulateCommand } from "./commands/simulate.js";
import { workerCommand } from "./commands/worker.js";

/**
 * Runs the `dpm` command line with `argv` (without the node and script entries) and resolves to
 * the exit code; messages go to stdout/stderr. The `dpm` bin is `process.exit(await runCli(process.argv.slice(2)))`.
 *
 * @param argv - the arguments, e.g. `["forecast", "--input", "sales.csv", …]`
 * @returns the exit code (see {@link EXIT})
 *
 * @example
 * ```ts
 * import { runCli } from "@dpm/cli";
 *
 * const code = await runCli(["kpi", "grossMargin", "1000", "600"]); // prints 0.4
 * code; // => 0
 * ```
 *
 * @category CLI
 */
export async function runCli(argv: readonly string[]): Promise<number> {
  const program = new Command("dpm")
    .description("dpm: forecasts, customer segments, simulations and KPIs from files, on one machine or a BullMQ fleet")
    .version(cliVersion())
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s), writeOut: (s) => process.stdout.write(s) })
    .showHelpAfterError('(run "dpm <command> --help" for the options)')
    .addHelpText("after", "\nExit codes: 0 done, 1 internal error, 2 usage, 3 bad input data, 4 some series failed, 5 Redis unreachable, 130 interrupted.");
  for (const c of [forecastCommand(), segmentCommand(), simulateCommand(), kpiCommand(), workerCommand()]) {
    c.exitOverride();
    c.showHelpAfterError(`(run "dpm ${c.name()} --help" for the options)`);
    program.addCommand(c);
  }
  try {
    await program.parseAsync([...argv], { from: "user" });
    const forecast = program.commands.find((c) => c.name() === "forecast");
    const code = forecast?.getOptionValue("__exit") as number | undefined;
    return code ?? EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === "commander.helpDisplayed" || error.code === "commander.version" || error.code === "commander.help") return EXIT.ok;
      return EXIT.usage;
    }
    if (error instanceof CliError) {
      process.stderr.write(`error: ${error.message}\n`);
      return error.exitCode;
    }
    if (isDpmError(error)) {
      process.stderr.write(`error: ${error.message}\n`);
      return EXIT.data;
    }
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    if (/ECONNREFUSED|Connection is closed|connect ETIMEDOUT/.test(message)) {
      process.stderr.write(`error: cannot reach Redis: ${error instanceof Error ? error.message : String(error)}\n`);
      return EXIT.queue;
    }
    process.stderr.write(`internal error (please report): ${message}\n`);
    return EXIT.internal;
  }
}

/** The package's version, read from its package.json (next to src/ and dist/). */
function cliVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version?: unknown };
    return typeof pkg.version === "string" ? pkg.version : "unknown";
  } catch {
    return "unknown";
  }
}
