import { describe, expect, it } from "vitest";
import { createRng } from "@dpm/core";
import { catchDpm, holdout, rForecast, series } from "../../test/reference.js";
import { parseArimaName, rAutoArimaWhole } from "../../test/arimaReference.js";
import { diffLag } from "./isConstant.js";
import { ndiffs } from "./ndiffs.js";

describe("ndiffs", () => {
  // R's auto.arima picks d = ndiffs(seasonally differenced data): compare with the d of its models.
  it.each(rForecast.series.map((s) => [s.name, s.methods["auto.arima"]?.model ?? ""] as const))("%s (training part): same d as R's %s", (name, model) => {
    const h = holdout(name);
    const spec = parseArimaName(model);
    const D = spec.seasonal?.order[1] ?? 0;
    const y = Float64Array.from(h.train);
    const dx = D > 0 ? diffLag(y, h.m, D) : y;
    expect(ndiffs(dx)).toBe(spec.order[1]);
  });

  it.each(rAutoArimaWhole.map((r) => [r.series, r.model ?? ""] as const))("%s (whole series): same d as R's %s", (name, model) => {
    const s = series(name);
    const spec = parseArimaName(model);
    const D = spec.seasonal?.order[1] ?? 0;
    const y = Float64Array.from(s.values);
    const dx = D > 0 ? diffLag(y, s.frequency, D) : y;
    expect(ndiffs(dx)).toBe(spec.order[1]);
  });

  it("asks for a difference on most random walks and none on most white noise (seeded simulation)", () => {
    const rng = createRng(2024);
    let walks = 0;
    let noises = 0;
    for (let k = 0; k < 40; k++) {
      const e = Array.from({ length: 150 }, () => rng.normal());
      let s = 0;
      const walk = e.map((v) => (s += v));
      if (ndiffs(walk) >= 1) walks++;
      if (ndiffs(e) === 0) noises++;
    }
    expect(walks).toBeGreaterThanOrEqual(36);
    expect(noises).toBeGreaterThanOrEqual(34); // a 5% test: about 38 of 40 expected
  });

  it("returns 0 for a constant series and respects maxD", () => {
    expect(ndiffs([4, 4, 4, 4, 4])).toBe(0);
    const quad = Array.from({ length: 60 }, (_, t) => t * t + 3 * Math.sin(t));
    expect(ndiffs(quad, { maxD: 1 })).toBe(1);
  });

  it("rejects bad options", () => {
    expect(catchDpm(() => ndiffs([1, 2, 3, 4], { alpha: 0.5 })).code).toBe("INVALID_ARGUMENT");
    expect(catchDpm(() => ndiffs([1, 2, 3, 4], { maxD: -1 })).code).toBe("INVALID_ARGUMENT");
    expect(catchDpm(() => ndiffs([1, Number.NaN, 3])).code).toBe("NON_FINITE");
  });
});
