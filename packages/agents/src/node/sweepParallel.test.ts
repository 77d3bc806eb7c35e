import { isDpmError } from "@dpm/core";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { sweep } from "../runs/sweep.js";
import { bassAdoption } from "../models/bassAdoption.js";
import { sweepParallel } from "./sweepParallel.js";

describe("sweepParallel", () => {
  it("gives exactly the single-threaded sweep's numbers, whatever the worker count", async () => {
    const parameters = [
      { size: 3000, p: 0.03, q: 0.38, steps: 8 },
      { size: 3000, p: 0.01, q: 0.5, steps: 8 },
    ];
    const serial = sweep((params: (typeof parameters)[number], seed) => bassAdoption({ ...params, seed }), { parameters, replications: 3, seed: 9 });
    const one = await sweepParallel("bassAdoption", { parameters, replications: 3, seed: 9, workers: 1 });
    const two = await sweepParallel("bassAdoption", { parameters, replications: 3, seed: 9, workers: 2 });
    expect(one.rows()).toEqual(serial.rows());
    expect(two.rows()).toEqual(serial.rows());
  });

  it("runs a user module's exported function", async () => {
    const module = fileURLToPath(new URL("../../test/fixtures/constantRun.ts", import.meta.url));
    const result = await sweepParallel({ module, export: "run" }, { parameters: [{ level: 4 }], replications: 2, workers: 1 });
    expect(Array.from(result.runs[1]!.metrics.level!.values)).toEqual([4, 4]);
  });

  it("rejects unknown models and bad worker counts; reports failing runs as DpmError", async () => {
    await expect(sweepParallel("mesa" as never, { parameters: [{}] })).rejects.toThrow(/unknown model "mesa"/);
    await expect(sweepParallel("bassAdoption", { parameters: [{}], workers: 0 })).rejects.toThrow(/workers must be a whole number/);
    let caught: unknown;
    try {
      await sweepParallel("bassAdoption", { parameters: [{ size: 10, p: 2, q: 0.1, steps: 2 }], workers: 1 });
    } catch (e) {
      caught = e;
    }
    expect(isDpmError(caught)).toBe(true);
    expect((caught as Error).message).toMatch(/p must be a probability/);
  });
});
