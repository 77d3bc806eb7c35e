import { describe, expect, it } from "vitest";
import { createRng } from "@dpm/core";
import { catchDpm, holdout, rForecast, series } from "../../test/reference.js";
import { parseArimaName, rAutoArimaWhole } from "../../test/arimaReference.js";
import { nsdiffs } from "./nsdiffs.js";
import { seasonalStrengthHeuristic } from "./seasonalStrengthHeuristic.js";

const seasonalHoldouts = rForecast.series.filter((s) => s.m > 1);

describe("nsdiffs", () => {
  it.each(seasonalHoldouts.map((s) => [s.name, s.methods["auto.arima"]?.model ?? ""] as const))("%s (training part): same D as R's %s", (name, model) => {
    const h = holdout(name);
    expect(nsdiffs(h.train, { period: h.m })).toBe(parseArimaName(model).seasonal?.order[1] ?? 0);
  });

  it.each(rAutoArimaWhole.filter((r) => series(r.series).frequency > 1).map((r) => [r.series, r.model ?? ""] as const))("%s (whole series): same D as R's %s", (name, model) => {
    const s = series(name);
    expect(nsdiffs(s.values, { period: s.frequency })).toBe(parseArimaName(model).seasonal?.order[1] ?? 0);
  });

  it("OCSB: a seasonal random walk needs a seasonal difference, a fixed pattern plus noise does not (seeded)", () => {
    const rng = createRng(7);
    let walkHits = 0;
    let fixedHits = 0;
    for (let k = 0; k < 20; k++) {
      const walk: number[] = [];
      for (let t = 0; t < 120; t++) walk.push((t >= 12 ? (walk[t - 12] as number) : 0) + rng.normal());
      const fixed = Array.from({ length: 120 }, (_, t) => 5 * Math.sin((2 * Math.PI * t) / 12) + rng.normal());
      if (nsdiffs(walk, { period: 12, test: "ocsb" }) === 1) walkHits++;
      if (nsdiffs(fixed, { period: 12, test: "ocsb" }) === 0) fixedHits++;
    }
    expect(walkHits).toBeGreaterThanOrEqual(16);
    expect(fixedHits).toBeGreaterThanOrEqual(16);
  });

  it("rejects a non-seasonal period and unknown tests", () => {
    expect(catchDpm(() => nsdiffs([1, 2, 3, 4, 5, 6, 7, 8])).code).toBe("INVALID_ARGUMENT");
    expect(catchDpm(() => nsdiffs([1, 2, 3, 4, 5, 6, 7, 8], { period: 4, test: "ch" as "seas" })).code).toBe("INVALID_ARGUMENT");
  });
});

describe("seasonalStrengthHeuristic (STL with R's s.window = 11)", () => {
  it("is 1 for an exact periodic pattern on a constant level or a straight line", () => {
    const pattern = [3, -1, 4, -6];
    const flat = Float64Array.from({ length: 40 }, (_, t) => 10 + (pattern[t % 4] as number));
    expect(seasonalStrengthHeuristic(flat, 4)).toBeCloseTo(1, 10);
    const line = Float64Array.from({ length: 40 }, (_, t) => 10 + 0.5 * t + (pattern[t % 4] as number));
    expect(seasonalStrengthHeuristic(line, 4)).toBeGreaterThan(0.99);
  });

  it("is near 0 for white noise and NaN when the period is not below n/2", () => {
    let state = 7;
    const noise = Float64Array.from({ length: 120 }, () => ((state = (state * 48271) % 2147483647) / 2147483647) - 0.5);
    expect(seasonalStrengthHeuristic(noise, 12)).toBeLessThan(0.64); // below R's threshold: no seasonal difference
    expect(seasonalStrengthHeuristic(noise.subarray(0, 24), 12)).toBeNaN();
  });
});
