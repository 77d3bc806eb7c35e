import { checkOptions, type CoefficientRow, DpmError, fitLinearModel, qrLeastSquares, studentTCdf, studentTQuantile, waldTest } from "@dpm/core";
import { type CausalEstimate, withReadout } from "./CausalEstimate.js";
import { readColumn, readLevel } from "./internal/validate.js";

/**
 * Data of {@link twoStageLeastSquares}: named columns, one value per observation.
 *
 * @category Causal impact
 */
export interface IvData {
  readonly outcome: ArrayLike<number>;
  /** Endogenous regressors (the treatment(s) whose effect is wanted). */
  readonly endogenous: Readonly<Record<string, ArrayLike<number>>>;
  /** Excluded instruments: move the treatment but affect the outcome only through it. */
  readonly instruments: Readonly<Record<string, ArrayLike<number>>>;
  /** Exogenous controls (included in both stages). */
  readonly exogenous?: Readonly<Record<string, ArrayLike<number>>>;
}

/**
 * Options of {@link twoStageLeastSquares}.
 *
 * @category Causal impact
 */
export interface TwoStageLeastSquaresOptions {
  /** Standard errors: `"HC1"` (default, as Stata's `robust` / `sandwich::vcovHC(type = "HC1")`), `"HC0"` or `"classical"`. */
  readonly covariance?: "classical" | "HC0" | "HC1";
  /** Confidence level (default 0.95). */
  readonly level?: number;
  /** First-stage F below which the instruments count as weak (default 10, Staiger & Stock). */
  readonly weakInstrumentF?: number;
}

/**
 * First-stage diagnostics of one endogenous regressor.
 *
 * @category Causal impact
 */
export interface FirstStage {
  readonly endogenous: string;
  /** F statistic of the excluded instruments (classical). */
  readonly fStatistic: number;
  /** The same joint test with the chosen robust covariance. */
  readonly robustFStatistic: number;
  readonly pValue: number;
  readonly partialRSquared: number;
}

/**
 * Result of {@link twoStageLeastSquares}: the first endogenous coefficient as the headline.
 *
 * @category Causal impact
 */
export interface TwoStageLeastSquaresResult extends CausalEstimate {
  /** Every second-stage coefficient (intercept, endogenous, exogenous). */
  readonly coefficients: readonly CoefficientRow[];
  readonly firstStages: readonly FirstStage[];
  /** Residual standard error from the structural residuals y − Xb. */
  readonly sigma: number;
  readonly n: number;
}

const KNOWN = ["covariance", "level", "weakInstrumentF"];
const FN = "twoStageLeastSquares";

/**
 * Instrumental variables by two-stage least squares: regress each endogenous regressor on the
 * instruments and controls, replace it by its fitted values, and regress the outcome on those —
 * with standard errors from the structural residuals (as `AER::ivreg`), robust HC1 by default,
 * the first-stage F per endogenous regressor and a weak-instrument warning.
 *
 * @param data - outcome, endogenous regressors, excluded instruments, optional exogenous controls
 * @param options - covariance type, level, weak-instrument threshold
 * @returns the effect of the first endogenous regressor, all coefficients and first-stage diagnostics
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` when there are fewer instruments than endogenous regressors; `SINGULAR` for collinear columns or an instrument with no variation; `NO_SOLUTION` when the instruments do not move the treatment at all
 *
 * @example
 * ```ts
 * import { twoStageLeastSquares } from "@dpm/impact";
 *
 * const z = [1, 2, 3, 4, 5, 6, 7, 8];
 * const u = [0.3, -0.3, -0.3, 0.3, 0.3, -0.3, -0.3, 0.3]; // demand shocks, unrelated to the instrument z
 * const price = z.map((v, i) => 2 + 0.5 * v + u[i]!);
 * const demand = price.map((p, i) => 20 - 2 * p + 3 * u[i]!);
 * const iv = twoStageLeastSquares({ outcome: demand, endogenous: { price }, instruments: { z } });
 * Math.round(iv.estimate * 1000) / 1000; // => -2
 * ```
 *
 * @category Causal impact
 */
