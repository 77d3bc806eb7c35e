import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { catchDpm } from "../../test/catchDpm.js";
import { fitLogisticRegression } from "./fitLogisticRegression.js";
import { waldTest } from "./waldTest.js";

interface Table { names: string[]; estimate: number[]; stdError: number[]; vcov: number[][] }
type Logit = Table & { zValue: number[]; pValue: number[]; deviance: number; nullDeviance: number; aic: number; fitted?: number[] };
const ref = JSON.parse(readFileSync(new URL("../../reference/linear.json", import.meta.url), "utf8")) as {
  mtcars: { data: Record<string, number[]> };
  mtcarsLogit: Logit & { fitted: number[] };
  swissLabor: { data: Record<string, number[]>; logit: Logit; logitHC0: Table };
};

function close(actual: ArrayLike<number>, expected: readonly number[], rel = 1e-8): void {
  expect(actual.length).toBe(expected.length);
  for (let i = 0; i < expected.length; i++) {
    const e = expected[i]!;
    expect(Math.abs(actual[i]! - e)).toBeLessThanOrEqual(rel * Math.max(Math.abs(e), 1e-12));
  }
}

describe("fitLogisticRegression", () => {
  it("matches glm(am ~ wt + hp, binomial) on mtcars", () => {
    const d = ref.mtcars.data;
    const fit = fitLogisticRegression(d.am!, { wt: d.wt!, hp: d.hp! });
    const r = ref.mtcarsLogit;
    close(fit.estimates, r.estimate);
    close(fit.stdErrors, r.stdError);
    close(fit.coefficients.map((c) => c.statistic), r.zValue);
    close(fit.coefficients.map((c) => c.pValue), r.pValue, 1e-7);
    close(fit.fitted, r.fitted, 1e-7);
    close([fit.deviance, fit.nullDeviance, fit.aic], [r.deviance, r.nullDeviance, r.aic]);
    close(fit.predict({ wt: d.wt!, hp: d.hp! }), r.fitted, 1e-7);
    expect(fit.toString()).toContain("AIC");
  });

  it("matches glm on AER::SwissLabor (six regressors) and sandwich HC0", () => {
    const d = ref.swissLabor.data;
    const design = { income: d.income!, age: d.age!, education: d.education!, youngkids: d.youngkids!, oldkids: d.oldkids!, foreign: d.foreign! };
    const fit = fitLogisticRegression(d.participation!, design);
    const r = ref.swissLabor.logit;
    close(fit.estimates, r.estimate);
    close(fit.stdErrors, r.stdError);
    close(fit.vcov, r.vcov.flat());
    close([fit.deviance, fit.nullDeviance, fit.aic], [r.deviance, r.nullDeviance, r.aic]);
    const hc0 = fitLogisticRegression(d.participation!, design, { covariance: "HC0" });
    close(hc0.vcov, ref.swissLabor.logitHC0.vcov.flat(), 1e-7);
    expect(waldTest(fit, ["youngkids", "oldkids"]).df).toBe(2);
  });

  it("l2 > 0: matches scipy's penalised maximum likelihood (reference/logisticRidge.py)", () => {
    const rr = JSON.parse(readFileSync(new URL("../../reference/logisticRidge.json", import.meta.url), "utf8")) as {
      cases: { data: "swissLabor" | "mtcars"; columns: string[]; standardized?: boolean; weights: number[] | null; l2: number; estimate: number[]; vcov: number[][]; deviance: number }[];
    };
    expect(rr.cases.length).toBe(5);
    for (const c of rr.cases) {
      const data = c.data === "swissLabor" ? ref.swissLabor.data : ref.mtcars.data;
      const y = c.data === "swissLabor" ? data.participation! : data.am!;
      const design = c.columns.map((name) => {
        const v = data[name]!;
        if (!c.standardized) return { name, values: v };
        const m = v.reduce((a, b) => a + b, 0) / v.length;
        const sd = Math.sqrt(v.reduce((a, b) => a + (b - m) ** 2, 0) / v.length);
        return { name, values: v.map((x) => (x - m) / sd) };
      });
      const opts = { l2: c.l2, tolerance: 1e-13, ...(c.weights ? { weights: c.weights } : {}) };
      const fit = fitLogisticRegression(y, design, opts);
      close(fit.estimates, c.estimate, 1e-9);
      // vcov: relative to √(Vᵢᵢ Vⱼⱼ) (off-diagonal entries can be near 0); ours is the information at
      // the last IRLS step's weights (as glm), so it trails the optimum by one Newton step
      const k = c.estimate.length;
      for (let i = 0; i < k; i++) {
        for (let j = 0; j < k; j++) {
          const scale = Math.sqrt(c.vcov[i]![i]! * c.vcov[j]![j]!);
          expect(Math.abs(fit.vcov[i * k + j]! - c.vcov[i]![j]!)).toBeLessThanOrEqual(1e-6 * scale);
        }
      }
      close([fit.deviance], [c.deviance], 1e-10);
      expect(fit.l2).toBe(c.l2);
      // default tolerance (1e-8 on the penalised deviance) is already within 1e-6
      close(fitLogisticRegression(y, design, { ...opts, tolerance: 1e-8 }).estimates, c.estimate, 1e-5);
    }
  });

  it("l2: shrinks monotonically, l2 = 0 is glm, separation no longer fails, bad penalties rejected", () => {
    const d = ref.mtcars.data;
    const base = fitLogisticRegression(d.am!, { wt: d.wt!, hp: d.hp! });
    const zero = fitLogisticRegression(d.am!, { wt: d.wt!, hp: d.hp! }, { l2: 0 });
    expect(Array.from(zero.estimates)).toEqual(Array.from(base.estimates));
    let prev = Infinity;
    for (const l2 of [1e-4, 1e-3, 1e-2, 1e-1, 1]) {
      const f = fitLogisticRegression(d.am!, { wt: d.wt!, hp: d.hp! }, { l2 });
      const norm = Math.hypot(f.estimates[1]!, f.estimates[2]!);
      expect(norm).toBeLessThan(prev);
      prev = norm;
    }
    const sep = fitLogisticRegression([0, 0, 0, 0, 1, 1, 1, 1], { x: [1, 2, 3, 4, 5, 6, 7, 8] }, { l2: 0.01 });
    expect(sep.coefficient("x").estimate).toBeGreaterThan(0);
    expect(Number.isFinite(sep.deviance)).toBe(true);
    for (const l2 of [-1, Number.NaN, Infinity, 1e7, "0.1"]) {
      const e = catchDpm(() => fitLogisticRegression([0, 1, 1, 0], { x: [1, 2, 3, 4] }, { l2: l2 as number }));
      expect(e.code).toBe("INVALID_ARGUMENT");
      expect(e.message).toContain("options.l2");
    }
  });

  it("reports perfect separation, naming the separating column", () => {
    const x = [1, 2, 3, 4, 5, 6, 7, 8];
    const noise = [0.3, -1, 0.2, 0.5, -0.4, 0.1, 0.9, -0.2];
    const e = catchDpm(() => fitLogisticRegression([0, 0, 0, 0, 1, 1, 1, 1], { x, noise }));
    expect(e.code).toBe("NO_SOLUTION");
    expect(e.details?.separation).toBe(true);
    expect(e.message).toContain('"x"');
  });

  it("rejects bad input", () => {
    expect(catchDpm(() => fitLogisticRegression([0, 0, 0], { x: [1, 2, 3] })).code).toBe("INVALID_ARGUMENT");
    expect(catchDpm(() => fitLogisticRegression([0, 2, 1], { x: [1, 2, 3] })).code).toBe("INVALID_ARGUMENT");
    expect(catchDpm(() => fitLogisticRegression([0, 1, 1, 0, 1], { x: [1, 2, 3, 4, 5], x2: [2, 4, 6, 8, 10] })).code).toBe("SINGULAR");
    expect(catchDpm(() => fitLogisticRegression([0, 1, 1, 0], { x: [1, 2, 3, 4] }, { maxIterations: 0 })).code).toBe("INVALID_ARGUMENT");
    expect(catchDpm(() => fitLogisticRegression([0, 1, 1, 0], { x: [1, 2, 3, 4] }, { maxIterations: 1 })).code).toBe("NOT_CONVERGED");
  });
});
