import { isDpmError } from "@dpm/core";
import { describe, expect, it } from "vitest";
import { loadReference, relClose } from "../../../test/experimentsReference.ts";
import { adjustPValues } from "./adjustPValues.js";
import { chiSquareTest } from "./chiSquareTest.js";
import { fisherExactTest } from "./fisherExactTest.js";
import { mannWhitneyTest } from "./mannWhitneyTest.js";
import { proportionTest } from "./proportionTest.js";
import { relativeLiftInterval } from "./relativeLiftInterval.js";
import { srmCheck } from "./srmCheck.js";
import { welchTTest } from "./welchTTest.js";

const ref = loadReference();

function dpmCode(f: () => unknown): string | undefined {
  try {
    f();
  } catch (e) {
    if (isDpmError(e)) return e.code;
    throw e;
  }
  return undefined;
}

describe("proportionTest agrees with R prop.test(correct = FALSE)", () => {
  for (const c of ref.proportions) {
    it(c.id, () => {
      const r = proportionTest(c.control, c.treatment, { alpha: c.alpha });
      expect(relClose(r.pValue, c.pValue)).toBe(true);
      expect(relClose(r.ciLow, c.ciLow)).toBe(true);
      expect(relClose(r.ciHigh, c.ciHigh)).toBe(true);
      expect(relClose(r.statistic ** 2, c.statistic)).toBe(true);
      expect(relClose(proportionTest(c.control, c.treatment, { alternative: "greater" }).pValue, c.pValueGreater)).toBe(true);
    });
  }

  it("rejects bad counts with DpmError", () => {
    expect(dpmCode(() => proportionTest({ n: 10, conversions: 11 }, { n: 10, conversions: 1 }))).toBe("INVALID_ARGUMENT");
    expect(dpmCode(() => proportionTest({ n: 10, conversions: -1 }, { n: 10, conversions: 1 }))).toBe("INVALID_ARGUMENT");
    expect(dpmCode(() => proportionTest({ n: 0, conversions: 0 }, { n: 10, conversions: 1 }))).toBe("EMPTY");
    expect(dpmCode(() => proportionTest({ n: 10, conversions: 1 }, { n: 10, conversions: 1 }, { alpha: 1 }))).toBe("INVALID_ARGUMENT");
    expect(dpmCode(() => proportionTest({ n: 10, conversions: 1 }, { n: 10, conversions: 1 }, { alpah: 0.1 } as never))).toBe("INVALID_ARGUMENT");
    expect(dpmCode(() => proportionTest({ n: 10, conversions: 1 }, { n: 10, conversions: 1 }, null as never))).toBe("INVALID_ARGUMENT");
  });

  it("zero variance is 'no difference measurable', not NaN", () => {
    const r = proportionTest({ n: 100, conversions: 0 }, { n: 120, conversions: 0 });
    expect(r.measurable).toBe(false);
    expect(r.pValue).toBe(1);
    expect(r.note).toMatch(/no difference measurable/);
    expect(r.relative).toBeUndefined();
  });
});

describe("relativeLiftInterval", () => {
  it("Fieller's interval is asymmetric and contains the delta-method centre; both cover the lift", () => {
    const c = { mean: 0.05, variance: (0.05 * 0.95) / 2000 };
    const t = { mean: 0.06, variance: (0.06 * 0.94) / 2000 };
    const d = relativeLiftInterval(c, t);
    const f = relativeLiftInterval(c, t, { method: "fieller" });
    expect(d.lift).toBeCloseTo(0.2, 12);
    expect(d.ciHigh - d.lift).toBeCloseTo(d.lift - d.ciLow, 12);
    expect(f.ciHigh - f.lift).toBeGreaterThan(f.lift - f.ciLow);
    // Fieller bounds solve (t − R c)² = z² (v_t + R² v_c) exactly.
    for (const b of [f.ciLow, f.ciHigh]) {
      const R = b + 1;
      expect((t.mean - R * c.mean) ** 2).toBeCloseTo(1.959963984540054 ** 2 * (t.variance + R * R * c.variance), 14);
    }
    expect(dpmCode(() => relativeLiftInterval({ mean: 0, variance: 1 }, t))).toBe("INVALID_ARGUMENT");
  });
});

describe("fisherExactTest agrees with R fisher.test", () => {
  for (const c of ref.fisher) {
    it(c.id, () => {
      const [[a, b], [cc, d]] = c.table as number[][] as [[number, number], [number, number]];
      const treatment = { n: a + b, conversions: a };
      const control = { n: cc + d, conversions: cc };
      expect(relClose(fisherExactTest(control, treatment).pValue, c.pValue)).toBe(true);
      expect(relClose(fisherExactTest(control, treatment, { alternative: "greater" }).pValue, c.pValueGreater)).toBe(true);
      expect(relClose(fisherExactTest(control, treatment, { alternative: "less" }).pValue, c.pValueLess)).toBe(true);
    });
  }
});

