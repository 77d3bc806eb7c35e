import { checkOptions, DpmError, toFiniteArray } from "@dpm/core";
import { ColumnStats } from "./ColumnStats.js";
import { buildSummary, type OutputSummary } from "./OutputSummary.js";
import { DEFAULT_MAX_BINS } from "./QuantileSketch.js";
import { resolveSummaryOptions, SUMMARY_KEYS, type SummaryOptions } from "./summaryOptions.js";

/**
 * Exact summary statistics of a sample — the same {@link OutputSummary} that `simulate` returns
 * per output: mean, sd, percentiles (type 7), P(X > target), VaR and CVaR, histogram.
 *
 * @param values - the sample (finite numbers, at least one)
 * @param options - percentiles, targets, risk levels, histogram bins
 * @returns the summary (`exact: true`)
 * @throws {@link @dpm/core!DpmError} `EMPTY`, `NON_FINITE`, `INVALID_ARGUMENT` for bad options
 *
 * @example
 * ```ts
 * import { summarize } from "@dpm/montecarlo";
 *
 * const profit = [-300, -100, 0, 200, 400, 500, 700, 900, 1000, 1200];
 * const s = summarize(profit, { percentiles: [0.5], targets: [0], riskLevels: [0.8] });
 * s.mean; // => 450
 * s.percentiles.p50; // => 450
 * s.exceedance[0]?.probabilityBelow; // => 0.2 (probability of a loss)
 * s.risk[0]?.valueAtRisk.toFixed(2); // => "20.00" (−P20, between −100 and 0)
 * s.risk[0]?.conditionalValueAtRisk; // => 200 (−mean of −300 and −100)
 * ```
 *
 * @category Statistics
 */
export function summarize(values: ArrayLike<number>, options: SummaryOptions = {}): OutputSummary {
  const fn = "summarize";
  const x = toFiniteArray(values, "values", fn);
  checkOptions(options, SUMMARY_KEYS, fn, "{ percentiles: [0.05, 0.5, 0.95] }");
  const settings = resolveSummaryOptions(options, fn);
  const stats = new ColumnStats({ targets: Float64Array.from(settings.targets), alpha: settings.alpha, maxBins: DEFAULT_MAX_BINS });
  const chunk = 1 << 16;
  for (let i = 0; i < x.length; i += chunk) stats.addChunk(x.subarray(i, Math.min(x.length, i + chunk)), Math.min(chunk, x.length - i));
  const summary = buildSummary(stats, settings, x.sort());
  if (!Number.isFinite(summary.mean) || !Number.isFinite(summary.variance)) {
    throw new DpmError("NON_FINITE", `${fn}: the values are too large for a finite mean and variance (up to ${Math.max(Math.abs(summary.min), Math.abs(summary.max))}); rescale them first, e.g. to thousands or millions.`, { path: "values" });
  }
  return summary;
}
