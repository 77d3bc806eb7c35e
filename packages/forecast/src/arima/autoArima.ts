import { checkOptions, DpmError, assertInteger, isDpmError } from "@dpm/core";
import { readOptions, readSeries, type SeriesInput } from "../internal/input.js";
import { diffLag, isConstant } from "../unitroot/isConstant.js";
import { ndiffsCore } from "../unitroot/ndiffs.js";
import { nsdiffsCore } from "../unitroot/nsdiffs.js";
import type { ArimaFit } from "./ArimaFit.js";
import { boxCox } from "./boxCox.js";
import { readLambda, toArimaFit } from "./fitArima.js";
import { estimateArima, finalizeArima, type ArimaEstimate, type ArimaSpec } from "./kernel/fitArimaModel.js";
import { rootsOutside } from "./kernel/polyRoots.js";

/**
 * Options for {@link autoArima}. Defaults are those of R's `forecast::auto.arima`.
 *
 * @category ARIMA
 */
export interface AutoArimaOptions {
  /** Seasonal period (default from the TimeSeries frequency, 1 for arrays). */
  readonly period?: number;
  /** Box–Cox λ (0 = log) or null (default); see {@link ArimaOptions.lambda}. */
  readonly lambda?: number | null;
  /** Fix the number of differences instead of testing (KPSS). */
  readonly d?: number;
  /** Fix the number of seasonal differences instead of testing. */
  readonly D?: number;
  /** Largest orders searched: p, q (default 5), P, Q (default 2), p+q+P+Q for the exhaustive search (default 5), d (2), D (1). */
  readonly max?: { readonly p?: number; readonly q?: number; readonly P?: number; readonly Q?: number; readonly order?: number; readonly d?: number; readonly D?: number };
  /** Starting orders of the stepwise search (default p = q = 2, P = Q = 1). */
  readonly start?: { readonly p?: number; readonly q?: number; readonly P?: number; readonly Q?: number };
  /** Stepwise Hyndman–Khandakar search (default true); false searches every model with p+q+P+Q ≤ max.order. */
  readonly stepwise?: boolean;
  /**
   * Select by conditional sum of squares and refit the chosen model by maximum likelihood
   * (default as R: when n > 150 or the period > 12).
   */
  readonly approximation?: boolean;
  /** Consider seasonal models (default true). */
  readonly seasonal?: boolean;
  /** Only stationary models (d = D = 0). */
  readonly stationary?: boolean;
  /** Information criterion (default `"aicc"`). */
  readonly ic?: "aicc" | "aic" | "bic";
  /** How D is chosen: `"seas"` (default, STL seasonal strength > 0.64) or `"ocsb"`. */
  readonly seasonalTest?: "seas" | "ocsb";
  /** How d is chosen: `"kpss"` (default and only option), at level `alpha` (default 0.05). */
  readonly unitRootTest?: "kpss";
  readonly alpha?: number;
  /** Consider a drift when d + D = 1 (default true) and a mean when d + D = 0 (default true). */
  readonly allowDrift?: boolean;
  readonly allowMean?: boolean;
  /** Most models the stepwise search fits (default 94). */
  readonly maxModels?: number;
}

/** @internal One candidate of the search. */
interface Candidate {
  readonly p: number;
  readonly q: number;
  readonly P: number;
  readonly Q: number;
  readonly constant: boolean;
  ic: number;
  est: ArimaEstimate | null;
}

const FN = "autoArima";

function readCount(value: unknown, name: string, fallback: number, max: number): number {
  if (value === undefined) return fallback;
  assertInteger(value, name, FN, 0, max);
  return value as number;
}

