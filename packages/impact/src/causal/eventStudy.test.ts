import { describe, expect, it } from "vitest";
import { catchDpm, readCsv, readReference, type ProducColumn } from "../../test/causalFixtures.js";
import { eventStudy } from "./eventStudy.js";

const ref = readReference<{ did: { eventStudy: { names: string[]; estimate: number[]; se: number[]; preTrendWald: number; preTrendFPValue: number } } }>();
const produc = readCsv<ProducColumn>("produc.csv");
const rel = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);

describe("eventStudy", () => {
  it("matches lm_robust with relative-time dummies (binned ends, −1 omitted) and the pre-trend Wald test", () => {
    const rows = (produc.cohort as number[]).map((c, i) => (c !== 1982 ? i : -1)).filter((i) => i >= 0);
    const pick = <T>(a: T[]) => rows.map((i) => a[i]!);
    const es = eventStudy({ unit: pick(produc.unit as string[]), time: pick(produc.time as number[]), outcome: pick(produc.outcome as number[]), treated: pick(produc.single as number[]) });
    const r = ref.did.eventStudy;
    const rowsNoRef = es.table.filter((t) => !t.reference);
    expect(rowsNoRef.map((t) => t.relativeTime)).toEqual([-4, -3, -2, 0, 1, 2, 3, 4]);
    rowsNoRef.forEach((row, j) => {
      expect(rel(row.estimate, r.estimate[j]!)).toBeLessThan(1e-8);
      expect(rel(row.stdError, r.se[j]!)).toBeLessThan(1e-8);
    });
    expect(rel(es.preTrend.statistic, r.preTrendWald)).toBeLessThan(1e-8);
    expect(rel(es.preTrend.fPValue, r.preTrendFPValue)).toBeLessThan(1e-7);
    // p ≈ 0.048 < 0.05 flags a pre-trend; with 8 treated states the readout also says the test is rough.
    expect(es.warnings.join(" ")).toContain("leads are jointly non-zero");
    expect(es.warnings.join(" ")).toContain("only 8 treated unit(s)");
  });

  it("finds no pre-trend and recovers a step effect in clean simulated data", () => {
    const unit: number[] = [];
    const time: number[] = [];
    const outcome: number[] = [];
    const treated: number[] = [];
    let s = 1;
    const noise = () => ((s = (s * 16807) % 2147483647) / 2147483647 - 0.5) * 0.2;
    for (let u = 0; u < 30; u++) {
      for (let t = 0; t < 12; t++) {
        const on = u < 10 && t >= 6 ? 1 : 0;
        unit.push(u); time.push(t); treated.push(on);
        outcome.push(u * 0.3 + t * 0.1 + 1.5 * on + noise());
      }
    }
    const es = eventStudy({ unit, time, outcome, treated }, { leads: 3, lags: 3 });
    expect(es.preTrend.fPValue).toBeGreaterThan(0.05);
    expect(Math.abs(es.estimate - 1.5)).toBeLessThan(0.1);
    expect(es.ciLow).toBeLessThan(1.5);
    expect(es.ciHigh).toBeGreaterThan(1.5);
  });

  it("rejects non-absorbing treatment and uncovered relative periods", () => {
    const unit = ["a", "a", "a", "b", "b", "b", "c", "c", "c"];
    const time = [1, 2, 3, 1, 2, 3, 1, 2, 3];
    const outcome = [1, 2, 1, 2, 3, 4, 1, 1, 2];
    expect(catchDpm(() => eventStudy({ unit, time, outcome, treated: [0, 1, 0, 0, 0, 0, 0, 0, 0] })).code).toBe("INVALID_ARGUMENT");
    expect(catchDpm(() => eventStudy({ unit, time, outcome, treated: [0, 1, 1, 0, 0, 0, 0, 0, 0] }, { leads: 3, bin: false })).code).toBe("NO_SOLUTION");
  });
});
