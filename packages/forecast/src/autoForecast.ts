import { DpmError, type Seed } from "@dpm/core";
import { lagWalkKernel } from "./baselines/lagWalk.js";
import type { EtsFit } from "./ets/EtsFit.js";
import { fitPrepared, prepareEtsData } from "./ets/fitEts.js";
import { etsForecastKernel } from "./ets/forecastEts.js";
import type { Forecast } from "./intervals/Forecast.js";
import { normalIntervals } from "./intervals/normalIntervals.js";
import { readHorizon, readLevels, readOptions, readSeries, type SeriesData, type SeriesInput } from "./internal/input.js";

/**
 * Options for {@link autoForecast}.
 *
 * @category Forecast
 */
export interface AutoForecastOptions {
  /** How many periods ahead to forecast (an integer ≥ 1). */
  readonly horizon: number;
  /** Interval levels in percent (default `[80, 95]`). */
  readonly levels?: readonly number[];
  /** Seasonal period; default from the TimeSeries frequency (12 for months), 1 for plain arrays. */
  readonly period?: number;
  /** Number of simulated sample paths to return for Monte Carlo (default 0). */
  readonly paths?: number;
  /** Seed for simulated paths and simulated intervals (default 42). */
  readonly seed?: Seed;
}

/**
 * The result of {@link autoForecast}: a {@link Forecast} plus a plain-language description of the
 * chosen model and, for ETS, the fitted model itself.
 *
 * @category Forecast
 */
export interface AutoForecast extends Forecast {
  /** e.g. `"ETS(M,A,M): multiplicative errors, additive trend, multiplicative seasonality (period 12)"`. */
  readonly description: string;
  /** The fitted ETS model, or `null` when a baseline was used. */
  readonly model: EtsFit | null;
}

const WORDS = { N: "no", A: "additive", M: "multiplicative" } as const;

function describe(fit: EtsFit): string {
  const s = fit.spec;
  const trend = s.trend === "N" ? "no trend" : `${s.damped ? "damped " : ""}${WORDS[s.trend]} trend`;
  const season = s.season === "N" ? "no seasonality" : `${WORDS[s.season]} seasonality (period ${fit.period})`;
  const p = fit.parameters;
  const params = [`α=${p.alpha.toPrecision(3)}`];
  if (p.beta !== null) params.push(`β=${p.beta.toPrecision(3)}`);
  if (p.gamma !== null) params.push(`γ=${p.gamma.toPrecision(3)}`);
  if (p.phi !== null) params.push(`φ=${p.phi.toPrecision(3)}`);
  const chosen = fit.candidates.length > 1 ? `, chosen by AICc among ${fit.candidates.length} models` : "";
  return `${fit.method}: ${WORDS[s.error]} errors, ${trend}, ${season}; ${params.join(" ")}${chosen}`;
}

/**
 * The place to start: forecasts a series with a sensibly chosen method and tells you which.
 *
 * It fits the exponential smoothing (ETS) family and picks the model by AICc — level, trend
 * (damped or not) and seasonality, additive or multiplicative — exactly as {@link fitEts} does,
 * then forecasts with prediction intervals (analytic, or simulated where no formula exists). A
 * constant series forecasts that constant with zero-width intervals. Series too short for any
 * ETS model (fewer than 5 values) fall back to the naive method.
 *
 * @param series - a TimeSeries (monthly data gets a yearly season automatically) or an array of numbers
 * @param options - `horizon` (required), `levels`, `period`, `paths`, `seed`
 * @returns point forecasts, intervals, the method and a description of the model
 * @throws {@link DpmError} `INVALID_ARGUMENT` for a horizon that is not an integer ≥ 1,
 *   `NON_FINITE` for NaN/±Infinity in the data (naming the index), `TOO_SHORT` for fewer than 2 values
 *
 * @example
 * ```ts
 * import { autoForecast } from "@dpm/forecast";
 * import { formatPeriod, timeSeries } from "@dpm/core";
 *
 * const sales = timeSeries("2022-01", [
 *   41, 39, 48, 52, 57, 63, 66, 64, 55, 50, 45, 60,
 *   45, 43, 53, 57, 63, 69, 73, 70, 61, 55, 50, 66,
 *   50, 47, 58, 63, 69, 76, 80, 77, 67, 61, 55, 73,
 * ]);
 * const f = autoForecast(sales, { horizon: 6 });
 * f.method; // => "ETS(M,A,M)"
 * formatPeriod(f.start!); // => "2025-01"
 * f.point.length; // => 6
 * f.intervals.map((i) => i.level); // => [80, 95]
 * ```
 *
 * @category Forecast
 */
export function autoForecast(series: SeriesInput, options: AutoForecastOptions): AutoForecast {
  const fn = "autoForecast";
  const opts = readOptions(options, fn);
  const horizon = readHorizon(opts.horizon, fn);
  const levels = readLevels(opts.levels, fn);
  const count = opts.paths ?? 0;
  if (!Number.isInteger(count) || count < 0) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: options.paths must be an integer ≥ 0.`, { path: "options.paths" });
  }
  const data = readSeries(series, fn, opts.period);
  return autoForecastData(data, horizon, levels, count, opts.seed ?? 42, fn);
}

/** @internal {@link autoForecast} on validated data (shared with the batch runners). */
export function autoForecastData(data: SeriesData, horizon: number, levels: number[], count: number, seed: Seed, fn: string): AutoForecast {
  const n = data.values.length;
  if (n < 2) {
    throw new DpmError("TOO_SHORT", `${fn}: series has ${n} value; at least 2 are needed to forecast.`, { path: "series" });
  }
  if (n < 5) {
    const r = lagWalkKernel(data.values, 1, horizon, false);
    return {
      method: "Naive",
      point: r.point,
      intervals: normalIntervals(r.point, r.se, levels),
      intervalMethod: "analytic",
      start: data.next,
      fitted: r.fitted,
      residuals: r.residuals,
      description: "Naive: too few values for exponential smoothing, so the last value is carried forward",
      model: null,
    };
  }
  const prepared = prepareEtsData(data, {}, fn);
  const fit = fitPrepared(prepared, fn, undefined);
  const forecast = etsForecastKernel(fit, horizon, levels, false, count, seed);
  const description = fit.sigma2 === 0 && fit.candidates.length === 0 ? "Constant series: forecasts repeat the constant with zero-width intervals" : describe(fit);
  return { ...forecast, description, model: fit };
}
