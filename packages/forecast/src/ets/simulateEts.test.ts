import { describe, expect, it } from "vitest";
import { catchDpm, holdout } from "../../test/reference.js";
import { fitEts } from "./fitEts.js";
import { forecastEts } from "./forecastEts.js";
import { simulateEts } from "./simulateEts.js";

describe("simulateEts", () => {
  it("simulates paths whose mean and spread match the analytic forecast (ETS(A,N,N))", () => {
    const fit = fitEts(holdout("Nile").train, { model: "ANN" });
    const paths = simulateEts(fit, { horizon: 3, paths: 50_000, seed: 5 });
    const f = forecastEts(fit, { horizon: 3, levels: [80] });
    for (let h = 0; h < 3; h++) {
      let s = 0;
      let s2 = 0;
      for (let p = 0; p < paths.count; p++) {
        const v = paths.values[p * 3 + h] as number;
        s += v;
        s2 += v * v;
      }
      const mean = s / paths.count;
      const sd = Math.sqrt(s2 / paths.count - mean * mean);
      const analyticSd = ((f.intervals[0]?.upper[h] as number) - (f.point[h] as number)) / 1.2815515655446004;
      expect(Math.abs(mean - (f.point[h] as number))).toBeLessThan(0.02 * analyticSd);
      expect(sd / analyticSd).toBeCloseTo(1, 1);
    }
  });

  it("is reproducible for a seed and gives a zero-spread path for a constant series", () => {
    const fit = fitEts([5, 5, 5, 5, 5, 5]);
    const a = simulateEts(fit, { horizon: 2, paths: 3, seed: "x" });
    expect(Array.from(a.values)).toEqual([5, 5, 5, 5, 5, 5]);
  });

  it("rejects a bad path count", () => {
    const fit = fitEts([5, 6, 5, 7, 6, 8]);
    expect(catchDpm(() => simulateEts(fit, { horizon: 2, paths: 0 })).path).toBe("options.paths");
  });
});
