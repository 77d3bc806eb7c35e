import { isDpmError, minimizeLbfgs, minimizeNelderMead, type ObjectiveWithGradient, type OptimizeResult } from "@dpm/core";
import { admissible } from "./admissible.js";
import type { EtsSpec } from "./EtsSpec.js";
import { initialStates } from "./initialStates.js";
import { ADD, MULT, NONE } from "./kernel/codes.js";
import { etsFilter } from "./kernel/etsFilter.js";
import { etsGradient, gradientWorkspace, type GradientWorkspace } from "./kernel/etsGradient.js";
import { etsLikelihood, etsLikelihoodLinear } from "./kernel/etsLikelihood.js";

/** @internal Fixed smoothing parameters (R's alpha/beta/gamma/phi arguments). */
export interface FixedParams {
  readonly alpha?: number;
  readonly beta?: number;
  readonly gamma?: number;
  readonly phi?: number;
}

/** @internal Settings of one model fit (R's etsmodel arguments). */
export interface FitSettings {
  /** Lower bounds of alpha, beta, gamma, phi. */
  readonly lower: readonly [number, number, number, number];
  /** Upper bounds of alpha, beta, gamma, phi. */
  readonly upper: readonly [number, number, number, number];
  readonly bounds: "both" | "usual" | "admissible";
  /** 0 = likelihood, 1 = MSE. */
  readonly crit: number;
  readonly maxit: number;
  readonly fixed: FixedParams;
  /** Extra optimiser restarts from the best point (0 = a single run). */
  readonly restarts: number;
  /**
   * `"lbfgs"`: quasi-Newton on transformed parameters with exact (adjoint) gradients — fast and
   * precise; `"nelder-mead"`: R's optimiser, step for step (reproduces R's fits).
   */
  readonly optimizer: "lbfgs" | "nelder-mead";
  /** Start α here instead of R's `initparam` value (β and γ follow R's rules from it). */
  readonly alphaStart?: number;
  /** Start γ here (a fraction of its upper bound 1 − α) instead of R's 5%. */
  readonly gammaStart?: number;
  /** Start β here (a fraction of its upper bound α) instead of R's 10%. */
  readonly betaStart?: number;
  /** L-BFGS only: also start from a second, distant point and keep the better optimum. */
  readonly multiStart?: boolean;
  /** L-BFGS only: start from the second point only (used to refine the leading candidates). */
  readonly secondStartOnly?: boolean;
}

/** @internal One fitted model in R's terms. */
export interface ModelFit {
  readonly spec: EtsSpec;
  readonly m: number;
  readonly alpha: number;
  readonly beta: number;
  readonly gamma: number;
  readonly phi: number;
  /** Full initial state in R's layout: l, [b], s_0 … s_{m−1}. */
  readonly x0: Float64Array;
  /** Number of estimated parameters, excluding σ (R's length(par)). */
  readonly npar: number;
  /** −2·loglik on R's scale. */
  readonly lik: number;
  readonly aic: number;
  readonly aicc: number;
  readonly bic: number;
  readonly evaluations: number;
}

/** @internal R's default bounds: usual region 1e−4 … 0.9999, phi 0.8 … 0.98. */
export const DEFAULT_LOWER: readonly [number, number, number, number] = [1e-4, 1e-4, 1e-4, 0.8];
/** @internal */
export const DEFAULT_UPPER: readonly [number, number, number, number] = [0.9999, 0.9999, 0.9999, 0.98];

/** @internal Component codes of a spec. */
export function codes(spec: EtsSpec): [number, number, number] {
  const c = (x: "N" | "A" | "M") => (x === "N" ? NONE : x === "A" ? ADD : MULT);
  return [spec.error === "A" ? ADD : MULT, c(spec.trend), c(spec.season)];
}

