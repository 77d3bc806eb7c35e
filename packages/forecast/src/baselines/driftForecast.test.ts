import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalQuantile } from "@dpm/core";
import { catchDpm } from "../../test/reference.js";
import { driftForecast } from "./driftForecast.js";

describe("driftForecast", () => {
  it("extends the line through the first and last observations (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e3, max: 1e3, noNaN: true }), { minLength: 3, maxLength: 30 }), fc.integer({ min: 1, max: 12 }), (y, h) => {
        const f = driftForecast(y, { horizon: h });
        const n = y.length;
        const slope = ((y[n - 1] as number) - (y[0] as number)) / (n - 1);
        for (let i = 0; i < h; i++) expect(f.point[i]).toBeCloseTo((y[n - 1] as number) + (i + 1) * slope, 6);
      }),
    );
  });

  it("widens intervals by the drift's standard error: se² = σ²h + h²σ²/(n − 1)", () => {
    const y = [100, 104, 110, 112, 119];
    const d = [4, 6, 2, 7];
    const b = 4.75;
    const s2 = d.reduce((a, v) => a + (v - b) ** 2, 0) / 3;
    const f = driftForecast(y, { horizon: 3, levels: [95] });
    for (let h = 1; h <= 3; h++) {
      const se = Math.sqrt(s2 * h + (h * h * s2) / 4);
      expect(f.intervals[0]?.upper[h - 1]).toBeCloseTo(119 + h * b + normalQuantile(0.975) * se, 10);
    }
  });

  it("needs three values", () => {
    expect(catchDpm(() => driftForecast([1, 2], { horizon: 1 })).code).toBe("TOO_SHORT");
  });
});
