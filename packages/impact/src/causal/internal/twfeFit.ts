import { type CoefficientRow, DpmError, fitLinearModel, isDpmError, type LinearModelFit } from "@dpm/core";
import { absorbedParameters, demean, type Factor } from "./twoWayDemean.js";

/** @internal Result of the fixed-effects regression kernel. */
export interface TwfeFit {
  readonly fit: LinearModelFit;
  readonly rows: readonly CoefficientRow[];
}

/**
 * @internal y on the named regressors with the factors' fixed effects absorbed, cluster-robust CR1
 * by `clusters` (Stata / estimatr "stata": k counts the absorbed effects, t on G − 1 df).
 */
export function twfeFit(
  y: Float64Array,
  regressors: readonly { readonly name: string; readonly values: Float64Array }[],
  factors: readonly Factor[],
  clusters: Int32Array,
  level: number,
  fn: string,
  extraComponents = 0,
): TwfeFit {
  const cols = demean([y, ...regressors.map((r) => r.values)], factors, fn);
  const design = regressors.map((r, j) => ({ name: r.name, values: cols[j + 1]! }));
  // A regressor that the fixed effects absorb completely is collinear with them.
  for (let j = 0; j < design.length; j++) {
    const raw = regressors[j]!.values;
    const dm = design[j]!.values;
    let a = 0;
    let b = 0;
    for (let i = 0; i < raw.length; i++) {
      a = Math.max(a, Math.abs(raw[i]!));
      b = Math.max(b, Math.abs(dm[i]!));
    }
    if (b <= 1e-9 * Math.max(a, 1e-300)) {
      throw new DpmError("SINGULAR", `${fn}: "${regressors[j]!.name}" is collinear with the unit and period fixed effects (it does not vary within units over time); remove it.`, {
        path: "design",
        details: { collinear: [regressors[j]!.name, "unit fixed effects", "period fixed effects"] },
      });
    }
  }
  try {
    const fit = fitLinearModel(cols[0]!, design, { intercept: false, clusters, covariance: "CR1", level, absorbedDf: absorbedParameters(factors) - extraComponents });
    return { fit, rows: fit.coefficients };
  } catch (error) {
    if (isDpmError(error, "SINGULAR")) {
      throw new DpmError("SINGULAR", `${fn}: ${error.message.replace(/^fitLinearModel: /, "")} (after removing the fixed effects)`, { path: "design", details: error.details, cause: error });
    }
    throw error;
  }
}
