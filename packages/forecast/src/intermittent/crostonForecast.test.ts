import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { isDpmError } from "@dpm/core";
import { crostonForecast } from "./crostonForecast.js";

const ref = JSON.parse(readFileSync(new URL("../../reference/croston.json", import.meta.url), "utf8")) as Record<string, { x: number[]; a01: number[]; a03: number[]; fitted01: (number | null)[] }>;

function code(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    return isDpmError(e) ? e.code : "not a DpmError";
  }
  return "no error";
}

describe("crostonForecast", () => {
  it("matches R's forecast::croston (forecasts and fitted values) at α = 0.1 and 0.3", () => {
    for (const [name, r] of Object.entries(ref)) {
      const f = crostonForecast(r.x, { horizon: 5, alpha: 0.1 });
      for (let h = 0; h < 5; h++) expect(f.point[h], name).toBeCloseTo(r.a01[h] as number, 12);
      expect(crostonForecast(r.x, { horizon: 5, alpha: 0.3 }).point[0]).toBeCloseTo(r.a03[0] as number, 12);
      r.fitted01.forEach((v, t) => {
        if (v === null) expect(Number.isNaN(f.fitted[t])).toBe(true);
        else expect(f.fitted[t]).toBeCloseTo(v, 12);
      });
    }
  });

  it("SBA is Croston × (1 − α/2); TSB has the closed form p̂·ẑ and decays after demand stops", () => {
    const y = ref.a?.x as number[];
    const c = crostonForecast(y, { horizon: 1, alpha: 0.2 }).point[0] as number;
    expect(crostonForecast(y, { horizon: 1, alpha: 0.2, variant: "sba" }).point[0]).toBeCloseTo(c * 0.9, 12);
    // TSB by hand on [0, 2, 0, 4]: z = 2 → 2 + 0.5(4 − 2) = 3; p = 1/2 → 0.5 + 0.5(0 − 0.5) = 0.25 → 0.25 + 0.5(1 − 0.25) = 0.625
    expect(crostonForecast([0, 2, 0, 4], { horizon: 1, variant: "tsb", alpha: 0.5, beta: 0.5 }).point[0]).toBeCloseTo(0.625 * 3, 12);
    const stopped = [...y, ...new Array(30).fill(0)];
    expect(crostonForecast(stopped, { horizon: 1, variant: "tsb" }).point[0]).toBeLessThan(0.5 * (crostonForecast(y, { horizon: 1, variant: "tsb" }).point[0] as number));
  });

  it("is finite, non-negative and bounded by the largest demand for any demand series", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 50 })), { minLength: 2, maxLength: 60 }), fc.constantFrom("croston", "sba", "tsb" as const), (y, variant) => {
        if (y.every((v) => v === 0)) return;
        const f = crostonForecast(y, { horizon: 3, variant });
        const p = f.point[0] as number;
        expect(p).toBeGreaterThanOrEqual(0);
        expect(p).toBeLessThanOrEqual(Math.max(...y));
        expect(f.intervals[1]?.lower[0]).toBeLessThanOrEqual(f.intervals[1]?.upper[0] as number);
      }),
    );
  });

  it("rejects negative, all-zero or too short demand and bad parameters with DpmError", () => {
    expect(code(() => crostonForecast([0, 0, 0, 0], { horizon: 2 }))).toBe("INVALID_ARGUMENT");
    expect(code(() => crostonForecast([0, -1, 3], { horizon: 2 }))).toBe("INVALID_ARGUMENT");
    expect(code(() => crostonForecast([3], { horizon: 2 }))).toBe("TOO_SHORT");
    expect(code(() => crostonForecast([0, 1, NaN], { horizon: 2 }))).toBe("NON_FINITE");
    expect(code(() => crostonForecast([0, 1, 3], { horizon: 2, alpha: 0 }))).toBe("INVALID_ARGUMENT");
    expect(code(() => crostonForecast([0, 1, 3], { horizon: 2, variant: "x" as "sba" }))).toBe("INVALID_ARGUMENT");
  });
});

describe("autoForecast on intermittent demand", () => {
  it("uses SBA for series with many zeros (ADI ≥ 1.32) and says so; smooth series keep the combination", async () => {
    const { autoForecast } = await import("../autoForecast.js");
    const y = ref.b?.x as number[];
    const f = autoForecast(y, { horizon: 4 });
    expect(f.family).toBe("intermittent");
    expect(f.description).toMatch(/^Intermittent demand \((intermittent|lumpy)/);
    expect(f.point[0]).toBeCloseTo(crostonForecast(y, { horizon: 1, variant: "sba" }).point[0] as number, 12);
    expect(autoForecast([5, 6, 0, 5, 7, 5, 6, 4, 5, 6], { horizon: 2 }).family).toBe("combination");
    expect(autoForecast(y, { horizon: 4, methods: ["ets"] }).family).toBe("ets");
  });
});
