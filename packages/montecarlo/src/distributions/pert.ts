import { ScaledBetaImpl } from "./beta.js";
import { finiteParam, invalid, type ContinuousDistribution } from "./Distribution.js";

/**
 * Options of {@link pert}.
 *
 * @category Distributions
 */
export interface PertOptions {
  /** Weight of the mode (default 4, the classic PERT); larger concentrates mass near the mode. */
  readonly lambda?: number;
}

/**
 * The (modified) PERT distribution: a beta distribution on [min, max] with shapes
 * α = 1 + λ(mode − min)/(max − min) and β = 1 + λ(max − mode)/(max − min), so the mean is
 * (min + λ·mode + max)/(λ + 2). A smoother alternative to the triangular for three-point
 * estimates.
 *
 * @param min - the smallest value
 * @param mode - the most likely value, min ≤ mode ≤ max
 * @param max - the largest value, > min
 * @param options - `lambda` (default 4)
 * @returns the distribution
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` when min ≥ max, the mode lies outside [min, max] or lambda ≤ 0
 *
 * @example
 * ```ts
 * import { pert } from "@dpm/montecarlo";
 *
 * const weeks = pert(4, 6, 14);
 * weeks.mean.toFixed(6); // => "7.000000"
 * weeks.variance.toFixed(6); // => "3.000000" ((mean − min)(max − mean)/7)
 * ```
 *
 * @category Distributions
 */
export function pert(min: number, mode: number, max: number, options: PertOptions = {}): ContinuousDistribution {
  const fn = "pert";
  finiteParam(min, "min", fn);
  finiteParam(mode, "mode", fn);
  finiteParam(max, "max", fn);
  const lambda = finiteParam(options?.lambda ?? 4, "lambda", fn, true);
  if (!(min < max)) throw invalid(fn, "max", `must be greater than min, got min = ${min} and max = ${max}.`);
  if (mode < min || mode > max) throw invalid(fn, "mode", `must lie between min and max (${min} … ${max}), got ${mode}.`);
  const a = 1 + (lambda * (mode - min)) / (max - min);
  const b = 1 + (lambda * (max - mode)) / (max - min);
  return new ScaledBetaImpl("pert", Object.freeze({ min, mode, max, lambda }), a, b, min, max);
}
