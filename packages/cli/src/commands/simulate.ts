import { readFileSync } from "node:fs";
import { isDpmError, modelFromJson } from "@dpm/core";
import { distributionFromJson, simulate } from "@dpm/montecarlo";
import { Command } from "commander";
import { CliError, EXIT } from "../CliError.js";

interface SimulateFlags {
  iterations?: string;
  seed?: string;
  json?: boolean;
}

export function simulateCommand(): Command {
  return new Command("simulate")
    .description("Run a Monte Carlo simulation of a JSON driver model: { model, inputs: { name: distribution }, iterations?, seed?, outputs? }")
    .argument("<model.json>", "the model file")
    .option("--iterations <n>", "iterations (overrides the file)")
    .option("--seed <seed>", "seed (overrides the file)")
    .option("--json", "print the summaries as JSON on stdout")
    .addHelpText(
      "after",
      `
The file holds the model definition (as modelFromJson reads it) and a distribution per uncertain
input (as distributionFromJson reads them), e.g.
  { "model": { "start": "2026", "periods": 1, "nodes": { "units": { "input": 100 }, "revenue": { "formula": "units * 12" } } },
    "inputs": { "units": { "type": "normal", "mean": 100, "sd": 10 } }, "iterations": 10000, "seed": 1 }

Exit codes: 0 done, 2 usage (bad file), 3 the model or a distribution is invalid.`,
    )
    .action((file: string, flags: SimulateFlags) => runSimulate(file, flags));
}

function runSimulate(file: string, flags: SimulateFlags): void {
  let spec: { model?: unknown; inputs?: Record<string, unknown>; iterations?: number; seed?: number | string; outputs?: string[] };
  try {
    spec = JSON.parse(readFileSync(file, "utf8")) as typeof spec;
  } catch (error) {
    throw new CliError(`${file}: ${(error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : `not valid JSON (${(error as Error).message})`}`, EXIT.usage);
  }
  try {
    const model = modelFromJson(JSON.stringify(spec.model));
    const inputs: Record<string, ReturnType<typeof distributionFromJson>> = {};
    for (const [name, d] of Object.entries(spec.inputs ?? {})) inputs[name] = distributionFromJson(d as never);
    const iterations = flags.iterations === undefined ? (spec.iterations ?? 10_000) : Number(flags.iterations);
    const seed = flags.seed ?? spec.seed ?? 42;
    const result = simulate(model as never, { inputs: inputs as never, iterations, seed, ...(spec.outputs === undefined ? {} : { outputs: spec.outputs as never }) } as never);
    const r = result as unknown as { outputs: readonly string[]; iterations: number; summary(name: string): Record<string, unknown> };
    const summaries = Object.fromEntries(r.outputs.map((name) => [name, r.summary(name)]));
    if (flags.json === true) process.stdout.write(`${JSON.stringify({ command: "simulate", iterations: r.iterations, seed: String(seed), summaries })}\n`);
    else {
      for (const [name, s] of Object.entries(summaries)) process.stdout.write(`${name}: ${JSON.stringify(s)}\n`);
    }
  } catch (error) {
    if (isDpmError(error)) throw new CliError(`${file}: ${error.message}`, EXIT.data);
    throw error;
  }
}
