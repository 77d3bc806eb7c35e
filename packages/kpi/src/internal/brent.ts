import { DpmError } from "@dpm/core";

/**
 * @internal Brent's method (van Wijngaarden–Dekker–Brent, as in Numerical Recipes `zbrent`):
 * inverse quadratic interpolation and secant steps, safeguarded by bisection, on a bracket
 * `[a, b]` with `f(a)` and `f(b)` of opposite signs (or one of them 0). Always converges for a
 * continuous `f`; the root is located to within `tol` (plus a few ulps of the root).
 */
export function brent(f: (x: number) => number, a: number, b: number, fa: number, fb: number, fn: string, tol = 2e-16, maxIter = 300): number {
  if (fa === 0) return a;
  if (fb === 0) return b;
  if (fa > 0 === fb > 0) {
    throw new DpmError("NO_SOLUTION", `${fn}: the interval [${a}, ${b}] does not bracket a root.`, { details: { a, b, fa, fb } });
  }
  let c = b;
  let fc = fb;
  let d = 0;
  let e = 0;
  for (let iter = 0; iter < maxIter; iter++) {
    if ((fb > 0 && fc > 0) || (fb < 0 && fc < 0)) {
      c = a;
      fc = fa;
      d = b - a;
      e = d;
    }
    if (Math.abs(fc) < Math.abs(fb)) {
      a = b;
      b = c;
      c = a;
      fa = fb;
      fb = fc;
      fc = fa;
    }
    const tol1 = 2 * Number.EPSILON * Math.abs(b) + 0.5 * tol;
    const xm = 0.5 * (c - b);
    if (Math.abs(xm) <= tol1 || fb === 0) return b;
    if (Math.abs(e) >= tol1 && Math.abs(fa) > Math.abs(fb)) {
      const s = fb / fa;
      let p: number;
      let q: number;
      if (a === c) {
        p = 2 * xm * s;
        q = 1 - s;
      } else {
        const qq = fa / fc;
        const r = fb / fc;
        p = s * (2 * xm * qq * (qq - r) - (b - a) * (r - 1));
        q = (qq - 1) * (r - 1) * (s - 1);
      }
      if (p > 0) q = -q;
      p = Math.abs(p);
      if (2 * p < Math.min(3 * xm * q - Math.abs(tol1 * q), Math.abs(e * q))) {
        e = d;
        d = p / q;
      } else {
        d = xm;
        e = d;
      }
    } else {
      d = xm;
      e = d;
    }
    a = b;
    fa = fb;
    b += Math.abs(d) > tol1 ? d : xm > 0 ? tol1 : -tol1;
    fb = f(b);
  }
  throw new DpmError("NOT_CONVERGED", `${fn}: root finding did not converge in ${maxIter} iterations.`, { details: { a, b, fb } });
}
