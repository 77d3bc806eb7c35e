import { describe, expect, it } from "vitest";
import { bundleImports } from "../../../scripts/bundleForTest.ts";

// sideEffects: false must hold in practice, and the main entry must stay browser-safe.
const bundle = (names: string) => bundleImports(import.meta.url, names, ["seedrandom"]);

describe("tree-shaking", () => {
  it("a bundle of triangular leaves out the other families, the sketch and the simulation engine", async () => {
    const code = await bundle("triangular");
    expect(code).toContain("TriangularImpl");
    for (const absent of ["GammaImpl", "regularizedBeta", "QuantileSketch", "SimulationEngine", "imanConoverRanks", "runVectorized"]) {
      expect(code, absent).not.toContain(absent);
    }
  });

  it("the main entry never pulls in worker threads (browser-safe)", async () => {
    const code = await bundle("simulate, compareSimulations, tornado");
    expect(code).toContain("SimulationEngine");
    expect(code).not.toContain("worker_threads");
    expect(code).not.toContain("node:os");
  });
});
