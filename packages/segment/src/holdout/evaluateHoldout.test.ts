import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readCdnow, SHARED } from "../../test/cdnow.js";
import { bgNbdExpectedPopulation } from "../clv/bgNbdExpectedPopulation.js";
import { calibrationHoldoutSummary } from "./calibrationHoldoutSummary.js";
import { evaluateHoldout } from "./evaluateHoldout.js";

const ref = JSON.parse(readFileSync(SHARED("reference/segment/cdnow_published.json", import.meta.url), "utf8"));
const published = ref.bgnbd.lifetimes_docs_full_precision;
const check = ref.bgnbd.holdout_paper_summary.recomputed_check;

describe("evaluateHoldout", () => {
  const s = calibrationHoldoutSummary(readCdnow(SHARED("data/cdnow/CDNOW_sample.txt", import.meta.url)), { calibrationEnd: "1997-09-30", holdoutEnd: "1998-06-30", unit: "weeks" });
  const ev = evaluateHoldout(published, s);

  it("CDNOW zero class: 1,411 customers, 334 holdout transactions, conditional expectation 0.225 each (Fader, Hardie & Lee 2005)", () => {
    const zero = ev.buckets[0]!;
    expect(zero.label).toBe("0");
    expect(zero.customers).toBe(check.zero_class_n);
    expect(Math.round(zero.actualMean * zero.customers)).toBe(check.zero_class_holdout_tx);
    expect(zero.predictedMean).toBeCloseTo(check.zero_class_cond_exp, 3);
  });

  it("CDNOW buckets 0..7+ cover every customer; correlation 0.626 between conditional expectation and actual", () => {
    expect(ev.buckets.map((b) => b.label)).toEqual(["0", "1", "2", "3", "4", "5", "6", "7+"]);
    expect(ev.buckets.reduce((a, b) => a + b.customers, 0)).toBe(2357);
    expect(ev.buckets.reduce((a, b) => a + b.actualMean * b.customers, 0)).toBeCloseTo(check.holdout_only_actual, 6);
    expect(ev.actualTotal).toBe(check.holdout_only_actual);
    expect(ev.correlation).toBeCloseTo(check.corr, 3);
    // the model's conditional means rise with calibration frequency, as in the paper's figure
    for (let k = 1; k < ev.buckets.length; k++) expect(ev.buckets[k]!.predictedMean).toBeGreaterThan(ev.buckets[k - 1]!.predictedMean);
    // RMSE ≥ MAE > 0, and RMSE² = mean squared error (finite, consistent)
    expect(ev.rmse).toBeGreaterThanOrEqual(ev.mae);
    expect(ev.mae).toBeGreaterThan(0);
  });

  it("CDNOW cumulative repeat transactions at week 78: actual 4,339, model 4,160.6 (−4.1 %); holdout-only model 1,666.7", () => {
    const K = ev.curve.t.length;
    expect(K).toBe(78);
    expect(ev.curve.t[K - 1]).toBeCloseTo(545 / 7, 12); // 1997-01-01 .. 1998-06-30
    expect(ev.curve.actual[K - 1]).toBe(check.cum_wk78_actual);
    expect(ev.curve.expected[K - 1]).toBeCloseTo(check.cum_wk78_model, 0);
    expect((100 * (ev.curve.expected[K - 1]! - ev.curve.actual[K - 1]!)) / ev.curve.actual[K - 1]!).toBeCloseTo(check.cum_wk78_err_pct, 1);
    // curve values are cumulative: non-decreasing
    for (let k = 1; k < K; k++) {
      expect(ev.curve.actual[k]!).toBeGreaterThanOrEqual(ev.curve.actual[k - 1]!);
      expect(ev.curve.expected[k]!).toBeGreaterThanOrEqual(ev.curve.expected[k - 1]!);
    }
    // holdout-only unconditional forecast: Σ_i E[X(age at holdout end)] − E[X(T_i)] (independent evaluation with the public E[X(t)])
    let atCalEnd = 0;
    for (let i = 0; i < s.T.length; i++) atCalEnd += bgNbdExpectedPopulation(published, s.T[i]!);
    expect(ev.curve.expected[K - 1]! - atCalEnd).toBeCloseTo(check.holdout_only_model_unconditional, 0);
  });

  it("equals the recomputed figures of reference/cdnowHoldout.py (scipy hyp2f1, raw file parsed there) to 1e-9", () => {
    const py = JSON.parse(readFileSync(new URL("../../reference/cdnowHoldout.json", import.meta.url), "utf8")) as Record<string, number>;
    const rel = (x: number, y: number) => Math.abs(x - y) / Math.abs(y);
    expect(py.customers).toBe(s.ids.length);
    expect(s.holdoutLength).toBe(py.holdoutLengthWeeks);
    const zero = ev.buckets[0]!;
    expect(zero.customers).toBe(py.zero_class_n);
    expect(Math.round(zero.actualMean * zero.customers)).toBe(py.zero_class_holdout_tx);
    expect(rel(zero.predictedMean, py.zero_class_cond_exp!)).toBeLessThan(1e-9);
    expect(rel(ev.correlation, py.corr!)).toBeLessThan(1e-9);
    expect(ev.actualTotal).toBe(py.holdout_only_actual);
    expect(rel(ev.predictedTotal, py.predicted_total_conditional!)).toBeLessThan(1e-9);
    const K = ev.curve.t.length;
    expect(rel(ev.curve.t[K - 1]!, py.curveEndWeeks!)).toBeLessThan(1e-12);
    expect(ev.curve.actual[K - 1]).toBe(py.cum_wk78_actual);
    expect(rel(ev.curve.expected[K - 1]!, py.cum_wk78_model!)).toBeLessThan(1e-9);
  });

  it("a one-customer hand-worked case: the bucket means are that customer's numbers", () => {
    const one = calibrationHoldoutSummary(
      [
        { customerId: "a", date: "2025-01-01", amount: 1 },
        { customerId: "a", date: "2025-01-20", amount: 1 },
      ],
      { calibrationEnd: "2025-01-15", holdoutEnd: "2025-01-29", unit: "weeks" },
    );
    const p = { r: 0.5, alpha: 2, a: 0.7, b: 2 };
    const e = evaluateHoldout(p, one, { maxBucket: 2, curveStep: 2 });
    // x = 0, T = 2 weeks, holdout 2 weeks: E[Y(2) | 0, 0, 2] = (a+b−1)/(a−1) · (1 − ((α+T)/(α+T+t))^r · 2F1(r, b; a+b−1; t/(α+T+t)))
    expect(e.buckets.map((b) => b.customers)).toEqual([1, 0, 0]);
    expect(e.actualTotal).toBe(1);
    expect(e.rmse).toBeCloseTo(Math.abs(1 - e.predictedTotal), 12);
    expect(e.mae).toBeCloseTo(Math.abs(1 - e.predictedTotal), 12);
    expect(e.correlation).toBe(0);
    expect([...e.curve.t]).toEqual([2, 4]);
    expect([...e.curve.actual]).toEqual([0, 1]);
    // E[X(4)] for the single cohort starting at 0 equals the unconditional expectation
    expect(e.curve.expected[1]).toBeCloseTo(bgNbdExpectedPopulation(p, 4), 12);
    expect(() => evaluateHoldout(p, one, { maxBucket: 0 })).toThrow(/maxBucket/);
    expect(() => evaluateHoldout(p, { frequency: [0] } as never)).toThrow(/calibrationHoldoutSummary/);
  });
});
