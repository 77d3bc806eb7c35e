import { checkOptions, DpmError, formatPeriod, isTimeSeries, periodAt } from "@dpm/core";
import { classicalDecomposition } from "../decompose/classicalDecomposition.js";
import type { Decomposition } from "../decompose/Decomposition.js";
import { stlDecomposition, type StlOptions } from "../decompose/stlDecomposition.js";
import { asCaller } from "../decompose/readSeasonalSeries.js";
import { robustLoessTrend } from "../decompose/stlKernel.js";
import { readOptions, readSeries, type SeriesInput } from "../internal/input.js";
import type { Anomaly, AnomalyResult } from "./Anomaly.js";

/**
 * Options for {@link detectAnomalies}.
 *
 * @category Anomalies
 */
export interface AnomalyOptions {
  /** Decomposition giving the remainder: `"stl"` (default, robust STL) or `"classical"` (additive). */
  readonly method?: "stl" | "classical";
  /**
   * `"robustZ"` (default): (r − median) / (1.4826·MAD), flagged beyond 5; `"iqr"`: distance beyond
   * the quartiles in IQRs, flagged beyond 3 (Tukey's far-out fence, as `forecast::tsoutliers`).
   */
  readonly score?: "robustZ" | "iqr";
  /**
   * Flag |score| above this (default 5 for robustZ, 3 for iqr). An STL remainder is shrunk by the
   * fit, so the usual 3.5 for raw data flags about 1 % of the periods of pure Gaussian noise;
   * with 5 it is about 0.1 %, while a 10σ spike still scores above 6.
   */
  readonly threshold?: number;
  /** Seasonal period; default from the TimeSeries frequency, 1 for arrays (then only a trend is removed). */
  readonly period?: number;
  /** Span of the robust loess trend used for non-seasonal series (odd; default ≈ n/4, at least 7). */
  readonly trendWindow?: number;
  /**
   * STL settings for `method: "stl"`. Default: robust with 2 outer passes and a trend window of
   * about 3.5 seasons (smoother than plain STL, so short bursts stay in the remainder).
   */
  readonly stl?: Omit<StlOptions, "period">;
}

const FN = "detectAnomalies";

/**
 * Finds unusual periods: decomposes the series (robust STL by default, so outliers stay in the
 * remainder instead of bending trend and season), scores the remainder robustly and flags the
 * periods whose |score| exceeds the threshold. Series with period 1 (or too short for two full
 * seasons plus one) have only a robust loess trend removed. Like `forecast::tsoutliers`, this finds
 * additive outliers (spikes and dips), not level shifts.
 *
 * @param series - a TimeSeries (flags carry period labels) or an array of numbers (at least 7 values)
 * @param options - `method`, `score`, `threshold`, `period`, `trendWindow`
 * @returns the flagged periods with value, expected value and score, plus every score and the decomposition
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` for unknown methods/scores or a threshold ≤ 0,
 *   `TOO_SHORT` for fewer than 7 values (or too few seasons for `method: "classical"`), `NON_FINITE` for NaN/±Infinity
 *
 * @example
 * ```ts
 * import { detectAnomalies } from "@dpm/forecast";
 * import { timeSeries } from "@dpm/core";
 *
 * const values = Array.from({ length: 36 }, (_, t) => 100 + 10 * Math.sin((2 * Math.PI * t) / 12) + (t % 3));
 * values[20] = 160;
 * const found = detectAnomalies(timeSeries("2022-01", values));
 * found.anomalies.map((a) => a.period); // => ["2023-09"]
 * ```
 *
 * @category Anomalies
 */
