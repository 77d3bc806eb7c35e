import { DpmError, qrLeastSquares } from "@dpm/core";
import { armaCss } from "./armaCss.js";
import { armaFilterWork, armaLikelihood, type ArmaLikelihoodSums } from "./armaLikelihood.js";
import {
  applyDifferences,
  armaCount,
  differencingPolynomial,
  expandArma,
  fullArLength,
  fullMaLength,
  invTransform,
  undoTransform,
  type ArmaLayout,
} from "./arimaParams.js";
import { filterArima, type ArimaStateSpace } from "./arimaStateSpace.js";
import { levenbergMarquardt } from "./levenbergMarquardt.js";
import { numericHessian, transformJacobian, varianceOk } from "./hessianCheck.js";
import { minimize } from "./minimize.js";
import { maInvert, rootsOutside } from "./polyRoots.js";

/** @internal A fully specified ARIMA model to estimate. */
export interface ArimaSpec extends ArmaLayout {
  readonly d: number;
  readonly D: number;
  readonly includeMean: boolean;
  readonly includeDrift: boolean;
  readonly method: "CSS-ML" | "ML" | "CSS";
  /** Fixed values by coefficient index (NaN = estimate), or null. */
  readonly fixed: Float64Array | null;
  /** External regressors (regression with ARIMA errors): names and one column of n values each. */
  readonly xreg?: { readonly names: readonly string[]; readonly columns: readonly Float64Array[] } | null;
}

/** @internal What the estimation produced (coefficients untransformed, in R's order). */
export interface ArimaEstimate {
  readonly spec: ArimaSpec;
  readonly names: readonly string[];
  readonly coef: Float64Array;
  readonly mask: readonly boolean[];
  /** Number of estimated coefficients. */
  readonly nFree: number;
  /** n − d − D·m. */
  readonly nUsed: number;
  /** Minimised objective (½ log σ̂² + ½ mean log F for ML; ½ log CSS for CSS). */
  readonly value: number;
  /** CSS mean square (sigma2 of a CSS fit), NaN for ML fits. */
  readonly cssSigma2: number;
  /** Log-likelihood as R reports it (for CSS, R's pseudo value from the CSS objective). */
  readonly loglik: number;
  /** Filled by the final pass only. */
  readonly residuals: Float64Array | null;
  readonly model: ArimaStateSpace | null;
  /** Σ residuals² / (nUsed − nFree), the unbiased σ² of `forecast::Arima`. */
  readonly sigma2: number;
  /** Regressor names (intercept / drift). */
  readonly xregNames: readonly string[];
  /**
   * forecast's `checkarima`: computes the optimiser's numerical Hessian at the estimate (lazily —
   * it costs about 4k² likelihood evaluations) and says whether the coefficient variances are
   * valid (invertible, non-negative diagonal). R's auto.arima rejects models where they are not.
   */
  readonly hessianOk: () => boolean;
}

/** @internal Coefficient names in R's order. */
export function coefficientNames(spec: ArimaSpec): string[] {
  const names: string[] = [];
  for (let i = 1; i <= spec.p; i++) names.push(`ar${i}`);
  for (let i = 1; i <= spec.q; i++) names.push(`ma${i}`);
  for (let i = 1; i <= spec.P; i++) names.push(`sar${i}`);
  for (let i = 1; i <= spec.Q; i++) names.push(`sma${i}`);
  for (const name of regressorNames(spec)) names.push(name);
  return names;
}

/** @internal Regression columns: intercept when a mean is included without differencing, drift when asked. */
export function regressorNames(spec: ArimaSpec): string[] {
  const out: string[] = [];
  if (spec.includeMean && spec.d + spec.D === 0) out.push("intercept");
  if (spec.includeDrift) out.push("drift");
  if (spec.xreg) out.push(...spec.xreg.names);
  return out;
}

/** @internal The regression columns over t = 1…n: intercept/drift, then the external regressors. */
export function regressionColumns(spec: ArimaSpec, n: number): Float64Array[] {
  const out: Float64Array[] = [];
  if (spec.includeMean && spec.d + spec.D === 0) out.push(new Float64Array(n).fill(1));
  if (spec.includeDrift) out.push(Float64Array.from({ length: n }, (_, t) => t + 1));
  if (spec.xreg) out.push(...spec.xreg.columns.map((c) => c.subarray(0, n)));
  return out;
}

/** @internal Value of regressor `name` at (1-based) time t. */
export function regressorValue(name: string, t: number): number {
  return name === "intercept" ? 1 : t;
}

