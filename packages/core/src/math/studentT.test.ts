import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { catchDpm } from "../../test/catchDpm.js";
import { regularizedBeta } from "./regularizedBeta.js";
import { studentTCdf, studentTQuantile } from "./studentT.js";

/** Relative-or-absolute closeness: |a − b| ≤ tol · max(1, |b|). */
function close(a: number, b: number, tol = 1e-12): boolean {
  return Math.abs(a - b) <= tol * Math.max(1, Math.abs(b));
}

function expectDpm(fn: () => unknown, code: string, path: string): void {
  const error = catchDpm(fn);
  expect(error.code).toBe(code);
  expect(error.path).toBe(path);
}

// Closed forms of the Student t CDF for small degrees of freedom (e.g. Abramowitz & Stegun 26.7.3).
const closedForm: Record<number, (t: number) => number> = {
  1: (t) => 0.5 + Math.atan(t) / Math.PI,
  2: (t) => 0.5 + t / (2 * Math.sqrt(2 + t * t)),
  3: (t) => 0.5 + (t / (Math.sqrt(3) * (1 + (t * t) / 3)) + Math.atan(t / Math.sqrt(3))) / Math.PI,
  4: (t) => 0.5 + ((3 / 8) * (t / Math.sqrt(1 + (t * t) / 4))) * (1 - (1 / 12) * ((t * t) / (1 + (t * t) / 4))),
};

describe("studentTCdf", () => {
  it("hits published quantiles: the CDF at t(p, df) is p", () => {
    // quantiles from standard t tables (values to 10 digits via scipy.stats.t.ppf)
    const table: [number, number, number][] = [
      [0.975, 10, 2.228138852],
      [0.975, 1, 12.70620474],
      [0.95, 5, 2.015048373],
      [0.995, 30, 2.749995654],
      [0.9, 2, 1.885618083],
      [0.999, 100, 3.173739494],
      [0.975, 2.5, 3.574654842],
      [0.9995, 1000, 3.300282648],
    ];
    for (const [p, df, t] of table) {
      expect(Math.abs(studentTCdf(t, df) - p)).toBeLessThan(2e-10);
      expect(Math.abs(studentTCdf(-t, df) - (1 - p))).toBeLessThan(2e-10);
    }
  });

  it("matches the closed forms for 1–4 degrees of freedom (property)", () => {
    fc.assert(
      fc.property(fc.double({ min: -50, max: 50, noNaN: true }), fc.constantFrom(1, 2, 3, 4), (t, df) => {
        expect(close(studentTCdf(t, df), (closedForm[df] as (t: number) => number)(t), 1e-12)).toBe(true);
      }),
    );
  });

  it("keeps precision far in the tails (scipy reference values)", () => {
    expect(close(studentTCdf(-40, 3), 1.7190340394579253e-5, 1e-10)).toBe(true);
    expect(close(1 - studentTCdf(-8, 50), 1 - 8.316483014160684e-11, 1e-15)).toBe(true);
    expect(close(studentTCdf(-8, 50), 8.316483014160684e-11, 1e-9)).toBe(true);
  });

  it("approaches the normal CDF for large df", () => {
    expect(Math.abs(studentTCdf(1.5, 1e6) - 0.9331926408816036)).toBeLessThan(1e-11);
  });

  it("is symmetric and monotone (property)", () => {
    fc.assert(
      fc.property(fc.double({ min: -30, max: 30, noNaN: true }), fc.double({ min: 0.01, max: 5, noNaN: true }), fc.double({ min: 0.5, max: 200, noNaN: true }), (t, step, df) => {
        expect(studentTCdf(t, df) + studentTCdf(-t, df)).toBeCloseTo(1, 12);
        expect(studentTCdf(t + step, df)).toBeGreaterThanOrEqual(studentTCdf(t, df));
      }),
    );
  });

  it("handles the edges: 0.5 at 0, 0 and 1 at ±Infinity", () => {
    expect(studentTCdf(0, 7)).toBe(0.5);
    expect(studentTCdf(Infinity, 7)).toBe(1);
    expect(studentTCdf(-Infinity, 7)).toBe(0);
  });

  it("rejects NaN t and bad degrees of freedom", () => {
    expectDpm(() => studentTCdf(Number.NaN, 3), "INVALID_ARGUMENT", "t");
    expectDpm(() => studentTCdf(1, 0), "INVALID_ARGUMENT", "df");
    expectDpm(() => studentTCdf(1, -2), "INVALID_ARGUMENT", "df");
    expectDpm(() => studentTCdf(1, Infinity), "NON_FINITE", "df");
  });
});

describe("regularizedBeta", () => {
  it("satisfies I_x(a, b) = 1 − I_(1−x)(b, a) (property)", () => {
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 0.99, noNaN: true }), fc.double({ min: 0.5, max: 300, noNaN: true }), fc.double({ min: 0.5, max: 300, noNaN: true }), (x, a, b) => {
        expect(Math.abs(regularizedBeta(a, b, x) - (1 - regularizedBeta(b, a, 1 - x)))).toBeLessThan(1e-12);
      }),
    );
  });

  it("matches closed forms: I_x(1, 1) = x, I_x(a, 1) = x^a, I_x(1, b) = 1 − (1 − x)^b", () => {
    for (const x of [0.001, 0.2, 0.5, 0.77, 0.999]) {
      expect(regularizedBeta(1, 1, x)).toBeCloseTo(x, 14);
      expect(regularizedBeta(3.5, 1, x)).toBeCloseTo(x ** 3.5, 13);
      expect(regularizedBeta(1, 2.5, x)).toBeCloseTo(1 - (1 - x) ** 2.5, 13);
    }
    // symmetric case, large parameters (the Stirling-corrected ln B branch)
    expect(regularizedBeta(20, 20, 0.5)).toBeCloseTo(0.5, 13);
    expect(regularizedBeta(400.5, 400.5, 0.5)).toBeCloseTo(0.5, 12);
    expect(regularizedBeta(2, 3, 0)).toBe(0);
    expect(regularizedBeta(2, 3, 1)).toBe(1);
  });
});


describe("studentTQuantile", () => {
  it("matches R's qt to 1e-9", () => {
    // R qt() / scipy.stats.t.ppf at these (p, df)
    const cases: [number, number, number][] = [
      [0.975, 10, 2.228138851986274],
      [0.9, 3, 1.637744353696210],
      [0.995, 1, 63.65674116287399],
      [0.975, 2, 4.302652729749464],
      [0.6, 30, 0.2556053649519128],
      [0.1, 5, -1.475884048824481],
      [0.9999, 7, 7.063432828157639],
    ];
    for (const [p, df, q] of cases) expect(studentTQuantile(p, df)).toBeCloseTo(q, 9);
  });

  it("inverts the CDF", () => {
    for (const df of [1.5, 3, 12, 80]) {
      for (const p of [0.01, 0.2, 0.5, 0.77, 0.999]) expect(studentTCdf(studentTQuantile(p, df), df)).toBeCloseTo(p, 12);
    }
  });
});
