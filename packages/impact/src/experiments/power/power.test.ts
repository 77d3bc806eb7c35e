import { isDpmError } from "@dpm/core";
import { describe, expect, it } from "vitest";
import { loadReference, relClose } from "../../../test/experimentsReference.ts";
import { noncentralTCdf } from "../internal/distributions.js";
import { experimentDuration } from "./experimentDuration.js";
import { mdeMeans } from "./mdeMeans.js";
import { mdeProportions } from "./mdeProportions.js";
import { powerMeans } from "./powerMeans.js";
import { powerProportions } from "./powerProportions.js";
import { sampleSizeMeans } from "./sampleSizeMeans.js";
import { sampleSizeProportions } from "./sampleSizeProportions.js";

const ref = loadReference();

function dpmCode(f: () => unknown): string | undefined {
  try {
    f();
  } catch (e) {
    if (isDpmError(e)) return e.code;
    throw e;
  }
  return undefined;
}

describe("noncentral t CDF agrees with R pt(ncp = …)", () => {
  for (const c of ref.noncentralT) {
    it(`t = ${c.t}, df = ${c.df}, ncp = ${c.ncp}`, () => {
      expect(relClose(noncentralTCdf(c.t, c.df, c.ncp, true), c.lower, 1e-9)).toBe(true);
      expect(relClose(noncentralTCdf(c.t, c.df, c.ncp, false), c.upper, 1e-9)).toBe(true);
    });
  }
});

describe("sampleSizeProportions agrees with R power.prop.test (exact ceiling)", () => {
  for (const c of ref.power) {
    it(c.id, () => {
      const two = sampleSizeProportions(c.p1, c.p2, { alpha: c.alpha, power: c.power });
      expect(two.nControl).toBe(c.nPerGroup);
      expect(two.nTreatment).toBe(c.nPerGroup);
      expect(relClose(two.nControlExact, c.n, 1e-4)).toBe(true); // R's uniroot stops at tol ≈ 1.2e-4
      expect(two.power).toBeGreaterThanOrEqual(c.power);
      expect(sampleSizeProportions(c.p1, c.p2, { alpha: c.alpha, power: c.power, sided: 1 }).nControl).toBe(c.nOneSided);
    });
  }
  it("power for a given n agrees with power.prop.test(n = …)", () => {
    for (const c of ref.powerGivenN) {
      expect(relClose(powerProportions(c.p1, c.p2, { nControl: c.n, alpha: c.alpha }), c.power)).toBe(true);
      expect(relClose(powerProportions(c.p1, c.p2, { nControl: c.n, alpha: c.alpha, sided: 1 }), c.powerOneSided)).toBe(true);
    }
  });
  it("arcsine method agrees with pwr.2p.test and pwr.2p2n.test", () => {
    for (const c of ref.pwr.twoP) {
      expect(sampleSizeProportions(c.p1, c.p2, { method: "arcsine" }).nControl).toBe(c.nPerGroup);
      expect(sampleSizeProportions(c.p1, c.p2, { method: "arcsine", sided: 1 }).nControl).toBe(c.nGreater);
      expect(relClose(sampleSizeProportions(c.p1, c.p2, { method: "arcsine" }).nControlExact, c.n, 1e-4)).toBe(true);
    }
    for (const c of ref.pwr.twoP2n) {
      expect(relClose(powerProportions(c.p1, c.p2, { nControl: c.n1, nTreatment: c.n2, method: "arcsine" }), c.power)).toBe(true);
    }
  });
  it("unequal allocation: the plan reaches the power, and 1:1 is the cheapest total", () => {
    const equal = sampleSizeProportions(0.1, 0.12, { power: 0.9 });
    const skewed = sampleSizeProportions(0.1, 0.12, { power: 0.9, ratio: 3 });
    expect(skewed.nTreatment).toBeGreaterThan(2.9 * skewed.nControl);
    expect(skewed.power).toBeGreaterThanOrEqual(0.9);
    expect(powerProportions(0.1, 0.12, { nControl: skewed.nControl - 5, nTreatment: skewed.nTreatment - 15 })).toBeLessThan(0.9);
    expect(skewed.nTotal).toBeGreaterThan(equal.nTotal);
  });
  it("MDE inverts the sample size", () => {
    const plan = sampleSizeProportions(0.05, 0.06);
    expect(mdeProportions(0.05, { nControl: plan.nControl }).absolute).toBeLessThanOrEqual(0.01 + 1e-9);
    expect(mdeProportions(0.05, { nControl: plan.nControl - 50 }).absolute).toBeGreaterThan(0.01);
  });
  it("bad input", () => {
    expect(dpmCode(() => sampleSizeProportions(0.05, 0.05))).toBe("INVALID_ARGUMENT");
    expect(dpmCode(() => sampleSizeProportions(0, 0.05))).toBe("INVALID_ARGUMENT");
    expect(dpmCode(() => sampleSizeProportions(0.05, 0.06, { alpha: 0 }))).toBe("INVALID_ARGUMENT");
    expect(dpmCode(() => sampleSizeProportions(0.05, 0.06, { power: 1.2 }))).toBe("INVALID_ARGUMENT");
    // A power already reached with n = 1
    expect(dpmCode(() => sampleSizeProportions(0.001, 0.999, { alpha: 0.2 }))).toBe("INVALID_ARGUMENT");
    expect(() => sampleSizeProportions(0.001, 0.999, { alpha: 0.2 })).toThrow(/already reached with n = 1/);
    expect(dpmCode(() => sampleSizeMeans(100, { sd: 1 }))).toBe("INVALID_ARGUMENT");
    expect(dpmCode(() => sampleSizeMeans(0, { sd: 1 }))).toBe("INVALID_ARGUMENT");
    expect(dpmCode(() => powerProportions(0.05, 0.06, { nControl: 0 }))).toBe("INVALID_ARGUMENT");
  });
});

