import { checkOptions, createRng, DpmError, minimizeNelderMead, qrLeastSquares, type Rng } from "@dpm/core";
import { bootstrapQuantile } from "./internal/bootstrapQuantile.js";
import { convolveLagsInto, geometricAdstockInto, hill, hillDerivative, hillInto, weibullWeights } from "./internal/kernels.js";
import { type Basis, fitPrefix, orthoBasis, workspace } from "./internal/mixKernel.js";
import { readInteger, readNumber, readRange, readSeries } from "./internal/validate.js";

/**
 * Data of {@link fitMarketingMix}: one value per week (or other period) in every column.
 *
 * @category Marketing mix
 */
export interface MarketingMixData {
  /** Sales (or another outcome) per week. */
  readonly sales: ArrayLike<number>;
  /** Media spend per channel and week, ≥ 0, e.g. `{ instagram: [...], google: [...] }`. */
  readonly spend: Readonly<Record<string, ArrayLike<number>>>;
  /** Baseline drivers with free-signed effects: price, promotions, holiday dummies, weather… */
  readonly controls?: Readonly<Record<string, ArrayLike<number>>>;
}

/**
 * Options of {@link fitMarketingMix}.
 *
 * @category Marketing mix
 */
export interface FitMarketingMixOptions {
  /** Seasonal period in weeks for the Fourier terms (default 52). */
  readonly period?: number;
  /** Fourier pairs sin/cos(2πht/period), h = 1..harmonics (default 2; 0 = no seasonality; skipped when there is less than one period of data). */
  readonly harmonics?: number;
  /** Include a linear trend (default true). */
  readonly trend?: boolean;
  /** Relative ridge on the media coefficients: λ_j = ridge · ||M f_j||² (default 0.001; 0 = plain non-negative least squares). */
  readonly ridge?: number;
  /** Adstock: `"geometric"` (default, one decay per channel) or `"weibull"` (Weibull survival-function lag weights over `maxLag` weeks, two parameters per channel; see {@link weibullAdstock}). */
  readonly adstock?: "geometric" | "weibull";
  /** Lags kept by the Weibull adstock (default 13). */
  readonly maxLag?: number;
  /** Search range of the Weibull adstock shape (default [0.3, 3]). */
  readonly weibullShapeRange?: readonly [number, number];
  /** Search range of the Weibull adstock scale in weeks (default [0.3, 6]). */
  readonly weibullScaleRange?: readonly [number, number];
  /** Search range of the geometric adstock decay (default [0, 0.8]). */
  readonly decayRange?: readonly [number, number];
  /** Search range of the Hill half-saturation as a multiple of the channel's mean adstocked spend (default [0.3, 3], searched on a log scale). */
  readonly halfSaturationRange?: readonly [number, number];
  /** Search range of the Hill shape (default [0.7, 2.5]). */
  readonly shapeRange?: readonly [number, number];
  /** Transform evaluations: 30 % a Latin hypercube scored by the selection rule, 70 % a Nelder–Mead polish of the best point (default 300, at most 20,000). */
  readonly searchBudget?: number;
  /** Rolling-origin folds, each forecasting the next n/(4·folds) weeks (default 3). */
  readonly folds?: number;
  /** Moving-block bootstrap refits for the intervals (default 100, from 10 to 5,000). */
  readonly bootstrap?: number;
  /** Nelder–Mead evaluations re-optimising the transforms (in-sample, from the chosen ones jittered by N(0, 0.1²) on the unit-scaled search box) in each bootstrap refit (default 40; 1 = keep the transforms fixed). */
  readonly bootstrapSearch?: number;
  /** Residual block length in weeks (default ⌈n^{1/3}⌉). */
  readonly blockLength?: number;
  /** Interval level (default 0.9). */
  readonly level?: number;
  /** How transform candidates are scored: `"cv"` (default) rolling-origin forecast error, or `"fit"` the in-sample penalised residual sum of squares (faster, and on short series often steadier). */
  readonly selection?: "cv" | "fit";
  /** Seed of the search and the bootstrap (default "fitMarketingMix"). */
  readonly seed?: number | string;
}

/**
 * One channel of a {@link MarketingMixFit}. Totals are over the whole sample; `Low`/`High` are
 * percentile bootstrap bounds at the fit's `level`, taken at the order statistics (B + 1)·α and
 * (B + 1)·(1 − α) of the B draws so the interval keeps its nominal content with few draws.
 *
 * @category Marketing mix
 */
