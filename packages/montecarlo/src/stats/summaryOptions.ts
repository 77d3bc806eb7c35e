import { assertInteger, DpmError } from "@dpm/core";
import type { SummarySettings } from "./OutputSummary.js";

/**
 * What to report for each output (used by `simulate` and {@link summarize}).
 *
 * @category Statistics
 */
export interface SummaryOptions {
  /** Percentiles to report, probabilities in [0, 1] (default 0.01, 0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95, 0.99). */
  readonly percentiles?: readonly number[];
  /** Targets for P(X > target) and P(X < target), counted exactly (default [0]: the probability of a loss). */
  readonly targets?: readonly number[];
  /** Confidence levels for VaR and CVaR, in (0, 1) (default 0.95 and 0.99). */
  readonly riskLevels?: readonly number[];
  /** Bins of the histogram (default 20). */
  readonly histogramBins?: number;
  /** Relative accuracy α of the quantile sketch when samples are not kept (default 0.001). */
  readonly relativeAccuracy?: number;
}

/** @internal Defaults. */
export const DEFAULT_PERCENTILES = [0.01, 0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95, 0.99] as const;

/** @internal The keys of {@link SummaryOptions}. */
export const SUMMARY_KEYS: readonly string[] = ["percentiles", "targets", "riskLevels", "histogramBins", "relativeAccuracy"];

/** @internal Validates summary options. */
export function resolveSummaryOptions(options: SummaryOptions, fn: string): SummarySettings & { readonly alpha: number } {
  const list = (value: unknown, name: string, fallback: readonly number[], check: (x: number) => boolean, what: string): readonly number[] => {
    if (value === undefined) return fallback;
    if (!Array.isArray(value)) throw new DpmError("INVALID_ARGUMENT", `${fn}: ${name} must be an array of numbers.`, { path: name });
    value.forEach((x: unknown, i) => {
      if (typeof x !== "number" || !check(x)) throw new DpmError("INVALID_ARGUMENT", `${fn}: ${name}[${i}] must be ${what}, got ${String(x)}.`, { path: `${name}[${i}]` });
    });
    return Object.freeze([...(value as number[])]);
  };
  const percentiles = list(options.percentiles, "percentiles", DEFAULT_PERCENTILES, (p) => p >= 0 && p <= 1, "a probability in [0, 1]");
  const targets = list(options.targets, "targets", [0], Number.isFinite, "a finite number");
  const riskLevels = list(options.riskLevels, "riskLevels", [0.95, 0.99], (p) => p > 0 && p < 1, "a level in (0, 1), e.g. 0.95");
  const histogramBins = options.histogramBins ?? 20;
  assertInteger(histogramBins, "histogramBins", fn, 1, 10_000);
  const alpha = options.relativeAccuracy ?? 0.001;
  if (typeof alpha !== "number" || !(alpha > 0 && alpha < 0.5)) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: relativeAccuracy must be in (0, 0.5), got ${String(alpha)}.`, { path: "relativeAccuracy" });
  }
  return { percentiles, targets, riskLevels, histogramBins, alpha };
}
