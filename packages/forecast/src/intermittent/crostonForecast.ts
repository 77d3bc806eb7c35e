import { checkOptions, DpmError } from "@dpm/core";
import type { Forecast } from "../intervals/Forecast.js";
import { readHorizon, readLevels, type SeriesInput } from "../internal/input.js";
import { empiricalIntervals, readDemand, readSmoothing } from "./intermittentInput.js";

/**
 * Options for {@link crostonForecast}.
 *
 * @category Intermittent demand
 */
export interface CrostonOptions {
  /** How many periods ahead (an integer ≥ 1). */
  readonly horizon: number;
  /** `"croston"` (default, R's `croston`), `"sba"` (Syntetos–Boylan: × (1 − α/2)) or `"tsb"` (Teunter–Syntetos–Babai: smoothed demand probability × size). */
  readonly variant?: "croston" | "sba" | "tsb";
  /** Smoothing of the demand sizes, in (0, 1] (default 0.1, as R). */
  readonly alpha?: number;
  /** Smoothing of the intervals (Croston, SBA; default = alpha) or of the demand probability (TSB; default 0.1), in (0, 1]. */
  readonly beta?: number;
  /** Interval levels in percent (default `[80, 95]`). */
  readonly levels?: readonly number[];
}

const FN = "crostonForecast";
const NAMES = { croston: "Croston", sba: "SBA", tsb: "TSB" } as const;

/**
 * Forecasts intermittent demand (many zeros) as a constant rate per period.
 *
 * Croston (1972): the non-zero demand sizes z and the intervals p between them are smoothed
 * separately by simple exponential smoothing started at their first values (R's
 * `forecast::croston`), forecast = ẑ / p̂. SBA (Syntetos & Boylan 2005) multiplies by 1 − α/2 to
 * remove Croston's upward bias. TSB (Teunter, Syntetos & Babai 2011) smooths the demand
 * probability every period (p ← p + β(1[y > 0] − p), started at 1 / first interval) and the size
 * on demand periods, forecast = p̂ · ẑ — it decays towards zero when demand stops (obsolescence).
 * Fitted values are the one-step forecasts (NaN at the first period, 0 before the first demand).
 * Intervals are empirical quantiles of the last ≤ 100 observations (the methods give a rate, not a
 * distribution).
 *
 * @param series - demand per period (≥ 0, at least one non-zero and at least 2 values)
 * @param options - `horizon` (required), `variant`, `alpha`, `beta`, `levels`
 * @returns a flat forecast of the demand rate, with intervals and fitted values
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` for negative, all-zero or huge (> 1e100) demand, unknown
 *   variants or smoothing parameters outside (0, 1]; `NON_FINITE`; `TOO_SHORT` for fewer than 2 values
 *
 * @example
 * ```ts
 * import { crostonForecast } from "@dpm/forecast";
 *
 * const y = [0, 0, 3, 0, 0, 0, 5, 0, 2, 0, 0, 0, 0, 4, 0, 0, 6, 0, 0, 1, 0, 0, 0, 3];
 * const f = crostonForecast(y, { horizon: 3 });
 * f.point[0].toFixed(4); // => "0.9843"
 * crostonForecast(y, { horizon: 3, variant: "sba" }).point[0].toFixed(4); // => "0.9351"
 * ```
 *
 * @category Intermittent demand
 */
export function crostonForecast(series: SeriesInput, options: CrostonOptions): Forecast {
  const opts = checkOptions(options, ["alpha", "beta", "horizon", "levels", "variant"], FN, "{ horizon: 12 }");
  const horizon = readHorizon(opts.horizon, FN);
  const levels = readLevels(opts.levels, FN);
  const variant = opts.variant ?? "croston";
  if (variant !== "croston" && variant !== "sba" && variant !== "tsb") {
    throw new DpmError("INVALID_ARGUMENT", `${FN}: options.variant must be "croston", "sba" or "tsb", got ${JSON.stringify(variant)}.`, { path: "options.variant" });
  }
  const alpha = readSmoothing(opts.alpha, 0.1, FN, "options.alpha");
  const beta = readSmoothing(opts.beta, variant === "tsb" ? 0.1 : alpha, FN, "options.beta");
  const data = readDemand(series, FN);
  const y = data.values;
  const r = crostonKernel(y, variant, alpha, beta);
  const residuals = r.fitted.map((f, t) => (y[t] as number) - f);
  return {
    method: `${NAMES[variant]} (α=${alpha}, β=${beta})`,
    point: new Float64Array(horizon).fill(r.rate),
    intervals: empiricalIntervals(y, horizon, levels),
    intervalMethod: "simulated",
    start: data.next,
    fitted: r.fitted,
    residuals,
  };
}

/** @internal Croston/SBA/TSB on validated demand: the forecast rate and one-step fitted values. */
export function crostonKernel(y: Float64Array, variant: "croston" | "sba" | "tsb", alpha: number, beta: number): { rate: number; fitted: Float64Array } {
  const n = y.length;
  const fitted = new Float64Array(n);
  fitted[0] = NaN;
  let z = NaN;
  let p = NaN;
  let last = -1;
  let rate = 0;
  const adj = variant === "sba" ? 1 - alpha / 2 : 1;
  for (let t = 0; t < n; t++) {
    if (t > 0) fitted[t] = rate;
    const v = y[t] as number;
    if (variant === "tsb") {
      if (Number.isNaN(z)) {
        if (v > 0) {
          z = v;
          p = 1 / (t + 1);
        }
      } else {
        p += beta * ((v > 0 ? 1 : 0) - p);
        if (v > 0) z += alpha * (v - z);
      }
      rate = Number.isNaN(z) ? 0 : p * z;
    } else if (v > 0) {
      const interval = t - last;
      if (Number.isNaN(z)) {
        z = v;
        p = interval;
      } else {
        z += alpha * (v - z);
        p += beta * (interval - p);
      }
      last = t;
      rate = (adj * z) / p;
    }
  }
  return { rate, fitted };
}
