import { checkOptions, DpmError } from "@dpm/core";
import { readOptions, readSeries, type SeriesData, type SeriesInput } from "../internal/input.js";
import type { EtsCandidate, EtsFit } from "./EtsFit.js";
import { etsModelName, parseEtsModel, type EtsModelString, type EtsSpec } from "./EtsSpec.js";
import { codes, DEFAULT_LOWER, DEFAULT_UPPER, parameterCount, type FixedParams, type ModelFit } from "./fitEtsModel.js";
import { etsFilter } from "./kernel/etsFilter.js";
import { candidateSpecs, selectEts, type SelectSettings } from "./selectEts.js";

/**
 * Options for {@link fitEts}. The defaults are those of R's `forecast::ets`.
 *
 * @category Exponential smoothing
 */
export interface EtsOptions {
  /** The model, e.g. `"ZZZ"` (default: choose everything), `"AAN"`, `"MAdM"`, `"ETS(A,Ad,N)"`. */
  readonly model?: EtsModelString;
  /** Force a damped (`true`) or undamped (`false`) trend; default: try both where there is a trend. */
  readonly damped?: boolean | null;
  /** Seasonal period; default from the TimeSeries frequency (12 for months), or 1 for arrays. */
  readonly period?: number;
  /** Fix α instead of estimating it. */
  readonly alpha?: number;
  /** Fix β (≤ α). */
  readonly beta?: number;
  /** Fix γ (≤ 1 − α). */
  readonly gamma?: number;
  /** Fix the damping parameter φ. */
  readonly phi?: number;
  /** Information criterion for selection: `"aicc"` (default), `"aic"` or `"bic"`. */
  readonly ic?: "aicc" | "aic" | "bic";
  /** Leave out the unstable combinations (additive error with multiplicative season or trend). Default true. */
  readonly restrict?: boolean;
  /** Also try multiplicative trends (default false, as R). */
  readonly allowMultiplicativeTrend?: boolean;
  /** Only additive models. */
  readonly additiveOnly?: boolean;
  /** Parameter region: `"both"` (default: usual bounds and forecastability), `"usual"` or `"admissible"`. */
  readonly bounds?: "both" | "usual" | "admissible";
  /** What to minimise: `"lik"` (default, maximum likelihood) or `"mse"` (one-step squared error). */
  readonly criterion?: "lik" | "mse";
  /** Lower bounds of α, β, γ, φ (default `[0.0001, 0.0001, 0.0001, 0.8]`). */
  readonly lower?: readonly [number, number, number, number];
  /** Upper bounds of α, β, γ, φ (default `[0.9999, 0.9999, 0.9999, 0.98]`). */
  readonly upper?: readonly [number, number, number, number];
  /**
   * `"lbfgs"` (default): quasi-Newton with exact gradients — fast, and its likelihood is at least
   * R's in our tests; `"nelder-mead"`: R's optimiser step for step (reproduces R's estimates).
   */
  readonly optimizer?: "lbfgs" | "nelder-mead";
  /** Iteration budget of the optimiser (default 2000 evaluations for Nelder–Mead, 100 iterations for L-BFGS). */
  readonly maxIterations?: number;
}

const FN = "fitEts";

/** @internal Validated settings + data for the ETS fitters. */
export interface PreparedEts {
  readonly y: Float64Array;
  readonly period: number;
  readonly specs: EtsSpec[];
  readonly settings: SelectSettings;
  readonly constant: boolean;
  readonly next: EtsFit["next"];
}

function readBoundArray(value: unknown, name: string, fallback: readonly [number, number, number, number]): [number, number, number, number] {
  if (value === undefined) return [...fallback];
  if (!Array.isArray(value) || value.length !== 4 || !value.every((v) => typeof v === "number" && Number.isFinite(v))) {
    throw new DpmError("INVALID_ARGUMENT", `${FN}: options.${name} must be four finite numbers (α, β, γ, φ).`, { path: `options.${name}` });
  }
  return value as [number, number, number, number];
}

