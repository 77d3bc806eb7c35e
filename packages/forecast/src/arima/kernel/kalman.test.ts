import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { armaCss } from "./armaCss.js";
import { armaFilterWork, armaLikelihood } from "./armaLikelihood.js";
import { expandArma, invTransform, partrans, undoTransform } from "./arimaParams.js";
import { filterArima } from "./arimaStateSpace.js";
import { maInvert, polyRoots, rootsOutside } from "./polyRoots.js";
import { covarianceWork, stationaryCovariance } from "./stationaryCovariance.js";

/** A stationary AR / invertible MA from unconstrained values (R's transform), with a seasonal part. */
const armaArb = fc.record({
  p: fc.integer({ min: 0, max: 3 }),
  q: fc.integer({ min: 0, max: 3 }),
  P: fc.integer({ min: 0, max: 1 }),
  Q: fc.integer({ min: 0, max: 1 }),
  raw: fc.array(fc.double({ min: -1.5, max: 1.5, noNaN: true }), { minLength: 8, maxLength: 8 }),
});

function build(x: { p: number; q: number; P: number; Q: number; raw: number[] }) {
  const s = { p: x.p, q: x.q, P: x.P, Q: x.Q, period: 4 };
  const k = s.p + s.q + s.P + s.Q;
  const par = Float64Array.from(x.raw.slice(0, k));
  // MA coefficients in (−0.9, 0.9) per block keeps them invertible enough for the tests.
  for (let i = s.p; i < s.p + s.q; i++) par[i] = 0.9 * Math.tanh(par[i] as number);
  for (let i = s.p + s.q + s.P; i < k; i++) par[i] = 0.9 * Math.tanh(par[i] as number);
  const phi = new Float64Array(s.p + 4 * s.P);
  const theta = new Float64Array(s.q + 4 * s.Q);
  expandArma(par, s, true, phi, theta, new Float64Array(Math.max(k, 1)), new Float64Array(4));
  return { phi, theta };
}

