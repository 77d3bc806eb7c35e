import { checkOptions } from "../errors/checkOptions.js";
import { DpmError } from "../errors/DpmError.js";
import { assertFinite, assertInteger, describeValue } from "../errors/validate.js";

const EPS = 2.220446049250313e-16;

/** What a Brent search does at its iteration limit: throw `NOT_CONVERGED` (default) or return with `converged: false`. */
type OnNotConverged = "throw" | "return";

/**
 * Options of {@link brentRoot}.
 *
 * @category Optimization
 */
export interface BrentRootOptions {
  /** Left end of the bracket (finite). */
  readonly lower: number;
  /** Right end of the bracket (finite, greater than `lower`); f(lower) and f(upper) must differ in sign. */
  readonly upper: number;
  /** Absolute tolerance on x (R `uniroot`'s `tol`); default `1e-12 · max(1, |lower|, |upper|)`. */
  readonly tolerance?: number;
  /** Iteration limit (R's `maxiter`), default 1000. */
  readonly maxIterations?: number;
  /** What to do when the limit is reached before the tolerance (default `"throw"`). */
  readonly onNotConverged?: OnNotConverged;
}

/**
 * Result of {@link brentRoot}.
 *
 * @category Optimization
 */
export interface BrentRootResult {
  /** The root estimate. */
  readonly x: number;
  /** f(x). */
  readonly value: number;
  /** Final bracket: the root lies in [lower, upper]. */
  readonly lower: number;
  readonly upper: number;
  /** Iterations (new evaluations after the two end points; R's `iter`). */
  readonly iterations: number;
  /** Every evaluation of f. */
  readonly evaluations: number;
  readonly converged: boolean;
  readonly message: string;
}

/**
 * Options of {@link brentMinimize}.
 *
 * @category Optimization
 */
export interface BrentMinimizeOptions {
  /** Left end of the interval (finite). */
  readonly lower: number;
  /** Right end of the interval (finite, greater than `lower`). */
  readonly upper: number;
  /** R `optimize`'s `tol`: the minimum is located to about `3·(√ε·|x| + tol/3)`; default 1e-10. */
  readonly tolerance?: number;
  /** Iteration limit, default 1000. */
  readonly maxIterations?: number;
  /** What to do when the limit is reached before the tolerance (default `"throw"`). */
  readonly onNotConverged?: OnNotConverged;
}

/**
 * Result of {@link brentMinimize}.
 *
 * @category Optimization
 */
export interface BrentMinimizeResult {
  /** The minimiser estimate. */
  readonly x: number;
  /** f(x). */
  readonly value: number;
  readonly iterations: number;
  readonly evaluations: number;
  readonly converged: boolean;
  readonly message: string;
}

/**
 * Options of {@link bracketRoot}.
 *
 * @category Optimization
 */
export interface BracketRootOptions {
  /** Smallest x to try; may be `-Infinity`. */
  readonly lower: number;
  /** Largest x to try; may be `Infinity`. */
  readonly upper: number;
  /** Where the outward search starts when a bound is infinite (default: the finite bound, or 0). */
  readonly x0?: number;
  /** Points scanned across a finite interval (ends included), default 32, at most 10,000. */
  readonly points?: number;
  /** Doublings of the step outward when a bound is infinite, default 60. */
  readonly maxExpansions?: number;
}

/**
 * A bracket of a root: `f(lower)` and `f(upper)` differ in sign (or one is zero).
 *
 * @category Optimization
 */
export interface Bracket {
  readonly lower: number;
  readonly upper: number;
  readonly fLower: number;
  readonly fUpper: number;
  /** Evaluations of f spent finding it. */
  readonly evaluations: number;
}

const ROOT_KEYS = ["lower", "upper", "tolerance", "maxIterations", "onNotConverged"];
const BRACKET_KEYS = ["lower", "upper", "x0", "points", "maxExpansions"];

function checkFunction(f: unknown, fn: string): asserts f is (x: number) => number {
  if (typeof f !== "function") {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: the first argument must be a function of one number, got ${describeValue(f)}.`, { path: "f" });
  }
}

function checkInterval(lower: unknown, upper: unknown, fn: string): void {
  assertFinite(lower, "lower", fn);
  assertFinite(upper, "upper", fn);
  if (!(lower < upper)) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: lower (${lower}) must be less than upper (${upper}); swap or widen the interval.`, { path: "lower", details: { lower, upper } });
  }
}