/**
 * Chooses and fits an ARIMA model automatically, following R's `forecast::auto.arima`
 * (Hyndman & Khandakar 2008, as revised in forecast 8.x):
 *
 * 1. D from the STL seasonal strength (> 0.64 → difference; or the OCSB test), d by repeated
 *    KPSS tests at 5% on the seasonally differenced data ({@link nsdiffs}, {@link ndiffs});
 * 2. a stepwise search by AICc from ARIMA(2,d,2)(1,D,1), (0,d,0)(0,D,0), (1,d,0)(1,D,0),
 *    (0,d,1)(0,D,1) (and no constant), moving p, q, P, Q by ±1 (singly and in pairs) and toggling
 *    the constant (mean when d + D = 0, drift when d + D = 1) while the criterion improves;
 * 3. models with AR or MA roots within 1.01 of the unit circle, or that fail to fit, are rejected;
 * 4. for long (n > 150) or highly seasonal (m > 12) series the search uses CSS and the best
 *    models are refitted by maximum likelihood in order of their CSS criterion.
 *
 * @param series - a TimeSeries (frequency gives the period) or numbers
 * @param options - see {@link AutoArimaOptions}
 * @returns the chosen model, fitted by exact maximum likelihood (see {@link ArimaFit})
 * A constant series gets ARIMA(0,0,0) with its mean (σ² = 0), and differenced data that are
 * constant get the pure differencing model with a fixed drift, as R does.
 *
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` for invalid options or λ with non-positive data;
 *   `NON_FINITE` for NaN; `TOO_SHORT` for fewer than 3 values or nothing left after differencing;
 *   `NO_SOLUTION` when no model can be fitted
 *
 * @example
 * ```ts
 * import { autoArima, forecastArima } from "@dpm/forecast";
 *
 * // A trending series: KPSS asks for one difference, and a drift is kept.
 * const y = [12, 14, 13, 16, 18, 17, 20, 22, 21, 24, 26, 25, 28, 30, 29, 32, 34, 33, 36, 38];
 * const fit = autoArima(y);
 * fit.order.d; // => 1
 * fit.name.endsWith("with drift"); // => true
 * forecastArima(fit, { horizon: 3 }).point.length; // => 3
 * ```
 *
 * @category ARIMA
 */
