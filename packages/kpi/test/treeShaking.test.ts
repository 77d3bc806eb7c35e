import { describe, expect, it } from "vitest";
import { bundleApp } from "../../../scripts/bundleForTest.ts";

// An app that imports only `npv` must not carry the cohort or tracking code (nor simple-statistics).
// Bundled from the TypeScript sources with esbuild, resolving @dpm/core to its sources as vitest does.
const bundle = (app: string) => bundleApp(import.meta.url, app);

// Identifiers and message strings that exist only in the cohort and tracking modules.
const COHORT = ["cohortTable", "cohortRows", "cohortPivot", "periodOrdinal", "deriveCohortMatrices", "cumulativeRevenuePerCustomer"];
const TRACKING = ["trackKpi", "defineKpi", "kpiStatus", "linearTrend", "studentTCdf", "betaContinuedFraction", "trend-miss"];
const STATS = ["linearRegression", "gammaln"];

describe("tree-shaking", () => {
  it("bundles only npv (and the core validators it uses) for an app importing npv", async () => {
    const out = await bundle(`import { npv } from "./index.ts"; console.log(npv(0.1, [-100, 60, 60]));`);
    expect(out).toContain("function npv(");
    for (const name of [...COHORT, ...TRACKING, ...STATS]) expect(out, name).not.toContain(name);
    // nor unrelated KPI formulas or core's driver model
    for (const name of ["grossMargin", "xirr", "defineModel", "runVectorized"]) expect(out, name).not.toContain(name);
    expect(out.length).toBeLessThan(30_000);
  });

  it("the check can fail: importing the cohort code does bring it in", async () => {
    const out = await bundle(`import { cohortTable, trackKpi } from "./index.ts"; console.log(cohortTable, trackKpi);`);
    expect(out).toContain("cohortTable");
    expect(out).toContain("trackKpi");
  });
});