/** @internal Count of the parameters R estimates for a spec (smoothing + initial states). */
export function parameterCount(spec: EtsSpec, m: number, fixed: FixedParams = {}): number {
  let k = 2; // alpha + l
  if (fixed.alpha !== undefined) k--;
  if (spec.trend !== "N") k += fixed.beta === undefined ? 2 : 1;
  if (spec.season !== "N") k += (fixed.gamma === undefined ? 1 : 0) + (m - 1);
  if (spec.damped && fixed.phi === undefined) k++;
  return k;
}

/**
 * @internal R's `etsmodel`: initial parameters (initparam) and states (initstate), Nelder–Mead on
 * the likelihood over all of them with the usual and admissible bounds, then the information
 * criteria. Returns `null` when there are too few observations (np ≥ n − 1). Unchecked input.
 */
export function fitEtsModel(y: Float64Array, spec: EtsSpec, period: number, settings: FitSettings): ModelFit | null {
  const [error, trend, season] = codes(spec);
  const m = season === NONE ? 1 : period;
  const n = y.length;
  const lower = [...settings.lower];
  const upper = [...settings.upper];
  const fx = settings.fixed;
  if (fx.alpha !== undefined) {
    upper[1] = Math.min(fx.alpha, upper[1] as number);
    upper[2] = Math.min(1 - fx.alpha, upper[2] as number);
  }
  if (fx.beta !== undefined) lower[0] = Math.max(fx.beta, lower[0] as number);
  if (fx.gamma !== undefined) upper[0] = Math.min(1 - fx.gamma, upper[0] as number);

  // initparam
  const optAlpha = fx.alpha === undefined;
  const optBeta = trend !== NONE && fx.beta === undefined;
  const optGamma = season !== NONE && fx.gamma === undefined;
  const optPhi = spec.damped && fx.phi === undefined;
  const smoothingStart = (alphaStart: number | undefined, betaFrac: number, gammaFrac: number): number[] => {
    const out: number[] = [];
    let alpha0 = fx.alpha ?? alphaStart ?? (lower[0] as number) + (0.2 * ((upper[0] as number) - (lower[0] as number))) / m;
    if (optAlpha) {
      if (alpha0 > 1 || alpha0 < 0) alpha0 = (lower[0] as number) + 2e-3;
      out.push(alpha0);
    }
    if (optBeta) {
      const ub = Math.min(upper[1] as number, alpha0);
      let beta0 = (lower[1] as number) + betaFrac * (ub - (lower[1] as number));
      if (beta0 < 0 || beta0 > alpha0) beta0 = alpha0 - 1e-3;
      out.push(beta0);
    }
    if (optGamma) {
      const ug = Math.min(upper[2] as number, 1 - alpha0);
      let gamma0 = (lower[2] as number) + gammaFrac * (ug - (lower[2] as number));
      if (gamma0 < 0 || gamma0 > 1 - alpha0) gamma0 = 1 - alpha0 - 1e-3;
      out.push(gamma0);
    }
    if (optPhi) {
      let phi0 = (lower[3] as number) + 0.99 * ((upper[3] as number) - (lower[3] as number));
      if (phi0 < 0 || phi0 > 1) phi0 = (upper[3] as number) - 1e-3;
      out.push(phi0);
    }
    return out;
  };
  // R's initparam: α = lo + 0.2(hi − lo)/m, β 10% of the way to α, γ 5% of the way to 1 − α, φ 99%.
  const start = smoothingStart(settings.alphaStart, settings.betaStart ?? 0.1, settings.gammaStart ?? 0.05);
  const nSmooth = start.length;
  const states = initialStates(y, trend, season, m);
  const np = nSmooth + states.length;
  if (np >= n - 1) return null;
  const x = new Float64Array(np);
  x.set(start, 0);
  x.set(states, nSmooth);

  const ring = new Float64Array(m);
  const poly = new Float64Array(m + 2);
  const work = new Float64Array(2 * (m + 2));
  const useUsual = settings.bounds !== "admissible";
  const useAdmissible = settings.bounds !== "usual";
  const sOff = nSmooth + (trend === NONE ? 1 : 2);
  const multSeason = season === MULT;
  const fixedAlpha = fx.alpha ?? NaN;
  const fixedBeta = fx.beta ?? (trend === NONE ? 0 : NaN);
  const fixedGamma = fx.gamma ?? NaN;
  const fixedPhi = fx.phi ?? 1;
  const [la, lb, lg, lp] = lower as [number, number, number, number];
  const [ua, ub, ug, up] = upper as [number, number, number, number];
  const crit = settings.crit;

  const objective = (par: Float64Array): number => {
    let j = 0;
    const alpha = optAlpha ? (par[j++] as number) : fixedAlpha;
    const beta = optBeta ? (par[j++] as number) : fixedBeta;
    const gamma = optGamma ? (par[j++] as number) : fixedGamma;
    const phi = optPhi ? (par[j++] as number) : fixedPhi;
    if (useUsual) {
      if (optAlpha && (alpha < la || alpha > ua)) return Infinity;
      if (optBeta && (beta < lb || beta > alpha || beta > ub)) return Infinity;
      if (optPhi && (phi < lp || phi > up)) return Infinity;
      if (optGamma && (gamma < lg || gamma > 1 - alpha || gamma > ug)) return Infinity;
    }
    if (useAdmissible && !admissible(alpha, beta, season === NONE ? NaN : gamma, phi, m, poly, work)) return Infinity;
    const level = par[j] as number;
    const slope = trend === NONE ? 0 : (par[j + 1] as number);
    if (season !== NONE) {
      // ring[0] = s_{m−1} (implied), ring[i] = s_{m−1−i} = par[sOff + m − 1 − i]
      let sum = 0;
      for (let i = 1; i < m; i++) {
        const s = par[sOff + m - 1 - i] as number;
        ring[i] = s;
        sum += s;
      }
      ring[0] = (multSeason ? m : 0) - sum;
      if (multSeason) {
        for (let i = 0; i < m; i++) if ((ring[i] as number) < 0) return Infinity;
      }
    }
    return etsLikelihood(y, error, trend, season, alpha, optBeta || trend !== NONE ? beta : 0, season === NONE ? 0 : gamma, phi, level, slope, ring, m, crit);
  };

  let best: { x: Float64Array; value: number };
  let evaluations = 0;
  if (settings.optimizer === "lbfgs" && settings.bounds !== "admissible") {
    const opt: [boolean, boolean, boolean, boolean] = [optAlpha, optBeta, optGamma, optPhi];
    // The second start lies far from R's (α = 0.3, β at 90% of α, γ halfway to 1 − α): the
    // likelihood often has a second basin on the other side of a bound, which R's wide first
    // simplex happens to find.
    // If that point is outside the admissible region (a large β with a season often is), β and
    // then γ move back towards R's values until it is inside.
    const secondStart = (): { x: Float64Array; value: number; evaluations: number } => {
      let spent = 0;
      for (const [betaFrac, gammaFrac] of [[0.9, 0.5], [0.5, 0.5], [0.1, 0.5], [0.1, 0.2]] as const) {
        const x2 = Float64Array.from(x);
        x2.set(smoothingStart(0.3, betaFrac, gammaFrac), 0);
        const r2 = optimizeGradient(y, x2, nSmooth, opt, [error, trend, season], m, lower, upper, fx, useAdmissible, crit, settings);
        spent += r2.evaluations;
        if (Number.isFinite(r2.value)) return { ...r2, evaluations: spent };
      }
      return { x, value: Infinity, evaluations: spent };
    };
    if (settings.secondStartOnly === true) {
      if (nSmooth === 0) return null;
      const r2 = secondStart();
      best = r2;
      evaluations = r2.evaluations;
      if (!Number.isFinite(r2.value)) return null;
    } else {
      const r = optimizeGradient(y, x, nSmooth, opt, [error, trend, season], m, lower, upper, fx, useAdmissible, crit, settings);
      best = r;
      evaluations = r.evaluations;
      if (settings.multiStart === true && nSmooth > 0) {
        const r2 = secondStart();
        evaluations += r2.evaluations;
        if (r2.value < best.value) best = r2;
      }
    }
    if (!Number.isFinite(best.value)) {
      const nm = nelderMead(objective, x, { maxit: settings.maxit });
      best = nm;
      evaluations += nm.evaluations;
    }
  } else {
    let nm = nelderMead(objective, x, { maxit: settings.maxit });
    evaluations = nm.evaluations;
    for (let r = 0; r < settings.restarts; r++) {
      const again = nelderMead(objective, nm.x, { maxit: settings.maxit });
      evaluations += again.evaluations;
      const improved = again.value < nm.value - 1e-10 * Math.abs(nm.value);
      if (again.value <= nm.value) nm = again;
      if (!improved) break;
    }
    best = nm;
  }
  if (!Number.isFinite(best.value) || best.value >= 1e35) return null;
  const par = best.x;
  let j = 0;
  const alpha = optAlpha ? (par[j++] as number) : fixedAlpha;
  const beta = trend === NONE ? 0 : optBeta ? (par[j++] as number) : (fx.beta as number);
  const gamma = season === NONE ? 0 : optGamma ? (par[j++] as number) : (fx.gamma as number);
  const phi = optPhi ? (par[j++] as number) : spec.damped ? fixedPhi : 1;
  const width = (trend === NONE ? 1 : 2) + (season === NONE ? 0 : m);
  const x0 = new Float64Array(width);
  for (let i = 0; i < width - (season === NONE ? 0 : 1); i++) x0[i] = par[j + i] as number;
  if (season !== NONE) {
    let sum = 0;
    for (let i = sOff - nSmooth; i < width - 1; i++) sum += x0[i] as number;
    x0[width - 1] = (multSeason ? m : 0) - sum;
  }
  // −2·loglik at the optimum, without allocating the state history (etsFilter does that once,
  // for the chosen model); a perfect fit (clamped by the kernel) goes through the full filter.
  const finalRing = new Float64Array(m);
  if (season !== NONE) for (let i = 0; i < m; i++) finalRing[i] = x0[sOff - nSmooth + m - 1 - i] as number;
  const slope0 = trend === NONE ? 0 : (x0[1] as number);
  let lik =
    trend === MULT
      ? etsLikelihood(y, error, trend, season, alpha, beta, gamma, phi, x0[0] as number, slope0, finalRing, m, 0)
      : etsLikelihoodLinear(y, error, trend, season, alpha, beta, gamma, phi, x0[0] as number, slope0, finalRing, m, 0);
  if (!(lik > -1e10) || !Number.isFinite(lik)) lik = etsFilter(y, error, trend, season, alpha, beta, gamma, phi, x0, m).lik;
  const k = np + 1;
  const aic = lik + 2 * k;
  return {
    spec,
    m,
    alpha,
    beta,
    gamma,
    phi,
    x0,
    npar: np,
    lik,
    aic,
    aicc: aic + (2 * k * (k + 1)) / (n - k - 1),
    bic: lik + Math.log(n) * k,
    evaluations,
  };
}

