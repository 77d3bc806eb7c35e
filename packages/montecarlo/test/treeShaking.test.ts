import { build } from "esbuild";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// sideEffects: false must hold in practice, and the main entry must stay browser-safe.
const entry = fileURLToPath(new URL("../src/index.ts", import.meta.url));
const coreSrc = fileURLToPath(new URL("../../core/src/index.ts", import.meta.url));

async function bundle(imports: string): Promise<string> {
  const result = await build({
    stdin: { contents: `import { ${imports} } from ${JSON.stringify(entry)};\nconsole.log(${imports});`, resolveDir: process.cwd(), loader: "ts" },
    bundle: true,
    format: "esm",
    platform: "neutral",
    alias: { "@dpm/core": coreSrc },
    external: ["seedrandom"],
    write: false,
    treeShaking: true,
    logLevel: "silent",
  });
  return result.outputFiles[0]?.text ?? "";
}

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
