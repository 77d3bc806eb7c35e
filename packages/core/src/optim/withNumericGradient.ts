import { checkOptions } from "../errors/checkOptions.js";
import { DpmError } from "../errors/DpmError.js";
import { readTolerance } from "./checkMinimize.js";
import type { Objective, ObjectiveWithGradient } from "./types.js";

/**
 * Options of {@link withNumericGradient}.
 *
 * @category Optimization
 */
export interface NumericGradientOptions {
  /** Relative step: hᵢ = step·max(|xᵢ|, 1) (default ∛ε ≈ 6.06e−6, the usual choice for central differences). */
  readonly step?: number;
  /** Lower bounds: a central step that would go below one becomes a forward difference. */
  readonly lower?: ArrayLike<number>;
  /** Upper bounds: a central step that would go above one becomes a backward difference. */
  readonly upper?: ArrayLike<number>;
}

const KEYS = ["step", "lower", "upper"];
const FN = "withNumericGradient";

/**
 * Turns an objective without gradient into one with a finite-difference gradient, for
 * {@link minimizeBfgs} and {@link minimizeLbfgs}: central differences (2n extra evaluations per
 * gradient, error O(h²)), one-sided next to a bound so the objective is never called outside the
 * box. If a difference point is not finite, the one-sided difference on the other side is used.
 * Prefer an analytic gradient when you have one: it is exact and n times cheaper.
 *
 * @param f - the objective
 * @param options - relative step and the box; see {@link NumericGradientOptions}
 * @returns `(x, grad) => f(x)` that also writes the approximate gradient into `grad`
 * @throws {@link DpmError} `INVALID_ARGUMENT` for a non-function or bad options
 *
 * @example
 * ```ts
 * import { minimizeLbfgs, withNumericGradient } from "@dpm/core";
 *
 * const booth = (x: Float64Array) => (x[0]! + 2 * x[1]! - 7) ** 2 + (2 * x[0]! + x[1]! - 5) ** 2;
 * const fg = withNumericGradient(booth);
 * const g = new Float64Array(2);
 * fg(Float64Array.of(0, 0), g); // => 74
 * [Math.round(g[0]!), Math.round(g[1]!)]; // => [-34, -38]
 * const r = minimizeLbfgs(fg, [0, 0]);
 * [Math.round(r.x[0]! * 1e5) / 1e5, Math.round(r.x[1]! * 1e5) / 1e5]; // => [1, 3]
 * ```
 *
 * @category Optimization
 */
export function withNumericGradient(f: Objective, options?: NumericGradientOptions): ObjectiveWithGradient {
  if (typeof f !== "function") throw new DpmError("INVALID_ARGUMENT", `${FN}: f must be a function (x) => number.`, { path: "f" });
  const opts = checkOptions(options, KEYS, FN, "{ step: 1e-6 }");
  const step = readTolerance(opts.step, "step", FN, Math.cbrt(Number.EPSILON), true);
  const lower = opts.lower;
  const upper = opts.upper;
  for (const [b, name] of [[lower, "lower"], [upper, "upper"]] as const) {
    if (b !== undefined && (b === null || typeof b !== "object" || typeof b.length !== "number")) {
      throw new DpmError("INVALID_ARGUMENT", `${FN}: options.${name} must be an array of numbers.`, { path: `options.${name}` });
    }
  }
  let u = new Float64Array(0);
  return (x, grad) => {
    const n = x.length;
    if (u.length !== n) u = new Float64Array(n);
    const f0 = f(x);
    if (!Number.isFinite(f0)) return f0;
    u.set(x);
    for (let i = 0; i < n; i++) {
      const xi = x[i] as number;
      const h = step * Math.max(Math.abs(xi), 1);
      const lo = lower === undefined ? -Infinity : (lower[i] ?? -Infinity);
      const hi = upper === undefined ? Infinity : (upper[i] ?? Infinity);
      const canUp = xi + h <= hi;
      const canDown = xi - h >= lo;
      let fp = NaN;
      let fm = NaN;
      if (canUp) {
        u[i] = xi + h;
        fp = f(u);
      }
      if (canDown) {
        u[i] = xi - h;
        fm = f(u);
      }
      u[i] = xi;
      if (Number.isFinite(fp) && Number.isFinite(fm)) grad[i] = (fp - fm) / (2 * h);
      else if (Number.isFinite(fp)) grad[i] = (fp - f0) / h;
      else if (Number.isFinite(fm)) grad[i] = (f0 - fm) / h;
      else grad[i] = 0;
    }
    return f0;
  };
}