function fail(message: string): never {
  throw new DpmError("NO_SOLUTION", message);
}

/** Least squares of y on the regression columns (QR, as R's `lm`), or a `NO_SOLUTION` error when they are collinear. */
function ols(y: Float64Array, X: Float64Array[]): { coef: Float64Array; se: Float64Array } {
  const k = X.length;
  const n = y.length;
  const fit = qrLeastSquares(X, y);
  if (fit.rank < k) fail("the regression part (mean/drift/regressors) is singular after differencing — a regressor is constant, duplicated or a combination of the others");
  const s2 = n > k ? fit.rss / (n - k) : NaN;
  const se = new Float64Array(k);
  for (let i = 0; i < k; i++) se[i] = Math.sqrt(Math.max(fit.xtxInverse[i * k + i]! * s2, 0));
  return { coef: fit.coef, se };
}

/** @internal Options of {@link estimateArima}. */
export interface EstimateOptions {
  /** Run the final full state-space pass (residuals, state for forecasting). Default true. */
  readonly final?: boolean;
  /** One-sided gradient differences in the optimiser (faster, used by the model search; default false = R's central ones). */
  readonly fastGradient?: boolean;
  /** R's `transform.pars` (default true). */
  readonly transformPars?: boolean;
}

/**
 * @internal Estimates an ARIMA as R's `stats::arima` + `forecast::Arima` do: regression (mean,
 * drift) started by least squares on the differenced data; CSS then exact ML on the differenced
 * series (Kalman filter, stationary start), AR parameters optimised through R's stationarity
 * transform; MA made invertible; finally the full state-space filter with the diffuse start gives
 * R's residuals, σ² and the state for forecasting.
 *
 * @throws DpmError `NO_SOLUTION` when the model cannot be fitted (non-stationary AR part from CSS,
 *   non-finite likelihood).
 */
