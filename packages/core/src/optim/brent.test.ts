import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { catchDpm } from "../../test/catchDpm.js";
import { bracketRoot, brentMinimize, brentRoot } from "./brent.js";

interface RootRef { id: string; tolerance: number; lower: number; upper: number; root: number; fRoot: number; iter: number; estimPrec: number }
interface MinRef { id: string; tolerance: number; lower: number; upper: number; minimum: number; objective: number }
const ref = JSON.parse(readFileSync(new URL("../../reference/brent.json", import.meta.url), "utf8")) as { root: RootRef[]; minimum: MinRef[] };

// The same functions as reference/brent.R, by id.
const rootFns: Record<string, (x: number) => number> = {
  sqrt2: (x) => x ** 2 - 2,
  dottie: (x) => Math.cos(x) - x,
  wallis: (x) => x ** 3 - 2 * x - 5,
  omega: (x) => Math.exp(-x) - x,
  logPlusX: (x) => Math.log(x) + x,
  quintic: (x) => (x - 1) ** 5,
  xexp: (x) => x * Math.exp(x) - 10,
};
const dnorm = (x: number, m: number, s: number) => Math.exp(-0.5 * ((x - m) / s) ** 2) / (s * Math.sqrt(2 * Math.PI));
const minFns: Record<string, (x: number) => number> = {
  quadratic: (x) => (x - 1 / 3) ** 2,
  sine: (x) => Math.sin(x),
  quartic: (x) => x ** 4 - 3 * x ** 3 + 2,
  absolute: (x) => Math.abs(x - 0.7),
  expLinear: (x) => Math.exp(x) - 2 * x,
  gaussianDip: (x) => -dnorm(x, 1.5, 0.5),
};
const closeTo = (a: number, b: number, rel: number) => expect(Math.abs(a - b)).toBeLessThanOrEqual(rel * Math.max(1, Math.abs(b)));

describe("brentRoot", () => {
  it.each(ref.root.map((r) => [`${r.id} tol=${r.tolerance}`, r] as const))("matches R uniroot: %s", (_, r) => {
    const f = rootFns[r.id] as (x: number) => number;
    const got = brentRoot(f, { lower: r.lower, upper: r.upper, tolerance: r.tolerance });
    closeTo(got.x, r.root, 1e-13);
    expect(got.iterations).toBe(r.iter);
    expect(got.evaluations).toBe(r.iter + 2);
    expect(got.converged).toBe(true);
    expect(got.lower).toBeLessThanOrEqual(got.x);
    expect(got.upper).toBeGreaterThanOrEqual(got.x);
  });

  it("reaches closed forms to the default tolerance (1e-12 relative)", () => {
    closeTo(brentRoot((x) => x * x - 2, { lower: 0, upper: 2 }).x, Math.SQRT2, 1e-12);
    closeTo(brentRoot((x) => Math.log(x) - 1, { lower: 1, upper: 5 }).x, Math.E, 1e-12);
    // a root at an end point is returned as is
    expect(brentRoot((x) => x - 3, { lower: 3, upper: 5 })).toMatchObject({ x: 3, value: 0, iterations: 0 });
  });

  it("property: finds the root of any monotone affine/cubic function inside the bracket", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e3, max: 1e3, noNaN: true }), fc.double({ min: 0.01, max: 100, noNaN: true }), (root, slope) => {
        const f = (x: number) => slope * (x - root) + (x - root) ** 3;
        const r = brentRoot(f, { lower: root - 10, upper: root + 10 });
        return Math.abs(r.x - root) <= 1e-9 * Math.max(1, Math.abs(root));
      }),
    );
  });

  it("rejects bad input with DpmErrors that say what to change", () => {
    const nosign = catchDpm(() => brentRoot((x) => x * x + 1, { lower: -1, upper: 1 }));
    expect(nosign.code).toBe("NO_SOLUTION");
    expect(nosign.message).toMatch(/same sign.*bracketRoot/);
    expect(catchDpm(() => brentRoot((x) => x, { lower: 2, upper: 1 })).code).toBe("INVALID_ARGUMENT");
    expect(catchDpm(() => brentRoot((x) => x, { lower: Number.NaN, upper: 1 })).code).toBe("NON_FINITE");
    expect(catchDpm(() => brentRoot((x) => x, { lower: 0, upper: 1, tol: 1 } as never)).message).toMatch(/did you mean "tolerance"/i);
    expect(catchDpm(() => brentRoot("x" as never, { lower: 0, upper: 1 })).code).toBe("INVALID_ARGUMENT");
    expect(catchDpm(() => brentRoot((x) => x, undefined as never)).code).toBe("INVALID_ARGUMENT");
    expect(catchDpm(() => brentRoot((x) => x, null as never)).code).toBe("INVALID_ARGUMENT");
    const nan = catchDpm(() => brentRoot((x) => (x > 0.5 ? Number.NaN : x - 0.7), { lower: 0, upper: 1 }));
    expect(nan.code).toBe("NON_FINITE");
    const slow = catchDpm(() => brentRoot((x) => (x - 1) ** 5, { lower: 0, upper: 3, maxIterations: 3, tolerance: 1e-14 }));
    expect(slow.code).toBe("NOT_CONVERGED");
    expect(typeof slow.details?.x).toBe("number");
    const returned = brentRoot((x) => (x - 1) ** 5, { lower: 0, upper: 3, maxIterations: 3, tolerance: 1e-14, onNotConverged: "return" });
    expect(returned.converged).toBe(false);
    expect(returned.iterations).toBe(3);
  });

  it("treats ±Infinity as a huge value of that sign, as R does", () => {
    const r = brentRoot((x) => (x <= 0 ? -Infinity : Math.log(x)), { lower: 0, upper: 3 });
    closeTo(r.x, 1, 1e-12);
  });
});