function checkTolerance(tol: unknown, fallback: number, fn: string): number {
  if (tol === undefined) return fallback;
  assertFinite(tol, "tolerance", fn);
  if (tol <= 0) throw new DpmError("INVALID_ARGUMENT", `${fn}: tolerance must be positive, got ${tol}.`, { path: "tolerance" });
  return tol;
}

function checkOnNotConverged(value: unknown, fn: string): OnNotConverged {
  if (value === undefined || value === "throw" || value === "return") return value ?? "throw";
  throw new DpmError("INVALID_ARGUMENT", `${fn}: onNotConverged must be "throw" or "return", got ${describeValue(value)}.`, { path: "onNotConverged" });
}

const sameSign = (a: number, b: number): boolean => (a > 0 && b > 0) || (a < 0 && b < 0);
const oppositeSign = (a: number, b: number): boolean => (a > 0 && b < 0) || (a < 0 && b > 0);

/** f(x) with R's rule: ±Infinity becomes ±Number.MAX_VALUE, NaN is an error naming x. */
function evaluator(f: (x: number) => number, fn: string): (x: number) => number {
  return (x) => {
    const y = f(x);
    if (typeof y !== "number" || Number.isNaN(y)) {
      throw new DpmError("NON_FINITE", `${fn}: f(${x}) returned ${describeValue(y)}; the function must return a number at every x in the interval.`, { path: "f", details: { x } });
    }
    return y === Infinity ? Number.MAX_VALUE : y === -Infinity ? -Number.MAX_VALUE : y;
  };
}

/**
 * Finds a root of f in a bracket by Brent's method — a line-by-line port of R's `zeroin`
 * (`uniroot`): inverse quadratic interpolation, secant steps and bisection, never leaving the
 * bracket.
 *
 * @param f - the function; ±Infinity is read as ±`Number.MAX_VALUE` (as R does)
 * @param options - the bracket, tolerance and iteration limit
 * @returns the root, f there, the final bracket and the counts
 * @throws {@link DpmError} `NO_SOLUTION` when f(lower) and f(upper) have the same sign (use
 *   {@link bracketRoot} first), `INVALID_ARGUMENT` for lower ≥ upper or a non-function,
 *   `NON_FINITE` when f returns NaN, `NOT_CONVERGED` (details: best x) at the iteration limit
 *
 * @example
 * ```ts
 * import { brentRoot } from "@dpm/core";
 *
 * const root = brentRoot((x) => x * x - 2, { lower: 0, upper: 2 });
 * root.x.toFixed(12); // => "1.414213562373"
 * ```
 *
 * @category Optimization
 */
export function brentRoot(f: (x: number) => number, options: BrentRootOptions): BrentRootResult {
  const fn = "brentRoot";
  checkFunction(f, fn);
  if (options === undefined) throw new DpmError("INVALID_ARGUMENT", `${fn}: pass the bracket as options, e.g. { lower: 0, upper: 10 }.`, { path: "options" });
  const o = checkOptions(options, ROOT_KEYS, fn, "{ lower: 0, upper: 10 }");
  const { lower, upper } = o as BrentRootOptions;
  checkInterval(lower, upper, fn);
  const tol = checkTolerance(o.tolerance, 1e-12 * Math.max(1, Math.abs(lower), Math.abs(upper)), fn);
  const maxIterations = o.maxIterations ?? 1000;
  assertInteger(maxIterations, "maxIterations", fn, 1, 1e7);
  const onNotConverged = checkOnNotConverged(o.onNotConverged, fn);
  const g = evaluator(f, fn);
  const fa0 = g(lower);
  const fb0 = g(upper);
  if (sameSign(fa0, fb0)) {
    throw new DpmError(
      "NO_SOLUTION",
      `${fn}: f has the same sign at both ends (f(${lower}) = ${fa0}, f(${upper}) = ${fb0}), so the interval brackets no root; widen it or find a sign change with bracketRoot.`,
      { details: { lower, upper, fLower: fa0, fUpper: fb0 } },
    );
  }
  const r = zeroin(g, lower, upper, fa0, fb0, tol, maxIterations);
  const evaluations = r.iterations + 2;
  const converged = r.converged;
  const message = converged ? `converged to ${r.precision} in ${r.iterations} iterations` : `stopped at the iteration limit (${maxIterations}) with bracket width ${r.precision}`;
  if (!converged && onNotConverged === "throw") {
    throw new DpmError("NOT_CONVERGED", `${fn}: ${message}; raise maxIterations or loosen tolerance. Best x so far: ${r.x}.`, {
      details: { x: r.x, value: r.fx, iterations: r.iterations, evaluations },
    });
  }
  return { x: r.x, value: r.fx, lower: Math.min(r.x, r.c), upper: Math.max(r.x, r.c), iterations: r.iterations, evaluations, converged, message };
}

