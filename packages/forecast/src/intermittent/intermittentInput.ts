import { DpmError } from "@dpm/core";
import type { PredictionInterval } from "../intervals/Forecast.js";
import { readSeries, type SeriesData, type SeriesInput } from "../internal/input.js";

/** @internal Reads a demand series: finite, 0 ≤ y ≤ 1e100, at least 2 values and at least one non-zero demand. */
export function readDemand(series: SeriesInput, fn: string): SeriesData {
  const data = readSeries(series, fn, undefined, "series", 2);
  const y = data.values;
  let nonzero = 0;
  for (let t = 0; t < y.length; t++) {
    const v = y[t] as number;
    if (v < 0) {
      throw new DpmError("INVALID_ARGUMENT", `${fn}: series[${t}] is ${v}; demand must be ≥ 0 (returns recorded as negative sales? net them out or use autoForecast).`, { path: `series[${t}]` });
    }
    if (v > 1e100) {
      throw new DpmError("INVALID_ARGUMENT", `${fn}: series[${t}] is ${v}; demand above 1e100 per period would overflow the smoothing — rescale the data (e.g. to thousands).`, { path: `series[${t}]` });
    }
    if (v > 0) nonzero++;
  }
  if (nonzero === 0) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: every value is zero, so there is no demand to forecast; forecast 0 yourself or use naiveForecast.`, { path: "series" });
  }
  return data;
}

/** @internal Reads a smoothing parameter in (0, 1]. */
export function readSmoothing(value: unknown, fallback: number, fn: string, name: string): number {
  if (value === undefined) return fallback;
  if (typeof value !== "number" || !(value > 0 && value <= 1)) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: ${name} must be a number in (0, 1] (e.g. 0.1), got ${String(value)}.`, { path: name });
  }
  return value;
}

/**
 * @internal Intervals for intermittent demand: empirical quantiles of the last (up to 100) observed
 * values, the same at every step (the methods give a mean rate, not a distribution). Lower bounds
 * are often 0, as they should be for slow movers.
 */
export function empiricalIntervals(y: Float64Array, horizon: number, levels: readonly number[]): PredictionInterval[] {
  const recent = Float64Array.from(y.subarray(Math.max(0, y.length - 100))).sort();
  const q = (p: number) => {
    const pos = p * (recent.length - 1);
    const lo = Math.floor(pos);
    const hi = Math.min(recent.length - 1, lo + 1);
    return (recent[lo] as number) + (pos - lo) * ((recent[hi] as number) - (recent[lo] as number));
  };
  return levels.map((level) => {
    const a = (1 - level / 100) / 2;
    return { level, lower: new Float64Array(horizon).fill(q(a)), upper: new Float64Array(horizon).fill(q(1 - a)) };
  });
}

/** @internal Simple exponential smoothing started at the first value (R's `ses(initial = "simple")`): the final level. */
export function sesLevel(x: ArrayLike<number>, alpha: number): number {
  let l = x[0] as number;
  for (let i = 1; i < x.length; i++) l += alpha * ((x[i] as number) - l);
  return l;
}

/** @internal SES with α chosen on a grid (0.05…0.95, then ±0.025 around the best) by in-sample one-step MSE; returns the final level. */
export function sesOptimized(x: Float64Array): number {
  if (x.length < 3) return sesLevel(x, 0.5);
  const mse = (alpha: number) => {
    let l = x[0] as number;
    let s = 0;
    for (let i = 1; i < x.length; i++) {
      const e = (x[i] as number) - l;
      s += e * e;
      l += alpha * e;
    }
    return s;
  };
  let best = 0.05;
  let bestV = Infinity;
  for (let a = 0.05; a <= 0.951; a += 0.05) {
    const v = mse(a);
    if (v < bestV) {
      bestV = v;
      best = a;
    }
  }
  for (const a of [best - 0.025, best + 0.025]) {
    if (a > 0 && a < 1) {
      const v = mse(a);
      if (v < bestV) {
        bestV = v;
        best = a;
      }
    }
  }
  return sesLevel(x, best);
}