export interface MarketingChannel {
  readonly name: string;
  readonly adstock: "geometric" | "weibull";
  /** Geometric adstock decay; for Weibull adstock the equivalent decay 1 − 1/Σw (a constant spend s settles at s / (1 − decay) either way). */
  readonly decay: number;
  /** Weibull adstock shape and scale (0 with geometric adstock). */
  readonly adstockShape: number;
  readonly adstockScale: number;
  /** Hill half-saturation, in adstocked-spend units. */
  readonly halfSaturation: number;
  readonly shape: number;
  /** β ≥ 0: the sales the channel would add at full saturation, per week. */
  readonly coefficient: number;
  readonly spend: number;
  /** Mean spend per week. */
  readonly weeklySpend: number;
  readonly contribution: number;
  readonly contributionLow: number;
  readonly contributionHigh: number;
  /** Contribution / spend. */
  readonly roas: number;
  readonly roasLow: number;
  readonly roasHigh: number;
  /** Sales from one more unit of spend spread like the past spend: β Σ h′(a_t)·a_t / Σ x_t. */
  readonly marginalRoas: number;
  readonly marginalRoasLow: number;
  readonly marginalRoasHigh: number;
}

/**
 * Bootstrap draws of the transform parameters and coefficients, `count × channels` row-major in
 * channel order.
 *
 * @category Marketing mix
 */
export interface MarketingMixDraws {
  readonly count: number;
  readonly decay: Float64Array;
  /** Weibull adstock shape and scale per draw (0 with geometric adstock). */
  readonly adstockShape: Float64Array;
  readonly adstockScale: Float64Array;
  readonly halfSaturation: Float64Array;
  readonly shape: Float64Array;
  readonly coefficient: Float64Array;
}

/**
 * Fit diagnostics of a {@link MarketingMixFit}.
 *
 * @category Marketing mix
 */
export interface MarketingMixDiagnostics {
  readonly rSquared: number;
  /** Mean absolute percentage error (weeks with zero sales skipped). */
  readonly mape: number;
  /** Durbin–Watson statistic of the residuals (≈ 2 when uncorrelated). */
  readonly durbinWatson: number;
  readonly lag1Autocorrelation: number;
  /** Root mean squared error of the rolling-origin forecasts of the chosen transforms. */
  readonly cvRmse: number;
}

/**
 * A response curve: steady-state weekly contribution of a channel at each weekly spend.
 *
 * @category Marketing mix
 */
export interface ResponseCurve {
  readonly spend: Float64Array;
  readonly response: Float64Array;
  readonly low: Float64Array;
  readonly high: Float64Array;
}

/**
 * Result of {@link fitMarketingMix}.
 *
 * @category Marketing mix
 */
export interface MarketingMixFit {
  readonly channels: readonly MarketingChannel[];
  /** Weekly contributions: one entry per channel, per control, and `baseline` (intercept, trend, seasonality). They add up exactly to `fitted`. */
  readonly contributions: Readonly<Record<string, Float64Array>>;
  readonly fitted: Float64Array;
  readonly residuals: Float64Array;
  /** Control coefficients by name (`(Intercept)`, `trend` (per week), `sin1`, `cos1`, …, then the controls). */
  readonly controlCoefficients: Readonly<Record<string, number>>;
  readonly diagnostics: MarketingMixDiagnostics;
  readonly draws: MarketingMixDraws;
  readonly level: number;
  /** False when a warning says the channel effects cannot be told apart. */
  readonly identifiable: boolean;
  readonly warnings: readonly string[];
  /**
   * Steady-state weekly contribution of a channel at the given weekly spends: β·h(s / (1 − decay)),
   * with the bootstrap interval.
   */
  responseCurve(channel: string, weeklySpend: ArrayLike<number>): ResponseCurve;
  toString(): string;
}

const KNOWN = ["period", "harmonics", "trend", "ridge", "adstock", "maxLag", "weibullShapeRange", "weibullScaleRange", "decayRange", "halfSaturationRange", "shapeRange", "searchBudget", "folds", "bootstrap", "bootstrapSearch", "blockLength", "level", "seed", "selection"];
const FN = "fitMarketingMix";

