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