function readFixed(options: EtsOptions): FixedParams {
  const out: { alpha?: number; beta?: number; gamma?: number; phi?: number } = {};
  for (const key of ["alpha", "beta", "gamma", "phi"] as const) {
    const v = options[key];
    if (v === undefined) continue;
    const max = key === "phi" ? 1 : 1;
    if (typeof v !== "number" || !(v > 0 && v <= max)) {
      throw new DpmError("INVALID_ARGUMENT", `${FN}: options.${key} must be a number in (0, 1], got ${String(v)}.`, { path: `options.${key}` });
    }
    out[key] = v;
  }
  return out;
}

/** @internal Validates a series and ETS options into what the fitters need (R's checks in `ets`). */
export function prepareEts(series: SeriesInput, options: EtsOptions | undefined, fn = FN): PreparedEts {
  const opts = readOptions(options, fn);
  return prepareEtsData(readSeries(series, fn, opts.period), opts, fn);
}

/** @internal {@link prepareEts} for already validated series data. */
export function prepareEtsData(data: SeriesData, opts: Partial<EtsOptions>, fn: string): PreparedEts {
  const y = data.values;
  const n = y.length;
  const request = parseEtsModel(opts.model ?? "ZZZ", opts.damped, fn);
  let m = data.period;
  let season = request.season;
  if (m === 1 && (season === "A" || season === "M")) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: a seasonal model (${season}) needs a seasonal period > 1; pass options.period or a TimeSeries with a seasonal frequency.`, { path: "options.model" });
  }
  if (m === 1) season = "N";
  if (m > 24) {
    if (season === "A" || season === "M") {
      throw new DpmError("INVALID_ARGUMENT", `${fn}: seasonal period ${m} is too long for ETS (at most 24); use season "N" or a shorter period.`, { path: "options.period" });
    }
    season = "N";
  }
  if (n <= m) {
    if (season === "A" || season === "M") {
      throw new DpmError("TOO_SHORT", `${fn}: a seasonal model with period ${m} needs more than one full season: got ${n} values, need at least ${m + 1} (better ${2 * m} or more).`, { path: "series", details: { length: n, period: m } });
    }
    season = "N";
  }
  if (season === "N") m = 1;
  const restrict = opts.restrict ?? true;
  const additiveOnly = opts.additiveOnly ?? false;
  if (restrict && ((request.error === "A" && (request.trend === "M" || season === "M")) || (request.error === "M" && request.trend === "M" && season === "A"))) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: ${opts.model} combines an additive error with a multiplicative component (or M,M,A), which is numerically unstable; use e.g. "MAM", or set restrict: false.`, { path: "options.model" });
  }
  let minIndex = -1;
  for (let i = 0; i < n; i++) if (!((y[i] as number) > 0)) {
    minIndex = i;
    break;
  }
  const positive = minIndex < 0;
  if (!positive && (request.error === "M" || request.trend === "M" || season === "M")) {
    throw new DpmError(
      "INVALID_ARGUMENT",
      `${fn}: multiplicative components need strictly positive data, but series[${minIndex}] is ${String(y[minIndex])}; use an additive model such as "AAA" or "ZZZ" (which then skips multiplicative models).`,
      { path: `series[${minIndex}]` },
    );
  }
  const bounds = opts.bounds ?? "both";
  if (bounds !== "both" && bounds !== "usual" && bounds !== "admissible") {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: options.bounds must be "both", "usual" or "admissible".`, { path: "options.bounds" });
  }
  const ic = opts.ic ?? "aicc";
  if (ic !== "aicc" && ic !== "aic" && ic !== "bic") {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: options.ic must be "aicc", "aic" or "bic".`, { path: "options.ic" });
  }
  const criterion = opts.criterion ?? "lik";
  if (criterion !== "lik" && criterion !== "mse") {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: options.criterion must be "lik" or "mse".`, { path: "options.criterion" });
  }
  const optimizer = opts.optimizer ?? "lbfgs";
  if (optimizer !== "lbfgs" && optimizer !== "nelder-mead") {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: options.optimizer must be "lbfgs" or "nelder-mead".`, { path: "options.optimizer" });
  }
  const lower = readBoundArray(opts.lower, "lower", DEFAULT_LOWER);
  const upper = readBoundArray(opts.upper, "upper", DEFAULT_UPPER);
  if (lower.some((v, i) => v > (upper[i] as number))) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: options.lower must not exceed options.upper.`, { path: "options.lower" });
  }
  const maxit = opts.maxIterations ?? (optimizer === "lbfgs" ? 100 : 2000);
  if (!Number.isInteger(maxit) || maxit < 1) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: options.maxIterations must be an integer ≥ 1.`, { path: "options.maxIterations" });
  }
  const settings: SelectSettings = {
    lower,
    upper,
    bounds,
    crit: criterion === "lik" ? 0 : 1,
    maxit,
    fixed: readFixed(opts),
    restarts: 0,
    optimizer,
    multiStart: optimizer === "lbfgs",
    ic,
    restrict,
    allowMultiplicativeTrend: opts.allowMultiplicativeTrend ?? false,
    additiveOnly,
  };
  const specs = candidateSpecs({ ...request, season }, positive, settings);
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < n; i++) {
    lo = Math.min(lo, y[i] as number);
    hi = Math.max(hi, y[i] as number);
  }
  const constant = hi - lo <= 1e-10 * Math.max(1, Math.abs(hi));
  return { y, period: m, specs, settings, constant, next: data.next };
}

