// pnpm demo: the bakery story through every @dpm package (see --help). Reads the CSVs in
// examples/data (or the files given), prints a summary and writes a self-contained report.html.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { isDpmError } from "@dpm/core";
import { renderReport } from "../report/renderReport.js";
import { HELP, parseArgs, UsageError } from "./args.js";
import { DataError } from "./DataError.js";
import { loadData } from "./loadData.js";
import { createProgress } from "./progress.js";
import { runBakery, STEPS } from "./runBakery.js";
import { summaryLines } from "./summary.js";

async function main(argv: readonly string[]): Promise<number> {
  const started = performance.now();
  const args = parseArgs(argv);
  if (args.help) {
    process.stdout.write(HELP);
    return 0;
  }
  // pnpm runs the script inside examples/; INIT_CWD is where the user typed the command.
  const cwd = process.env.INIT_CWD ?? process.cwd();
  const data = loadData(args, cwd);
  const result = await runBakery(data, createProgress(process.stdout, STEPS, args.quiet));
  const out = resolve(cwd, args.out);
  const seconds = (performance.now() - started) / 1000;
  try {
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, renderReport(result, { generatedIn: seconds }));
  } catch (error) {
    throw new DataError(out, null, `cannot write the report (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  for (const line of summaryLines(result)) console.log(line);
  console.log(`\nReport: ${out}`);
  console.log(`Done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError) {
      process.stderr.write(`error: ${error.message}\nRun "pnpm demo --help" for the options.\n`);
      process.exitCode = 2;
    } else if (error instanceof DataError) {
      process.stderr.write(`error: ${error.message}\n`);
      process.exitCode = 1;
    } else if (isDpmError(error)) {
      // The data passed the file checks but a model rejected it (too few customers, a constant series…).
      process.stderr.write(`error: the data cannot be modelled: ${error.message}\n`);
      process.exitCode = 1;
    } else {
      throw error;
    }
  },
);