describe("ARIMA kernel", () => {
  it("the stationary covariance solves P = T P Tᵀ + R Rᵀ (property)", () => {
    fc.assert(
      fc.property(armaArb, (x) => {
        const { phi, theta } = build(x);
        const pf = phi.length;
        const qf = theta.length;
        const r = Math.max(pf, qf + 1);
        const P = new Float64Array(r * r);
        expect(stationaryCovariance(phi, pf, theta, qf, r, P, covarianceWork(pf, qf, r))).toBe(true);
        const Rv = Float64Array.from({ length: r }, (_, i) => (i === 0 ? 1 : i <= qf ? (theta[i - 1] as number) : 0));
        const T = (i: number, j: number): number => (j === 0 && i < pf ? (phi[i] as number) : 0) + (j === i + 1 ? 1 : 0);
        let scale = 0;
        for (let i = 0; i < r * r; i++) scale = Math.max(scale, Math.abs(P[i] as number));
        for (let i = 0; i < r; i++) {
          for (let j = 0; j < r; j++) {
            let v = (Rv[i] as number) * (Rv[j] as number);
            for (let a = 0; a < r; a++) for (let b = 0; b < r; b++) v += T(i, a) * (P[a * r + b] as number) * T(j, b);
            expect(Math.abs(v - (P[i * r + j] as number))).toBeLessThan(1e-9 * Math.max(1, scale));
          }
        }
      }),
      { numRuns: 60, seed: 5 },
    );
  });

  it("the Chandrasekhar likelihood equals the plain Kalman (Riccati) filter's (property)", () => {
    fc.assert(
      fc.property(armaArb, fc.array(fc.double({ min: -3, max: 3, noNaN: true }), { minLength: 30, maxLength: 80 }), (x, w) => {
        const { phi, theta } = build(x);
        const y = Float64Array.from(w);
        const sums = { ssq: 0, sumlog: 0, nu: 0 };
        expect(armaLikelihood(y, phi, theta, armaFilterWork(phi.length, theta.length), sums)).toBe(true);
        const full = filterArima(y, phi, theta, new Float64Array(0));
        if (full === null) throw new Error("filter failed");
        expect(sums.nu).toBe(full.nu);
        expect(Math.abs(sums.ssq - full.ssq)).toBeLessThan(1e-8 * Math.max(1, full.ssq));
        expect(Math.abs(sums.sumlog - full.sumlog)).toBeLessThan(1e-8 * Math.max(1, Math.abs(full.sumlog)));
      }),
      { numRuns: 80, seed: 17 },
    );
  });

  it("partrans maps any reals to a stationary AR, and invTransform inverts it", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -4, max: 4, noNaN: true }), { minLength: 1, maxLength: 5 }), (raw) => {
        const k = raw.length;
        const out = new Float64Array(k);
        partrans(k, Float64Array.from(raw), out, 0, new Float64Array(k));
        expect(rootsOutside(out, 0, k)).toBe(true);
        const back = Float64Array.from(out);
        const layout = { p: k, q: 0, P: 0, Q: 0, period: 1 };
        expect(invTransform(back, layout)).toBe(true);
        undoTransform(back, layout);
        for (let i = 0; i < k; i++) expect(back[i]).toBeCloseTo(out[i] as number, 9);
      }),
      { numRuns: 100, seed: 1 },
    );
  });

  it("rootsOutside agrees with the explicit roots of 1 − φ₁z − φ₂z²", () => {
    // 1 − 1.5z + 0.56z² = (1 − 0.7z)(1 − 0.8z): roots 1/0.7 and 1.25.
    expect(rootsOutside([1.5, -0.56], 0, 2)).toBe(true);
    expect(rootsOutside([1.5, -0.56], 0, 2, 1.2)).toBe(true);
    expect(rootsOutside([1.5, -0.56], 0, 2, 1.3)).toBe(false);
    expect(rootsOutside([1.1], 0, 1)).toBe(false);
    const { re, im } = polyRoots([1, -1.5, 0.56]);
    const mods = Array.from(re, (v, i) => Math.hypot(v, im[i] as number)).sort((a, b) => a - b);
    expect(mods[0]).toBeCloseTo(1.25, 10);
    expect(mods[1]).toBeCloseTo(1 / 0.7, 10);
  });

  it("maInvert reflects MA roots inside the unit circle (R's maInvert)", () => {
    const ma = Float64Array.of(2);
    maInvert(ma, 0, 1);
    expect(ma[0]).toBeCloseTo(0.5, 12);
    // (1 + 2z)(1 + 0.5z) = 1 + 2.5z + z²: root −0.5 reflected to −2 gives (1 + 0.5z)² = 1 + z + 0.25z².
    const ma2 = Float64Array.of(2.5, 1);
    maInvert(ma2, 0, 2);
    expect(ma2[0]).toBeCloseTo(1, 10);
    expect(ma2[1]).toBeCloseTo(0.25, 10);
  });
});

describe("checkarima helpers", () => {
  it("numericHessian recovers the matrix of a quadratic form, with parameter scaling", async () => {
    const { numericHessian, varianceOk, transformJacobian } = await import("./hessianCheck.js");
    const M = [4, 1, 0, 1, 3, 0.5, 0, 0.5, 2];
    const f = (x: Float64Array): number => {
      let s = 0;
      for (let i = 0; i < 3; i++) for (let j = 0; j < 3; j++) s += 0.5 * (x[i] as number) * (M[i * 3 + j] as number) * (x[j] as number);
      return s;
    };
    const H = numericHessian(f, Float64Array.of(0.3, -1, 2), Float64Array.of(1, 10, 0.1));
    expect(H).not.toBeNull();
    for (let i = 0; i < 9; i++) expect(H![i]).toBeCloseTo(M[i] as number, 6);
    expect(varianceOk(Float64Array.from(M), null, 3, 50)).toBe(true);
    expect(varianceOk(Float64Array.of(1, 0, 0, -1), null, 2, 50)).toBe(false); // indefinite: a negative variance
    expect(varianceOk(Float64Array.of(1, 1, 1, 1), null, 2, 50)).toBe(false); // singular: R's solve fails
    // d tanh(x)/dx = 1 − tanh²(x) for an AR(1); MA and regression rows stay identity.
    const A = transformJacobian(Float64Array.of(0.4, 0.2, 5), { p: 1, q: 1, P: 0, Q: 0, period: 1 }, [0, 1, 2]);
    expect(A[0]).toBeCloseTo(1 - Math.tanh(0.4) ** 2, 3);
    expect(A[4]).toBe(1);
    expect(A[8]).toBe(1);
  });
});