// Bounded parameters as lo + (hi − lo)·sin²(z): unlike a logistic map, a bound is reached at a
// finite z where the objective is locally quadratic, so estimates on a bound converge quickly.
// One scratch workspace, reused across fits (JavaScript runs one fit at a time per thread; each
// worker thread has its own module instance). Grown when a longer series or period comes along.
let sharedWorkspace: GradientWorkspace | null = null;
let sharedN = 0;
let sharedM = 0;
function workspaceFor(n: number, m: number): GradientWorkspace {
  if (sharedWorkspace === null || n > sharedN || m !== sharedM) {
    sharedN = Math.max(n, sharedM === m ? sharedN : 0);
    sharedM = m;
    sharedWorkspace = gradientWorkspace(sharedN, m);
  }
  return sharedWorkspace;
}

// Relative decrease of −2·loglik below which L-BFGS stops (twice in a row): ≈1e−7 in AIC units.
const FTOL = 1e-10;


function logistic(z: number): number {
  const s = Math.sin(z);
  return s * s;
}

function logisticSlope(z: number): number {
  return Math.sin(2 * z);
}

function logit(p: number): number {
  const q = Math.min(Math.max(p, 0), 1);
  return Math.asin(Math.sqrt(q));
}

/**
 * Maximum likelihood with exact gradients: smoothing parameters through logistic maps onto the
 * usual region (α ∈ [lo, hi], β ∈ [lo, min(α, hi)], γ ∈ [lo, min(1 − α, hi)], φ ∈ [lo, hi]),
 * initial states as scaled offsets from R's heuristic start; the admissible region and positive
 * multiplicative seasons are enforced by returning Infinity (the line search backs off).
 * Returns the optimum in R's parameter layout.
 */
