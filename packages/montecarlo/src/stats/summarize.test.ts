import { describe, expect, it } from "vitest";
import { summarize } from "../index.js";

describe("summarize", () => {
  it("gives exact moments, type-7 percentiles, VaR/CVaR and exceedance", () => {
    const x = Array.from({ length: 101 }, (_, i) => i - 20); // −20 … 80
    const s = summarize(x, { percentiles: [0.05, 0.5], targets: [0, 50], riskLevels: [0.9], histogramBins: 4 });
    expect(s.mean).toBe(30);
    expect(s.variance).toBeCloseTo((101 * 102) / 12, 12); // discrete uniform: n(n + 1)/12 with n = 101
    expect(s.percentiles).toEqual({ p5: -15, p50: 30 });
    expect(s.exceedance).toEqual([
      { target: 0, probabilityAbove: 80 / 101, probabilityBelow: 20 / 101 },
      { target: 50, probabilityAbove: 30 / 101, probabilityBelow: 70 / 101 },
    ]);
    // VaR90 = −P10 = −(−10); CVaR90 = −mean of the 11 lowest (−20 … −10) = 15
    expect(s.risk).toEqual([{ level: 0.9, valueAtRisk: 10, conditionalValueAtRisk: 15 }]);
    expect(s.histogram.counts).toEqual([25, 25, 25, 26]);
    expect(s.histogram.edges).toEqual([-20, 5, 30, 55, 80]);
    expect(s.exact).toBe(true);
    expect(s.probabilityAbove(79)).toBeCloseTo(1 / 101, 15);
  });

  it("rejects bad input and options", () => {
    expect(() => summarize([])).toThrow(/summarize: values is empty/);
    expect(() => summarize([1, Number.NaN])).toThrow(/values\[1\] is NaN/);
    expect(() => summarize([1, 2], { percentiles: [1.5] })).toThrow(/percentiles\[0\] must be a probability in \[0, 1\]/);
    expect(() => summarize([1, 2], { riskLevels: [1] })).toThrow(/riskLevels\[0\] must be a level in \(0, 1\)/);
    expect(() => summarize([1, 2]).valueAtRisk(0)).toThrow(/level must be a probability in \(0, 1\)/);
  });

  it("refuses values whose variance overflows instead of reporting NaN, and null or unknown options", () => {
    expect(() => summarize([-1e308, 1e308, 5])).toThrow(/too large for a finite mean and variance/);
    expect(() => summarize([1, 2, 3], null as never)).toThrow(/options must be an object/);
    expect(() => summarize([1, 2, 3], { percentile: [0.5] } as never)).toThrow(/Did you mean "percentiles"/);
  });
});