export function estimateArima(x: Float64Array, spec: ArimaSpec, options: EstimateOptions = {}): ArimaEstimate {
  const n = x.length;
  const { p, q, P, Q, d, D, period } = spec;
  const narma = armaCount(spec);
  const regNames = regressorNames(spec);
  const nreg = regNames.length;
  const k = narma + nreg;
  const names = coefficientNames(spec);
  const fixed = spec.fixed;
  const mask: boolean[] = [];
  for (let i = 0; i < k; i++) mask.push(fixed === null || Number.isNaN(fixed[i]!));
  let transformPars = options.transformPars ?? true;
  if (transformPars) {
    for (let i = 0; i < p; i++) if (!mask[i]) transformPars = false;
    for (let i = 0; i < P; i++) if (!mask[p + q + i]) transformPars = false;
  }
  const nUsed = n - d - D * period;
  const pf = fullArLength(spec);
  const qf = fullMaLength(spec);
  // Regression columns over the sample and their differences.
  const X: Float64Array[] = regressionColumns(spec, n);
  const dx = applyDifferences(x, d, D, period);
  const dX = X.map((col) => applyDifferences(col, d, D, period));
  const coef = new Float64Array(k);
  const parscale = new Float64Array(k).fill(1);
  if (nreg > 0) {
    const fit = dx.length > nreg ? ols(dx, dX) : ols(x, X);
    for (let i = 0; i < nreg; i++) {
      coef[narma + i] = fit.coef[i]!;
      const se = fit.se[i]!;
      parscale[narma + i] = se > 0 ? 10 * se : 1;
    }
  }
  if (fixed !== null) for (let i = 0; i < k; i++) if (!mask[i]) coef[i] = fixed[i]!;
  const free: number[] = [];
  for (let i = 0; i < k; i++) if (mask[i]) free.push(i);
  const nFree = free.length;
  const freeScale = Float64Array.from(free, (i) => parscale[i]!);

  // Buffers shared by the objectives.
  const full = new Float64Array(k);
  const phi = new Float64Array(pf);
  const theta = new Float64Array(qf);
  const tmp = new Float64Array(Math.max(narma, 1));
  const work = new Float64Array(Math.max(p, P, 1));
  const wadj = new Float64Array(dx.length);
  const cssW = new Float64Array(dx.length);
  const cssResid = new Float64Array(dx.length);
  const cssNz = new Int32Array(pf + qf);
  const ws = armaFilterWork(pf, qf);
  const sums: ArmaLikelihoodSums = { ssq: 0, sumlog: 0, nu: 0 };
  const assemble = (u: Float64Array): void => {
    full.set(coef);
    for (let j = 0; j < nFree; j++) full[free[j]!] = u[j]!;
  };
  const ncondCss = d + D * period + p + period * P;
  // The differenced series minus the regression part (the differenced series itself when there is none).
  const adjust = (out: Float64Array): Float64Array => {
    if (nreg === 0) return dx;
    const m = dx.length;
    for (let t = 0; t < m; t++) {
      let v = dx[t]!;
      for (let j = 0; j < nreg; j++) v -= full[narma + j]! * dX[j]![t]!;
      out[t] = v;
    }
    return out;
  };

  const cssStart = p + period * P;
  const cssObjective = (u: Float64Array): number => {
    assemble(u);
    expandArma(full, spec, false, phi, theta, tmp, work);
    const s2 = armaCss(adjust(cssW), cssStart, phi, pf, theta, qf, cssResid, cssNz);
    return s2 > 0 ? 0.5 * Math.log(s2) : Infinity;
  };
  let trans = false;
  let hessianCheck: () => boolean = () => true;
  const mlObjective = (u: Float64Array): number => {
    assemble(u);
    expandArma(full, spec, trans, phi, theta, tmp, work);
    if (!armaLikelihood(adjust(wadj), phi, theta, ws, sums)) return Infinity;
    if (!(sums.nu > 0)) return Infinity;
    if (!(sums.ssq > 0)) return sums.ssq === 0 && nFree === 0 ? -Infinity : Infinity;
    return 0.5 * (Math.log(sums.ssq / sums.nu) + sums.sumlog / sums.nu);
  };

  const start = Float64Array.from(free, (i) => coef[i]!);
  let value: number;
  let cssSigma2 = NaN;
  if (spec.method === "CSS" || spec.method === "CSS-ML") {
    if (n <= ncondCss) fail(`too few observations (${n}) for the conditional sum of squares, which needs more than ${ncondCss}`);
    let res: { x: Float64Array; value: number };
    if (nFree === 0) res = { x: start, value: cssObjective(start) };
    else if (options.fastGradient === true) {
      // Model search: the CSS is a least-squares problem, which Levenberg–Marquardt solves in a
      // few Jacobian passes (same minimum as R's BFGS on ½ log CSS, found with far fewer evaluations).
      const m = dx.length - cssStart;
      const lm = levenbergMarquardt((u, out) => {
        const v = cssObjective(u);
        if (!Number.isFinite(v)) return Infinity;
        let s = 0;
        for (let t = 0; t < m; t++) {
          const e = cssResid[cssStart + t]!;
          out[t] = e;
          s += e * e;
        }
        return s;
      }, start, m);
      res = { x: lm.x, value: cssObjective(lm.x) };
    } else res = minimize(cssObjective, start, freeScale, { forward: false });
    if (spec.method === "CSS") {
      if (!Number.isFinite(res.value)) fail("the conditional sum of squares is not finite");
      for (let j = 0; j < nFree; j++) coef[free[j]!] = res.x[j]!;
      value = res.value;
      cssSigma2 = Math.exp(2 * value);
      const at = Float64Array.from(res.x);
      hessianCheck = (): boolean => {
        const H = numericHessian(cssObjective, at, freeScale);
        return H !== null && varianceOk(H, null, nFree, nUsed);
      };
    } else {
      if (Number.isFinite(res.value)) for (let j = 0; j < nFree; j++) coef[free[j]!] = res.x[j]!;
      if (p > 0 && !rootsOutside(coef, 0, p)) fail("non-stationary AR part from CSS");
      if (P > 0 && !rootsOutside(coef, p + q, P)) fail("non-stationary seasonal AR part from CSS");
      value = NaN;
    }
  } else {
    value = NaN;
  }
  if (spec.method !== "CSS") {
    if (nUsed <= 0) fail("no observations left after differencing");
    const init = Float64Array.from(coef);
    if (transformPars) {
      if (!invTransform(init, spec)) fail("non-stationary AR part in the starting values");
      if (q > 0 && mask.slice(p, p + q).every(Boolean)) maInvert(init, p, q);
      if (Q > 0 && mask.slice(p + q + P, narma).every(Boolean)) maInvert(init, p + q + P, Q);
    }
    trans = transformPars;
    coef.set(init);
    const u0 = Float64Array.from(free, (i) => init[i]!);
    let res: { x: Float64Array; value: number };
    if (nFree === 0) res = { x: u0, value: mlObjective(u0) };
    else res = minimize(mlObjective, u0, freeScale, { forward: options.fastGradient ?? false });
    if (Number.isNaN(res.value) || res.value === Infinity) fail("the likelihood is not finite for this model and data");
    for (let j = 0; j < nFree; j++) coef[free[j]!] = res.x[j]!;
    if (transformPars) {
      if (q > 0 && mask.slice(p, p + q).every(Boolean)) maInvert(coef, p, q);
      if (Q > 0 && mask.slice(p + q + P, narma).every(Boolean)) maInvert(coef, p + q + P, Q);
    }
    const coefT = Float64Array.from(coef);
    const transUsed = transformPars;
    hessianCheck = (): boolean => {
      // R: optim(hessian = TRUE) at the (MA-inverted) optimum in the optimiser's coordinates,
      // var = Aᵀ (H n)⁻¹ A with A the Jacobian of the AR transform.
      const saveTrans = trans;
      trans = transUsed;
      const H = numericHessian(mlObjective, Float64Array.from(free, (i) => coefT[i]!), freeScale);
      trans = saveTrans;
      if (H === null) return false;
      return varianceOk(H, transUsed ? transformJacobian(coefT, spec, free) : null, nFree, nUsed);
    };
    if (transformPars) undoTransform(coef, spec);
    trans = false;
    value = res.value;
  }
  for (let i = 0; i < k; i++) if (!Number.isFinite(coef[i]!)) fail("the estimated coefficients are not finite");

  const npar = nFree + 1;
  let residuals: Float64Array | null = null;
  let sigma2 = NaN;
  if (spec.method === "CSS") {
    // R: residuals and σ² from the CSS recursion.
    cssObjective(Float64Array.from(free, (i) => coef[i]!));
    residuals = new Float64Array(n);
    residuals.set(cssResid, n - dx.length);
    let ss = 0;
    for (let t = 0; t < n; t++) ss += residuals[t]! ** 2;
    sigma2 = ss / (nUsed - npar + 1);
  }
  const est: ArimaEstimate = {
    spec,
    names,
    coef,
    mask,
    nFree,
    nUsed,
    value,
    cssSigma2,
    loglik: -0.5 * (2 * nUsed * value + nUsed + nUsed * Math.log(2 * Math.PI)),
    residuals,
    model: null,
    sigma2,
    xregNames: regNames,
    hessianOk: () => nFree === 0 || hessianCheck(),
  };
  return options.final ?? true ? finalizeArima(x, est) : est;
}

