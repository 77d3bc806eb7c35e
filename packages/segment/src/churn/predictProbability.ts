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
 * @throws {@link @dpm/core!DpmError} `LENGTH_MISMATCH` for a feature-count mismatch; `NON_FINITE`;
 *   `INVALID_ARGUMENT` for a hand-built model whose intercept, coefficients, center or scale are not
 *   finite numbers of the right length (scale must be > 0)
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
  checkModel(model, dm, FN);
  const { data, n, d } = toMatrix(features, dm, FN);
  if (d !== dm) throw new DpmError("LENGTH_MISMATCH", `${FN}: rows have ${d} features, the model ${dm}`, { path: "features" });
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let eta = model.intercept;
    for (let j = 0; j < d; j++) eta += model.coefficients[j]! * ((data[i * d + j]! - model.center[j]!) / model.scale[j]!);
    if (Number.isNaN(eta)) throw new DpmError("NON_FINITE", `${FN}: row ${i} overflows the linear predictor (features near ±1e308); rescale the features`, { path: `features[${i}]` });
    out[i] = 1 / (1 + Math.exp(-eta));
  }
  return out;
}

function checkModel(model: LogisticModel, d: number, fn: string): void {
  const bad = (what: string, fix: string): never => {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: model.${what}; ${fix}`, { path: `model.${what.split(" ")[0]}` });
  };
  if (d === 0) bad("coefficients is empty", "fit the model with logisticRegression on at least one feature");
  if (typeof model.intercept !== "number" || !Number.isFinite(model.intercept)) bad("intercept must be a finite number", "use the model logisticRegression returned");
  for (let j = 0; j < d; j++) if (!Number.isFinite(model.coefficients[j]!)) bad(`coefficients[${j}] must be finite`, "use the model logisticRegression returned");
  const { center, scale } = model;
  if (!(center instanceof Float64Array || Array.isArray(center)) || center.length !== d) bad(`center must hold ${d} numbers (one mean per feature)`, "use the model logisticRegression returned");
  if (!(scale instanceof Float64Array || Array.isArray(scale)) || scale.length !== d) bad(`scale must hold ${d} numbers (one standard deviation per feature)`, "use the model logisticRegression returned");
  for (let j = 0; j < d; j++) {
    const c: unknown = center[j];
    const s: unknown = scale[j];
    if (typeof c !== "number" || !Number.isFinite(c)) bad(`center[${j}] must be a finite number`, "use the model logisticRegression returned");
    if (typeof s !== "number" || !(Number.isFinite(s) && s > 0)) bad(`scale[${j}] must be a finite number > 0`, "use the model logisticRegression returned");
  }
}
