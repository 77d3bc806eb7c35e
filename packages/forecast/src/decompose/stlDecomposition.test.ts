import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { catchDpm, series } from "../../test/reference.js";
import { stlDecomposition } from "./stlDecomposition.js";

interface Fixture {
  settings: Record<string, number>;
  scenarios: Record<string, Record<string, number>>;
  data: number[];
  rows: Record<string, [number, number, number, number][]>;
}
const fixture: Fixture = JSON.parse(readFileSync(new URL("./stlReference.fixture.json", import.meta.url), "utf8"));

describe("stlDecomposition", () => {
  it("reproduces the reference Fortran STL (robust outer loops, jumps, degree-1 seasonal) on CO2", () => {
    for (const [name, overrides] of Object.entries(fixture.scenarios)) {
      const d = stlDecomposition(fixture.data, { ...fixture.settings, ...overrides } as never);
      for (const [i, s, t, w] of fixture.rows[name] ?? []) {
        expect(d.seasonal[i], `${name} seasonal[${i}]`).toBeCloseTo(s, 9);
        expect(d.trend[i], `${name} trend[${i}]`).toBeCloseTo(t, 9);
        expect(d.weights?.[i], `${name} weight[${i}]`).toBeCloseTo(w, 9);
      }
    }
  });

  it("components add up to the data", () => {
    const y = series("AirPassengers").values;
    for (const options of [{}, { robust: true }, { seasonalWindow: "periodic" as const }, { seasonalWindow: 7, trendWindow: 21 }]) {
      const d = stlDecomposition(y, { period: 12, ...options });
      for (let t = 0; t < y.length; t++) {
        expect((d.trend[t] as number) + (d.seasonal[t] as number) + (d.remainder[t] as number)).toBeCloseTo(y[t] as number, 9);
      }
    }
  });

  it("with a periodic window gives an exactly periodic seasonal component", () => {
    const y = series("UKgas").values;
    const d = stlDecomposition(y, { period: 4, seasonalWindow: "periodic" });
    for (let t = 4; t < y.length; t++) expect(d.seasonal[t]).toBe(d.seasonal[t - 4]);
  });

  it("recovers a sine season and a linear trend (exactly once the inner loop has converged)", () => {
    const y = Array.from({ length: 120 }, (_, t) => 50 + 0.5 * t + 8 * Math.sin((2 * Math.PI * t) / 12));
    const converged = stlDecomposition(y, { period: 12, seasonalWindow: "periodic", inner: 10 });
    const quick = stlDecomposition(y, { period: 12, seasonalWindow: "periodic" });
    for (let t = 0; t < 120; t++) {
      const trend = 50 + 0.5 * t;
      const season = 8 * Math.sin((2 * Math.PI * t) / 12);
      expect(Math.abs((converged.trend[t] as number) - trend)).toBeLessThan(1e-6);
      expect(Math.abs((converged.seasonal[t] as number) - season)).toBeLessThan(1e-6);
      // R's default of two inner passes is still within 4 % of the amplitude
      expect(Math.abs((quick.seasonal[t] as number) - season)).toBeLessThan(0.32);
    }
  });

  it("robust weights push an injected outlier into the remainder", () => {
    const y = Array.from({ length: 96 }, (_, t) => 100 + t + 10 * Math.sin((2 * Math.PI * t) / 12) + ((t * 7919) % 13) / 13);
    y[50] = (y[50] as number) + 80;
    const robust = stlDecomposition(y, { period: 12, robust: true });
    const plain = stlDecomposition(y, { period: 12 });
    expect(robust.weights?.[50]).toBe(0);
    expect(Math.min(...Array.from(robust.weights ?? []).filter((_, t) => t !== 50))).toBeGreaterThan(0.3);
    expect(robust.remainder[50]).toBeGreaterThan(75);
    expect(robust.remainder[50] as number).toBeGreaterThan(plain.remainder[50] as number);
    expect(Array.from(plain.weights ?? [])).toEqual(new Array(96).fill(1));
  });

  it("property: components always sum to the data and weights lie in [0, 1]", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 6 }), fc.array(fc.double({ min: -50, max: 50, noNaN: true }), { minLength: 40, maxLength: 40 }), fc.boolean(), (m, y, robust) => {
        const d = stlDecomposition(y, { period: m, robust });
        for (let t = 0; t < y.length; t++) {
          expect((d.trend[t] as number) + (d.seasonal[t] as number) + (d.remainder[t] as number)).toBeCloseTo(y[t] as number, 9);
          expect(d.weights?.[t]).toBeGreaterThanOrEqual(0);
          expect(d.weights?.[t]).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 40 },
    );
  });

  it("rejects bad input with actionable errors", () => {
    expect(catchDpm(() => stlDecomposition([1, 2, 3, 4, 5, 6, 7])).message).toMatch(/options.period/);
    expect(catchDpm(() => stlDecomposition([1, 2, 3, 4, 5, 6], { period: 3 })).code).toBe("TOO_SHORT");
    expect(catchDpm(() => stlDecomposition([1, 2, 3, 4, 5, 6, 7], { period: 2, seasonalWindow: 2 })).message).toMatch(/seasonalWindow/);
    expect(catchDpm(() => stlDecomposition([1, 2, 3, 4, 5, 6, 7], { period: 2, trendDegree: 2 as never })).message).toMatch(/trendDegree/);
  });
});
