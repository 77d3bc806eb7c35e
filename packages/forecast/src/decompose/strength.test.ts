import { createRng } from "@dpm/core";
import { describe, expect, it } from "vitest";
import { catchDpm, series } from "../../test/reference.js";
import { classicalDecomposition } from "./classicalDecomposition.js";
import type { Decomposition } from "./Decomposition.js";
import { seasonalStrength } from "./seasonalStrength.js";
import { trendStrength } from "./trendStrength.js";

function made(trend: number[], seasonal: number[], remainder: number[]): Decomposition {
  const data = Float64Array.from(trend, (t, i) => t + (seasonal[i] as number) + (remainder[i] as number));
  return { method: "stl", type: "additive", period: 2, data, trend: Float64Array.from(trend), seasonal: Float64Array.from(seasonal), remainder: Float64Array.from(remainder), weights: null, start: null };
}

describe("seasonalStrength / trendStrength", () => {
  it("match a hand computation of 1 − Var(R)/Var(C + R)", () => {
    // S + R = 1.1, −0.9, 0.9, −1.1: Var = 4.04/3; Var(R) = 0.04/3 → 1 − 0.04/4.04
    const d = made([0, 0, 0, 0], [1, -1, 1, -1], [0.1, 0.1, -0.1, -0.1]);
    expect(seasonalStrength(d)).toBeCloseTo(1 - 0.04 / 4.04, 14);
    // T + R = 0.1, 0.1, −0.1, −0.1 = R → strength 0
    expect(trendStrength(d)).toBe(0);
  });

  it("are high for a strongly seasonal series and low for white noise", () => {
    const rng = createRng(7);
    const noise = Array.from({ length: 120 }, () => rng.normal());
    expect(seasonalStrength(noise, { period: 12 })).toBeLessThan(0.4);
    expect(trendStrength(noise, { period: 12 })).toBeLessThan(0.4);
    const air = series("AirPassengers").values;
    expect(seasonalStrength(air, { period: 12 })).toBeGreaterThan(0.9);
    expect(trendStrength(air, { period: 12 })).toBeGreaterThan(0.95);
  });

  it("measure a multiplicative classical decomposition on the log scale", () => {
    const air = series("AirPassengers").values;
    const logAir = air.map(Math.log);
    const mult = classicalDecomposition(air, { period: 12, type: "multiplicative" });
    const onLogs = classicalDecomposition(logAir, { period: 12 });
    // close (the two decompositions differ slightly: mean of ratios vs mean of log-differences)
    expect(Math.abs(seasonalStrength(mult) - seasonalStrength(onLogs))).toBeLessThan(0.02);
  });

  it("reject malformed input", () => {
    expect(catchDpm(() => seasonalStrength([1, 2, 3, 4, 5])).message).toMatch(/^seasonalStrength: .*options.period/);
    const bad = { ...made([0, 0], [1, -1], [0, 0]), remainder: new Float64Array(3) };
    expect(catchDpm(() => trendStrength(bad)).code).toBe("LENGTH_MISMATCH");
  });
});

describe("seasonal and trend strength on 1e300-scaled data", () => {
  it("are scale-free: the same strengths instead of NaN from overflowing variances", () => {
    const y = Array.from({ length: 48 }, (_, i) => 100 + 10 * Math.sin((2 * Math.PI * i) / 12) + i + ((i * 7919) % 13) / 3);
    const s = seasonalStrength(y, { period: 12 });
    const t = trendStrength(y, { period: 12 });
    const big = y.map((v) => v * 1e300);
    expect(seasonalStrength(big, { period: 12 })).toBeCloseTo(s, 9);
    expect(trendStrength(big, { period: 12 })).toBeCloseTo(t, 9);
  });
});
