import { normalQuantile } from "@dpm/core";
import type { PredictionInterval } from "./Forecast.js";

/**
 * @internal Symmetric intervals `point ± z·se` for each level, z the standard normal quantile.
 * A zero standard error gives zero-width intervals. `quantile` replaces the normal one (e.g. Student's t).
 */
export function normalIntervals(
  point: Float64Array,
  se: Float64Array,
  levels: readonly number[],
  quantile: (p: number) => number = normalQuantile,
): PredictionInterval[] {
  return levels.map((level) => {
    const z = quantile(0.5 + level / 200);
    const lower = new Float64Array(point.length);
    const upper = new Float64Array(point.length);
    for (let i = 0; i < point.length; i++) {
      const w = z * (se[i] as number);
      lower[i] = (point[i] as number) - w;
      upper[i] = (point[i] as number) + w;
    }
    return { level, lower, upper };
  });
}

/**
 * @internal Quantile of sorted data by R's type 8 (median-unbiased), as `forecast` uses for
 * simulated intervals.
 */
export function quantileType8(sorted: Float64Array, p: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const fuzz = 4 * Number.EPSILON;
  const nppm = p * (n + 1 / 3) + 1 / 3;
  const j = Math.floor(nppm + fuzz);
  let h = nppm - j;
  if (Math.abs(h) < fuzz) h = 0;
  const lo = sorted[Math.min(Math.max(j - 1, 0), n - 1)] as number;
  const hi = sorted[Math.min(Math.max(j, 0), n - 1)] as number;
  return h === 0 ? lo : lo + h * (hi - lo);
}

/** @internal Intervals from sample paths (row-major count × horizon), type-8 quantiles per step. */
export function pathIntervals(values: Float64Array, count: number, horizon: number, levels: readonly number[]): PredictionInterval[] {
  const out = levels.map((level) => ({ level, lower: new Float64Array(horizon), upper: new Float64Array(horizon) }));
  const column = new Float64Array(count);
  for (let h = 0; h < horizon; h++) {
    let k = 0;
    for (let p = 0; p < count; p++) {
      const v = values[p * horizon + h] as number;
      if (Number.isFinite(v)) column[k++] = v;
    }
    const sorted = column.subarray(0, k).sort();
    for (const interval of out) {
      interval.lower[h] = quantileType8(sorted, 0.5 - interval.level / 200);
      interval.upper[h] = quantileType8(sorted, 0.5 + interval.level / 200);
    }
  }
  return out;
}
