import { describe, expect, it } from "vitest";
import { catchDpm } from "../../test/reference.js";
import { kpssTest } from "./kpssTest.js";

describe("kpssTest", () => {
  // Hand-worked from the definition: y = 1..5, residuals −2..2, partial sums −2, −3, −3, −2, 0,
  // Σ S² = 26, numerator 26 / 25 = 1.04, σ̂² = 10 / 5 = 2.
  it("computes the level statistic of a small series by hand (no lags)", () => {
    expect(kpssTest([1, 2, 3, 4, 5], { lags: 0 }).statistic).toBeCloseTo(0.52, 12);
  });

  it("adds the Bartlett-weighted autocovariance for lags = 1", () => {
    // γ̂(1) sum = (−1)(−2) + 0 + 0 + (2)(1) = 4; long-run variance 2 + (2/5)(1/2)(4) = 2.8.
    expect(kpssTest([1, 2, 3, 4, 5], { lags: 1 }).statistic).toBeCloseTo(1.04 / 2.8, 12);
  });

  it("detrends for type 'trend' (a straight line plus an alternating term)", () => {
    // y = t + (−1)^t on t = 1..4: OLS on (1, t) leaves residuals e; check against the formula directly.
    const y = [0, 3, 2, 5];
    // Fitted line: slope 1.4, intercept −1.5 → residuals 0.1, −0.3, 0.3, −0.1 ... computed exactly:
    const t = [1, 2, 3, 4];
    const tm = 2.5;
    const ym = 2.5;
    const b = t.reduce((s, ti, i) => s + (ti - tm) * ((y[i] as number) - ym), 0) / t.reduce((s, ti) => s + (ti - tm) ** 2, 0);
    const e = y.map((v, i) => v - ym - b * ((t[i] as number) - tm));
    let s = 0;
    let num = 0;
    for (const ei of e) {
      s += ei;
      num += s * s;
    }
    const expected = num / 16 / (e.reduce((a, v) => a + v * v, 0) / 4);
    expect(b).toBeCloseTo(1.4, 12);
    expect(kpssTest(y, { type: "trend", lags: 0 }).statistic).toBeCloseTo(expected, 12);
  });

  it("interpolates the p-value in the KPSS table and clamps outside it, as R's urca-based ndiffs", () => {
    const r = kpssTest([1, 2, 3, 4, 5], { lags: 0 });
    // 0.52 lies between 0.463 (5%) and 0.574 (2.5%).
    expect(r.pValue).toBeCloseTo(0.05 + ((0.52 - 0.463) / (0.574 - 0.463)) * (0.025 - 0.05), 12);
    expect(r.criticalValues["5"]).toBe(0.463);
    expect(kpssTest([1, -1, 1, -1, 1, -1, 1, -1], { lags: 0 }).pValue).toBe(0.1);
  });

  it("uses trunc(4 (n/100)^(1/4)) lags by default", () => {
    const y = Array.from({ length: 100 }, (_, i) => Math.sin(i));
    expect(kpssTest(y).lags).toBe(4);
    expect(kpssTest(y.slice(0, 20)).lags).toBe(2);
  });

  it("rejects bad input", () => {
    expect(catchDpm(() => kpssTest([1, 2])).code).toBe("TOO_SHORT");
    expect(catchDpm(() => kpssTest([1, 2, Number.NaN, 4])).code).toBe("NON_FINITE");
    expect(catchDpm(() => kpssTest([3, 3, 3, 3])).code).toBe("INVALID_ARGUMENT");
    expect(catchDpm(() => kpssTest([1, 2, 3, 4], { lags: -1 })).code).toBe("INVALID_ARGUMENT");
    expect(catchDpm(() => kpssTest([1, 2, 3, 4], { type: "drift" as "level" })).code).toBe("INVALID_ARGUMENT");
  });
});

describe("kpssTest on 1e300-scaled data", () => {
  it("gives the same (scale-free) statistic instead of NaN", () => {
    const y = Array.from({ length: 40 }, (_, i) => Math.sin(i) + i * 0.05);
    const a = kpssTest(y).statistic;
    expect(kpssTest(y.map((v) => v * 1e300)).statistic).toBeCloseTo(a, 10);
    expect(kpssTest(y.map((v) => v * 1e-300)).statistic).toBeCloseTo(a, 10);
  });
});