describe("chiSquareTest and srmCheck agree with R chisq.test", () => {
  for (const c of ref.chisq) {
    it(c.id, () => {
      const r = chiSquareTest(c.table, { correction: c.correct });
      expect(r.df).toBe(c.df);
      expect(relClose(r.statistic, c.statistic)).toBe(true);
      expect(relClose(r.pValue, c.pValue)).toBe(true);
    });
  }
  it("goodness of fit against the planned split", () => {
    for (const s of ref.srm) {
      const r = srmCheck(s.counts, { weights: s.weights });
      expect(relClose(r.statistic, s.statistic)).toBe(true);
      expect(relClose(r.pValue, s.pValue)).toBe(true);
    }
  });
  it("rejects bad tables and splits", () => {
    expect(dpmCode(() => chiSquareTest([[1, 2]]))).toBe("TOO_SHORT");
    expect(dpmCode(() => chiSquareTest([[1, 2], [3]]))).toBe("LENGTH_MISMATCH");
    expect(dpmCode(() => chiSquareTest([[1, -2], [3, 4]]))).toBe("INVALID_ARGUMENT");
    expect(dpmCode(() => srmCheck([100]))).toBe("TOO_SHORT");
    expect(dpmCode(() => srmCheck([100, 100], { weights: [1] }))).toBe("LENGTH_MISMATCH");
    expect(dpmCode(() => srmCheck([100, 1.5]))).toBe("INVALID_ARGUMENT");
  });
});

describe("welchTTest agrees with R t.test (Welch)", () => {
  for (const c of ref.means) {
    it(c.id, () => {
      const r = welchTTest(c.control, c.treatment, { alpha: c.alpha });
      expect(relClose(r.pValue, c.pValue)).toBe(true);
      expect(relClose(r.ciLow, c.ciLow)).toBe(true);
      expect(relClose(r.ciHigh, c.ciHigh)).toBe(true);
      expect(relClose(r.statistic, c.statistic)).toBe(true);
      expect(relClose(r.df, c.df)).toBe(true);
      expect(relClose(welchTTest(c.control, c.treatment, { alternative: "less" }).pValue, c.pValueLess)).toBe(true);
    });
  }
  it("sufficient statistics give the same answer as raw values", () => {
    const a = [1, 2, 3, 4, 10];
    const b = [2, 4, 6, 8, 9, 11];
    const s = (v: number[]) => {
      const m = v.reduce((x, y) => x + y, 0) / v.length;
      return { n: v.length, mean: m, variance: v.reduce((x, y) => x + (y - m) ** 2, 0) / (v.length - 1) };
    };
    expect(welchTTest(s(a), s(b)).pValue).toBeCloseTo(welchTTest(a, b).pValue, 14);
  });
  it("bad input and zero variance", () => {
    expect(dpmCode(() => welchTTest([], [1, 2]))).toBe("EMPTY");
    expect(dpmCode(() => welchTTest([1], [1, 2]))).toBe("TOO_SHORT");
    expect(dpmCode(() => welchTTest([1, Number.NaN], [1, 2]))).toBe("NON_FINITE");
    const same = welchTTest([5, 5, 5], [5, 5]);
    expect(same.measurable).toBe(false);
    expect(same.pValue).toBe(1);
    expect(same.note).toMatch(/no difference measurable/);
    expect(Number.isNaN(same.ciLow)).toBe(false);
  });
});

describe("mannWhitneyTest agrees with R wilcox.test", () => {
  for (const c of ref.wilcox) {
    it(c.id, () => {
      const r = mannWhitneyTest(c.control, c.treatment, { exact: c.exact, correct: c.correct });
      expect(r.statistic).toBeCloseTo(c.statistic, 10);
      expect(relClose(r.pValue, c.pValue)).toBe(true);
      expect(relClose(mannWhitneyTest(c.control, c.treatment, { exact: c.exact, correct: c.correct, alternative: "greater" }).pValue, c.pValueGreater)).toBe(true);
    });
  }
  it("all-identical values are not measurable", () => {
    expect(mannWhitneyTest([3, 3, 3], [3, 3], { exact: false }).measurable).toBe(false);
    expect(dpmCode(() => mannWhitneyTest([1, 1, 2], [3, 4], { exact: true }))).toBe("INVALID_ARGUMENT");
  });
});

describe("adjustPValues agrees with R p.adjust", () => {
  it("holm, BH, bonferroni", () => {
    const { pValues, holm, bh, bonferroni } = ref.padjust;
    const h = adjustPValues(pValues, { method: "holm" });
    const b = adjustPValues(pValues, { method: "bh" });
    const f = adjustPValues(pValues, { method: "bonferroni" });
    for (let i = 0; i < pValues.length; i++) {
      expect(relClose(h[i] as number, holm[i], 1e-12)).toBe(true);
      expect(relClose(b[i] as number, bh[i], 1e-12)).toBe(true);
      expect(relClose(f[i] as number, bonferroni[i], 1e-12)).toBe(true);
    }
    expect(dpmCode(() => adjustPValues([]))).toBe("EMPTY");
    expect(dpmCode(() => adjustPValues([1.2]))).toBe("INVALID_ARGUMENT");
  });
});
