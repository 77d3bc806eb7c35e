import { describe, expect, it } from "vitest";
import { catchDpm, readCsv, readReference } from "../../test/causalFixtures.js";
import { twoStageLeastSquares } from "./twoStageLeastSquares.js";

interface IvRef { estimate: number[]; seHC1: number[]; seClassical?: number[]; sigma?: number; firstStageF: number; firstStageFHC1: number }
const ref = readReference<{ iv: { simple: IvRef; twoInstruments: IvRef } }>();
const cig = readCsv<"state" | "lpacks" | "lrprice" | "lrincome" | "salestax" | "cigtax">("cigarettes1995.csv");
const num = (c: (string | number)[]) => c as number[];
const rel = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);

describe("twoStageLeastSquares", () => {
  it("matches AER::ivreg on CigarettesSW 1995: price elasticity ≈ −1.08 with HC1 SE (Stock & Watson)", () => {
    const iv = twoStageLeastSquares({ outcome: num(cig.lpacks), endogenous: { lrprice: num(cig.lrprice) }, instruments: { salestax: num(cig.salestax) } });
    const r = ref.iv.simple;
    iv.coefficients.forEach((row, j) => {
      expect(rel(row.estimate, r.estimate[j]!)).toBeLessThan(1e-6);
      expect(rel(row.stdError, r.seHC1[j]!)).toBeLessThan(1e-6);
    });
    expect(iv.estimate).toBeCloseTo(-1.08, 2);
    expect(rel(iv.sigma, r.sigma!)).toBeLessThan(1e-8);
    expect(rel(iv.firstStages[0]!.fStatistic, r.firstStageF)).toBeLessThan(1e-8);
    expect(rel(iv.firstStages[0]!.robustFStatistic, r.firstStageFHC1)).toBeLessThan(1e-8);
    expect(iv.trustworthy).toBe(true);
    const classical = twoStageLeastSquares({ outcome: num(cig.lpacks), endogenous: { lrprice: num(cig.lrprice) }, instruments: { salestax: num(cig.salestax) } }, { covariance: "classical" });
    classical.coefficients.forEach((row, j) => expect(rel(row.stdError, r.seClassical![j]!)).toBeLessThan(1e-8));
    expect(iv.toString()).toContain("first stage");
  });

  it("matches ivreg with an exogenous control and two instruments", () => {
    const iv = twoStageLeastSquares({
      outcome: num(cig.lpacks),
      endogenous: { lrprice: num(cig.lrprice) },
      exogenous: { lrincome: num(cig.lrincome) },
      instruments: { salestax: num(cig.salestax), cigtax: num(cig.cigtax) },
    });
    const r = ref.iv.twoInstruments;
    iv.coefficients.forEach((row, j) => {
      expect(rel(row.estimate, r.estimate[j]!)).toBeLessThan(1e-6);
      expect(rel(row.stdError, r.seHC1[j]!)).toBeLessThan(1e-6);
    });
    expect(rel(iv.firstStages[0]!.fStatistic, r.firstStageF)).toBeLessThan(1e-8);
    expect(rel(iv.firstStages[0]!.robustFStatistic, r.firstStageFHC1)).toBeLessThan(1e-8);
    expect(iv.warnings.join(" ")).toContain("over-identified");
  });

  it("warns about a weak instrument and refuses one uncorrelated with the treatment", () => {
    const n = 60;
    let s = 11;
    const rnd = () => ((s = (s * 16807) % 2147483647) / 2147483647 - 0.5);
    const z = Array.from({ length: n }, rnd);
    const e = Array.from({ length: n }, rnd);
    const x = z.map((v, i) => 0.05 * v + e[i]!);
    const y = x.map((v, i) => v + e[i]! + rnd());
    const weak = twoStageLeastSquares({ outcome: y, endogenous: { x }, instruments: { z } });
    expect(weak.trustworthy).toBe(false);
    expect(weak.warnings.join(" ")).toContain("weak instrument");
    // An instrument exactly uncorrelated with the treatment: z = (1, −1, −1, 1) per block of x = 1…4.
    const xs = Array.from({ length: 40 }, (_, i) => (i % 4) + 1 + Math.floor(i / 4));
    const zs = Array.from({ length: 40 }, (_, i) => [1, -1, -1, 1][i % 4]!);
    const err = catchDpm(() => twoStageLeastSquares({ outcome: xs.map((v, i) => 2 * v + (i % 3)), endogenous: { x: xs }, instruments: { z: zs } }));
    expect(err.code).toBe("NO_SOLUTION");
    expect(err.message).toContain("do not move");
    expect(catchDpm(() => twoStageLeastSquares({ outcome: y, endogenous: { x, w: x }, instruments: { z } })).code).toBe("INVALID_ARGUMENT");
  });
});