describe("exactness of the sparse / memoised kernels", () => {
  it("armaCss equals the dense ARIMA_CSS recursion bit for bit (seasonal zeros skipped)", () => {
    fc.assert(
      fc.property(armaArb, fc.array(fc.double({ min: -5, max: 5, noNaN: true }), { minLength: 30, maxLength: 30 }), (x, data) => {
        const { phi, theta } = build(x);
        const w = Float64Array.from(data);
        const start = x.p + 4 * x.P;
        // R's ARIMA_CSS after differencing, written densely.
        const ref = new Float64Array(w.length);
        let ssq = 0;
        let nu = 0;
        for (let l = start; l < w.length; l++) {
          let tmp = w[l] as number;
          for (let j = 0; j < phi.length; j++) tmp -= (phi[j] as number) * (w[l - j - 1] as number);
          for (let j = 0; j < Math.min(l - start, theta.length); j++) tmp -= (theta[j] as number) * (ref[l - j - 1] as number);
          ref[l] = tmp;
          ssq += tmp * tmp;
          nu++;
        }
        const resid = new Float64Array(w.length);
        expect(armaCss(w, start, phi, phi.length, theta, theta.length, resid)).toBe(ssq / nu);
        expect(Array.from(resid)).toEqual(Array.from(ref));
      }),
      { numRuns: 60 },
    );
  });

  it("numericHessian gives optimhess's values with 2k² + 2k evaluations instead of 4k²", async () => {
    const { numericHessian } = await import("./hessianCheck.js");
    const f = (x: Float64Array): number => Math.log(Math.exp(x[0]! * x[1]!) + Math.exp(x[2]! - x[0]!) + x[1]! ** 4);
    const x = Float64Array.of(0.3, -0.7, 1.1);
    const scale = Float64Array.of(1, 10, 0.1);
    // R's optimhess written directly: central differences of the central-difference gradient.
    const k = 3;
    const eps = 1e-3;
    const u = Float64Array.from(x, (v, i) => v / scale[i]!);
    const grad = (uu: Float64Array): number[] =>
      Array.from({ length: k }, (_, i) => {
        const xp = Float64Array.from(uu, (v, j) => v * scale[j]!);
        xp[i] = (uu[i]! + eps) * scale[i]!;
        const xm = Float64Array.from(uu, (v, j) => v * scale[j]!);
        xm[i] = (uu[i]! - eps) * scale[i]!;
        return (f(xp) - f(xm)) / (2 * eps);
      });
    const ref = new Float64Array(k * k);
    for (let i = 0; i < k; i++) {
      const up = Float64Array.from(u);
      up[i] = u[i]! + eps;
      const um = Float64Array.from(u);
      um[i] = u[i]! - eps;
      const g1 = grad(up);
      const g2 = grad(um);
      for (let j = 0; j < k; j++) ref[i * k + j] = (g1[j]! - g2[j]!) / (2 * eps);
    }
    for (let i = 0; i < k; i++) {
      for (let j = 0; j < i; j++) {
        const v = 0.5 * (ref[i * k + j]! + ref[j * k + i]!);
        ref[i * k + j] = v;
        ref[j * k + i] = v;
      }
    }
    for (let i = 0; i < k; i++) for (let j = 0; j < k; j++) ref[i * k + j] = ref[i * k + j]! / (scale[i]! * scale[j]!);
    let calls = 0;
    const H = numericHessian((z) => {
      calls++;
      return f(z);
    }, x, scale);
    expect(Array.from(H!)).toEqual(Array.from(ref));
    expect(calls).toBe(2 * k * k + 2 * k);
  });
});
