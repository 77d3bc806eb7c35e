import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { normalQuantile, ppnd16 } from "./normalQuantile.js";
import { catchDpm } from "../../test/catchDpm.js";

function expectRelativelyClose(actual: number, expected: number, tol: number): void {
  if (expected === 0) expect(Math.abs(actual)).toBeLessThanOrEqual(tol);
  else expect(Math.abs(actual - expected) / Math.abs(expected)).toBeLessThanOrEqual(tol);
}

// An independent standard normal CDF, for checking Φ(Φ⁻¹(p)) = p:
// erf by its all-positive-terms series  erf(x) = 2/√π · e^{−x²} · Σ 2ⁿ x^{2n+1} / (1·3·…·(2n+1)),
// erfc by its continued fraction  erfc(x) = e^{−x²}/√π · 1/(x + ½/(x + 1/(x + 3⁄2/(x + …)))) for the tails.
function erfSeries(x: number): number {
  let term = x;
  let sum = x;
  for (let n = 1; n < 300; n++) {
    term *= (2 * x * x) / (2 * n + 1);
    sum += term;
    if (Math.abs(term) < 1e-17 * Math.abs(sum)) break;
  }
  return (2 / Math.sqrt(Math.PI)) * Math.exp(-x * x) * sum;
}
function erfcContinuedFraction(x: number): number {
  let t = 0;
  for (let n = 400; n >= 1; n--) t = n / 2 / (x + t);
  return Math.exp(-x * x) / Math.sqrt(Math.PI) / (x + t);
}
function normalCdf(z: number): number {
  const x = z / Math.SQRT2;
  if (x < -1.5) return 0.5 * erfcContinuedFraction(-x);
  if (x > 1.5) return 1 - 0.5 * erfcContinuedFraction(x);
  return 0.5 * (1 + erfSeries(x));
}

/** The next double above a positive finite x. */
function nextUp(x: number): number {
  const f = new Float64Array([x]);
  const i = new BigInt64Array(f.buffer);
  i[0] = (i[0] as bigint) + 1n;
  return f[0] as number;
}

describe("normalQuantile", () => {
  it("matches R's qnorm to 1e-12 relative", () => {
    const cases: [number, number][] = [
      [0.975, 1.959963984540054],
      [0.025, -1.959963984540054],
      [0.995, 2.5758293035489004],
      [0.8, 0.8416212335729143],
      [0.999, 3.090232306167813],
      [1e-10, -6.361340902404056],
      [0.95, 1.6448536269514722],
      [0.9, 1.2815515655446004],
    ];
    for (const [p, z] of cases) expectRelativelyClose(normalQuantile(p), z, 1e-12);
    expect(normalQuantile(0.5)).toBe(0);
  });

  it("gives −∞ at 0 and +∞ at 1", () => {
    expect(normalQuantile(0)).toBe(-Infinity);
    expect(normalQuantile(1)).toBe(Infinity);
  });

  it("inverts an independent normal CDF in the body: |Φ(Φ⁻¹(p)) − p| < 1e-14", () => {
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 0.99, noNaN: true }), (p) => {
        expect(Math.abs(normalCdf(normalQuantile(p)) - p)).toBeLessThan(1e-14);
      }),
      { numRuns: 2000 },
    );
  });

  it("inverts an independent normal CDF far into the lower tail, to 1e-11 relative", () => {
    fc.assert(
      fc.property(fc.double({ min: -300, max: -2, noNaN: true }), (log10p) => {
        const p = 10 ** log10p;
        const z = normalQuantile(p);
        expect(Math.abs(normalCdf(z) - p) / p).toBeLessThan(1e-11);
      }),
      { numRuns: 2000 },
    );
  });

  it("is antisymmetric: Φ⁻¹(p) = −Φ⁻¹(1 − p)", () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-300, max: 0.5, noNaN: true }), (raw) => {
        // Make p and 1 − p both exact doubles, so the property is about the quantile, not rounding.
        const p = 1 - (1 - raw);
        if (p === 0) return;
        const a = normalQuantile(p);
        const b = normalQuantile(1 - p);
        if (a === 0) expect(Math.abs(b)).toBeLessThan(1e-15);
        else expectRelativelyClose(-b, a, 1e-12);
      }),
      { numRuns: 3000 },
    );
  });

  it("is non-decreasing", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(normalQuantile(lo)).toBeLessThanOrEqual(normalQuantile(hi));
      }),
      { numRuns: 3000 },
    );
  });

  it("has no backward step across the algorithm's branch points beyond rounding noise, double by double", () => {
    // AS 241 switches formula at |p − 0.5| = 0.425 and at r = √(−ln p) = 5 (p = e^{−25}). Between
    // neighbouring doubles Φ⁻¹ moves by less than one ulp, so evaluation rounding can step back by
    // an ulp or so anywhere (0.3 is a control point inside one branch); a wrong coefficient or a
    // mismatched branch would step back by far more.
    for (const centre of [0.075, 0.925, Math.exp(-25), 1 - Math.exp(-25), 0.3]) {
      let p = centre * (1 - 1e-13);
      let previous = normalQuantile(p);
      let worstBackStep = 0;
      for (let k = 0; k < 2000; k++) {
        p = nextUp(p);
        const z = normalQuantile(p);
        worstBackStep = Math.max(worstBackStep, (previous - z) / Math.abs(previous));
        previous = z;
      }
      expect(worstBackStep, String(centre)).toBeLessThan(1e-15);
    }
  });

  it("rejects NaN and probabilities outside [0, 1] with INVALID_ARGUMENT", () => {
    for (const bad of [Number.NaN, -0.1, 1.1, -Infinity, Infinity, -1e-300, 1 + 2 ** -52]) {
      const error = catchDpm(() => normalQuantile(bad));
      expect(error.code).toBe("INVALID_ARGUMENT");
      expect(error.path).toBe("p");
      expect(error.message).toContain("normalQuantile");
    }
  });
});

describe("ppnd16", () => {
  it("is the unchecked kernel behind normalQuantile", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), (p) => {
        expect(Object.is(ppnd16(p), normalQuantile(p))).toBe(true);
      }),
    );
    expectRelativelyClose(ppnd16(0.975), 1.959963984540054, 1e-12);
  });
});
