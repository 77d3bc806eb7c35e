/**
 * Objective with gradient, the input of the quasi-Newton minimisers: returns f(x) and writes
 * ∇f(x) into `grad` (same length as `x`). Return `Infinity` for a point outside the domain (the
 * line search backs off); `NaN` is an error.
 *
 * @category Optimization
 */
export type ObjectiveWithGradient = (x: Float64Array, grad: Float64Array) => number;

/**
 * Objective without gradient (Nelder–Mead, {@link withNumericGradient}).
 *
 * @category Optimization
 */
export type Objective = (x: Float64Array) => number;

/**
 * Why a minimiser stopped: a tolerance was met (`"converged"`), the iteration or evaluation limit
 * was reached, the line search could not make progress (blocked by `Infinity` walls), or the
 * Nelder–Mead simplex stopped shrinking (R's `fail = 10`).
 *
 * @category Optimization
 */
export type OptimizeStatus = "converged" | "maxIterations" | "maxEvaluations" | "lineSearch" | "stalled";

/**
 * Result of a minimiser.
 *
 * @category Optimization
 */
export interface OptimizeResult {
  /** Best point found (a fresh array). */
  readonly x: Float64Array;
  /** Objective at `x`. */
  readonly value: number;
  /** Iterations (quasi-Newton steps; for Nelder–Mead the evaluations). */
  readonly iterations: number;
  /** Objective (with gradient) evaluations. */
  readonly evaluations: number;
  /** `status === "converged"`. */
  readonly converged: boolean;
  /** Why it stopped. */
  readonly status: OptimizeStatus;
  /** The reason in words. */
  readonly message: string;
}

/**
 * What a minimiser does when it stops without converging: throw `DpmError("NOT_CONVERGED")`
 * whose `details` carry the best point so far (`"throw"`, the default), or return the result with
 * `converged: false` (`"return"`).
 *
 * @category Optimization
 */
export type OnNotConverged = "throw" | "return";