/**
 * Marketing mix model: sales = baseline (intercept, trend, Fourier seasonality, controls such as
 * price, promotions and holidays) + Σ_j β_j·hill(adstock_j(spend_j)), with β_j ≥ 0. For given
 * transforms the coefficients solve a constrained least squares exactly (controls partialled out,
 * non-negative ridge least squares on the media block, then the controls); the transforms (decay,
 * half-saturation, shape per channel) come from a seeded Latin hypercube scored by rolling-origin
 * cross-validation (or the in-sample fit, `selection: "fit"`), polished by core's Nelder–Mead;
 * intervals from a seeded moving-block residual bootstrap that re-optimises the transforms and
 * re-fits the coefficients in every draw (percentile intervals at the (B + 1)·α order statistics).
 *
 * @param data - weekly sales, spend per channel, optional controls
 * @param options - seasonality, ridge, search ranges and budget, bootstrap size, level, seed
 * @returns per-channel contributions, ROAS and marginal ROAS with intervals, the weekly decomposition, diagnostics, draws and response curves
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` for negative spend, a channel with no spend at all, no channels or bad options; `LENGTH_MISMATCH`, `NON_FINITE`; `TOO_SHORT` with fewer weeks than the model needs; `SINGULAR` naming columns that are exact linear combinations of others (e.g. two channels always bought together)
 *
 * @example
 * ```ts
 * import { fitMarketingMix } from "@dpm/impact";
 *
 * const weeks = 104;
 * const tv = Array.from({ length: weeks }, (_, t) => (t % 4 === 0 ? 100 : 20 + (t % 3) * 10));
 * const search = Array.from({ length: weeks }, (_, t) => 30 + ((t * 7) % 11) * 5);
 * const sales = tv.map((_, t) => 500 + 2 * t + 300 * (search[t]! / (search[t]! + 50)) + 200 * (tv[t]! / (tv[t]! + 40)));
 * const fit = fitMarketingMix({ sales, spend: { tv, search } }, { searchBudget: 20, bootstrap: 20 });
 * fit.channels.length; // => 2
 * fit.diagnostics.rSquared > 0.95; // => true
 * ```
 *
 * @category Marketing mix
 */