interface ZeroinResult {
  x: number;
  fx: number;
  c: number;
  iterations: number;
  precision: number;
  converged: boolean;
}

/** @internal R's R_zeroin2 (src/library/stats/src/zeroin.c), no validation. */
export function zeroin(f: (x: number) => number, ax: number, bx: number, fa0: number, fb0: number, tol: number, maxIterations: number): ZeroinResult {
  let a = ax;
  let b = bx;
  let fa = fa0;
  let fb = fb0;
  let c = a;
  let fc = fa;
  if (fa === 0) return { x: a, fx: 0, c: a, iterations: 0, precision: 0, converged: true };
  if (fb === 0) return { x: b, fx: 0, c: b, iterations: 0, precision: 0, converged: true };
  let maxit = maxIterations + 1;
  while (maxit-- > 0) {
    const prevStep = b - a;
    if (Math.abs(fc) < Math.abs(fb)) {
      a = b;
      b = c;
      c = a;
      fa = fb;
      fb = fc;
      fc = fa;
    }
    const tolAct = 2 * EPS * Math.abs(b) + tol / 2;
    let newStep = (c - b) / 2;
    if (Math.abs(newStep) <= tolAct || fb === 0) {
      return { x: b, fx: fb, c, iterations: maxIterations - maxit, precision: Math.abs(c - b), converged: true };
    }
    if (Math.abs(prevStep) >= tolAct && Math.abs(fa) > Math.abs(fb)) {
      let p: number;
      let q: number;
      const cb = c - b;
      if (a === c) {
        const t1 = fb / fa;
        p = cb * t1;
        q = 1 - t1;
      } else {
        const qq = fa / fc;
        const t1 = fb / fc;
        const t2 = fb / fa;
        p = t2 * (cb * qq * (qq - t1) - (b - a) * (t1 - 1));
        q = (qq - 1) * (t1 - 1) * (t2 - 1);
      }
      if (p > 0) q = -q;
      else p = -p;
      if (p < 0.75 * cb * q - Math.abs(tolAct * q) / 2 && p < Math.abs((prevStep * q) / 2)) newStep = p / q;
    }
    if (Math.abs(newStep) < tolAct) newStep = newStep > 0 ? tolAct : -tolAct;
    a = b;
    fa = fb;
    b += newStep;
    fb = f(b);
    if ((fb > 0 && fc > 0) || (fb < 0 && fc < 0)) {
      c = a;
      fc = fa;
    }
  }
  return { x: b, fx: fb, c, iterations: maxIterations, precision: Math.abs(c - b), converged: false };
}

/**
 * Finds the minimum of f on an interval by Brent's method — a line-by-line port of R's
 * `Brent_fmin` (`optimize`): golden-section steps, parabolic interpolation where it is safe.
 * Finds a local minimum; for a unimodal f, the minimum.
 *
 * @param f - the function; `Infinity` (outside the domain) is read as `Number.MAX_VALUE`
 * @param options - the interval, tolerance and iteration limit
 * @returns the minimiser, the minimum and the counts
 * @throws {@link DpmError} `INVALID_ARGUMENT` for lower ≥ upper or a non-function, `NON_FINITE`
 *   when f returns NaN, `NOT_CONVERGED` (details: best x) at the iteration limit
 *
 * @example
 * ```ts
 * import { brentMinimize } from "@dpm/core";
 *
 * const best = brentMinimize((x) => (x - 1) ** 2 + 3, { lower: -5, upper: 5 });
 * best.x.toFixed(6); // => "1.000000"
 * best.value; // => 3
 * ```
 *
 * @category Optimization
 */
