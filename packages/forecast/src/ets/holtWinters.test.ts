import { describe, expect, it } from "vitest";
import { catchDpm, maxRelDiff, series } from "../../test/reference.js";
import { holtWinters } from "./holtWinters.js";

describe("holtWinters", () => {
  it("multiplicative: R's hw(UKgas, seasonal = 'multiplicative') (R 4.2.2, forecast 8.20)", () => {
    const f = holtWinters(series("UKgas").values, { horizon: 4, period: 4, seasonal: "multiplicative", optimizer: "nelder-mead" });
    expect(f.method).toBe("Holt-Winters' multiplicative method");
    expect(f.model.parameters.gamma).toBeCloseTo(0.763664146240983, 6);
    expect(maxRelDiff(f.point, [1249.125976360453, 650.790640572725, 361.788602513785, 856.444274868472])).toBeLessThan(1e-8);
    expect(maxRelDiff(f.intervals[1]?.lower ?? [], [960.786235403333, 500.40801547456, 277.996680169693, 657.314219274851])).toBeLessThan(1e-8);
  });

  it("additive: R's hw(ldeaths) (R 4.2.2, forecast 8.20)", () => {
    const f = holtWinters(series("ldeaths").values, { horizon: 3, period: 12, optimizer: "nelder-mead" });
    expect(maxRelDiff(f.point, [2703.65938124939, 2709.51849479903, 2475.20973437943])).toBeLessThan(1e-8);
    expect(maxRelDiff(f.intervals[0]?.upper ?? [], [3025.48307815103, 3031.35353444146, 2797.07028608348])).toBeLessThan(1e-8);
  });

  it("by default fits at least as well as R's optimiser (in-sample MSE)", () => {
    const y = series("UKgas").values;
    const ours = holtWinters(y, { horizon: 1, period: 4, seasonal: "multiplicative" }).model.mse;
    const r = holtWinters(y, { horizon: 1, period: 4, seasonal: "multiplicative", optimizer: "nelder-mead" }).model.mse;
    expect(ours).toBeLessThanOrEqual(r * (1 + 1e-9));
  });

  it("rejects non-seasonal data, short series and non-positive data for the multiplicative method", () => {
    expect(catchDpm(() => holtWinters([1, 2, 3, 4, 5, 6, 7], { horizon: 1 })).path).toBe("options.period");
    expect(catchDpm(() => holtWinters([1, 2, 3, 4, 5, 6], { horizon: 1, period: 4 })).message).toMatch(/at least 7 values/);
    expect(catchDpm(() => holtWinters([1, 2, 0, 4, 5, 6, 7, 8], { horizon: 1, period: 4, seasonal: "multiplicative" })).message).toMatch(/strictly positive/);
  });
});
