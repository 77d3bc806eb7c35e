import { DpmError, isDpmError, minimizeBfgs, type MinimizeBfgsResult, type ObjectiveWithGradient } from "@dpm/core";

/**
 * @internal Minimises a CLV model's negative mean log-likelihood (in log-parameters) with core's
 * BFGS (strong-Wolfe line search, steps capped at 2 in any log-parameter). A failure throws
 * `NOT_CONVERGED` naming the fit, with the last point in `details`.
 */
export function minimizeNegativeLogLikelihood(fg: ObjectiveWithGradient, start: Float64Array, fn: string, gtol: number, initialInverseHessian?: Float64Array): MinimizeBfgsResult {
  let res: MinimizeBfgsResult;
  try {
    res = minimizeBfgs(fg, start, initialInverseHessian === undefined ? { gtol, onNotConverged: "return" } : { gtol, initialInverseHessian, onNotConverged: "return" });
  } catch (error) {
    if (!isDpmError(error, "NON_FINITE")) throw error;
    throw new DpmError("NOT_CONVERGED", `${fn}: the objective is not finite at the starting point; supply other initial values`, { details: { lastPoint: Array.from(start) } });
  }
  if (res.status === "lineSearch") {
    throw new DpmError("NOT_CONVERGED", `${fn}: the line search could not decrease the objective (gradient ${res.gradientNorm.toExponential(2)}); the maximum may lie on the parameter boundary (too few or degenerate customers) — check the data or supply other initial values`, {
      details: { lastPoint: Array.from(res.x), lastValue: res.value, iterations: res.iterations },
    });
  }
  if (!res.converged) {
    throw new DpmError("NOT_CONVERGED", `${fn}: BFGS did not converge in ${res.iterations} iterations (gradient ${res.gradientNorm.toExponential(2)}); check the data or supply better initial values`, {
      details: { lastPoint: Array.from(res.x), lastValue: res.value },
    });
  }
  return res;
}