/**
 * @internal The final pass of an estimate: R's full state-space filter (diffuse differencing
 * states, κ = 1e6) on the regression-adjusted series gives the standardised residuals, the
 * filtered state for forecasting, R's log-likelihood and the unbiased σ² of `forecast::Arima`.
 */
export function finalizeArima(x: Float64Array, est: ArimaEstimate): ArimaEstimate {
  const { spec, coef } = est;
  const n = x.length;
  const narma = armaCount(spec);
  const regNames = est.xregNames;
  const X = regressionColumns(spec, n);
  const phi = new Float64Array(fullArLength(spec));
  const theta = new Float64Array(fullMaLength(spec));
  expandArma(coef, spec, false, phi, theta, new Float64Array(Math.max(narma, 1)), new Float64Array(Math.max(spec.p, spec.P, 1)));
  const xadj = new Float64Array(n);
  for (let t = 0; t < n; t++) {
    let v = x[t]!;
    for (let j = 0; j < regNames.length; j++) v -= coef[narma + j]! * X[j]![t]!;
    xadj[t] = v;
  }
  const filtered = filterArima(xadj, phi, theta, differencingPolynomial(spec.d, spec.D, spec.period));
  if (filtered === null) fail("the fitted AR part is not stationary");
  let { value, residuals, sigma2, loglik } = est;
  if (spec.method !== "CSS") {
    residuals = filtered.residuals;
    if (filtered.nu > 0 && filtered.ssq > 0) {
      value = 0.5 * (Math.log(filtered.ssq / filtered.nu) + filtered.sumlog / filtered.nu);
      loglik = -0.5 * (2 * est.nUsed * value + est.nUsed + est.nUsed * Math.log(2 * Math.PI));
    }
    let ss = 0;
    for (let t = 0; t < n; t++) ss += residuals[t]! ** 2;
    sigma2 = ss / (est.nUsed - est.nFree);
  }
  return { ...est, value, loglik, residuals, sigma2, model: filtered.model };
}
