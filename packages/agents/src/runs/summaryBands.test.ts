import { isDpmError, timeSeries } from "@dpm/core";
import { describe, expect, it } from "vitest";
import { summaryBands } from "./summaryBands.js";
import { sweep } from "./sweep.js";

describe("summaryBands", () => {
  it("computes mean, median and type-7 quantiles across replications", () => {
    // Replication r returns the value r (found through its seed), so the 20 values are 0 … 19:
    // mean 9.5, median 9.5, q0.05 = 0.95, q0.95 = 18.05.
    const seeds: string[] = [];
    const result = sweep(
      (params: { k: number }, seed) => {
        if (!seeds.includes(seed)) seeds.push(seed);
        const r = seeds.indexOf(seed);
        return { y: timeSeries("2026-01", [r * params.k, 1]) };
      },
      { parameters: [{ k: 1 }, { k: 2 }], replications: 20 },
    );
    const [a, b] = summaryBands(result, "y");
    expect(a!.mean.values[0]).toBeCloseTo(9.5, 12);
    expect(a!.median.values[0]).toBeCloseTo(9.5, 12);
    expect(a!.lower.values[0]).toBeCloseTo(0.95, 12);
    expect(a!.upper.values[0]).toBeCloseTo(18.05, 12);
    expect(b!.upper.values[0]).toBeCloseTo(36.1, 12);
    expect(a!.lower.values[1]).toBe(1);
    expect(a!.replications).toBe(20);
  });

  it("rejects unknown metrics and bad quantiles with DpmError", () => {
    const result = sweep(() => ({ y: timeSeries("2026", [1]) }), { parameters: [{}] });
    expect(() => summaryBands(result, "z")).toThrow(/no metric "z".*known: y/);
    let caught: unknown;
    try {
      summaryBands(result, "y", { lower: 0.9, upper: 0.1 });
    } catch (e) {
      caught = e;
    }
    expect(isDpmError(caught, "INVALID_ARGUMENT")).toBe(true);
    expect(() => summaryBands(result, "y", { upper: 1.5 })).toThrow(/probability/);
  });
});
