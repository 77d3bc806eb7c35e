import { readFileSync } from "node:fs";
import { isDpmError, modelFromJson } from "@dpm/core";
import { distributionFromJson, simulate } from "@dpm/montecarlo";
import { CliError, EXIT } from "../CliError.js";
import type { SimulateFlags } from "./simulate.js";

// `dpm simulate`'s run, loaded only when the command runs.
export function runSimulate(file: string, flags: SimulateFlags): void {
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