describe("brentMinimize", () => {
  it.each(ref.minimum.map((r) => [`${r.id} tol=${r.tolerance}`, r] as const))("matches R optimize: %s", (_, r) => {
    const f = minFns[r.id] as (x: number) => number;
    const got = brentMinimize(f, { lower: r.lower, upper: r.upper, tolerance: r.tolerance });
    closeTo(got.x, r.minimum, 1e-13);
    closeTo(got.value, r.objective, 1e-13);
    expect(got.converged).toBe(true);
  });

  it("locates closed-form minima to about √ε with the default tolerance", () => {
    closeTo(brentMinimize((x) => (x - 1 / 3) ** 2, { lower: 0, upper: 1 }).x, 1 / 3, 3e-8);
    closeTo(brentMinimize((x) => Math.exp(x) - 2 * x, { lower: 0, upper: 2 }).x, Math.LN2, 3e-8);
    closeTo(brentMinimize((x) => x ** 4 - 3 * x ** 3 + 2, { lower: 0, upper: 5 }).x, 9 / 4, 3e-8);
    // a minimum on the boundary: the estimate sits within the tolerance of the end
    expect(brentMinimize((x) => x, { lower: 2, upper: 3 }).x).toBeLessThan(2 + 1e-7);
  });

  it("reads Infinity as outside the domain and NaN as an error", () => {
    const r = brentMinimize((x) => (x < 1 ? Infinity : (x - 2) ** 2), { lower: 0, upper: 5 });
    closeTo(r.x, 2, 1e-8);
    expect(catchDpm(() => brentMinimize(() => Number.NaN, { lower: 0, upper: 1 })).code).toBe("NON_FINITE");
    expect(catchDpm(() => brentMinimize((x) => x, { lower: 1, upper: 1 })).code).toBe("INVALID_ARGUMENT");
    const limited = catchDpm(() => brentMinimize((x) => Math.abs(x - 0.3), { lower: 0, upper: 1, maxIterations: 2 }));
    expect(limited.code).toBe("NOT_CONVERGED");
    expect(typeof limited.details?.x).toBe("number");
  });
});

describe("bracketRoot", () => {
  it("finds the first sign change on a finite interval", () => {
    const b = bracketRoot((x) => Math.cos(x), { lower: 0, upper: 10 });
    expect(b.lower).toBeLessThanOrEqual(Math.PI / 2);
    expect(b.upper).toBeGreaterThanOrEqual(Math.PI / 2);
    expect(b.fLower * b.fUpper).toBeLessThanOrEqual(0);
    closeTo(brentRoot(Math.cos, { lower: b.lower, upper: b.upper }).x, Math.PI / 2, 1e-14);
  });

  it("expands outward when a bound is infinite", () => {
    const b = bracketRoot((x) => x - 1e6, { lower: -Infinity, upper: Infinity, x0: 0 });
    expect(b.fLower * b.fUpper).toBeLessThanOrEqual(0);
    const c = bracketRoot((x) => x + 250, { lower: -Infinity, upper: 0 });
    expect(c.lower).toBeLessThanOrEqual(-250);
    expect(c.upper).toBeGreaterThanOrEqual(-250);
  });

  it("fails with the range of f it saw", () => {
    const e = catchDpm(() => bracketRoot((x) => x * x + 1, { lower: -2, upper: 3 }));
    expect(e.code).toBe("NO_SOLUTION");
    expect(e.details).toMatchObject({ min: expect.any(Number), max: 10 });
    expect(e.message).toMatch(/range over \[/);
    expect(catchDpm(() => bracketRoot(() => 1, { lower: 0, upper: Infinity, maxExpansions: 5 })).code).toBe("NO_SOLUTION");
    expect(catchDpm(() => bracketRoot((x) => x, { lower: 0, upper: 1, points: 1 })).code).toBe("INVALID_ARGUMENT");
  });
});