export function detectAnomalies(series: SeriesInput, options?: AnomalyOptions): AnomalyResult {
  checkOptions(options, ["method", "period", "score", "stl", "threshold", "trendWindow"], "detectAnomalies");
  const opts = readOptions(options, FN);
  const method = opts.method ?? "stl";
  if (method !== "stl" && method !== "classical") {
    throw new DpmError("INVALID_ARGUMENT", `${FN}: options.method must be "stl" or "classical", got ${String(method)}.`, { path: "options.method" });
  }
  const score = opts.score ?? "robustZ";
  if (score !== "robustZ" && score !== "iqr") {
    throw new DpmError("INVALID_ARGUMENT", `${FN}: options.score must be "robustZ" or "iqr", got ${String(score)}.`, { path: "options.score" });
  }
  const threshold = opts.threshold ?? (score === "robustZ" ? 5 : 3);
  if (typeof threshold !== "number" || !(threshold > 0) || !Number.isFinite(threshold)) {
    throw new DpmError("INVALID_ARGUMENT", `${FN}: options.threshold must be a positive number, got ${String(threshold)}.`, { path: "options.threshold" });
  }
  if (opts.stl !== undefined && (typeof opts.stl !== "object" || opts.stl === null || Array.isArray(opts.stl))) {
    throw new DpmError("INVALID_ARGUMENT", `${FN}: options.stl must be an object of STL settings such as { seasonalWindow: 13 }.`, { path: "options.stl" });
  }
  const data = readSeries(series, FN, opts.period);
  const y = data.values;
  const n = y.length;
  if (n < 7) {
    throw new DpmError("TOO_SHORT", `${FN}: at least 7 values are needed to separate anomalies from the pattern, got ${n}.`, { path: "series", details: { length: n } });
  }
  const m = data.period;
  const start = isTimeSeries(series) ? series.start : null;
  let decomposition: Decomposition;
  let used: AnomalyResult["method"] = method;
  const args = opts.period === undefined ? {} : { period: opts.period };
  if (method === "classical") {
    decomposition = asCaller(FN, "classicalDecomposition", () => classicalDecomposition(series, args));
  } else if (m >= 2 && n > 2 * m) {
    const trendWindow = Math.ceil(3.5 * m) % 2 === 0 ? Math.ceil(3.5 * m) + 1 : Math.ceil(3.5 * m);
    decomposition = asCaller(FN, "stlDecomposition", () => stlDecomposition(series, { robust: true, outer: 2, trendWindow, ...opts.stl, ...args }));
  } else {
    used = "trend";
    const span = opts.trendWindow ?? Math.max(7, Math.round(n / 4));
    if (!Number.isInteger(span) || span < 3) {
      throw new DpmError("INVALID_ARGUMENT", `${FN}: options.trendWindow must be an integer ≥ 3, got ${String(span)}.`, { path: "options.trendWindow" });
    }
    const trend = robustLoessTrend(y, span % 2 === 0 ? span + 1 : span, 2);
    const remainder = new Float64Array(n);
    for (let t = 0; t < n; t++) remainder[t] = (y[t] as number) - (trend[t] as number);
    decomposition = { method: "stl", type: "additive", period: 1, data: y, trend, seasonal: new Float64Array(n), remainder, weights: null, start };
  }
  const scores = score === "robustZ" ? robustZ(decomposition.remainder) : iqrScores(decomposition.remainder);
  const anomalies: Anomaly[] = [];
  for (let t = 0; t < n; t++) {
    const s = scores[t] as number;
    if (!(Math.abs(s) > threshold)) continue;
    anomalies.push({
      index: t,
      period: isTimeSeries(series) ? formatPeriod(periodAt(series, t)) : null,
      value: y[t] as number,
      expected: (decomposition.trend[t] as number) + (decomposition.seasonal[t] as number),
      score: s,
    });
  }
  return { anomalies, scores, threshold, method: used, score, decomposition };
}

function finiteSorted(r: Float64Array): Float64Array {
  return Float64Array.from(Array.from(r).filter(Number.isFinite)).sort();
}

/** Quantile by R's default (type 7) of sorted data. */
function quantile7(sorted: Float64Array, p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return (sorted[lo] as number) + (h - lo) * ((sorted[hi] as number) - (sorted[lo] as number));
}

/** @internal Modified z-scores (Iglewicz & Hoaglin): MAD scaled by 1.4826, or the mean absolute deviation × 1.2533 when the MAD is 0. */
export function robustZ(r: Float64Array): Float64Array {
  const sorted = finiteSorted(r);
  const out = new Float64Array(r.length).fill(NaN);
  if (sorted.length === 0) return out;
  const med = quantile7(sorted, 0.5);
  const dev = finiteSorted(sorted.map((v) => Math.abs(v - med)));
  let scale = 1.4826 * quantile7(dev, 0.5);
  if (!(scale > 0)) scale = 1.2533 * (dev.reduce((a, b) => a + b, 0) / dev.length);
  for (let t = 0; t < r.length; t++) {
    const v = r[t] as number;
    if (!Number.isFinite(v)) continue;
    out[t] = scale > 0 ? (v - med) / scale : 0;
  }
  return out;
}

/** @internal Distance beyond the quartiles in IQRs: (r − Q3)/IQR above, −(Q1 − r)/IQR below, 0 inside. */
export function iqrScores(r: Float64Array): Float64Array {
  const sorted = finiteSorted(r);
  const out = new Float64Array(r.length).fill(NaN);
  if (sorted.length === 0) return out;
  const q1 = quantile7(sorted, 0.25);
  const q3 = quantile7(sorted, 0.75);
  const iqr = q3 - q1;
  for (let t = 0; t < r.length; t++) {
    const v = r[t] as number;
    if (!Number.isFinite(v)) continue;
    if (!(iqr > 0)) out[t] = v > q3 ? Infinity : v < q1 ? -Infinity : 0;
    else out[t] = v > q3 ? (v - q3) / iqr : v < q1 ? -(q1 - v) / iqr : 0;
  }
  return out;
}