export function autoArima(series: SeriesInput, options?: AutoArimaOptions): ArimaFit {
  checkOptions(options, ["D", "allowDrift", "allowMean", "alpha", "approximation", "d", "ic", "lambda", "max", "maxModels", "period", "seasonal", "seasonalTest", "start", "stationary", "stepwise", "unitRootTest"], "autoArima");
  const opts = readOptions(options, FN);
  const data = readSeries(series, FN, opts.period, "series", 3);
  const y = data.values;
  const n = y.length;
  const lambda = readLambda(opts.lambda, y, FN);
  const z = lambda === null ? y : boxCox(y, lambda);
  const max = opts.max ?? {};
  const start = opts.start ?? {};
  let ic = opts.ic ?? "aicc";
  if (ic !== "aicc" && ic !== "aic" && ic !== "bic") {
    throw new DpmError("INVALID_ARGUMENT", `${FN}: options.ic must be "aicc", "aic" or "bic".`, { path: "options.ic" });
  }
  const seasonalTest = opts.seasonalTest ?? "seas";
  if (seasonalTest !== "seas" && seasonalTest !== "ocsb") {
    throw new DpmError("INVALID_ARGUMENT", `${FN}: options.seasonalTest must be "seas" or "ocsb".`, { path: "options.seasonalTest" });
  }
  if (opts.unitRootTest !== undefined && opts.unitRootTest !== "kpss") {
    throw new DpmError("INVALID_ARGUMENT", `${FN}: options.unitRootTest must be "kpss".`, { path: "options.unitRootTest" });
  }
  const alpha = opts.alpha ?? 0.05;
  if (typeof alpha !== "number" || !(alpha >= 0.01 && alpha <= 0.1)) {
    throw new DpmError("INVALID_ARGUMENT", `${FN}: options.alpha must be between 0.01 and 0.1.`, { path: "options.alpha" });
  }
  let maxp = readCount(max.p, "options.max.p", 5, 30);
  let maxq = readCount(max.q, "options.max.q", 5, 30);
  let maxP = readCount(max.P, "options.max.P", 2, 10);
  let maxQ = readCount(max.Q, "options.max.Q", 2, 10);
  const maxOrder = readCount(max.order, "options.max.order", 5, 60);
  const maxd = readCount(max.d, "options.max.d", 2, 3);
  const maxD = readCount(max.D, "options.max.D", 1, 2);
  const maxModels = readCount(opts.maxModels, "options.maxModels", 94, 10000);
  const stepwise = opts.stepwise ?? true;
  const seasonal = opts.seasonal ?? true;
  const m = seasonal ? Math.max(1, Math.round(data.period)) : 1;

  if (isConstant(z)) {
    // As R: a constant series gets ARIMA(0,0,0) with its mean fixed (or zero mean), σ² = 0.
    const withMean = opts.allowMean ?? true;
    const spec: ArimaSpec = {
      p: 0, q: 0, P: 0, Q: 0, d: 0, D: 0, period: 1, includeMean: withMean, includeDrift: false, method: "CSS-ML",
      fixed: withMean ? Float64Array.of(z[0]!) : null,
    };
    return degenerate(y, z, lambda, data.next, spec);
  }
  maxp = Math.min(maxp, Math.floor(n / 3));
  maxq = Math.min(maxq, Math.floor(n / 3));
  maxP = Math.min(maxP, Math.floor(n / 3 / m));
  maxQ = Math.min(maxQ, Math.floor(n / 3 / m));
  if (n <= 3) ic = "aic";

  let d = opts.d === undefined ? NaN : readCount(opts.d, "options.d", 0, 3);
  let D = opts.D === undefined ? NaN : readCount(opts.D, "options.D", 0, 2);
  if (opts.stationary === true) d = D = 0;
  if (m === 1) {
    D = 0;
    maxP = maxQ = 0;
  } else if (Number.isNaN(D) && n <= 2 * m) D = 0;
  else if (Number.isNaN(D)) D = nsdiffsCore(z, m, seasonalTest, maxD);
  let dx = D > 0 ? diffLag(z, m, D) : z;
  if (Number.isNaN(d)) {
    d = ndiffsCore(dx, alpha, maxd, "level");
    if (d > 0 && dx.length - d < 1) d--;
  }
  dx = d > 0 ? diffLag(dx, 1, d) : dx;
  if (dx.length === 0) {
    throw new DpmError("TOO_SHORT", `${FN}: nothing is left after ${d} difference(s) and ${D} seasonal difference(s) of ${n} values; use a longer series.`, { path: "series" });
  }
  const period = m;
  if (m > 1) {
    if (maxP > 0) maxp = Math.min(maxp, m - 1);
    if (maxQ > 0) maxq = Math.min(maxq, m - 1);
  }
  const approximation = opts.approximation ?? (n > 150 || m > 12);
  const allowDrift = (opts.allowDrift ?? true) && d + D === 1;
  const allowMean = (opts.allowMean ?? true) && d + D === 0;
  let constant = allowDrift || allowMean;

  if (isConstant(dx)) {
    // The differenced data are constant: R fits the pure differencing model (with the constant fixed when it is a mean or drift).
    const c = dx[0]!;
    const withConst = d + D <= 1;
    const spec: ArimaSpec = {
      p: 0, q: 0, P: 0, Q: 0, d, D, period: D > 0 ? m : 1,
      includeMean: withConst && d + D === 0, includeDrift: withConst && d + D === 1, method: "CSS-ML",
      fixed: withConst ? Float64Array.of(D > 0 && d === 0 ? c / m : c) : null,
    };
    return degenerate(y, z, lambda, data.next, spec);
  }

  const cache = new Map<string, Candidate>();
  // The search uses one-sided gradients (half the evaluations); the chosen model is refitted with
  // R's central differences so its estimates follow R's optimiser.
  const fitOne = (p: number, q: number, P: number, Q: number, cst: boolean, approx: boolean, fast = true): Candidate => {
    const key = `${p},${q},${P},${Q},${cst ? 1 : 0},${approx ? 1 : 0},${fast ? 1 : 0}`;
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
    const cand = myArima(z, { p, q, P, Q, d, D, period: P + D + Q > 0 ? m : 1, includeMean: cst, includeDrift: cst && d + D === 1, method: approx ? "CSS" : "CSS-ML", fixed: null }, ic, approx, fast);
    const out = { p, q, P, Q, constant: cst, ic: cand.ic, est: cand.est };
    cache.set(key, out);
    return out;
  };

  // forecast's checkarima (NaN variances from the optimiser's Hessian → reject), evaluated lazily:
  // only a model that would become the best can change the outcome, so only those pay for the Hessian.
  const passes = (c: Candidate): boolean => {
    if (!Number.isFinite(c.ic) || c.est === null) return false;
    if (!c.est.hessianOk()) {
      c.ic = Infinity;
      return false;
    }
    return true;
  };
  const beats = (c: Candidate, than: Candidate | null): boolean => (than === null || c.ic < than.ic) && passes(c);
  const results: Candidate[] = [];
  let best: Candidate;
  if (!stepwise) {
    const maxK = allowDrift || allowMean ? 1 : 0;
    let b: Candidate | null = null;
    for (let i = 0; i <= maxp; i++)
      for (let j = 0; j <= maxq; j++)
        for (let I = 0; I <= maxP; I++)
          for (let J = 0; J <= maxQ; J++) {
            if (i + j + I + J > maxOrder) continue;
            for (let K = 0; K <= maxK; K++) {
              const c = fitOne(i, j, I, J, K === 1, approximation);
              results.push(c);
              if (beats(c, b)) b = c;
            }
          }
    if (b === null) b = results[0] ?? null;
    if (b === null) throw new DpmError("NO_SOLUTION", `${FN}: no ARIMA model could be searched.`);
    best = b;
  } else {
    let sp = Math.min(start.p ?? 2, maxp);
    let sq = Math.min(start.q ?? 2, maxq);
    let sP = Math.min(start.P ?? 1, maxP);
    let sQ = Math.min(start.Q ?? 1, maxQ);
    if (n < 10) {
      sp = Math.min(sp, 1);
      sq = Math.min(sq, 1);
      sP = 0;
      sQ = 0;
    }
    let p = sp;
    let q = sq;
    let P = sP;
    let Q = sQ;
    const tried = (a: number, b2: number, c: number, e: number, k: boolean): boolean =>
      results.some((r) => r.p === a && r.q === b2 && r.P === c && r.Q === e && r.constant === k);
    best = fitOne(p, q, P, Q, constant, approximation);
    passes(best);
    results.push(best);
    let c = fitOne(0, 0, 0, 0, constant, approximation);
    results.push(c);
    if (beats(c, best)) {
      best = c;
      p = q = P = Q = 0;
    }
    if (maxp > 0 || maxP > 0) {
      const ap = maxp > 0 ? 1 : 0;
      const aP = m > 1 && maxP > 0 ? 1 : 0;
      c = fitOne(ap, 0, aP, 0, constant, approximation);
      results.push(c);
      if (beats(c, best)) {
        best = c;
        p = ap;
        P = aP;
        q = Q = 0;
      }
    }
    if (maxq > 0 || maxQ > 0) {
      const aq = maxq > 0 ? 1 : 0;
      const aQ = m > 1 && maxQ > 0 ? 1 : 0;
      c = fitOne(0, aq, 0, aQ, constant, approximation);
      results.push(c);
      if (beats(c, best)) {
        best = c;
        p = P = 0;
        Q = aQ;
        q = aq;
      }
    }
    if (constant) {
      c = fitOne(0, 0, 0, 0, false, approximation);
      results.push(c);
      if (beats(c, best)) {
        best = c;
        p = q = P = Q = 0;
      }
    }
    let startk = 0;
    while (startk < results.length && results.length < maxModels) {
      startk = results.length;
      // Neighbours in R's order: seasonal moves, then non-seasonal, then the constant.
      const moves: [number, number, number, number, boolean][] = [
        [p, q, P - 1, Q, constant],
        [p, q, P, Q - 1, constant],
        [p, q, P + 1, Q, constant],
        [p, q, P, Q + 1, constant],
        [p, q, P - 1, Q - 1, constant],
        [p, q, P - 1, Q + 1, constant],
        [p, q, P + 1, Q - 1, constant],
        [p, q, P + 1, Q + 1, constant],
        [p - 1, q, P, Q, constant],
        [p, q - 1, P, Q, constant],
        [p + 1, q, P, Q, constant],
        [p, q + 1, P, Q, constant],
        [p - 1, q - 1, P, Q, constant],
        [p - 1, q + 1, P, Q, constant],
        [p + 1, q - 1, P, Q, constant],
        [p + 1, q + 1, P, Q, constant],
      ];
      if (allowDrift || allowMean) moves.push([p, q, P, Q, !constant]);
      for (const [a, b2, cc, e, k] of moves) {
        if (a < 0 || b2 < 0 || cc < 0 || e < 0 || a > maxp || b2 > maxq || cc > maxP || e > maxQ) continue;
        if (tried(a, b2, cc, e, k)) continue;
        if (results.length >= maxModels) break;
        const fit = fitOne(a, b2, cc, e, k, approximation);
        results.push(fit);
        if (beats(fit, best)) {
          best = fit;
          p = a;
          q = b2;
          P = cc;
          Q = e;
          constant = k;
          break; // R restarts the neighbourhood from the new best model
        }
      }
    }
  }

  if (approximation) {
    // Refit by maximum likelihood in order of the approximate criterion and keep the first that
    // works (R's order: models rejected by the CSS checks, criterion Inf, come last).
    const sorted = [...results].sort((a, b) => (a.ic === b.ic ? 0 : a.ic < b.ic ? -1 : 1));
    const deferred: Candidate[] = [];
    let refit: Candidate | null = null;
    const tryRefit = (r: Candidate): boolean => {
      const f = fitOne(r.p, r.q, r.P, r.Q, r.constant, false, false);
      if (!passes(f)) return false;
      refit = f;
      return true;
    };
    for (const r of sorted) {
      // The CSS Hessian check is made lazily, in this order; a failing model moves to the end.
      if (!Number.isFinite(r.ic) || !passes(r)) {
        deferred.push(r);
        continue;
      }
      if (tryRefit(r)) break;
    }
    if (refit === null) for (const r of deferred) if (tryRefit(r)) break;
    if (refit !== null) best = refit;
    else best = { ...best, ic: Infinity };
  }
  if (Number.isFinite(best.ic)) {
    // The search's fit used one-sided gradients; refit the winner exactly as R's optim would.
    const exact = fitOne(best.p, best.q, best.P, best.Q, best.constant, false, false);
    if (passes(exact)) best = exact;
  }
  if (!Number.isFinite(best.ic) || best.est === null) {
    throw new DpmError("NO_SOLUTION", `${FN}: no suitable ARIMA model found (every candidate failed to fit or had roots on the unit circle); try fitArima with fixed orders or a transform (lambda).`, { path: "series" });
  }
  return toArimaFit(y, z, lambda, data.next, finalizeArima(z, best.est));
}