export function brentMinimize(f: (x: number) => number, options: BrentMinimizeOptions): BrentMinimizeResult {
  const fn = "brentMinimize";
  checkFunction(f, fn);
  if (options === undefined) throw new DpmError("INVALID_ARGUMENT", `${fn}: pass the interval as options, e.g. { lower: 0, upper: 10 }.`, { path: "options" });
  const o = checkOptions(options, ROOT_KEYS, fn, "{ lower: 0, upper: 10 }");
  const { lower, upper } = o as BrentMinimizeOptions;
  checkInterval(lower, upper, fn);
  const tol = checkTolerance(o.tolerance, 1e-10, fn);
  const maxIterations = o.maxIterations ?? 1000;
  assertInteger(maxIterations, "maxIterations", fn, 1, 1e7);
  const onNotConverged = checkOnNotConverged(o.onNotConverged, fn);
  const g = evaluator(f, fn);
  const r = fmin(g, lower, upper, tol, maxIterations);
  const message = r.converged ? `converged in ${r.iterations} iterations` : `stopped at the iteration limit (${maxIterations})`;
  if (!r.converged && onNotConverged === "throw") {
    throw new DpmError("NOT_CONVERGED", `${fn}: ${message}; raise maxIterations or loosen tolerance. Best x so far: ${r.x}.`, {
      details: { x: r.x, value: r.fx, iterations: r.iterations, evaluations: r.evaluations },
    });
  }
  return { x: r.x, value: r.fx, iterations: r.iterations, evaluations: r.evaluations, converged: r.converged, message };
}

/** @internal R's Brent_fmin (src/library/stats/src/optimize.c), no validation. */
export function fmin(f: (x: number) => number, ax: number, bx: number, tol: number, maxIterations: number) {
  const c = (3 - Math.sqrt(5)) * 0.5;
  const eps = Math.sqrt(EPS);
  let a = ax;
  let b = bx;
  let v = a + c * (b - a);
  let w = v;
  let x = v;
  let d = 0;
  let e = 0;
  let fx = f(x);
  let evaluations = 1;
  let fv = fx;
  let fw = fx;
  const tol3 = tol / 3;
  let iterations = 0;
  let converged = false;
  for (;;) {
    const xm = (a + b) * 0.5;
    const tol1 = eps * Math.abs(x) + tol3;
    const t2 = tol1 * 2;
    if (Math.abs(x - xm) <= t2 - (b - a) * 0.5) {
      converged = true;
      break;
    }
    if (iterations >= maxIterations) break;
    iterations++;
    let p = 0;
    let q = 0;
    let r = 0;
    if (Math.abs(e) > tol1) {
      r = (x - w) * (fx - fv);
      q = (x - v) * (fx - fw);
      p = (x - v) * q - (x - w) * r;
      q = (q - r) * 2;
      if (q > 0) p = -p;
      else q = -q;
      r = e;
      e = d;
    }
    let u: number;
    if (Math.abs(p) >= Math.abs(q * 0.5 * r) || p <= q * (a - x) || p >= q * (b - x)) {
      e = x < xm ? b - x : a - x;
      d = c * e;
    } else {
      d = p / q;
      u = x + d;
      if (u - a < t2 || b - u < t2) {
        d = tol1;
        if (x >= xm) d = -d;
      }
    }
    if (Math.abs(d) >= tol1) u = x + d;
    else if (d > 0) u = x + tol1;
    else u = x - tol1;
    const fu = f(u);
    evaluations++;
    if (fu <= fx) {
      if (u < x) b = x;
      else a = x;
      v = w;
      w = x;
      x = u;
      fv = fw;
      fw = fx;
      fx = fu;
    } else {
      if (u < x) a = u;
      else b = u;
      if (fu <= fw || w === x) {
        v = w;
        fv = fw;
        w = u;
        fw = fu;
      } else if (fu <= fv || v === x || v === w) {
        v = u;
        fv = fu;
      }
    }
  }
  return { x, fx, iterations, evaluations, converged };
}

