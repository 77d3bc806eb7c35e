import { describe, expect, it } from "vitest";
import { bundleApp } from "../../../scripts/bundleForTest.ts";

// An app that imports only `eoq` must not carry the event-queue simulation, the queueing formulas
// or the inventory simulation. Bundled from the TypeScript sources with esbuild, resolving
// @dpm/core to its sources as vitest does.
const bundle = (app: string) => bundleApp(import.meta.url, app);

// Identifiers that exist only in the simulation, queueing and inventory-simulation modules.
const SIMULATION = ["simulateQueue", "runReplication", "EventQueue", "compileDuration", "gammaDraw", "NormalSource"];
const QUEUES = ["erlangCKernel", "erlangCMetrics", "erlangAMetrics", "gmrA", "squareRootServers", "mmck"];
const INVENTORY = ["simulateInventory", "allocateService", "newsvendor", "reorderPoint"];

describe("tree-shaking", () => {
  it("bundles only eoq (and the core validators it uses) for an app importing eoq", async () => {
    const out = await bundle(`import { eoq } from "./index.ts"; console.log(eoq(1200, { orderCost: 50, holdingCost: 2 }));`);
    expect(out).toContain("function eoq(");
    for (const name of [...SIMULATION, ...QUEUES, ...INVENTORY]) expect(out, name).not.toContain(name);
    // nor core's driver model or optimisers
    for (const name of ["defineModel", "runVectorized", "nelderMead"]) expect(out, name).not.toContain(name);
    expect(out.length).toBeLessThan(30_000);
  });

  it("an app importing erlangC gets the formula, not the simulation engine", async () => {
    const out = await bundle(`import { erlangC } from "./index.ts"; console.log(erlangC(2, { servers: 3, serviceTime: 1 }));`);
    expect(out).toContain("function erlangC(");
    for (const name of [...SIMULATION, ...INVENTORY]) expect(out, name).not.toContain(name);
  });

  it("the check can fail: importing the simulation does bring it in", async () => {
    const out = await bundle(`import { simulateQueue, simulateInventory } from "./index.ts"; console.log(simulateQueue, simulateInventory);`);
    expect(out).toContain("runReplication");
    expect(out).toContain("EventQueue");
    expect(out).toContain("simulateInventory");
  });
});
