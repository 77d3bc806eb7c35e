import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { catchDpm } from "../../test/catchDpm.js";
import { fitLinearModel } from "./fitLinearModel.js";
import { fitRidge } from "./fitRidge.js";

const ref = JSON.parse(readFileSync(new URL("../../reference/linear.json", import.meta.url), "utf8")) as {
  mtcars: { data: Record<string, number[]> };
  ridge: { lambda: number; estimate: number[]; effectiveDf: number };
};

describe("fitRidge", () => {
  const d = ref.mtcars.data;
  const design = { wt: d.wt!, hp: d.hp!, qsec: d.qsec! };

  it("matches the closed form computed in R on mtcars (λ = 5)", () => {
    const fit = fitRidge(d.mpg!, design, { lambda: ref.ridge.lambda });
    fit.estimates.forEach((b, j) => expect(Math.abs(b - ref.ridge.estimate[j]!)).toBeLessThan(1e-8 * Math.abs(ref.ridge.estimate[j]!)));
    expect(fit.effectiveDf).toBeCloseTo(ref.ridge.effectiveDf, 9);
  });

  it("equals OLS at λ = 0 and shrinks towards zero as λ grows", () => {
    const ols = fitLinearModel(d.mpg!, design);
    const r0 = fitRidge(d.mpg!, design, { lambda: 0 });
    r0.estimates.forEach((b, j) => expect(b).toBeCloseTo(ols.estimates[j]!, 8));
    let prev = Infinity;
    for (const lambda of [0.1, 1, 10, 100, 1000]) {
      const fit = fitRidge(d.mpg!, design, { lambda, standardize: true });
      const norm = Math.hypot(fit.coefficient("wt") * 0.98, fit.coefficient("hp") * 68.6, fit.coefficient("qsec") * 1.79);
      expect(norm).toBeLessThan(prev);
      prev = norm;
    }
  });

  it("handles collinear columns when λ > 0 and rejects bad input", () => {
    const x = [1, 2, 3, 4, 5];
    const fit = fitRidge([1, 2, 3, 4, 6], { x, x2: x }, { lambda: 1 });
    expect(fit.coefficient("x")).toBeCloseTo(fit.coefficient("x2"), 12);
    expect(catchDpm(() => fitRidge([1, 2, 3, 4, 6], { x, x2: x }, { lambda: 0 })).code).toBe("SINGULAR");
    expect(catchDpm(() => fitRidge([1, 2, 3], { x: [1, 2, 3] }, { lambda: -1 })).code).toBe("INVALID_ARGUMENT");
    expect(catchDpm(() => fitRidge([1, 2, 3], { x: [1, 2, 3] }, {} as never)).code).toBe("INVALID_ARGUMENT");
    expect(catchDpm(() => fitRidge([1, 2, 3], { x: [1, 2, 3] }, { lambda: 1 }).coefficient("z")).code).toBe("INVALID_ARGUMENT");
  });
});
