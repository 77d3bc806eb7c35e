import { DpmError } from "@dpm/core";
import { toMatrix } from "../kmeans/points.js";
import type { Points } from "../kmeans/points.js";
import type { LogisticModel } from "./logisticRegression.js";

/**
 * Churn probability of each row under a {@link logisticRegression} model.
 *
 * @param model - fitted model
 * @param features - rows with the model's number of features
 * @returns probabilities in (0, 1)
 * @throws {@link @dpm/core!DpmError} `LENGTH_MISMATCH` for a feature-count mismatch; `NON_FINITE`
 *
 * @example
 * ```ts
 * import { predictProbability } from "@dpm/segment";
 *
 * const model = { intercept: 0, coefficients: Float64Array.of(1), center: Float64Array.of(0), scale: Float64Array.of(1), iterations: 1 };
 * predictProbability(model, [[0]]); // => Float64Array [0.5]
 * ```
 *
 * @category Churn
 */
export function predictProbability(model: LogisticModel, features: Points): Float64Array {
  const FN = "predictProbability";
  if (!(model?.coefficients instanceof Float64Array)) throw new DpmError("INVALID_ARGUMENT", `${FN}: model must come from logisticRegression`, { path: "model" });
  const dm = model.coefficients.length;
  const { data, n, d } = toMatrix(features, dm, FN);
  if (d !== dm) throw new DpmError("LENGTH_MISMATCH", `${FN}: rows have ${d} features, the model ${dm}`, { path: "features" });
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let eta = model.intercept;
    for (let j = 0; j < d; j++) eta += model.coefficients[j]! * ((data[i * d + j]! - model.center[j]!) / model.scale[j]!);
    out[i] = 1 / (1 + Math.exp(-eta));
  }
  return out;
}
