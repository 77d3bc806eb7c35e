import { createRng, normalPdf, normalQuantile } from "@dpm/core";
import { describe, expect, it } from "vitest";
import { estimateMeasure, pairedStandardError, readMeasure } from "./riskMeasure.js";

const normals = (n: number, seed: number) => createRng(seed).fillNormal(new Float64Array(n));

describe("riskMeasure", () => {
  it("estimates each measure on a small sample exactly", () => {
    const y = Float64Array.of(5, 1, 4, 2, 3, 10, 7, 6, 9, 8);
    expect(estimateMeasure(y, readMeasure("mean", "m", "t"), false).estimate).toBe(5.5);
    // R: quantile(1:10, 0.25) = 3.25 (type 7)
    expect(estimateMeasure(y, readMeasure({ percentile: 0.25 }, "m", "t"), false).estimate).toBe(3.25);
    expect(estimateMeasure(y, readMeasure({ probabilityAtLeast: 8 }, "m", "t"), false).estimate).toBe(0.3);
    expect(estimateMeasure(y, readMeasure({ probabilityBelow: 3 }, "m", "t"), false).estimate).toBe(0.2);
    expect(estimateMeasure(y, readMeasure({ cvar: 0.2 }, "m", "t"), false).estimate).toBe(1.5);
    expect(estimateMeasure(y, readMeasure({ cvar: 0.3, tail: "upper" }, "m", "t"), false).estimate).toBe(9);
  });

  it("gives standard errors that match the large-sample formulas on normal data", () => {
    const N = 40_000;
    const y = normals(N, 1);
    const se = (spec: Parameters<typeof readMeasure>[0]) => pairedStandardError(estimateMeasure(y, readMeasure(spec, "m", "t"), true).influence as Float64Array);
    expect(se("mean") * Math.sqrt(N)).toBeCloseTo(1, 1);
    expect(se({ probabilityAtLeast: 0 }) * Math.sqrt(N)).toBeCloseTo(0.5, 2);
    // percentile p of N(0,1): √(p(1−p)) / φ(z_p)
    const z = normalQuantile(0.1);
    expect((se({ percentile: 0.1 }) * Math.sqrt(N)) / (Math.sqrt(0.09) / normalPdf(z))).toBeGreaterThan(0.85);
    expect((se({ percentile: 0.1 }) * Math.sqrt(N)) / (Math.sqrt(0.09) / normalPdf(z))).toBeLessThan(1.15);
    // CVaR_α of N(0,1) (lower tail) = −φ(z_α)/α; its asymptotic sd is sd(ψ), ψ = q + min(y − q, 0)/α
    const cvar = estimateMeasure(y, readMeasure({ cvar: 0.1 }, "m", "t"), true);
    expect(cvar.estimate).toBeCloseTo(-normalPdf(z) / 0.1, 1);
    expect(se({ cvar: 0.1 })).toBeGreaterThan(se("mean"));
  });

  it("checks the empirical coverage of the mean and CVaR standard errors", () => {
    const exact = -normalPdf(normalQuantile(0.1)) / 0.1;
    let meanHits = 0;
    let cvarHits = 0;
    for (let seed = 0; seed < 100; seed++) {
      const y = normals(2_000, 100 + seed);
      const m = estimateMeasure(y, readMeasure("mean", "m", "t"), true);
      const c = estimateMeasure(y, readMeasure({ cvar: 0.1 }, "m", "t"), true);
      if (Math.abs(m.estimate) < 1.96 * pairedStandardError(m.influence as Float64Array)) meanHits++;
      if (Math.abs(c.estimate - exact) < 1.96 * pairedStandardError(c.influence as Float64Array)) cvarHits++;
    }
    expect(meanHits).toBeGreaterThanOrEqual(89);
    expect(cvarHits).toBeGreaterThanOrEqual(85);
  });

  it("rejects malformed measures", () => {
    expect(() => readMeasure({ percentile: 1.5 }, "objective.measure", "f")).toThrow(/percentile must be a number in \[0, 1\]/);
    expect(() => readMeasure({ cvar: 0.1, tail: "left" }, "m", "f")).toThrow(/must be "mean"/);
    expect(() => readMeasure("median", "m", "f")).toThrow(/must be "mean"/);
    expect(() => readMeasure({ probabilityBelow: Number.NaN }, "m", "f")).toThrow(/probabilityBelow/);
  });
});