export function fitMarketingMix(data: MarketingMixData, options?: FitMarketingMixOptions): MarketingMixFit {
  const opts = checkOptions(options, KNOWN, FN, "{ bootstrap: 100 }");
  if (typeof data !== "object" || data === null || typeof data.spend !== "object" || data.spend === null) {
    throw new DpmError("INVALID_ARGUMENT", `${FN}: data must be { sales, spend: { channel: values }, controls? }.`, { path: "data" });
  }
  const y = readSeries(data.sales, FN, "data.sales");
  const n = y.length;
  const names = Object.keys(data.spend);
  if (names.length === 0) throw new DpmError("INVALID_ARGUMENT", `${FN}: data.spend has no channels; pass at least one, e.g. { spend: { search: [...] } }.`, { path: "data.spend" });
  if (names.length > 50) throw new DpmError("INVALID_ARGUMENT", `${FN}: ${names.length} channels is more than the 50 supported; group small channels.`, { path: "data.spend" });
  const spend = names.map((name) => readSeries(data.spend[name], FN, `data.spend.${name}`, true, n));
  spend.forEach((x, j) => {
    if (x.every((v) => v === 0)) {
      throw new DpmError("INVALID_ARGUMENT", `${FN}: channel "${names[j]}" has zero spend in every week, so its effect cannot be estimated; drop it from data.spend.`, { path: `data.spend.${names[j]}` });
    }
  });
  const controlNames = Object.keys(data.controls ?? {});
  const controls = controlNames.map((c) => readSeries(data.controls![c], FN, `data.controls.${c}`, false, n));
  const period = readNumber(opts.period, FN, "options.period", 2, 1e6, 52);
  const harmonicsAsked = readInteger(opts.harmonics, FN, "options.harmonics", 0, 26, 2);
  const trend = opts.trend ?? true;
  const ridge = readNumber(opts.ridge, FN, "options.ridge", 0, 1e6, 1e-3);
  const adstock = opts.adstock ?? "geometric";
  if (adstock !== "geometric" && adstock !== "weibull") throw new DpmError("INVALID_ARGUMENT", `${FN}: options.adstock must be "geometric" or "weibull", got ${String(adstock)}.`, { path: "options.adstock" });
  const weibull = adstock === "weibull";
  const maxLag = readInteger(opts.maxLag, FN, "options.maxLag", 1, 520, 13);
  const wShapeRange = readRange(opts.weibullShapeRange, FN, "options.weibullShapeRange", 0.05, 20, [0.3, 3]);
  const wScaleRange = readRange(opts.weibullScaleRange, FN, "options.weibullScaleRange", 0.05, 520, [0.3, 6]);
  const decayRange = readRange(opts.decayRange, FN, "options.decayRange", 0, 0.99, [0, 0.8]);
  const kappaRange = readRange(opts.halfSaturationRange, FN, "options.halfSaturationRange", 1e-3, 1e3, [0.3, 3]);
  const shapeRange = readRange(opts.shapeRange, FN, "options.shapeRange", 0.1, 10, [0.7, 2.5]);
  const budget = readInteger(opts.searchBudget, FN, "options.searchBudget", 1, 20_000, 300);
  const foldsAsked = readInteger(opts.folds, FN, "options.folds", 1, 20, 3);
  const B = readInteger(opts.bootstrap, FN, "options.bootstrap", 10, 5000, 100);
  const bootSearch = readInteger(opts.bootstrapSearch, FN, "options.bootstrapSearch", 1, 5000, 40);
  const blockLength = readInteger(opts.blockLength, FN, "options.blockLength", 1, Math.max(1, n), Math.min(n, Math.max(1, Math.ceil(Math.cbrt(n)))));
  const level = readNumber(opts.level, FN, "options.level", 0, 1, 0.9, true, true);
  const seed = opts.seed ?? FN;
  const selection = opts.selection ?? "cv";
  if (selection !== "cv" && selection !== "fit") {
    throw new DpmError("INVALID_ARGUMENT", `${FN}: options.selection must be "cv" (rolling-origin cross-validation) or "fit" (in-sample penalised fit), got ${String(selection)}.`, { path: "options.selection" });
  }
  const warnings: string[] = [];

  // Control design Z: intercept, trend, Fourier pairs, user controls.
  const Z: Float64Array[] = [];
  const zNames: string[] = [];
  const push = (name: string, v: Float64Array) => {
    Z.push(v);
    zNames.push(name);
  };
  push("(Intercept)", new Float64Array(n).fill(1));
  if (trend) push("trend", Float64Array.from({ length: n }, (_, t) => t));
  let harmonics = harmonicsAsked;
  if (harmonics > 0 && n < period) {
    warnings.push(`Seasonality skipped: ${n} weeks are less than one period of ${period}.`);
    harmonics = 0;
  }
  harmonics = Math.min(harmonics, Math.floor(period / 2));
  for (let h = 1; h <= harmonics; h++) {
    push(`sin${h}`, Float64Array.from({ length: n }, (_, t) => Math.sin((2 * Math.PI * h * t) / period)));
    if (2 * h !== period) push(`cos${h}`, Float64Array.from({ length: n }, (_, t) => Math.cos((2 * Math.PI * h * t) / period)));
  }
  controls.forEach((c, i) => push(controlNames[i]!, c));
  const q = Z.length;
  const k = names.length;
  const params = q + (weibull ? 4 : 3) * k;
  if (n < params + 8) {
    throw new DpmError("TOO_SHORT", `${FN}: ${n} weeks are too few for ${params} parameters (${q} baseline columns + ${weibull ? 4 : 3} per channel × ${k} channels); need at least ${params + 8} weeks, or use fewer channels, controls or harmonics.`, {
      path: "data.sales",
      details: { weeks: n, parameters: params },
    });
  }
  // Exact collinearity among baseline columns and raw spend → SINGULAR naming the columns.
  const allNames = [...zNames, ...names];
  const scaled = [...Z, ...spend].map((c) => {
    let s = 0;
    for (let i = 0; i < n; i++) s = Math.max(s, Math.abs(c[i]!));
    return c.map((v) => v / (s || 1));
  });
  const qr = qrLeastSquares(scaled, y);
  if (qr.rank < scaled.length) {
    const dropped = Array.from(qr.pivot.subarray(qr.rank));
    const msgs = dropped.map((d, i) => {
      const dep = qr.dependencies[i]!;
      const on = allNames.filter((_, c) => c !== d && Math.abs(dep[c]!) > 1e-8);
      return `"${allNames[d]}" is a linear combination of ${on.map((s) => `"${s}"`).join(", ") || "the others"}`;
    });
    throw new DpmError("SINGULAR", `${FN}: ${msgs.join("; ")} — their effects cannot be told apart; merge those channels or drop a column.`, {
      path: "data",
      details: { collinear: dropped.map((d) => allNames[d]!) },
    });
  }
  let identifiable = true;
  for (let a = 0; a < k; a++) {
    for (let b = a + 1; b < k; b++) {
      const r = correlation(spend[a]!, spend[b]!);
      if (Math.abs(r) > 0.95) {
        identifiable = false;
        warnings.push(`Channels "${names[a]}" and "${names[b]}" move together (spend correlation ${r.toFixed(3)}); their split of the credit is not identified — treat the two as one, or vary one of them on purpose.`);
      }
    }
  }

  // Rolling-origin folds.
  let folds = foldsAsked;
  let h = Math.max(1, Math.floor(n / (4 * folds)));
  while (folds > 1 && n - folds * h < q + k + 4) {
    folds--;
    h = Math.max(1, Math.floor(n / (4 * folds)));
  }
  const foldBases: Basis[] = [];
  for (let f = 0; f < folds; f++) foldBases.push(orthoBasis(Z, n - (folds - f) * h));
  const full = orthoBasis(Z, n);
  for (let c = 0; c < q; c++) {
    if (!(full.R[c * q + c]! > 1e-9 * Math.sqrt(n))) {
      throw new DpmError("SINGULAR", `${FN}: baseline column "${zNames[c]}" is a linear combination of the others; drop it.`, { path: "data.controls", details: { collinear: [zNames[c]!] } });
    }
  }

  const P = weibull ? 4 : 3;
  const dims = P * k;
  const lagShape = new Float64Array(k);
  const lagScale = new Float64Array(k);
  // Unit-cube point → transform parameters. For Weibull channels `decay` is the equivalent
  // geometric decay 1 − 1/Σw (same long-run multiplier of a constant spend).
  const toParams = (u: Float64Array, decay: Float64Array, kappa: Float64Array, shape: Float64Array) => {
    for (let j = 0; j < k; j++) {
      const o = P * j;
      if (weibull) {
        lagShape[j] = wShapeRange[0] + u[o]! * (wShapeRange[1] - wShapeRange[0]);
        lagScale[j] = Math.exp(Math.log(wScaleRange[0]) + u[o + 1]! * (Math.log(wScaleRange[1]) - Math.log(wScaleRange[0])));
        const w = weibullWeights(lagShape[j]!, lagScale[j]!, "cdf", maxLag);
        let carry = 0;
        for (let l = 0; l < maxLag; l++) carry += w[l]!;
        decay[j] = 1 - 1 / carry;
      } else decay[j] = decayRange[0] + u[o]! * (decayRange[1] - decayRange[0]);
      kappa[j] = Math.exp(Math.log(kappaRange[0]) + u[o + P - 2]! * (Math.log(kappaRange[1]) - Math.log(kappaRange[0])));
      shape[j] = shapeRange[0] + u[o + P - 1]! * (shapeRange[1] - shapeRange[0]);
    }
  };
  const adstockInto = (j: number, d: number, ls: number, lc: number, out: Float64Array) =>
    weibull ? convolveLagsInto(spend[j]!, weibullWeights(ls, lc, "cdf", maxLag), out) : geometricAdstockInto(spend[j]!, d, false, out);
  const mediaFeatures = (decayA: Float64Array, kappaA: Float64Array, shapeA: Float64Array, halfOut: Float64Array) => {
    for (let j = 0; j < k; j++) {
      const f = F[j]!;
      adstockInto(j, decayA[j]!, lagShape[j]!, lagScale[j]!, f);
      let mean = 0;
      for (let i = 0; i < n; i++) mean += f[i]!;
      const K = (kappaA[j]! * mean) / n;
      halfOut[j] = K;
      hillInto(f, K, shapeA[j]!, f);
    }
  };
  const F = Array.from({ length: k }, () => new Float64Array(n));
  const ws = workspace(n, k, q);
  const beta = new Float64Array(k);
  const gamma = new Float64Array(q);
  const decay = new Float64Array(k);
  const kappa = new Float64Array(k);
  const shape = new Float64Array(k);
  const half = new Float64Array(k);
  let target = y;
  const fitScore = (u: Float64Array): number => {
    toParams(u, decay, kappa, shape);
    mediaFeatures(decay, kappa, shape, half);
    return fitPrefix(full, F, target, ridge, ws, beta, gamma);
  };
  const foldScore = (u: Float64Array): number => {
    toParams(u, decay, kappa, shape);
    mediaFeatures(decay, kappa, shape, half);
    let sse = 0;
    let count = 0;
    for (const basis of foldBases) {
      fitPrefix(basis, F, y, ridge, ws, beta, gamma);
      const m = basis.m;
      for (let t = m; t < m + h; t++) {
        let pred = 0;
        for (let c = 0; c < q; c++) pred += gamma[c]! * Z[c]![t]!;
        for (let j = 0; j < k; j++) pred += beta[j]! * F[j]![t]!;
        sse += (y[t]! - pred) ** 2;
        count++;
      }
    }
    return sse / count;
  };

  const cvScore = selection === "fit" ? fitScore : foldScore;
  // Search: Latin hypercube (the centre first), then local refinement around the best.
  const rng = createRng(seed);
  const searchRng = rng.fork("search");
  const nLhs = Math.max(1, Math.ceil(0.3 * budget));
  const lhs = latinHypercube(nLhs, dims, searchRng);
  let bestU: Float64Array = new Float64Array(dims).fill(0.5);
  let bestScore = cvScore(bestU);
  const u = new Float64Array(dims);
  for (let s = 1; s < nLhs; s++) {
    for (let d = 0; d < dims; d++) u[d] = lhs[s * dims + d]!;
    const sc = cvScore(u);
    if (sc < bestScore) {
      bestScore = sc;
      bestU = u.slice();
    }
  }
  // Polish by Nelder–Mead (core) on the in-sample penalised fit, on the cube (outside it: the
  // clamped score times a wall); keep the polished point only if the selection score agrees.
  const polish = (start: Float64Array, evaluations: number): Float64Array => {
    const wall = (v: Float64Array) => {
      let out = 0;
      for (let d = 0; d < dims; d++) {
        const c = clamp01(v[d]!);
        out += (v[d]! - c) ** 2;
        u[d] = c;
      }
      return fitScore(u) * (1 + 10 * out);
    };
    const nm = minimizeNelderMead(wall, start, { maxEvaluations: evaluations, steps: new Float64Array(dims).fill(0.1), onNotConverged: "return" });
    return nm.x.map(clamp01);
  };
  if (budget > nLhs) {
    const polished = polish(bestU, budget - nLhs);
    const sc = cvScore(polished);
    if (selection === "fit" || sc <= bestScore * 1.05) {
      bestScore = sc;
      bestU = polished;
    }
  }
  const cvRmse = Math.sqrt(foldScore(bestU));
  // Final fit on all weeks.
  toParams(bestU, decay, kappa, shape);
  mediaFeatures(decay, kappa, shape, half);
  fitPrefix(full, F, y, ridge, ws, beta, gamma);
  const finalDecay = decay.slice();
  const finalLagShape = lagShape.slice();
  const finalLagScale = lagScale.slice();
  const finalHalf = half.slice();
  const finalShape = shape.slice();
  const finalBeta = beta.slice();
  const finalGamma = gamma.slice();
  const contributions: Record<string, Float64Array> = {};
  const baseline = new Float64Array(n);
  const nBase = q - controls.length;
  for (let c = 0; c < nBase; c++) for (let t = 0; t < n; t++) baseline[t] = baseline[t]! + finalGamma[c]! * Z[c]![t]!;
  contributions.baseline = baseline;
  for (let c = nBase; c < q; c++) contributions[zNames[c]!] = Z[c]!.map((v) => finalGamma[c]! * v);
  names.forEach((name, j) => {
    contributions[name] = F[j]!.map((v) => finalBeta[j]! * v);
  });
  const fitted = new Float64Array(n);
  for (const v of Object.values(contributions)) for (let t = 0; t < n; t++) fitted[t] = fitted[t]! + v[t]!;
  const residuals = y.map((v, t) => v - fitted[t]!);
  const diagnostics = diagnose(y, residuals, cvRmse);
  const totals = (j: number, dj: number, ls: number, lc: number, kj: number, sj: number, bj: number, buf: Float64Array) => {
    adstockInto(j, dj, ls, lc, buf);
    let c = 0;
    let m = 0;
    for (let t = 0; t < n; t++) {
      const a = buf[t]!;
      c += hill(a, kj, sj);
      m += a > 0 ? hillDerivative(a, kj, sj) * a : 0;
    }
    return [bj * c, bj * m] as const;
  };

  // Moving-block residual bootstrap.
  const bootRng = rng.fork("bootstrap");
  const draws: MarketingMixDraws = { count: B, decay: new Float64Array(B * k), adstockShape: new Float64Array(B * k), adstockScale: new Float64Array(B * k), halfSaturation: new Float64Array(B * k), shape: new Float64Array(B * k), coefficient: new Float64Array(B * k) };
  const drawContribution = new Float64Array(B * k);
  const drawMarginal = new Float64Array(B * k);
  const yStar = new Float64Array(n);
  const buf = new Float64Array(n);
  let meanRes = 0;
  for (let t = 0; t < n; t++) meanRes += residuals[t]! / n;
  // Residuals are smaller than the errors by about √((n − p)/n) (p = q + 3k parameters fitted):
  // rescale them, as Davison & Hinkley (1997, §6.2) do for the residual bootstrap.
  const inflate = Math.sqrt(n / (n - params));
  const bestB = new Float64Array(k);
  const bestD = new Float64Array(k);
  const bestK = new Float64Array(k);
  const bestS = new Float64Array(k);
  for (let b = 0; b < B; b++) {
    for (let t = 0; t < n; ) {
      const start = bootRng.int(0, n);
      for (let l = 0; l < blockLength && t < n; l++, t++) yStar[t] = fitted[t]! + inflate * (residuals[(start + l) % n]! - meanRes);
    }
    target = yStar;
    const start = bestU.map((v) => clamp01(v + 0.1 * bootRng.normal()));
    const ub = bootSearch > 1 ? polish(start, bootSearch) : bestU;
    toParams(ub, bestD, kappa, bestS);
    mediaFeatures(bestD, kappa, bestS, bestK);
    fitPrefix(full, F, yStar, ridge, ws, bestB, gamma);
    for (let j = 0; j < k; j++) {
      const i = b * k + j;
      draws.decay[i] = bestD[j]!;
      draws.adstockShape[i] = weibull ? lagShape[j]! : 0;
      draws.adstockScale[i] = weibull ? lagScale[j]! : 0;
      draws.halfSaturation[i] = bestK[j]!;
      draws.shape[i] = bestS[j]!;
      draws.coefficient[i] = bestB[j]!;
      const [c, m] = totals(j, bestD[j]!, lagShape[j]!, lagScale[j]!, bestK[j]!, bestS[j]!, bestB[j]!, buf);
      drawContribution[i] = c;
      drawMarginal[i] = m;
    }
  }

  const alpha = (1 - level) / 2;
  const channels: MarketingChannel[] = names.map((name, j) => {
    const x = spend[j]!;
    let total = 0;
    for (let t = 0; t < n; t++) total += x[t]!;
    const [contribution, marg] = totals(j, finalDecay[j]!, finalLagShape[j]!, finalLagScale[j]!, finalHalf[j]!, finalShape[j]!, finalBeta[j]!, buf);
    const [cLo, cHi] = B > 0 ? quantiles(drawContribution, j, k, B, alpha) : [Number.NaN, Number.NaN];
    const [mLo, mHi] = B > 0 ? quantiles(drawMarginal, j, k, B, alpha) : [Number.NaN, Number.NaN];
    if (finalBeta[j] === 0) warnings.push(`Channel "${name}" shows no detectable effect on sales (coefficient 0 at the non-negativity bound).`);
    return {
      name,
      adstock,
      decay: finalDecay[j]!,
      adstockShape: weibull ? finalLagShape[j]! : 0,
      adstockScale: weibull ? finalLagScale[j]! : 0,
      halfSaturation: finalHalf[j]!,
      shape: finalShape[j]!,
      coefficient: finalBeta[j]!,
      spend: total,
      weeklySpend: total / n,
      contribution,
      contributionLow: cLo,
      contributionHigh: cHi,
      roas: contribution / total,
      roasLow: cLo / total,
      roasHigh: cHi / total,
      marginalRoas: marg / total,
      marginalRoasLow: mLo / total,
      marginalRoasHigh: mHi / total,
    };
  });
  const controlCoefficients: Record<string, number> = {};
  zNames.forEach((z, c) => {
    controlCoefficients[z] = finalGamma[c]!;
  });

  const responseCurve = (channel: string, weeklySpend: ArrayLike<number>): ResponseCurve => {
    const j = names.indexOf(channel);
    if (j < 0) throw new DpmError("INVALID_ARGUMENT", `responseCurve: unknown channel "${channel}"; the fit has ${names.map((s) => `"${s}"`).join(", ")}.`, { path: "channel" });
    const s = readSeries(weeklySpend, "responseCurve", "weeklySpend", true);
    const response = s.map((v) => finalBeta[j]! * hill(v / (1 - finalDecay[j]!), finalHalf[j]!, finalShape[j]!));
    const low = new Float64Array(s.length).fill(Number.NaN);
    const high = new Float64Array(s.length).fill(Number.NaN);
    if (B > 0) {
      const col = new Float64Array(B);
      for (let i = 0; i < s.length; i++) {
        for (let b = 0; b < B; b++) {
          const r = b * k + j;
          col[b] = draws.coefficient[r]! * hill(s[i]! / (1 - draws.decay[r]!), draws.halfSaturation[r]!, draws.shape[r]!);
        }
        const [lo, hi] = quantiles(col, 0, 1, B, alpha);
        low[i] = lo;
        high[i] = hi;
      }
    }
    return { spend: s, response, low, high };
  };

  return {
    channels,
    contributions,
    fitted,
    residuals,
    controlCoefficients,
    diagnostics,
    draws,
    level,
    identifiable,
    warnings,
    responseCurve,
    toString: () => formatFit(channels, diagnostics, level, warnings),
  };
}

