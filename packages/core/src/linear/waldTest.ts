import { DpmError } from "../errors/DpmError.js";
import { describeValue } from "../errors/validate.js";
import { regularizedBeta } from "../math/regularizedBeta.js";
import { regularizedGamma } from "../math/regularizedGamma.js";
import { qrLeastSquares } from "./qrLeastSquares.js";

/**
 * Result of {@link waldTest}.
 *
 * @category Linear models
 */
export interface WaldTestResult {
  /** W = b' V⁻¹ b over the tested coefficients. */
  readonly statistic: number;
  /** Number of restrictions q. */
  readonly df: number;
  /** P(χ²_q ≥ W). */
  readonly pValue: number;
  /** W / q. */
  readonly fStatistic: number;
  /** P(F_{q, dfDenominator} ≥ W/q). */
  readonly fPValue: number;
  readonly dfDenominator: number;
}

/** The coefficient part of a fit that {@link waldTest} needs (a {@link LinearModelFit} or {@link LogisticRegressionFit}). */
export interface WaldTestable {
  readonly names: readonly string[];
  readonly estimates: Float64Array;
  readonly vcov: Float64Array;
  readonly inferenceDf?: number;
}

/**
 * @internal Upper tail of the F distribution, P(F_{d1,d2} ≥ f).
 */
export function fUpperTail(f: number, d1: number, d2: number): number {
  if (!(f > 0)) return 1;
  if (d2 === Infinity) return regularizedGamma(d1 / 2, (d1 * f) / 2, true);
  return regularizedBeta(d2 / 2, d1 / 2, d2 / (d2 + d1 * f));
}

/**
 * Joint Wald test that the named coefficients are all zero, with the fit's own covariance (so a
 * robust or clustered fit gives a robust test): the χ² form W = b'V⁻¹b on q degrees of freedom,
 * and the F form W/q on (q, inference df) — what `car::linearHypothesis` reports.
 *
 * @param fit - a linear or logistic fit
 * @param names - the coefficients to test jointly (at least one)
 * @returns the statistic, its degrees of freedom and p values
 * @throws {@link DpmError} `INVALID_ARGUMENT` for an unknown or repeated name or a malformed fit; `NON_FINITE` for a fit with non-finite numbers; `SINGULAR` when their covariance is singular
 *
 * @example
 * ```ts
 * import { fitLinearModel, waldTest } from "@dpm/core";
 *
 * const fit = fitLinearModel([1, 2.1, 2.9, 4.2, 5, 5.8, 7.1], { x: [1, 2, 3, 4, 5, 6, 7], z: [0, 1, 0, 1, 0, 1, 0] });
 * const test = waldTest(fit, ["z"]);
 * test.df; // => 1
 * test.pValue > 0.05; // => true
 * ```
 *
 * @category Linear models
 */
export function waldTest(fit: WaldTestable, names: readonly string[]): WaldTestResult {
  const FN = "waldTest";
  const f = fit as Partial<WaldTestable> | null | undefined;
  if (typeof f !== "object" || f === null || !Array.isArray(f.names) || !ArrayBuffer.isView(f.estimates) || !ArrayBuffer.isView(f.vcov)) {
    throw new DpmError("INVALID_ARGUMENT", `${FN}: fit must be a model fit with names, estimates and vcov (e.g. from fitLinearModel), got ${describeValue(fit)}.`, { path: "fit" });
  }
  const k = f.names.length;
  if (f.estimates.length !== k || f.vcov.length !== k * k) {
    throw new DpmError("LENGTH_MISMATCH", `${FN}: fit has ${k} names but ${f.estimates.length} estimates and a vcov of ${f.vcov.length} entries (needs ${k * k}).`, { path: "fit" });
  }
  for (let i = 0; i < k * k; i++) {
    if (!Number.isFinite(f.vcov[i]!) || (i < k && !Number.isFinite(f.estimates[i]!))) {
      throw new DpmError("NON_FINITE", `${FN}: fit has non-finite estimates or covariance entries; refit the model.`, { path: "fit" });
    }
  }
  if (f.inferenceDf !== undefined && !(typeof f.inferenceDf === "number" && f.inferenceDf > 0)) {
    throw new DpmError("INVALID_ARGUMENT", `${FN}: fit.inferenceDf must be a positive number, got ${describeValue(f.inferenceDf)}.`, { path: "fit.inferenceDf" });
  }
  if (!Array.isArray(names) || names.length === 0) {
    throw new DpmError("INVALID_ARGUMENT", `${FN}: names must be a non-empty array of coefficient names such as ["lead2", "lead3"].`, { path: "names" });
  }
  const p = fit.names.length;
  const idx = names.map((name) => {
    const j = fit.names.indexOf(name);
    if (j < 0) {
      throw new DpmError("INVALID_ARGUMENT", `${FN}: no coefficient named "${String(name)}"; the model has ${fit.names.map((s) => `"${s}"`).join(", ")}.`, { path: "names" });
    }
    return j;
  });
  if (new Set(idx).size !== idx.length) throw new DpmError("INVALID_ARGUMENT", `${FN}: names repeats a coefficient; list each once.`, { path: "names" });
  const q = idx.length;
  // W = b' V⁻¹ b via least squares on the Cholesky-free route: solve V c = b with QR on V's columns.
  const cols = idx.map((a) => Float64Array.from(idx, (b) => fit.vcov[b * p + a]!));
  const b = Float64Array.from(idx, (j) => fit.estimates[j]!);
  const sol = qrLeastSquares(cols, b, 1e-10);
  if (sol.rank < q) {
    throw new DpmError("SINGULAR", `${FN}: the covariance of ${names.join(", ")} is singular; test fewer coefficients (some are linear combinations of others).`, {
      path: "names",
    });
  }
  let w = 0;
  for (let k = 0; k < q; k++) w += b[k]! * sol.coef[k]!;
  const dfDen = fit.inferenceDf ?? Infinity;
  return {
    statistic: w,
    df: q,
    pValue: regularizedGamma(q / 2, w / 2, true),
    fStatistic: w / q,
    fPValue: fUpperTail(w / q, q, dfDen),
    dfDenominator: dfDen,
  };
}