/** R's `myarima`: fit one model, return its criterion (Infinity when it fails or is near non-stationary/non-invertible). */
function myArima(z: Float64Array, spec: ArimaSpec, ic: "aicc" | "aic" | "bic", approximation: boolean, fast: boolean): { ic: number; est: ArimaEstimate | null } {
  let est: ArimaEstimate;
  const nstar = z.length - spec.d - spec.D * spec.period;
  const k = spec.p + spec.q + spec.P + spec.Q + (spec.includeDrift || (spec.includeMean && spec.d + spec.D === 0) ? 1 : 0);
  if (nstar <= k + 1) return { ic: Infinity, est: null };
  try {
    est = estimateArima(z, spec, { final: false, fastGradient: fast });
  } catch (error) {
    if (isDpmError(error)) return { ic: Infinity, est: null };
    throw error;
  }
  const npar = est.nFree + 1;
  const aic = approximation ? nstar * Math.log(est.cssSigma2) + 2 * npar : -2 * est.loglik + 2 * npar;
  let value: number;
  if (!Number.isFinite(aic)) value = Infinity;
  else if (ic === "aic") value = aic;
  else if (ic === "bic") value = aic + npar * (Math.log(nstar) - 2);
  else value = nstar - npar - 1 > 0 ? aic + (2 * npar * (npar + 1)) / (nstar - npar - 1) : Infinity;
  // Reject roots within 1.01 of the unit circle (R: minroot < 1 + 1e-2).
  const pf = spec.p + spec.period * spec.P;
  const qf = spec.q + spec.period * spec.Q;
  const phi = new Float64Array(pf);
  const negTheta = new Float64Array(qf);
  expandInto(est, phi, negTheta);
  if (spec.p + spec.P > 0 && !rootsOutside(phi, 0, pf, 1.01)) value = Infinity;
  if (spec.q + spec.Q > 0 && Number.isFinite(value) && !rootsOutside(negTheta, 0, qf, 1.01)) value = Infinity;
  return { ic: value, est };
}