function optimizeGradient(
  y: Float64Array,
  start: Float64Array,
  nSmooth: number,
  opt: [boolean, boolean, boolean, boolean],
  [error, trend, season]: [number, number, number],
  m: number,
  lower: number[],
  upper: number[],
  fx: FixedParams,
  useAdmissible: boolean,
  crit: number,
  settings: FitSettings,
): { x: Float64Array; value: number; evaluations: number } {
  const [optAlpha, optBeta, optGamma, optPhi] = opt;
  const [la, lb, lg, lp] = lower as [number, number, number, number];
  const [ua, ub, ug, up] = upper as [number, number, number, number];
  const np = start.length;
  const nStates = np - nSmooth;
  const hasTrend = trend !== NONE;
  const sOff = hasTrend ? 2 : 1; // offset of s_0 among the states
  const multSeason = season === MULT;
  // Noise scale of the data: mean absolute one-step change.
  const n = y.length;
  let scale = 0;
  for (let t = 1; t < n; t++) scale += Math.abs((y[t] as number) - (y[t - 1] as number));
  scale = Math.max(scale / Math.max(n - 1, 1), 1e-8 * Math.max(1, Math.abs(start[nSmooth] as number)));
  const stateScale = new Float64Array(nStates);
  stateScale[0] = scale;
  if (hasTrend) stateScale[1] = trend === MULT ? 0.01 : scale / 10;
  for (let j = sOff; j < nStates; j++) stateScale[j] = multSeason ? 0.05 : scale;
  // Starting point in z-space.
  const z0 = new Float64Array(np);
  let j = 0;
  const alphaStart = optAlpha ? (start[j] as number) : (fx.alpha as number);
  if (optAlpha) z0[j] = logit(((start[j++] as number) - la) / (ua - la));
  if (optBeta) {
    const hi = Math.min(alphaStart, ub);
    z0[j] = logit(((start[j++] as number) - lb) / (hi - lb));
  }
  if (optGamma) {
    const hi = Math.min(1 - alphaStart, ug);
    z0[j] = logit(((start[j++] as number) - lg) / (hi - lg));
  }
  if (optPhi) z0[j] = logit(((start[j++] as number) - lp) / (up - lp));
  // z for states starts at 0 (offsets from the heuristic).
  const base = start.subarray(nSmooth);
  const ws = workspaceFor(n, m);
  const ring = new Float64Array(m);
  const poly = new Float64Array(m + 2);
  const work = new Float64Array(2 * (m + 2));
  const fixedBeta = fx.beta ?? 0;
  const fixedGamma = fx.gamma ?? 0;
  const fixedPhi = fx.phi ?? 1;
  const decode = (z: Float64Array, out: Float64Array, jac: Float64Array): void => {
    // out = (α, β, γ, φ); jac = dα/dz0, dβ/dz1, dγ/dz2, dφ/dz3, dβ/dα, dγ/dα
    let k = 0;
    let alpha = fx.alpha ?? 0;
    if (optAlpha) {
      const s = logistic(z[k++] as number);
      alpha = la + (ua - la) * s;
      jac[0] = (ua - la) * logisticSlope(z[k - 1] as number);
    }
    let beta = trend === NONE ? 0 : fixedBeta;
    if (optBeta) {
      const s = logistic(z[k++] as number);
      const hi = Math.min(alpha, ub);
      beta = lb + (hi - lb) * s;
      jac[1] = (hi - lb) * logisticSlope(z[k - 1] as number);
      jac[4] = alpha < ub ? s : 0;
    }
    let gamma = season === NONE ? 0 : fixedGamma;
    if (optGamma) {
      const s = logistic(z[k++] as number);
      const hi = Math.min(1 - alpha, ug);
      gamma = lg + (hi - lg) * s;
      jac[2] = (hi - lg) * logisticSlope(z[k - 1] as number);
      jac[5] = 1 - alpha < ug ? -s : 0;
    }
    let phi = hasTrend ? fixedPhi : 1;
    if (optPhi) {
      const s = logistic(z[k++] as number);
      phi = lp + (up - lp) * s;
      jac[3] = (up - lp) * logisticSlope(z[k - 1] as number);
    }
    out[0] = alpha;
    out[1] = beta;
    out[2] = gamma;
    out[3] = phi;
  };
  const params = new Float64Array(4);
  const jac = new Float64Array(6);
  const fg = (z: Float64Array, gz: Float64Array): number => {
    jac.fill(0);
    decode(z, params, jac);
    const alpha = params[0] as number;
    const beta = params[1] as number;
    const gamma = params[2] as number;
    const phi = params[3] as number;
    if (useAdmissible && !admissible(alpha, trend === NONE ? 0 : beta, season === NONE ? NaN : gamma, phi, m, poly, work)) return Infinity;
    const level = (base[0] as number) + (stateScale[0] as number) * (z[nSmooth] as number);
    const slope = hasTrend ? (base[1] as number) + (stateScale[1] as number) * (z[nSmooth + 1] as number) : 0;
    if (season !== NONE) {
      let sum = 0;
      for (let i = 1; i < m; i++) {
        const idx = sOff + m - 1 - i; // state index of s_{m−1−i}
        const v = (base[idx] as number) + (stateScale[idx] as number) * (z[nSmooth + idx] as number);
        ring[i] = v;
        sum += v;
      }
      ring[0] = (multSeason ? m : 0) - sum;
      if (multSeason) for (let i = 0; i < m; i++) if ((ring[i] as number) < 0) return Infinity;
    }
    const value = etsGradient(y, error, trend, season, alpha, beta, gamma, phi, level, slope, ring, m, crit, ws);
    if (!Number.isFinite(value)) return Infinity;
    const g = ws.grad;
    let k = 0;
    const dAlpha = (g[0] as number) + (g[1] as number) * (jac[4] as number) + (g[2] as number) * (jac[5] as number);
    if (optAlpha) gz[k++] = dAlpha * (jac[0] as number);
    if (optBeta) gz[k++] = (g[1] as number) * (jac[1] as number);
    if (optGamma) gz[k++] = (g[2] as number) * (jac[2] as number);
    if (optPhi) gz[k++] = (g[3] as number) * (jac[3] as number);
    gz[nSmooth] = (g[4] as number) * (stateScale[0] as number);
    if (hasTrend) gz[nSmooth + 1] = (g[5] as number) * (stateScale[1] as number);
    if (season !== NONE) {
      const rb = ws.ringBar;
      for (let i = 1; i < m; i++) {
        const idx = sOff + m - 1 - i;
        gz[nSmooth + idx] = ((rb[i] as number) - (rb[0] as number)) * (stateScale[idx] as number);
      }
    }
    return value;
  };
  // Value only (no gradient), for the Nelder–Mead polish.
  const value = (z: Float64Array): number => {
    jac.fill(0);
    decode(z, params, jac);
    const alpha = params[0] as number;
    const beta = params[1] as number;
    const gamma = params[2] as number;
    const phi = params[3] as number;
    if (useAdmissible && !admissible(alpha, trend === NONE ? 0 : beta, season === NONE ? NaN : gamma, phi, m, poly, work)) return Infinity;
    const level = (base[0] as number) + (stateScale[0] as number) * (z[nSmooth] as number);
    const slope = hasTrend ? (base[1] as number) + (stateScale[1] as number) * (z[nSmooth + 1] as number) : 0;
    if (season !== NONE) {
      let sum = 0;
      for (let i = 1; i < m; i++) {
        const idx = sOff + m - 1 - i;
        const v = (base[idx] as number) + (stateScale[idx] as number) * (z[nSmooth + idx] as number);
        ring[i] = v;
        sum += v;
      }
      ring[0] = (multSeason ? m : 0) - sum;
      if (multSeason) for (let i = 0; i < m; i++) if ((ring[i] as number) < 0) return Infinity;
    }
    return trend === MULT
      ? etsLikelihood(y, error, trend, season, alpha, beta, gamma, phi, level, slope, ring, m, crit)
      : etsLikelihoodLinear(y, error, trend, season, alpha, beta, gamma, phi, level, slope, ring, m, crit);
  };
  let first = lbfgs(fg, z0, { maxIterations: settings.maxit, ftol: FTOL });
  let result: { x: Float64Array; value: number } = first;
  let evaluations = first.evaluations;
  // L-BFGS can stall against the admissible region's boundary (its line search only backs off);
  // Nelder–Mead in the same coordinates slides along such walls. Alternate until no progress.
  if (first.status === "lineSearch") {
    const f = (z: Float64Array): number => value(z);
    const steps = new Float64Array(np).fill(0.2);
    for (let round = 0; round < 1 + settings.restarts; round++) {
      const nm = nelderMead(f, result.x, { maxit: 40 * np, steps });
      evaluations += nm.evaluations;
      if (!(nm.value < result.value - 1e-8 * Math.abs(result.value))) break;
      first = lbfgs(fg, nm.x, { maxIterations: settings.maxit, ftol: FTOL });
      evaluations += first.evaluations;
      result = first.value <= nm.value ? first : nm;
      if (first.status !== "lineSearch") break;
    }
  }
  // Back to R's layout.
  const x = new Float64Array(np);
  jac.fill(0);
  decode(result.x, params, jac);
  let k = 0;
  if (optAlpha) x[k++] = params[0] as number;
  if (optBeta) x[k++] = params[1] as number;
  if (optGamma) x[k++] = params[2] as number;
  if (optPhi) x[k++] = params[3] as number;
  for (let i = 0; i < nStates; i++) x[nSmooth + i] = (base[i] as number) + (stateScale[i] as number) * (result.x[nSmooth + i] as number);
  return { x, value: result.value, evaluations };
}

