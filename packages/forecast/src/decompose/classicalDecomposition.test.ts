import { timeSeries } from "@dpm/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { catchDpm, series } from "../../test/reference.js";
import { classicalDecomposition } from "./classicalDecomposition.js";

const air = series("AirPassengers").values;

describe("classicalDecomposition", () => {
  it("reproduces R's decompose(AirPassengers) seasonal figures (as printed by R, 7 digits)", () => {
    const mult = classicalDecomposition(air, { period: 12, type: "multiplicative" });
    const rMult = [0.9102304, 0.8836253, 1.0073663, 0.975906, 0.981378, 1.1127758, 1.2265555, 1.219911, 1.0604919, 0.9217572, 0.8011781, 0.8988244];
    rMult.forEach((v, j) => expect(mult.seasonal[j]).toBeCloseTo(v, 6));
    const add = classicalDecomposition(air, { period: 12 });
    const rAdd = [-24.748737, -36.188131, -2.241162, -8.036616, -4.506313, 35.402778, 63.830808, 62.823232, 16.520202, -20.642677, -53.593434, -28.619949];
    rAdd.forEach((v, j) => expect(add.seasonal[j]).toBeCloseTo(v, 5));
  });

  it("has the 2×12 moving average as trend (hand-computed first value 1521.5/12) and NaN at the ends", () => {
    const d = classicalDecomposition(air, { period: 12 });
    for (let t = 0; t < 6; t++) expect(d.trend[t]).toBeNaN();
    for (let t = air.length - 6; t < air.length; t++) expect(d.trend[t]).toBeNaN();
    expect(d.trend[6]).toBeCloseTo(1521.5 / 12, 12);
    for (let t = 6; t < air.length - 6; t++) {
      let s = 0.5 * ((air[t - 6] as number) + (air[t + 6] as number));
      for (let k = -5; k <= 5; k++) s += air[t + k] as number;
      expect(d.trend[t]).toBeCloseTo(s / 12, 9);
    }
  });

  it("uses a plain m-term average for odd periods", () => {
    // y_t = t + (−3, 0, 3)[t mod 3]: the 3-term average is exactly t, the seasonal exactly the pattern
    const d = classicalDecomposition([-3, 1, 5, 0, 4, 8, 3, 7, 11], { period: 3 });
    expect(d.trend[0]).toBeNaN();
    for (let t = 1; t < 8; t++) expect(d.trend[t]).toBeCloseTo(t, 12);
    expect(Array.from(d.seasonal.subarray(0, 3)).map((v) => Number(v.toFixed(10)))).toEqual([-3, 0, 3]);
  });

  it("property: seasonal sums to 0 (additive) / averages 1 (multiplicative) over a cycle and components recombine to the data", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 7 }), fc.integer({ min: 2, max: 5 }), fc.array(fc.double({ min: 1, max: 100, noNaN: true }), { minLength: 70, maxLength: 70 }), (m, seasons, pool) => {
        const y = pool.slice(0, m * seasons + (pool.length % m));
        const a = classicalDecomposition(y, { period: m });
        const p = classicalDecomposition(y, { period: m, type: "multiplicative" });
        let sa = 0;
        let sp = 0;
        for (let j = 0; j < m; j++) {
          sa += a.seasonal[j] as number;
          sp += p.seasonal[j] as number;
        }
        expect(Math.abs(sa)).toBeLessThan(1e-9);
        expect(sp / m).toBeCloseTo(1, 12);
        for (let t = 0; t < y.length; t++) {
          if (Number.isNaN(a.trend[t])) continue;
          expect((a.trend[t] as number) + (a.seasonal[t] as number) + (a.remainder[t] as number)).toBeCloseTo(y[t] as number, 9);
          expect((p.trend[t] as number) * (p.seasonal[t] as number) * (p.remainder[t] as number)).toBeCloseTo(y[t] as number, 9);
        }
      }),
      { numRuns: 60 },
    );
  });

  it("takes the period from a TimeSeries and keeps its start", () => {
    const d = classicalDecomposition(timeSeries("2020-Q1", [1, 2, 3, 4, 2, 3, 4, 5, 3, 4, 5, 6]));
    expect(d.period).toBe(4);
    expect(d.start).not.toBeNull();
  });

  it("rejects bad input with actionable errors", () => {
    expect(catchDpm(() => classicalDecomposition([1, 2, 3, 4, 5])).message).toMatch(/options.period/);
    expect(catchDpm(() => classicalDecomposition([1, 2, 3, 4, 5], { period: 3 })).code).toBe("TOO_SHORT");
    expect(catchDpm(() => classicalDecomposition([1, 2, 0, 4, 5, 6], { period: 2, type: "multiplicative" })).message).toMatch(/series\[2\]/);
    expect(catchDpm(() => classicalDecomposition([1, 2, 3, 4], { period: 2, type: "x" as never })).code).toBe("INVALID_ARGUMENT");
    expect(catchDpm(() => classicalDecomposition([1, 2, Number.NaN, 4], { period: 2 })).code).toBe("NON_FINITE");
  });
});