/** @internal Builds the public fit from a kernel fit. */
export function toEtsFit(y: Float64Array, fit: ModelFit, fits: readonly ModelFit[], next: EtsFit["next"]): EtsFit {
  const [error, trend, season] = codes(fit.spec);
  const m = fit.m;
  const f = etsFilter(y, error, trend, season, fit.alpha, fit.beta, fit.gamma, fit.phi, fit.x0, m);
  const n = y.length;
  let ss = 0;
  for (let i = 0; i < n; i++) ss += (f.residuals[i] as number) ** 2;
  const names = ["l"];
  if (trend !== 0) names.push("b");
  if (season !== 0) for (let j = 1; j <= m; j++) names.push(`s${j}`);
  const sOff = trend !== 0 ? 2 : 1;
  return {
    method: etsModelName(fit.spec),
    spec: fit.spec,
    period: m,
    parameters: {
      alpha: fit.alpha,
      beta: fit.spec.trend === "N" ? null : fit.beta,
      gamma: fit.spec.season === "N" ? null : fit.gamma,
      phi: fit.spec.damped ? fit.phi : null,
    },
    initialStates: {
      level: fit.x0[0] as number,
      trend: trend !== 0 ? (fit.x0[1] as number) : null,
      season: season !== 0 ? fit.x0.slice(sOff) : null,
    },
    states: f.states,
    stateNames: names,
    loglik: -0.5 * fit.lik,
    aic: fit.aic,
    aicc: fit.aicc,
    bic: fit.bic,
    sigma2: ss / (n - fit.npar),
    mse: f.mse,
    n,
    parameterCount: fit.npar,
    fitted: f.fitted,
    residuals: f.residuals,
    candidates: fits.map((c): EtsCandidate => ({ method: etsModelName(c.spec), loglik: -0.5 * c.lik, aic: c.aic, aicc: c.aicc, bic: c.bic })),
    next,
  };
}

/** @internal A constant series: the level is the constant, every error 0 (R: `ses` with α ≈ 1). */
function constantFit(y: Float64Array, next: EtsFit["next"]): EtsFit {
  const n = y.length;
  const c = y[0] as number;
  const spec: EtsSpec = { error: "A", trend: "N", damped: false, season: "N" };
  return {
    method: etsModelName(spec),
    spec,
    period: 1,
    parameters: { alpha: 0.9999, beta: null, gamma: null, phi: null },
    initialStates: { level: c, trend: null, season: null },
    states: new Float64Array(n + 1).fill(c),
    stateNames: ["l"],
    loglik: Infinity,
    aic: -Infinity,
    aicc: -Infinity,
    bic: -Infinity,
    sigma2: 0,
    mse: 0,
    n,
    parameterCount: 2,
    fitted: new Float64Array(n).fill(c),
    residuals: new Float64Array(n),
    candidates: [],
    next,
  };
}