// Core's optimisers as the ETS fit uses them: limits end the search quietly (the best point is
// compared across starts), and a start where the likelihood is not finite is a failed fit
// (value Infinity), not an error.
function lbfgs(fg: ObjectiveWithGradient, x0: Float64Array, options: { readonly maxIterations: number; readonly ftol: number }): OptimizeResult {
  try {
    return minimizeLbfgs(fg, x0, { ...options, onNotConverged: "return" });
  } catch (error) {
    if (!isDpmError(error, "NON_FINITE")) throw error;
    return failedStart(x0);
  }
}

function nelderMead(f: (x: Float64Array) => number, x0: Float64Array, options: { readonly maxit: number; readonly steps?: Float64Array }): OptimizeResult {
  try {
    return minimizeNelderMead(f, x0, { maxEvaluations: options.maxit, ...(options.steps === undefined ? {} : { steps: options.steps }), onNotConverged: "return" });
  } catch (error) {
    if (!isDpmError(error, "NON_FINITE")) throw error;
    return failedStart(x0);
  }
}

function failedStart(x0: Float64Array): OptimizeResult {
  return { x: Float64Array.from(x0), value: Infinity, iterations: 0, evaluations: 1, converged: false, status: "lineSearch", message: "the likelihood is not finite at the start" };
}