export function twoStageLeastSquares(data: IvData, options?: TwoStageLeastSquaresOptions): TwoStageLeastSquaresResult {
  const opts = checkOptions(options, KNOWN, FN, '{ covariance: "HC1" }');
  const level = readLevel(opts.level, FN);
  const covariance = opts.covariance ?? "HC1";
  if (!["classical", "HC0", "HC1"].includes(covariance)) {
    throw new DpmError("INVALID_ARGUMENT", `${FN}: options.covariance must be "classical", "HC0" or "HC1".`, { path: "options.covariance" });
  }
  const weakF = opts.weakInstrumentF ?? 10;
  if (typeof data !== "object" || data === null || typeof data.endogenous !== "object" || typeof data.instruments !== "object" || data.endogenous === null || data.instruments === null) {
    throw new DpmError("INVALID_ARGUMENT", `${FN}: data must be { outcome, endogenous: { name: values }, instruments: { name: values }, exogenous? }.`, { path: "data" });
  }
  const yRaw = data.outcome as ArrayLike<unknown>;
  const n = yRaw?.length ?? 0;
  const y = readColumn(data.outcome, n, FN, "data.outcome");
  const cols = (rec: Readonly<Record<string, ArrayLike<number>>> | undefined, path: string) =>
    Object.entries(rec ?? {}).map(([name, v]) => ({ name, values: readColumn(v, n, FN, `${path}.${name}`) }));
  const endo = cols(data.endogenous, "data.endogenous");
  const inst = cols(data.instruments, "data.instruments");
  const exo = cols(data.exogenous, "data.exogenous");
  if (endo.length === 0) throw new DpmError("INVALID_ARGUMENT", `${FN}: data.endogenous is empty; name the treatment column.`, { path: "data.endogenous" });
  if (inst.length < endo.length) {
    throw new DpmError("INVALID_ARGUMENT", `${FN}: ${endo.length} endogenous regressor(s) need at least as many instruments, got ${inst.length}.`, { path: "data.instruments" });
  }
  const p = 1 + endo.length + exo.length;
  if (n <= p + inst.length) throw new DpmError("TOO_SHORT", `${FN}: ${n} observations are too few for ${p} coefficients and ${inst.length} instruments.`, { path: "data.outcome" });
  // First stages.
  const warnings: string[] = [];
  const firstStages: FirstStage[] = [];
  const fitted: { name: string; values: Float64Array }[] = [];
  for (const e of endo) {
    const design = [...exo, ...inst];
    const fs = fitLinearModel(e.values, design, {});
    const fsRobust = covariance === "classical" ? fs : fitLinearModel(e.values, design, { covariance });
    const names = inst.map((c) => c.name);
    const f = waldTest(fs, names).fStatistic;
    const fr = waldTest(fsRobust, names).fStatistic;
    // Partial R² of the instruments: 1 − RSS_full / RSS_without-instruments.
    const restricted = fitLinearModel(e.values, exo, {});
    let rssF = 0;
    let rssR = 0;
    for (let i = 0; i < n; i++) {
      rssF += fs.residuals[i]! ** 2;
      rssR += restricted.residuals[i]! ** 2;
    }
    const partial = rssR > 0 ? 1 - rssF / rssR : 0;
    if (!(partial > 1e-12)) {
      throw new DpmError("NO_SOLUTION", `${FN}: the instruments do not move "${e.name}" at all (first-stage partial R² = 0); the effect is not identified — find an instrument correlated with the treatment.`, {
        path: "data.instruments",
      });
    }
    firstStages.push({ endogenous: e.name, fStatistic: f, robustFStatistic: fr, pValue: waldTest(fs, names).fPValue, partialRSquared: partial });
    if (Math.min(f, fr) < weakF) {
      warnings.push(`weak instrument(s) for "${e.name}": first-stage F = ${Math.min(f, fr).toFixed(2)} < ${weakF}; 2SLS is biased towards OLS and its interval is unreliable.`);
    }
    fitted.push({ name: e.name, values: fs.fitted });
  }
  // Second stage on [1, X̂_endo, exo]; structural residuals with the actual X.
  const one = new Float64Array(n).fill(1);
  const xhat = [one, ...fitted.map((f) => f.values), ...exo.map((c) => c.values)];
  const xact = [one, ...endo.map((c) => c.values), ...exo.map((c) => c.values)];
  const names = ["(Intercept)", ...endo.map((c) => c.name), ...exo.map((c) => c.name)];
  const qr = qrLeastSquares(xhat, y);
  if (qr.rank < p) {
    const dropped = Array.from(qr.pivot.subarray(qr.rank), (j) => names[j]!);
    throw new DpmError("SINGULAR", `${FN}: the second stage is rank deficient (${dropped.map((s) => `"${s}"`).join(", ")} collinear with the other columns); drop controls that the instruments duplicate.`, {
      path: "data",
      details: { collinear: dropped },
    });
  }
  const b = qr.coef;
  const u = new Float64Array(n);
  let rss = 0;
  for (let i = 0; i < n; i++) {
    let f = 0;
    for (let j = 0; j < p; j++) f += b[j]! * xact[j]![i]!;
    u[i] = y[i]! - f;
    rss += u[i]! ** 2;
  }
  const df = n - p;
  const sigma2 = rss / df;
  const bread = qr.xtxInverse;
  let vcov: Float64Array;
  if (covariance === "classical") {
    vcov = bread.map((v) => v * sigma2);
  } else {
    const meat = new Float64Array(p * p);
    for (let i = 0; i < n; i++) {
      const e2 = u[i]! ** 2;
      for (let a = 0; a < p; a++) {
        const xa = xhat[a]![i]! * e2;
        for (let c = 0; c < p; c++) meat[a * p + c] = meat[a * p + c]! + xa * xhat[c]![i]!;
      }
    }
    const factor = covariance === "HC1" ? n / df : 1;
    const tmp = new Float64Array(p * p);
    for (let a = 0; a < p; a++) for (let c = 0; c < p; c++) {
      let s = 0;
      for (let k = 0; k < p; k++) s += bread[a * p + k]! * meat[k * p + c]!;
      tmp[a * p + c] = s;
    }
    vcov = new Float64Array(p * p);
    for (let a = 0; a < p; a++) for (let c = 0; c < p; c++) {
      let s = 0;
      for (let k = 0; k < p; k++) s += tmp[a * p + k]! * bread[k * p + c]!;
      vcov[a * p + c] = s * factor;
    }
  }
  const q = studentTQuantile(0.5 + level / 2, df);
  const coefficients: CoefficientRow[] = names.map((name, j) => {
    const se = Math.sqrt(Math.max(vcov[j * p + j]!, 0));
    const t = se > 0 ? b[j]! / se : 0;
    return { name, estimate: b[j]!, stdError: se, statistic: t, pValue: Math.min(1, 2 * studentTCdf(-Math.abs(t), df)), ciLow: b[j]! - q * se, ciHigh: b[j]! + q * se };
  });
  const head = coefficients[1]!;
  if (inst.length > endo.length) warnings.push(`over-identified (${inst.length} instruments for ${endo.length} regressor(s)): the estimate also assumes every instrument is valid.`);
  return withReadout({
    method: "instrumental variables (2SLS)",
    estimand: `effect of ${endo[0]!.name} (LATE for the units the instruments move)`,
    estimate: head.estimate,
    stdError: head.stdError,
    ciLow: head.ciLow,
    ciHigh: head.ciHigh,
    level,
    pValue: head.pValue,
    assumption: "The instruments move the treatment (relevance) and affect the outcome through the treatment only (exclusion), being as good as randomly assigned given the controls.",
    trustworthy: firstStages.every((f) => Math.min(f.fStatistic, f.robustFStatistic) >= weakF),
    warnings,
    coefficients,
    firstStages,
    sigma: Math.sqrt(sigma2),
    n,
  }, () => firstStages.map((f) => `first stage for ${f.endogenous}: F = ${f.fStatistic.toFixed(2)} (robust ${f.robustFStatistic.toFixed(2)}), partial R² = ${f.partialRSquared.toFixed(3)}.`));
}
