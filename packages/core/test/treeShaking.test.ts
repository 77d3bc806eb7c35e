import { describe, expect, it } from "vitest";
import { bundleImports } from "../../../scripts/bundleForTest.ts";

// sideEffects: false must be true in practice: an app importing one helper does not ship the
// driver model, its WebAssembly compiler or seedrandom.
const bundle = (names: string) => bundleImports(import.meta.url, names);

describe("tree-shaking", () => {
  it("a bundle of parsePeriod leaves out the model engine, WebAssembly writer and Rng", async () => {
    const code = await bundle("parsePeriod");
    expect(code).toContain("function parsePeriod");
    for (const absent of ["evaluatePlan", "compileWasm", "assembleModule", "xor4096", "ppnd16", "parseFormula"]) {
      expect(code, absent).not.toContain(absent);
    }
  });

  it("a bundle of createRng leaves out periods and the model", async () => {
    const code = await bundle("createRng");
    expect(code).toContain("xor4096");
    for (const absent of ["evaluatePlan", "parsePeriod", "seriesFromRecords"]) expect(code, absent).not.toContain(absent);
  });

  it("a bundle of runModel includes the engine (the check can see what it looks for)", async () => {
    const code = await bundle("defineModel, runModel");
    expect(code).toContain("evaluatePlan");
  });
});
