import { logGamma } from "@dpm/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { digamma } from "../internal/digamma.js";
import { bgNbdLogLikelihoodWithGradient, compressHistories } from "./bgNbdGradient.js";
import { bgNbdLogLikelihoodKernel } from "./bgNbdLogLikelihood.js";
import { gammaGammaData, gammaGammaLogLikelihoodWithGradient } from "./fitGammaGamma.js";

// random customer histories: x in 0..maxX, 0 < t_x ≤ T (t_x = 0 when x = 0), T on a coarse grid so histories repeat
const history = (maxX: number) =>
  fc.tuple(fc.integer({ min: 0, max: maxX }), fc.integer({ min: 1, max: 40 }), fc.integer({ min: 0, max: 40 })).map(([x, T, k]) => ({ x, T, tx: x === 0 ? 0 : Math.max(1, Math.min(T, k)) }));
const logParam = fc.double({ min: -2.5, max: 2.5, noNaN: true });

function columns(h: { x: number; tx: number; T: number }[]) {
  return { x: h.map((c) => c.x), tx: h.map((c) => c.tx), T: h.map((c) => c.T) };
}

describe("BG/NBD analytic gradient", () => {
  it("equals central finite differences of the independent log-likelihood kernel (log-parameter space)", () => {
    fc.assert(
      fc.property(fc.array(history(30), { minLength: 1, maxLength: 40 }), fc.tuple(logParam, logParam, logParam, logParam), (hist, z) => {
        const { x, tx, T } = columns(hist);
        const g = new Float64Array(4);
        const ll = bgNbdLogLikelihoodWithGradient(z, compressHistories(x, tx, T), g);
        const f = (zz: number[]) => bgNbdLogLikelihoodKernel(Math.exp(zz[0]!), Math.exp(zz[1]!), Math.exp(zz[2]!), Math.exp(zz[3]!), x, tx, T);
        expect(ll).toBeCloseTo(f(z), 8);
        for (let k = 0; k < 4; k++) {
          const h = 1e-5;
          const up = [...z];
          const dn = [...z];
          up[k] = up[k]! + h;
          dn[k] = dn[k]! - h;
          const fd = (f(up) - f(dn)) / (2 * h);
          expect(Math.abs(g[k]! - fd)).toBeLessThan(1e-5 * (1 + Math.abs(fd)) + 1e-6 * Math.abs(ll));
        }
      }),
      { numRuns: 150 },
    );
  });

  it("stays finite for heavy buyers (x up to 10⁵) where the direct formula overflows", () => {
    const g = new Float64Array(4);
    const ll = bgNbdLogLikelihoodWithGradient([0, 0, 0, 0], compressHistories([100_000, 5_000], [10, 30], [400, 31]), g);
    expect(Number.isFinite(ll)).toBe(true);
    expect(g.every(Number.isFinite)).toBe(true);
  });

  it("compressing repeated histories leaves the likelihood unchanged", () => {
    fc.assert(
      fc.property(fc.array(history(5), { minLength: 1, maxLength: 60 }), (hist) => {
        const { x, tx, T } = columns(hist);
        const c = compressHistories(x, tx, T);
        const total = c.w.reduce((s, v) => s + v, 0);
        expect(total).toBe(hist.length);
        const g = new Float64Array(4);
        expect(bgNbdLogLikelihoodWithGradient([0.1, 0.2, -0.3, 0.4], c, g)).toBeCloseTo(bgNbdLogLikelihoodKernel(Math.exp(0.1), Math.exp(0.2), Math.exp(-0.3), Math.exp(0.4), x, tx, T), 9);
      }),
    );
  });

  it("digamma matches known values and the derivative of logGamma", () => {
    expect(digamma(1)).toBeCloseTo(-0.5772156649015329, 13); // −γ
    expect(digamma(0.5)).toBeCloseTo(-1.9635100260214235, 13); // −γ − 2 ln 2
    fc.assert(fc.property(fc.double({ min: 0.05, max: 500, noNaN: true }), (v) => {
      const h = 1e-5 * Math.max(1, v);
      expect(digamma(v)).toBeCloseTo((logGamma(v + h) - logGamma(v - h)) / (2 * h), 5);
    }));
  });
});

describe("Gamma-Gamma analytic gradient", () => {
  // the textbook per-repeater likelihood, written out directly
  const direct = (z: number[], x: number[], m: number[]) => {
    const [p, q, v] = z.map(Math.exp) as [number, number, number];
    let s = 0;
    for (let i = 0; i < x.length; i++) {
      const px = p * x[i]!;
      s += logGamma(px + q) - logGamma(px) - logGamma(q) + q * Math.log(v) + (px - 1) * Math.log(m[i]!) + px * Math.log(x[i]!) - (px + q) * Math.log(v + x[i]! * m[i]!);
    }
    return s;
  };
  it("equals central finite differences of the direct likelihood", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 1, max: 20 }), fc.double({ min: 1, max: 500, noNaN: true })), { minLength: 1, maxLength: 30 }),
        fc.tuple(fc.double({ min: -1, max: 2.5, noNaN: true }), fc.double({ min: -1, max: 2.5, noNaN: true }), fc.double({ min: -1, max: 4, noNaN: true })),
        (rows, z) => {
          const x = rows.map((r) => r[0]);
          const m = rows.map((r) => r[1]);
          const g = new Float64Array(3);
          const ll = gammaGammaLogLikelihoodWithGradient(z, gammaGammaData(x, m), g);
          expect(ll).toBeCloseTo(direct(z, x, m), 7);
          for (let k = 0; k < 3; k++) {
            const h = 1e-5;
            const up = [...z];
            const dn = [...z];
            up[k] = up[k]! + h;
            dn[k] = dn[k]! - h;
            const fd = (direct(up, x, m) - direct(dn, x, m)) / (2 * h);
            expect(Math.abs(g[k]! - fd)).toBeLessThan(1e-5 * (1 + Math.abs(fd)) + 1e-6 * Math.abs(ll));
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
