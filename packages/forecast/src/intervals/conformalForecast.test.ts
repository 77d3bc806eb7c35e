import { describe, expect, it } from "vitest";
import { createRng, isDpmError } from "@dpm/core";
import { conformalForecast } from "./conformalForecast.js";
import { naiveForecast } from "../baselines/naiveForecast.js";

describe("conformalForecast", () => {
  it("uses the ⌈(k+1)L⌉-th smallest rolling-origin absolute error per step (hand-checked on naive)", () => {
    const y = [1, 3, 2, 5, 4, 4, 7, 6];
    // origins 5, 6, 7 (initial = 8 − 1 − 2): naive one-step errors |4 − 4|, |7 − 4|, |6 − 7| = 0, 3, 1
    const f = conformalForecast(y, "naive", { horizon: 1, levels: [50], origins: 3 });
    // k = 3, L = 50 % → rank ⌈4 · 0.5⌉ = 2 → the second smallest, 1
    expect(f.point[0]).toBe(6);
    expect(f.intervals[0]?.lower[0]).toBe(5);
    expect(f.intervals[0]?.upper[0]).toBe(7);
    expect(conformalForecast(y, "naive", { horizon: 1, levels: [95], origins: 3 }).method).toMatch(/capped/);
  });

  it("covers about the nominal share for a random walk with heavy-tailed steps (no normality assumed)", () => {
    const rng = createRng(5);
    let covered = 0;
    const reps = 300;
    for (let r = 0; r < reps; r++) {
      const y = [0];
      for (let t = 1; t < 80; t++) {
        const u = rng.uniform() - 0.5;
        y.push((y[t - 1] as number) + Math.sign(u) * -Math.log(1 - 2 * Math.abs(u)) * 3);
      }
      const train = y.slice(0, 79);
      const f = conformalForecast(train, (x, h) => naiveForecast(x, { horizon: h }), { horizon: 1, levels: [80], origins: 39 });
      const v = y[79] as number;
      if (v >= (f.intervals[0]?.lower[0] as number) && v <= (f.intervals[0]?.upper[0] as number)) covered++;
    }
    expect(covered / reps).toBeGreaterThan(0.74);
    expect(covered / reps).toBeLessThan(0.88);
  });

  it("rejects a series too short for the origins", () => {
    try {
      conformalForecast([1, 2, 3, 4], "naive", { horizon: 2, origins: 5 });
      expect.unreachable();
    } catch (e) {
      expect(isDpmError(e) && e.code).toBe("TOO_SHORT");
    }
  });
});
