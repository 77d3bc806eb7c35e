import { Command } from "commander";

export interface SimulateFlags {
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
    .action(async (file: string, flags: SimulateFlags) => (await import("./simulateRun.js")).runSimulate(file, flags));
}