function clamp01(v: number): number {
  return v < 0 ? 0 : v > 1 ? 1 : v;
}

/** N points of a d-dimensional Latin hypercube in [0,1]^d, row-major; row 0 is the centre. */
function latinHypercube(N: number, d: number, rng: Rng): Float64Array {
  const out = new Float64Array(N * d);
  const perm = new Int32Array(N);
  for (let c = 0; c < d; c++) {
    for (let i = 0; i < N; i++) perm[i] = i;
    for (let i = N - 1; i > 0; i--) {
      const r = rng.int(0, i + 1);
      const tmp = perm[i]!;
      perm[i] = perm[r]!;
      perm[r] = tmp;
    }
    for (let i = 0; i < N; i++) out[i * d + c] = (perm[i]! + rng.next()) / N;
  }
  for (let c = 0; c < d; c++) out[c] = 0.5;
  return out;
}

function correlation(a: Float64Array, b: Float64Array): number {
  const n = a.length;
  let ma = 0;
  let mb = 0;
  for (let i = 0; i < n; i++) {
    ma += a[i]!;
    mb += b[i]!;
  }
  ma /= n;
  mb /= n;
  let sab = 0;
  let saa = 0;
  let sbb = 0;
  for (let i = 0; i < n; i++) {
    sab += (a[i]! - ma) * (b[i]! - mb);
    saa += (a[i]! - ma) ** 2;
    sbb += (b[i]! - mb) ** 2;
  }
  return saa > 0 && sbb > 0 ? sab / Math.sqrt(saa * sbb) : 0;
}

