import { describe, expect, it } from "vitest";
import { catchDpm, holdout, maxRelDiff, rForecast } from "../../test/reference.js";
import { naiveForecast } from "../baselines/naiveForecast.js";
import { ses } from "./ses.js";

describe("ses", () => {
  it("with R's optimiser reproduces R's ses() on all 14 training series", () => {
    for (const s of rForecast.series) {
      const r = holdout(s.name);
      const ref = r.methods.ses;
      if (ref === undefined) throw new Error("missing");
      const f = ses(r.train, { horizon: s.h, optimizer: "nelder-mead" });
      expect(f.model.parameters.alpha).toBeCloseTo(ref.params?.alpha as number, 6);
      expect(maxRelDiff(f.point, ref.point)).toBeLessThan(1e-8);
      expect(maxRelDiff(f.intervals[1]?.lower ?? [], ref.lower95)).toBeLessThan(1e-8);
    }
  });

  it("by default fits at least as well as R (in-sample MSE)", () => {
    for (const name of ["Nile", "UKgas", "discoveries"]) {
      const r = holdout(name);
      const ours = ses(r.train, { horizon: 1 }).model.mse;
      const theirs = ses(r.train, { horizon: 1, optimizer: "nelder-mead" }).model.mse;
      expect(ours).toBeLessThanOrEqual(theirs * (1 + 1e-9));
    }
  });

  it("with α = 1 forecasts like the naive method", () => {
    const y = [12, 15, 14, 18, 17, 16];
    expect(maxRelDiff(ses(y, { horizon: 3, alpha: 1 }).point, naiveForecast(y, { horizon: 3 }).point)).toBeLessThan(1e-6);
  });

  it("needs a horizon", () => {
    expect(catchDpm(() => ses([1, 2, 3, 4, 5], {} as never)).message).toMatch(/options.horizon is required/);
  });
});
