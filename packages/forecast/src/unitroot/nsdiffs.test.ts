import { describe, expect, it } from "vitest";
import { createRng } from "@dpm/core";
import { catchDpm, holdout, rForecast, series } from "../../test/reference.js";
import { parseArimaName, rAutoArimaWhole } from "../../test/arimaReference.js";
import { nsdiffs } from "./nsdiffs.js";
import { stlFit } from "./stlFit.js";

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

describe("stlFit (internal STL for the seasonal-strength heuristic)", () => {
  it("splits an exact periodic pattern on a constant level into that pattern and that level", () => {
    const pattern = [3, -1, 4, -6];
    const x = Float64Array.from({ length: 40 }, (_, t) => 10 + (pattern[t % 4] as number));
    const { seasonal, trend } = stlFit(x, 4);
    for (let t = 0; t < 40; t++) {
      expect(seasonal[t]).toBeCloseTo(pattern[t % 4] as number, 10);
      expect(trend[t]).toBeCloseTo(10, 10);
    }
  });

  it("leaves a small remainder on a periodic pattern plus a straight line", () => {
    const pattern = [3, -1, 4, -6];
    const x = Float64Array.from({ length: 40 }, (_, t) => 10 + 0.5 * t + (pattern[t % 4] as number));
    const { seasonal, trend } = stlFit(x, 4);
    for (let t = 0; t < 40; t++) expect(Math.abs((x[t] as number) - (seasonal[t] as number) - (trend[t] as number))).toBeLessThan(0.1);
  });
});
