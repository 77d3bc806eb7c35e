import { checkOptions, DpmError, fitLogisticRegression, isDpmError, type LogisticRegressionFit } from "@dpm/core";
import { readCovariates, readTreatment } from "./internal/validate.js";

/**
 * Options of {@link propensityScores}.
 *
 * @category Causal impact
 */
export interface PropensityScoresOptions {
  /**
   * Trim units whose score is outside [trim, 1 − trim] (e.g. 0.1, the Crump et al. rule of thumb).
   * Default 0: keep everyone.
   */
  readonly trim?: number;
}

/**
 * Overlap diagnostics of estimated propensity scores.
 *
 * @category Causal impact
 */
export interface OverlapDiagnostics {
  readonly treatedRange: readonly [number, number];
  readonly controlRange: readonly [number, number];
  /** From the larger of the two minima to the smaller of the two maxima: where both groups have units. */
  readonly commonSupport: readonly [number, number];
  /** Share of all units outside the common support. */
  readonly shareOutsideSupport: number;
  /** Share of units with a score below 0.05 or above 0.95. */
  readonly shareExtreme: number;
}

/**
 * Result of {@link propensityScores}.
 *
 * @category Causal impact
 */
export interface PropensityScoresResult {
  /** P(treated | covariates) per unit. */
  readonly scores: Float64Array;
  /** The logistic model (coefficients with standard errors). */
  readonly model: LogisticRegressionFit;
  readonly overlap: OverlapDiagnostics;
  /** 1 for units kept after trimming, 0 for trimmed ones. */
  readonly keep: Uint8Array;
  readonly trimmed: number;
  readonly warnings: readonly string[];
}

const KNOWN = ["trim"];
const FN = "propensityScores";

/** @internal The logistic propensity model with separation reported in causal terms. */
export function fitPropensity(treatment: Float64Array, covariates: { name: string; values: Float64Array }[], fn: string): LogisticRegressionFit {
  if (covariates.length === 0) throw new DpmError("INVALID_ARGUMENT", `${fn}: covariates is empty; pass the pre-treatment characteristics that drive treatment.`, { path: "covariates" });
  try {
    return fitLogisticRegression(treatment, covariates);
  } catch (error) {
    if (isDpmError(error, "NO_SOLUTION")) {
      throw new DpmError(
        "NO_SOLUTION",
        `${fn}: the propensity model has perfect separation — ${error.message.replace(/^fitLogisticRegression: perfect or quasi-complete separation — /, "")} Treated and control units do not overlap on these covariates, so no comparison is possible there.`,
        { path: "covariates", details: error.details, cause: error },
      );
    }
    throw error;
  }
}

/** @internal Overlap diagnostics. */
export function overlapOf(scores: Float64Array, t: Float64Array): OverlapDiagnostics {
  let t0 = Infinity;
  let t1 = -Infinity;
  let c0 = Infinity;
  let c1 = -Infinity;
  for (let i = 0; i < scores.length; i++) {
    const e = scores[i]!;
    if (t[i] === 1) {
      t0 = Math.min(t0, e);
      t1 = Math.max(t1, e);
    } else {
      c0 = Math.min(c0, e);
      c1 = Math.max(c1, e);
    }
  }
  const lo = Math.max(t0, c0);
  const hi = Math.min(t1, c1);
  let outside = 0;
  let extreme = 0;
  for (const e of scores) {
    if (e < lo || e > hi) outside++;
    if (e < 0.05 || e > 0.95) extreme++;
  }
  return { treatedRange: [t0, t1], controlRange: [c0, c1], commonSupport: [lo, hi], shareOutsideSupport: outside / scores.length, shareExtreme: extreme / scores.length };
}

/** @internal Warnings (and the no-overlap error) from overlap diagnostics. */
export function overlapWarnings(o: OverlapDiagnostics, fn: string): string[] {
  if (!(o.commonSupport[0] < o.commonSupport[1])) {
    throw new DpmError("NO_SOLUTION", `${fn}: no overlap — the treated scores span [${o.treatedRange[0].toFixed(3)}, ${o.treatedRange[1].toFixed(3)}] and the controls' [${o.controlRange[0].toFixed(3)}, ${o.controlRange[1].toFixed(3)}]; no unit has a comparable counterpart.`, {
      path: "covariates",
      details: { ...o },
    });
  }
  const w: string[] = [];
  if (o.shareOutsideSupport > 0.1) w.push(`${(100 * o.shareOutsideSupport).toFixed(1)} % of units lie outside the common support [${o.commonSupport[0].toFixed(3)}, ${o.commonSupport[1].toFixed(3)}]; consider trimming.`);
  if (o.shareExtreme > 0.1) w.push(`${(100 * o.shareExtreme).toFixed(1)} % of scores are below 0.05 or above 0.95: weights there are extreme and the estimate leans on few units.`);
  return w;
}

/**
 * Propensity scores from a logistic model of treatment on pre-treatment covariates (IRLS, as
 * `glm(family = binomial)`), with overlap diagnostics and optional trimming.
 *
 * @param treatment - 0/1 per unit
 * @param covariates - named pre-treatment covariates, one value per unit
 * @param options - trimming threshold
 * @returns scores, the fitted model, overlap diagnostics and the trimming mask
 * @throws {@link @dpm/core!DpmError} `NO_SOLUTION` under perfect separation or no overlap; `NO_SOLUTION` when every unit is treated or none is; `SINGULAR` for collinear covariates
 *
 * @example
 * ```ts
 * import { propensityScores } from "@dpm/impact";
 *
 * const age = [23, 35, 41, 29, 52, 33, 47, 38, 26, 44];
 * const joined = [1, 0, 1, 1, 0, 0, 0, 1, 1, 0];
 * const ps = propensityScores(joined, { age });
 * ps.scores.length; // => 10
 * ps.scores[0]! > ps.scores[4]!; // => true
 * ```
 *
 * @category Causal impact
 */
export function propensityScores(treatment: ArrayLike<number>, covariates: Readonly<Record<string, ArrayLike<number>>>, options?: PropensityScoresOptions): PropensityScoresResult {
  const opts = checkOptions(options, KNOWN, FN, "{ trim: 0.1 }");
  const t = readTreatment(treatment, FN);
  const cov = readCovariates(covariates, t.length, FN, "covariates");
  const trim = opts.trim ?? 0;
  if (!(typeof trim === "number" && trim >= 0 && trim < 0.5)) throw new DpmError("INVALID_ARGUMENT", `${FN}: options.trim must be in [0, 0.5) such as 0.1.`, { path: "options.trim" });
  const model = fitPropensity(t, cov, FN);
  const scores = Float64Array.from(model.fitted);
  const overlap = overlapOf(scores, t);
  const warnings = overlapWarnings(overlap, FN);
  const keep = new Uint8Array(t.length).fill(1);
  let trimmed = 0;
  if (trim > 0) {
    for (let i = 0; i < t.length; i++) {
      if (scores[i]! < trim || scores[i]! > 1 - trim) {
        keep[i] = 0;
        trimmed++;
      }
    }
  }
  return { scores, model, overlap, keep, trimmed, warnings };
}
