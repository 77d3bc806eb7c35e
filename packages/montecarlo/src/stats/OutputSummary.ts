import { assertInteger, DpmError } from "@dpm/core";
import type { ColumnStats } from "./ColumnStats.js";

/**
 * Equal-width bins over [min, max]: `counts[i]` values fall in [edges[i], edges[i + 1]) (the last
 * bin includes max).
 *
 * @category Statistics
 */
export interface Histogram {
  readonly edges: readonly number[];
  readonly counts: readonly number[];
}

/**
 * Value at risk and conditional value at risk (expected shortfall) at one confidence level,
 * as losses relative to zero: VaR = −P₁₋ₗ (the (1 − level) percentile, negated) and CVaR = −mean
 * of the outcomes at or below it. Positive numbers are losses.
 *
 * @category Statistics
 */
export interface RiskMeasure {
  readonly level: number;
  readonly valueAtRisk: number;
  readonly conditionalValueAtRisk: number;
}

/**
 * Probability of ending above and below a target (exact counts).
 *
 * @category Statistics
 */
export interface Exceedance {
  readonly target: number;
  readonly probabilityAbove: number;
  readonly probabilityBelow: number;
}

/**
 * Summary statistics of one simulated output (one node in one period), or of any sample.
 *
 * Mean, variance, min, max and the requested exceedance probabilities are exact. Percentiles,
 * VaR, CVaR and histograms are exact when the samples were kept (`exact: true`) and otherwise
 * come from a quantile sketch with relative accuracy α: a percentile is within α·|value| of the
 * exact type-7 percentile, CVaR within α·mean|x| over the tail, and a value may be counted in a
 * neighbouring histogram bin when it lies within α·|x| of an edge.
 *
 * @category Statistics
 */
export interface OutputSummary {
  /** Number of values. */
  readonly count: number;
  readonly mean: number;
  /** Sample variance (divisor n − 1; 0 for one value). */
  readonly variance: number;
  readonly sd: number;
  /** Standard error of the mean, sd/√n (conservative for Latin hypercube samples). */
  readonly standardError: number;
  readonly min: number;
  readonly max: number;
  /** The requested percentiles keyed `p5`, `p50`, `p97.5`, … (type 7, as PERCENTILE.INC). */
  readonly percentiles: Readonly<Record<string, number>>;
  /** P(X > target) and P(X < target) for each requested target. */
  readonly exceedance: readonly Exceedance[];
  /** VaR and CVaR at each requested level. */
  readonly risk: readonly RiskMeasure[];
  /** A histogram with the requested number of bins. */
  readonly histogram: Histogram;
  /** Whether percentiles and tail measures are exact (samples kept) or from the sketch. */
  readonly exact: boolean;
  /** Any percentile, p in [0, 1]. */
  percentile(p: number): number;
  /** P(X > x): exact for requested targets or kept samples, else from the sketch. */
  probabilityAbove(x: number): number;
  /** P(X < x): exact for requested targets or kept samples, else from the sketch. */
  probabilityBelow(x: number): number;
  /** VaR at any level in (0, 1). */
  valueAtRisk(level: number): number;
  /** CVaR at any level in (0, 1). */
  conditionalValueAtRisk(level: number): number;
  /** A histogram with another number of bins. */
  histogramWith(bins: number): Histogram;
}

/** @internal Resolved summary settings. */
export interface SummarySettings {
  readonly percentiles: readonly number[];
  readonly targets: readonly number[];
  readonly riskLevels: readonly number[];
  readonly histogramBins: number;
}

/** @internal `p5` for 0.05, `p97.5` for 0.975. */
export function percentileKey(p: number): string {
  return `p${Number((p * 100).toFixed(10))}`;
}

/** @internal Type-7 percentile of sorted values. */
export function sortedPercentile(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  const h = p * (n - 1);
  const lo = Math.floor(h);
  const a = sorted[lo] as number;
  return h === lo ? a : a + (h - lo) * ((sorted[lo + 1] as number) - a);
}