/**
 * Looks for an interval where f changes sign, to hand to {@link brentRoot}: on a finite interval
 * it scans `points` equally spaced values (and returns the first sign change from the left); with
 * an infinite bound it steps outward from `x0`, doubling the step (like R's
 * `uniroot(extendInt = "yes")`). A scan can miss two roots that sit between neighbouring points.
 *
 * @param f - the function
 * @param options - the search range, start, scan resolution and expansion limit
 * @returns a bracket with `f(lower) · f(upper) ≤ 0`
 * @throws {@link DpmError} `NO_SOLUTION` when no sign change is found (the message and `details`
 *   give the range of f seen, so the caller can tell how far off the target is),
 *   `INVALID_ARGUMENT` for lower ≥ upper, `NON_FINITE` when f returns NaN
 *
 * @example
 * ```ts
 * import { bracketRoot, brentRoot } from "@dpm/core";
 *
 * const f = (x: number) => Math.exp(x) - 1000;
 * const b = bracketRoot(f, { lower: 0, upper: Infinity });
 * b.fLower < 0 && b.fUpper > 0; // => true
 * brentRoot(f, { lower: b.lower, upper: b.upper }).x.toFixed(6); // => "6.907755"
 * ```
 *
 * @category Optimization
 */
export function bracketRoot(f: (x: number) => number, options: BracketRootOptions): Bracket {
  const fn = "bracketRoot";
  checkFunction(f, fn);
  if (options === undefined) throw new DpmError("INVALID_ARGUMENT", `${fn}: pass the search range as options, e.g. { lower: 0, upper: 100 }.`, { path: "options" });
  const o = checkOptions(options, BRACKET_KEYS, fn, "{ lower: 0, upper: 100 }");
  const { lower, upper } = o as BracketRootOptions;
  for (const [name, v] of [["lower", lower], ["upper", upper]] as const) {
    if (typeof v !== "number" || Number.isNaN(v)) throw new DpmError("INVALID_ARGUMENT", `${fn}: ${name} must be a number (±Infinity allowed), got ${describeValue(v)}.`, { path: name });
  }
  if (!(lower < upper)) throw new DpmError("INVALID_ARGUMENT", `${fn}: lower (${lower}) must be less than upper (${upper}).`, { path: "lower" });
  const points = o.points ?? 32;
  assertInteger(points, "points", fn, 2, 10_000);
  const maxExpansions = o.maxExpansions ?? 60;
  assertInteger(maxExpansions, "maxExpansions", fn, 1, 1000);
  const g = evaluator(f, fn);
  let evaluations = 0;
  let min = Infinity;
  let max = -Infinity;
  const at = (x: number): number => {
    const y = g(x);
    evaluations++;
    if (y < min) min = y;
    if (y > max) max = y;
    return y;
  };
  const fail = (where: string): never => {
    throw new DpmError(
      "NO_SOLUTION",
      `${fn}: f does not change sign ${where}: its values there range over [${min}, ${max}]. Widen the range, or check that a root exists.`,
      { details: { min, max, evaluations } },
    );
  };
  if (Number.isFinite(lower) && Number.isFinite(upper)) {
    let xPrev = lower;
    let fPrev = at(lower);
    if (fPrev === 0) return { lower, upper: lower, fLower: 0, fUpper: 0, evaluations };
    for (let k = 1; k < points; k++) {
      const x = k === points - 1 ? upper : lower + ((upper - lower) * k) / (points - 1);
      const y = at(x);
      if (y === 0 || oppositeSign(y, fPrev)) return { lower: xPrev, upper: x, fLower: fPrev, fUpper: y, evaluations };
      xPrev = x;
      fPrev = y;
    }
    return fail(`at ${points} points across [${lower}, ${upper}]`);
  }
  let x0 = o.x0 ?? (Number.isFinite(lower) ? lower : Number.isFinite(upper) ? upper : 0);
  assertFinite(x0, "x0", fn);
  x0 = Math.min(upper, Math.max(lower, x0));
  let step = 0.1 * Math.max(1, Math.abs(x0));
  let a = x0;
  let b = x0;
  let fa = at(x0);
  let fb = fa;
  if (fa === 0) return { lower: x0, upper: x0, fLower: 0, fUpper: 0, evaluations };
  for (let k = 0; k < maxExpansions; k++) {
    if (a > lower) {
      const x = Math.max(lower, x0 - step);
      const y = at(x);
      if (y === 0 || oppositeSign(y, fa)) return { lower: x, upper: a, fLower: y, fUpper: fa, evaluations };
      a = x;
      fa = y;
    }
    if (b < upper) {
      const x = Math.min(upper, x0 + step);
      const y = at(x);
      if (y === 0 || oppositeSign(y, fb)) return { lower: b, upper: x, fLower: fb, fUpper: y, evaluations };
      b = x;
      fb = y;
    }
    step *= 2;
  }
  return fail(`between ${a} and ${b} after ${maxExpansions} doublings of the step`);
}