/** Full φ and −θ polynomials of an estimate (for the root check). */
function expandInto(est: ArimaEstimate, phi: Float64Array, negTheta: Float64Array): void {
  const { p, q, P, Q, period } = est.spec;
  const c = est.coef;
  for (let i = 0; i < p; i++) phi[i] = c[i]!;
  for (let j = 0; j < P; j++) {
    const s = c[p + q + j]!;
    phi[(j + 1) * period - 1] = phi[(j + 1) * period - 1]! + s;
    for (let i = 0; i < p; i++) phi[(j + 1) * period + i] = phi[(j + 1) * period + i]! - c[i]! * s;
  }
  const theta = new Float64Array(negTheta.length);
  for (let i = 0; i < q; i++) theta[i] = c[p + i]!;
  for (let j = 0; j < Q; j++) {
    const s = c[p + q + P + j]!;
    theta[(j + 1) * period - 1] = theta[(j + 1) * period - 1]! + s;
    for (let i = 0; i < q; i++) theta[(j + 1) * period + i] = theta[(j + 1) * period + i]! + c[p + i]! * s;
  }
  for (let i = 0; i < theta.length; i++) negTheta[i] = -theta[i]!;
}

/** The pure differencing model when the differenced data are constant. */
function degenerate(y: Float64Array, z: Float64Array, lambda: number | null, next: ArimaFit["next"], spec: ArimaSpec): ArimaFit {
  const est = estimateArima(z, spec);
  return toArimaFit(y, z, lambda, next, est);
}
