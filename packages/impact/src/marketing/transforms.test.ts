import { readFileSync } from "node:fs";
import { DpmError } from "@dpm/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { geometricAdstock } from "./geometricAdstock.js";
import { hillSaturation } from "./hillSaturation.js";
import { logisticSaturation } from "./logisticSaturation.js";
import { weibullAdstock } from "./weibullAdstock.js";

interface Ref {
  spend: number[];
  geometric: { decay: number; values: number[] };
  weibullCdf: { shape: number; scale: number; maxLag: number; values: number[] };
  weibullPdf: { shape: number; scale: number; maxLag: number; values: number[] };
  hill: { halfSaturation: number; shape: number; values: number[] };
  logistic: { lambda: number; values: number[] };
}
const ref = JSON.parse(readFileSync(new URL("../../reference/marketing/transforms.json", import.meta.url), "utf8")) as Ref;
const close = (a: ArrayLike<number>, b: ArrayLike<number>, tol: number) => {
  expect(a.length).toBe(b.length);
  for (let i = 0; i < a.length; i++) expect(Math.abs(a[i]! - b[i]!)).toBeLessThanOrEqual(tol * Math.max(1, Math.abs(b[i]!)));
};
const code = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(DpmError);
    return (e as DpmError).code;
  }
  return "no error";
};

describe("geometricAdstock", () => {
  it("matches scipy's IIR filter and the impulse response decay^t", () => {
    close(geometricAdstock(ref.spend, { decay: ref.geometric.decay }), ref.geometric.values, 1e-12);
    close(geometricAdstock([1, 0, 0, 0, 0], { decay: 0.3 }), [1, 0.3, 0.09, 0.027, 0.0081], 1e-15);
  });
  it("normalized: a constant spend settles at the spend itself", () => {
    const a = geometricAdstock(new Float64Array(400).fill(50), { decay: 0.9, normalize: true });
    expect(a[399]).toBeCloseTo(50, 10);
    expect(a[0]).toBeCloseTo(5, 12);
  });
  it("is linear (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1e4, noNaN: true }), { minLength: 1, maxLength: 30 }), fc.double({ min: 0, max: 0.99, noNaN: true }), (x, d) => {
        const a = geometricAdstock(x, { decay: d });
        const b = geometricAdstock(x.map((v) => 3 * v), { decay: d });
        for (let i = 0; i < x.length; i++) expect(Math.abs(b[i]! - 3 * a[i]!)).toBeLessThanOrEqual(1e-9 * Math.max(1, b[i]!));
      }),
    );
  });
  it("rejects bad input and does not mutate", () => {
    const x = [1, 2, 3];
    geometricAdstock(x, { decay: 0.5 });
    expect(x).toEqual([1, 2, 3]);
    expect(code(() => geometricAdstock(x, { decay: 1 }))).toBe("INVALID_ARGUMENT");
    expect(code(() => geometricAdstock(x, { decay: 0.5, decy: 1 } as never))).toBe("INVALID_ARGUMENT");
    expect(code(() => geometricAdstock([1, Number.NaN], { decay: 0.5 }))).toBe("NON_FINITE");
    expect(code(() => geometricAdstock([], { decay: 0.5 }))).toBe("EMPTY");
    expect(code(() => geometricAdstock(x, null as never))).toBe("INVALID_ARGUMENT");
  });
});

describe("weibullAdstock", () => {
  it("matches scipy's Weibull survival function and density weights", () => {
    const c = ref.weibullCdf;
    close(weibullAdstock(ref.spend, { shape: c.shape, scale: c.scale, maxLag: c.maxLag }), c.values, 1e-12);
    const p = ref.weibullPdf;
    close(weibullAdstock(ref.spend, { shape: p.shape, scale: p.scale, maxLag: p.maxLag, variant: "pdf" }), p.values, 1e-12);
  });
  it("shape 1 CDF weights are geometric with decay exp(-1/scale) (closed form)", () => {
    const d = Math.exp(-1 / 4);
    close(weibullAdstock(ref.spend, { shape: 1, scale: 4, maxLag: 520 }), geometricAdstock(ref.spend, { decay: d }), 1e-12);
  });
  it("rejects bad parameters", () => {
    expect(code(() => weibullAdstock([1], { shape: 0, scale: 1 }))).toBe("INVALID_ARGUMENT");
    expect(code(() => weibullAdstock([1], { shape: 1, scale: 1, variant: "pmf" as never }))).toBe("INVALID_ARGUMENT");
    expect(code(() => weibullAdstock([1], { shape: 1, scale: 1, maxLag: 0 }))).toBe("INVALID_ARGUMENT");
  });
});

describe("hillSaturation", () => {
  it("matches the closed form and hits 1/2 at the half-saturation point", () => {
    const h = ref.hill;
    close(hillSaturation(ref.spend, { halfSaturation: h.halfSaturation, shape: h.shape }), h.values, 1e-13);
    expect(hillSaturation([70], { halfSaturation: 70, shape: 3.3 })[0]).toBeCloseTo(0.5, 15);
  });
  it("is increasing and bounded in [0, 1) (property)", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e6, noNaN: true }), fc.double({ min: 0, max: 1e6, noNaN: true }), fc.double({ min: 0.1, max: 5, noNaN: true }), (a, b, s) => {
        const [lo, hi] = a < b ? [a, b] : [b, a];
        const v = hillSaturation([lo, hi], { halfSaturation: 100, shape: s });
        expect(v[0]!).toBeLessThanOrEqual(v[1]!);
        expect(v[0]!).toBeGreaterThanOrEqual(0);
        expect(v[1]!).toBeLessThanOrEqual(1);
      }),
    );
  });
  it("rejects a non-positive half-saturation", () => {
    expect(code(() => hillSaturation([1], { halfSaturation: 0, shape: 1 }))).toBe("INVALID_ARGUMENT");
  });
});

describe("logisticSaturation", () => {
  it("matches (1 - e^-lx)/(1 + e^-lx)", () => {
    close(logisticSaturation(ref.spend, { lambda: ref.logistic.lambda }), ref.logistic.values, 1e-13);
  });
  it("rejects lambda <= 0", () => {
    expect(code(() => logisticSaturation([1], { lambda: -1 }))).toBe("INVALID_ARGUMENT");
  });
});