/** Percentile bounds of column j of a count×k row-major array (order statistics (B + 1)α, see bootstrapQuantile). */
function quantiles(a: Float64Array, j: number, k: number, count: number, alpha: number): [number, number] {
  const col = new Float64Array(count);
  for (let b = 0; b < count; b++) col[b] = a[b * k + j]!;
  col.sort();
  return [bootstrapQuantile(col, alpha), bootstrapQuantile(col, 1 - alpha)];
}

function diagnose(y: Float64Array, e: Float64Array, cvRmse: number): MarketingMixDiagnostics {
  const n = y.length;
  let mean = 0;
  for (let t = 0; t < n; t++) mean += y[t]! / n;
  let sst = 0;
  let sse = 0;
  let ape = 0;
  let nz = 0;
  let dw = 0;
  let lag = 0;
  for (let t = 0; t < n; t++) {
    sst += (y[t]! - mean) ** 2;
    sse += e[t]! ** 2;
    if (y[t] !== 0) {
      ape += Math.abs(e[t]! / y[t]!);
      nz++;
    }
    if (t > 0) {
      dw += (e[t]! - e[t - 1]!) ** 2;
      lag += e[t]! * e[t - 1]!;
    }
  }
  return {
    rSquared: sst > 0 ? 1 - sse / sst : Number.NaN,
    mape: nz > 0 ? ape / nz : Number.NaN,
    durbinWatson: sse > 0 ? dw / sse : Number.NaN,
    lag1Autocorrelation: sse > 0 ? lag / sse : Number.NaN,
    cvRmse,
  };
}

function fmt(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  return Math.abs(x) >= 100 ? Math.round(x).toLocaleString("en-US") : Number(x.toPrecision(3)).toString();
}

function formatFit(channels: readonly MarketingChannel[], d: MarketingMixDiagnostics, level: number, warnings: readonly string[]): string {
  const pct = Math.round(level * 100);
  const lines = [`Marketing mix: R² ${d.rSquared.toFixed(3)}, MAPE ${(100 * d.mape).toFixed(1)} %, Durbin–Watson ${d.durbinWatson.toFixed(2)}`];
  lines.push(`channel        spend   contribution [${pct} %]        ROAS [${pct} %]        marginal ROAS`);
  for (const c of channels) {
    lines.push(
      `${c.name.padEnd(12)} ${fmt(c.spend).padStart(8)}   ${fmt(c.contribution)} [${fmt(c.contributionLow)}, ${fmt(c.contributionHigh)}]   ${fmt(c.roas)} [${fmt(c.roasLow)}, ${fmt(c.roasHigh)}]   ${fmt(c.marginalRoas)} [${fmt(c.marginalRoasLow)}, ${fmt(c.marginalRoasHigh)}]`,
    );
  }
  for (const w of warnings) lines.push(`! ${w}`);
  return lines.join("\n");
}
