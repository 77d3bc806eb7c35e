import { checkOptions, createRng } from "@dpm/core";
import type { Seed } from "@dpm/core";
import { checkAlpha, checkChoice, checkPositiveInteger, readValues } from "../internal/validate.js";
import { bootstrapBounds, jackknifeAcceleration, resampleMeanDifferences } from "./bootstrapKernel.js";

/**
 * Options of {@link bootstrapTest}.
 *
 * @category Experiments
 */
export interface BootstrapTestOptions {
  /** Resamples (default 2,000; at most 1,000,000). */
  readonly resamples?: number;
  /** Seed (default 1): the same seed gives the same interval. */
  readonly seed?: Seed;
  /** `"bca"` (default; bias-corrected and accelerated, better for skewed revenue) or `"percentile"`. */
  readonly method?: "bca" | "percentile";
  /** Two-sided level (default 0.05). */
  readonly alpha?: number;
}

/**
 * The result of {@link bootstrapTest}.
 *
 * @category Experiments
 */
export interface BootstrapTestResult {
  readonly method: "bca" | "percentile";
  readonly controlMean: number;
  readonly treatmentMean: number;
  readonly difference: number;
  readonly ciLow: number;
  readonly ciHigh: number;
  /** Bootstrap standard error of the difference. */
  readonly standardError: number;
  /** Two-sided bootstrap p-value: twice the share of replicates on the other side of 0 (≥ 1 / resamples). */
  readonly pValue: number;
  readonly resamples: number;
  /** False when both groups are constant. */
  readonly measurable: boolean;
}

/**
 * Bootstrap confidence interval of the difference in means (treatment − control), for skewed
 * metrics such as revenue per visitor where a t interval is unreliable: each group is resampled
 * with replacement (seeded), and the interval is the percentile or the BCa interval (Efron 1987)
 * with jackknife acceleration. For millions of units use {@link poissonBootstrap}.
 *
 * @param control - control values (≥ 2)
 * @param treatment - treatment values (≥ 2)
 * @param options - resamples, seed, method, alpha
 * @returns the difference, its interval, bootstrap SE and p-value
 * @throws {@link @dpm/core!DpmError} `TOO_SHORT`/`EMPTY`; `NON_FINITE`; `INVALID_ARGUMENT` for resamples outside 1 … 10⁶ or a group of more than 10⁷ values (use poissonBootstrap)
 *
 * @example
 * ```ts
 * import { bootstrapTest } from "@dpm/impact";
 *
 * const control = [0, 0, 0, 42, 0, 0, 18, 0, 0, 95, 0, 0];
 * const treatment = [0, 35, 0, 0, 60, 0, 0, 22, 0, 140, 0, 48];
 * const r = bootstrapTest(control, treatment, { seed: 7 });
 * r.difference.toFixed(2); // => "12.50"
 * r.ciLow < r.difference && r.difference < r.ciHigh; // => true
 * ```
 *
 * @category Experiments
 */
export function bootstrapTest(control: ArrayLike<number>, treatment: ArrayLike<number>, options?: BootstrapTestOptions): BootstrapTestResult {
  const fn = "bootstrapTest";
  const o = checkOptions(options, ["resamples", "seed", "method", "alpha"], fn, "{ resamples: 2000, seed: 1 }");
  const resamples = checkPositiveInteger(o.resamples ?? 2000, fn, "options.resamples", 1_000_000);
  const method = checkChoice(o.method ?? "bca", ["bca", "percentile"], fn, "method");
  const alpha = checkAlpha(o.alpha ?? 0.05, fn);
  const c = readValues(control, fn, "control");
  const t = readValues(treatment, fn, "treatment");
  checkPositiveInteger(c.length + t.length, fn, "control.length + treatment.length", 10_000_000);
  return bootstrapKernel(c, t, createRng(o.seed ?? 1), resamples, method, alpha);
}

/** @internal The kernel (validated inputs). */
export function bootstrapKernel(c: Float64Array, t: Float64Array, rng: ReturnType<typeof createRng>, resamples: number, method: "bca" | "percentile", alpha: number, out = new Float64Array(resamples)): BootstrapTestResult {
  let sc = 0;
  for (let i = 0; i < c.length; i++) sc += c[i] as number;
  let st = 0;
  for (let i = 0; i < t.length; i++) st += t[i] as number;
  const controlMean = sc / c.length;
  const treatmentMean = st / t.length;
  const d = treatmentMean - controlMean;
  resampleMeanDifferences(c, t, rng, out);
  out.sort();
  let m = 0;
  for (let i = 0; i < out.length; i++) m += out[i] as number;
  m /= out.length;
  let v = 0;
  let above = 0;
  let below = 0;
  for (let i = 0; i < out.length; i++) {
    const x = out[i] as number;
    v += (x - m) * (x - m);
    if (x >= 0) above++;
    if (x <= 0) below++;
  }
  const se = Math.sqrt(v / Math.max(1, out.length - 1));
  if (se === 0) {
    return { method, controlMean, treatmentMean, difference: d, ciLow: d, ciHigh: d, standardError: 0, pValue: d === 0 ? 1 : 0, resamples, measurable: false };
  }
  const [ciLow, ciHigh] = bootstrapBounds(out, d, alpha, method === "bca" ? jackknifeAcceleration(c, t) : undefined);
  const pValue = Math.min(1, Math.max(1 / resamples, (2 * Math.min(above, below)) / resamples));
  return { method, controlMean, treatmentMean, difference: d, ciLow, ciHigh, standardError: se, pValue, resamples, measurable: true };
}