function checkProbability(p: unknown, name: string, fn: string, open = false): asserts p is number {
  if (typeof p !== "number" || !(open ? p > 0 && p < 1 : p >= 0 && p <= 1)) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: ${name} must be a probability in ${open ? "(0, 1)" : "[0, 1]"}, got ${String(p)}.`, { path: name });
  }
}

/** @internal Builds the summary of a column, from kept samples (sorted ascending) when given. */
export function buildSummary(stats: ColumnStats, settings: SummarySettings, sorted?: Float64Array): OutputSummary {
  const n = stats.n;
  const sketch = stats.sketch;
  const variance = n > 1 ? stats.m2 / (n - 1) : 0;
  const sd = Math.sqrt(variance);
  const targets = stats.config.targets;
  const exact = sorted !== undefined;
  const fn = "OutputSummary";
  const percentile = (p: number): number => {
    checkProbability(p, "p", `${fn}.percentile`);
    return exact ? sortedPercentile(sorted, p) : sketch.quantile(p);
  };
  const countBelow = (x: number, strict: boolean): number => {
    if (exact) {
      let a = 0;
      let b = sorted.length;
      while (a < b) {
        const m = (a + b) >>> 1;
        if (strict ? (sorted[m] as number) < x : (sorted[m] as number) <= x) a = m + 1;
        else b = m;
      }
      return a;
    }
    return sketch._countAtMost(x);
  };
  const probabilityAbove = (x: number): number => {
    if (typeof x !== "number" || Number.isNaN(x)) throw new DpmError("INVALID_ARGUMENT", `${fn}.probabilityAbove: x must be a number.`, { path: "x" });
    const j = targets.indexOf(x);
    if (j >= 0) return (stats.above[j] as number) / n;
    return (n - countBelow(x, false)) / n;
  };
  const probabilityBelow = (x: number): number => {
    if (typeof x !== "number" || Number.isNaN(x)) throw new DpmError("INVALID_ARGUMENT", `${fn}.probabilityBelow: x must be a number.`, { path: "x" });
    const j = targets.indexOf(x);
    if (j >= 0) return (stats.below[j] as number) / n;
    return countBelow(x, true) / n;
  };
  // 1 − 0.9 is 0.09999999999999998 in binary: snap the tail probability to 12 significant
  // digits so VaR90 is −P10 exactly, as the user means.
  const tailOf = (level: number) => Number((1 - level).toPrecision(12));
  const valueAtRisk = (level: number): number => {
    checkProbability(level, "level", `${fn}.valueAtRisk`, true);
    return -percentile(tailOf(level));
  };
  const conditionalValueAtRisk = (level: number): number => {
    checkProbability(level, "level", `${fn}.conditionalValueAtRisk`, true);
    const m = Math.floor(tailOf(level) * (n - 1)) + 1;
    if (exact) {
      let s = 0;
      for (let i = 0; i < m; i++) s += sorted[i] as number;
      return -s / m;
    }
    return -sketch._lowerSum(m) / m;
  };
  const histogramWith = (bins: number): Histogram => {
    assertInteger(bins, "bins", `${fn}.histogramWith`, 1);
    const lo = stats.min;
    const hi = stats.max;
    const width = (hi - lo) / bins;
    const counts = new Array<number>(bins).fill(0);
    const bin = (x: number) => (width > 0 ? Math.min(bins - 1, Math.max(0, Math.floor((x - lo) / width))) : 0);
    if (exact) for (const x of sorted) counts[bin(x)] = (counts[bin(x)] as number) + 1;
    else for (const [v, c] of sketch._buckets()) counts[bin(v)] = (counts[bin(v)] as number) + c;
    return { edges: Array.from({ length: bins + 1 }, (_, i) => (i === bins ? hi : lo + i * width)), counts };
  };
  const percentiles: Record<string, number> = {};
  for (const p of settings.percentiles) percentiles[percentileKey(p)] = percentile(p);
  return {
    count: n,
    mean: stats.mean,
    variance,
    sd,
    standardError: n > 0 ? sd / Math.sqrt(n) : Number.NaN,
    min: stats.min,
    max: stats.max,
    percentiles,
    exceedance: settings.targets.map((target) => ({ target, probabilityAbove: probabilityAbove(target), probabilityBelow: probabilityBelow(target) })),
    risk: settings.riskLevels.map((level) => ({ level, valueAtRisk: valueAtRisk(level), conditionalValueAtRisk: conditionalValueAtRisk(level) })),
    histogram: histogramWith(settings.histogramBins),
    exact,
    percentile,
    probabilityAbove,
    probabilityBelow,
    valueAtRisk,
    conditionalValueAtRisk,
    histogramWith,
  };
}
