import { stlKernel, type StlSettings } from "../decompose/stlKernel.js";

/** @internal Output of {@link mstlKernel}: one seasonal component per period, ascending. */
export interface MstlParts {
  readonly periods: number[];
  readonly seasonal: Float64Array[];
  readonly trend: Float64Array;
  readonly remainder: Float64Array;
}

function nextOdd(x: number): number {
  const r = Math.round(x);
  return r % 2 === 0 ? r + 1 : r;
}

/** @internal R's `stl` defaults for one period (non-robust: inner 2, outer 0; degree 0 seasonal). */
export function stlSettingsFor(period: number, seasonalWindow: number): StlSettings {
  const trendWindow = nextOdd(Math.ceil((1.5 * period) / (1 - 1.5 / seasonalWindow)));
  const lowPassWindow = nextOdd(period);
  return {
    period: Math.trunc(period),
    seasonalWindow,
    seasonalDegree: 0,
    seasonalJump: Math.ceil(seasonalWindow / 10),
    trendWindow,
    trendDegree: 1,
    trendJump: Math.ceil(trendWindow / 10),
    lowPassWindow,
    lowPassDegree: 1,
    lowPassJump: Math.ceil(lowPassWindow / 10),
    inner: 2,
    outer: 0,
  };
}

/**
 * @internal MSTL as R's `forecast::mstl` (Bandara, Hyndman & Bergmeir 2021): for `iterate` rounds,
 * for each period in ascending order, add that period's seasonal component back, decompose by
 * STL with seasonal window `7 + 4·i` (i = 1, 2, … by period) and take the component out again.
 * The trend is the last STL's trend; remainder = y − trend − Σ seasonal. Periods must be < n/2.
 */
export function mstlKernel(y: Float64Array, periods: readonly number[], iterate = 2, windows?: readonly number[]): MstlParts {
  const n = y.length;
  const sorted = [...periods].sort((a, b) => a - b);
  const seasonal = sorted.map(() => new Float64Array(n));
  const deseas = Float64Array.from(y);
  let trend: Float64Array = new Float64Array(n);
  for (let round = 0; round < Math.max(1, iterate); round++) {
    for (let i = 0; i < sorted.length; i++) {
      const s = seasonal[i] as Float64Array;
      for (let t = 0; t < n; t++) deseas[t] = (deseas[t] as number) + (s[t] as number);
      const parts = stlKernel(deseas, stlSettingsFor(sorted[i] as number, windows?.[i] ?? 7 + 4 * (i + 1)));
      s.set(parts.seasonal);
      for (let t = 0; t < n; t++) deseas[t] = (deseas[t] as number) - (s[t] as number);
      trend = parts.trend;
    }
  }
  const remainder = new Float64Array(n);
  for (let t = 0; t < n; t++) remainder[t] = (deseas[t] as number) - (trend[t] as number);
  return { periods: sorted, seasonal, trend: Float64Array.from(trend), remainder };
}
