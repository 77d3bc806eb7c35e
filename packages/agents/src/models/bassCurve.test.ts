import { isDpmError } from "@dpm/core";
import { describe, expect, it } from "vitest";
// The published reference values shipped beside the repository (../shared), as CI provides them.
import published from "../../../../../shared/reference/agents/published.json" with { type: "json" };
import { bassCurve, bassDiscrete, bassPeak } from "./bassCurve.js";

const { p, q } = published.bass;

describe("bassCurve", () => {
  it("reproduces the published continuous curve to 6 decimals", () => {
    published.bass.continuousF.t.forEach((t, k) => {
      expect(bassCurve(p, q, t)).toBeCloseTo(published.bass.continuousF.F[k] as number, 6);
    });
    expect(bassCurve(p, q, 0)).toBe(0);
  });

  it("rejects p outside (0, 1], q < 0 and t < 0", () => {
    for (const f of [() => bassCurve(1.2, q, 1), () => bassCurve(0, q, 1), () => bassCurve(p, -1, 1), () => bassCurve(p, q, -1)]) {
      let caught: unknown;
      try {
        f();
      } catch (e) {
        caught = e;
      }
      expect(isDpmError(caught, "INVALID_ARGUMENT")).toBe(true);
    }
  });
});

describe("bassPeak", () => {
  it("matches the published peak time, fraction and rate", () => {
    const peak = bassPeak(p, q);
    expect(peak.time).toBeCloseTo(published.bass.peakTime, 5);
    expect(peak.fraction).toBeCloseTo(published.bass.FAtPeak, 5);
    expect(peak.rate).toBeCloseTo(published.bass.peakRate, 5);
  });

  it("puts the peak at 0 when innovation dominates (q ≤ p)", () => {
    expect(bassPeak(0.5, 0.2)).toEqual({ time: 0, fraction: 0, rate: 0.5 });
  });
});

describe("bassDiscrete", () => {
  it("reproduces the published discrete map to 6 decimals", () => {
    const F = bassDiscrete(p, q, 20);
    published.bass.discreteF.t.forEach((t, k) => {
      expect(F[t]).toBeCloseTo(published.bass.discreteF.F[k] as number, 6);
    });
  });

  it("approaches the continuous curve as dt → 0 (Euler error O(dt))", () => {
    const gap = (dt: number) => Math.abs((bassDiscrete(p, q, Math.round(5 / dt), dt)[Math.round(5 / dt)] as number) - bassCurve(p, q, 5));
    expect(gap(0.01)).toBeLessThan(gap(0.1));
    expect(gap(0.01)).toBeLessThan(0.002);
  });

  it("rejects a time step that makes (p + q)·dt exceed 1", () => {
    expect(() => bassDiscrete(p, q, 5, 3)).toThrow(/\(p \+ q\)·dt ≤ 1/);
    expect(() => bassDiscrete(p, q, -1)).toThrow(/steps must be a whole number/);
  });

  it("stays finite for extreme coefficients (q = 1e308 gave NaN: 0 · ∞)", () => {
    expect(bassCurve(0.03, 1e308, 10)).toBe(1);
    expect(bassCurve(1e-300, 1e308, 1)).toBe(1);
    const peak = bassPeak(0.03, 1e308);
    expect(peak.fraction).toBeCloseTo(0.5, 12);
    expect(Number.isFinite(peak.rate)).toBe(true);
    expect(peak.rate).toBeCloseTo(0.25e308, -300);
  });
});