describe("sampleSizeMeans agrees with R power.t.test and pwr.t.test", () => {
  for (const c of ref.meanPower) {
    it(`delta ${c.delta}, sd ${c.sd}`, () => {
      const plan = sampleSizeMeans(c.delta, { sd: c.sd, power: c.power, alpha: c.alpha });
      expect(plan.nControl).toBe(c.nPerGroup);
      expect(relClose(plan.nControlExact, c.n, 1e-4)).toBe(true);
      expect(sampleSizeMeans(c.delta, { sd: c.sd, power: c.power, alpha: c.alpha, sided: 1 }).nControl).toBe(c.nOneSided);
      expect(relClose(powerMeans(c.delta, { nControl: 50, sd: c.sd, alpha: c.alpha }), c.powerAt50)).toBe(true);
      expect(relClose(powerMeans(c.delta, { nControl: 50, sd: c.sd, alpha: c.alpha, strict: true }), c.powerAt50Strict)).toBe(true);
    });
  }
  it("pwr.t.test and pwr.t2n.test", () => {
    for (const c of ref.pwr.t) {
      expect(sampleSizeMeans(c.d, { strict: true }).nControl).toBe(c.nPerGroup);
      expect(relClose(powerMeans(c.d, { nControl: 40, strict: true }), c.powerAt40)).toBe(true);
    }
    for (const c of ref.pwr.t2n) {
      expect(relClose(powerMeans(c.d, { nControl: c.n1, nTreatment: c.n2, strict: true }), c.power)).toBe(true);
    }
  });
  it("MDE inverts the power", () => {
    const d = mdeMeans(10, { nControl: 338, power: 0.9 });
    expect(powerMeans(d, { nControl: 338, sd: 10 })).toBeCloseTo(0.9, 10);
  });
});

describe("experimentDuration", () => {
  it("days from daily traffic, whole weeks by default", () => {
    expect(experimentDuration(16316, { dailyVisitors: 900 })).toEqual({ days: 21, weeks: 3, unitsPerDay: 900 });
    expect(experimentDuration(16316, { dailyVisitors: 900, trafficShare: 0.5, fullWeeks: false }).days).toBe(37);
    expect(dpmCode(() => experimentDuration(100, { dailyVisitors: 0 }))).toBe("INVALID_ARGUMENT");
    expect(dpmCode(() => experimentDuration(100, { dailyVisitors: 10, trafficShare: 1.5 }))).toBe("INVALID_ARGUMENT");
  });
});