/**
 * Fits an exponential smoothing state-space model (ETS) by maximum likelihood, choosing the model
 * by AICc when the request leaves components open — R's `forecast::ets`: errors A/M, trends
 * N/A/Ad (M on request), seasons N/A/M for periods 2…24; unstable combinations (additive error
 * with a multiplicative component) left out; multiplicative models only for positive data;
 * smoothing parameters in the usual region (α, β ≤ α, γ ≤ 1 − α within 0.0001…0.9999,
 * φ in 0.8…0.98) and the forecastable (admissible) region; initial states from R's heuristic,
 * then optimised together with the parameters.
 *
 * A constant series gives ETS(A,N,N) with zero variance (loglik = Infinity).
 *
 * @param series - a TimeSeries (its frequency gives the period) or an array of numbers
 * @param options - the model (default `"ZZZ"`) and R's `ets` settings; see {@link EtsOptions}
 * @returns the fitted model: parameters, states, log-likelihood, AIC/AICc/BIC, residuals
 * @throws {@link @dpm/core!DpmError} `NON_FINITE` for NaN/±Infinity (naming the index), `TOO_SHORT` when a
 *   seasonal model is requested on less than a season and one, or no model has enough data,
 *   `INVALID_ARGUMENT` for multiplicative models on data that is not strictly positive, a season
 *   on non-seasonal data, a forbidden combination or a malformed option
 *
 * @example
 * ```ts
 * import { fitEts } from "@dpm/forecast";
 * import { timeSeries } from "@dpm/core";
 *
 * const sales = timeSeries("2021-01", [
 *   112, 118, 132, 129, 121, 135, 148, 148, 136, 119, 104, 118,
 *   115, 126, 141, 135, 125, 149, 170, 170, 158, 133, 114, 140,
 *   145, 150, 178, 163, 172, 178, 199, 199, 184, 162, 146, 166,
 * ]);
 * const fit = fitEts(sales); // automatic selection among the admissible models
 * fit.method; // => "ETS(M,N,A)"
 * fitEts(sales, { model: "AAN", damped: false }).method; // => "ETS(A,A,N)"
 * ```
 *
 * @category Exponential smoothing
 */
export function fitEts(series: SeriesInput, options?: EtsOptions): EtsFit {
  checkOptions(options, ["additiveOnly", "allowMultiplicativeTrend", "alpha", "beta", "bounds", "criterion", "damped", "gamma", "ic", "lower", "maxIterations", "model", "optimizer", "period", "phi", "restrict", "upper"], "fitEts");
  const prepared = prepareEts(series, options);
  return fitPrepared(prepared, FN, options?.model);
}

/** @internal Runs the search on validated input. */
export function fitPrepared(prepared: PreparedEts, fn: string, model: string | undefined): EtsFit {
  const { y, period, specs, settings, constant, next } = prepared;
  if (constant && (model === undefined || model === "ZZZ")) return constantFit(y, next);
  const { best, fits } = selectEts(y, period, specs, settings);
  if (best === null) {
    const smallest = specs.reduce((k, s) => Math.min(k, parameterCount(s, period, settings.fixed)), Infinity);
    throw new DpmError(
      specs.length === 0 ? "INVALID_ARGUMENT" : "TOO_SHORT",
      specs.length === 0
        ? `${fn}: no ETS model is allowed for this request and data.`
        : `${fn}: no ETS model could be fitted to ${y.length} values: the smallest candidate estimates ${smallest} parameters, which needs at least ${smallest + 3} values for its AICc; use a baseline such as naiveForecast.`,
      { path: "series", details: { length: y.length } },
    );
  }
  return toEtsFit(y, best, fits, next);
}
