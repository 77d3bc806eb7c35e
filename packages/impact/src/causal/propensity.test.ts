import { describe, expect, it } from "vitest";
import { catchDpm, readCsv, readReference } from "../../test/causalFixtures.js";
import { aipwEstimate } from "./aipwEstimate.js";
import { balanceTable } from "./balanceTable.js";
import { ipwEstimate } from "./ipwEstimate.js";
import { matchNearest } from "./matchNearest.js";
import { propensityScores } from "./propensityScores.js";

interface MatchRef { estimate: number; se: number; nTreated: number; nControl: number; smdBefore?: number[]; smdAfter?: number[]; controlWeights?: number[] }
const ref = readReference<{
  lalonde: {
    propensity: { estimate: number[]; se: number[]; fitted: number[] };
    nearest: MatchRef; caliper: MatchRef & { caliper: number }; replace: MatchRef;
    ipwATT: { estimate: number; seHC1: number }; ipwATE: { estimate: number; seHC1: number }; aipwATE: { estimate: number; se: number };
  };
}>();
type Col = "treat" | "age" | "educ" | "black" | "hispan" | "married" | "nodegree" | "re74" | "re75" | "re78";
const L = readCsv<Col>("lalonde.csv");
const num = (c: (string | number)[]) => c as number[];
const covariates = { age: num(L.age), educ: num(L.educ), black: num(L.black), hispan: num(L.hispan), married: num(L.married), nodegree: num(L.nodegree), re74: num(L.re74), re75: num(L.re75) };
const data = { outcome: num(L.re78), treatment: num(L.treat), covariates };
const rel = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);
const R = ref.lalonde;

describe("propensity-score estimators on MatchIt::lalonde", () => {
  it("propensity model equals glm(treat ~ …, binomial)", () => {
    const ps = propensityScores(data.treatment, covariates);
    ps.model.estimates.forEach((b, j) => expect(rel(b, R.propensity.estimate[j]!)).toBeLessThan(1e-8));
    ps.model.stdErrors.forEach((s, j) => expect(rel(s, R.propensity.se[j]!)).toBeLessThan(1e-8));
    expect(ps.overlap.commonSupport[0]).toBeGreaterThan(0);
    expect(propensityScores(data.treatment, covariates, { trim: 0.1 }).trimmed).toBeGreaterThan(0);
  });

  it("nearest matching equals matchit(method = 'nearest') (its general algorithm; see causal.R) + lm with pair-clustered SE; SMDs equal summary()", () => {
    const m = matchNearest(data);
    expect(m.matchedTreated).toBe(R.nearest.nTreated);
    expect(m.matchedControls).toBe(R.nearest.nControl);
    Array.from(m.weights).forEach((w, i) => {
      if (data.treatment[i] === 0) expect(w).toBeCloseTo(R.nearest.controlWeights![i]!, 12);
    });
    expect(rel(m.estimate, R.nearest.estimate)).toBeLessThan(1e-8);
    expect(rel(m.stdError, R.nearest.se)).toBeLessThan(1e-8);
    m.balance.forEach((b, j) => {
      expect(rel(b.smdBefore, R.nearest.smdBefore![j]!)).toBeLessThan(1e-8);
      expect(rel(b.smdAfter, R.nearest.smdAfter![j]!)).toBeLessThan(1e-8);
    });
    const bt = balanceTable(data.treatment, covariates, { weights: m.weights });
    expect(bt.rows.map((r) => r.smdAfter)).toEqual(m.balance.map((b) => b.smdAfter));
    expect(bt.imbalanced.length).toBeGreaterThan(0); // lalonde stays imbalanced on race after 1:1 matching
  });

  it("caliper matching equals a hand-written greedy caliper matcher in R", () => {
    const m = matchNearest(data, { caliper: R.caliper.caliper });
    expect(m.matchedTreated).toBe(R.caliper.nTreated);
    expect(rel(m.estimate, R.caliper.estimate)).toBeLessThan(1e-8);
    expect(rel(m.stdError, R.caliper.se)).toBeLessThan(1e-8);
    expect(m.unmatchedTreated).toBe(185 - R.caliper.nTreated);
  });

  it("matching with replacement equals matchit(replace = TRUE) + weighted lm with HC1", () => {
    const m = matchNearest(data, { replace: true });
    expect(m.matchedControls).toBe(R.replace.nControl);
    Array.from(m.weights).forEach((w, i) => expect(w).toBeCloseTo(R.replace.controlWeights![i]!, 10));
    expect(rel(m.estimate, R.replace.estimate)).toBeLessThan(1e-8);
    expect(rel(m.stdError, R.replace.se)).toBeLessThan(1e-8);
  });

  it("IPW (ATT, ATE) and AIPW (ATE) equal hand-written R", () => {
    const att = ipwEstimate(data, { estimand: "ATT" });
    expect(rel(att.estimate, R.ipwATT.estimate)).toBeLessThan(1e-8);
    expect(rel(att.stdError, R.ipwATT.seHC1)).toBeLessThan(1e-8);
    const ate = ipwEstimate(data);
    expect(rel(ate.estimate, R.ipwATE.estimate)).toBeLessThan(1e-8);
    expect(rel(ate.stdError, R.ipwATE.seHC1)).toBeLessThan(1e-8);
    const aipw = aipwEstimate(data);
    expect(rel(aipw.estimate, R.aipwATE.estimate)).toBeLessThan(1e-8);
    expect(rel(aipw.stdError, R.aipwATE.se)).toBeLessThan(1e-8);
    expect(aipw.toString()).toContain("doubly robust");
    expect(Number.isFinite(aipwEstimate(data, { estimand: "ATT" }).estimate)).toBe(true);
  });

  it("reports separation, no overlap and bad input as DpmErrors", () => {
    const x = [1, 2, 3, 4, 5, 6, 7, 8];
    const sep = catchDpm(() => propensityScores([0, 0, 0, 0, 1, 1, 1, 1], { x }));
    expect(sep.code).toBe("NO_SOLUTION");
    expect(sep.message).toContain("separation");
    expect(catchDpm(() => ipwEstimate({ outcome: x, treatment: [0, 0, 0, 0, 1, 1, 1, 1], covariates: { x } })).code).toBe("NO_SOLUTION");
    expect(catchDpm(() => matchNearest({ outcome: x, treatment: [1, 1, 1, 1, 1, 1, 1, 1], covariates: { x } })).code).toBe("NO_SOLUTION");
    expect(catchDpm(() => matchNearest(data, { caliper: -1 })).code).toBe("INVALID_ARGUMENT");
    expect(catchDpm(() => ipwEstimate(data, { estimand: "ATC" as "ATE" })).code).toBe("INVALID_ARGUMENT");
    expect(catchDpm(() => balanceTable([0, 1], { x: [1] })).code).toBe("LENGTH_MISMATCH");
  });
});
