import { DpmError } from "@dpm/core";
import { checkScoresLabels } from "./labels.js";

/**
 * One bin of a calibration table.
 *
 * @category Churn
 */
export interface CalibrationBin {
  readonly lower: number;
  readonly upper: number;
  readonly count: number;
  /** Mean predicted probability in the bin (NaN-free: 0 for empty bins). */
  readonly meanPredicted: number;
  /** Observed positive rate in the bin (0 for empty bins). */
  readonly observedRate: number;
}

/**
 * Calibration (reliability) table: equal-width probability bins with mean prediction vs observed rate.
 *
 * @param probabilities - predicted probabilities in [0, 1]
 * @param labels - 1 = positive, 0 = negative
 * @param bins - number of bins (default 10)
 * @returns one row per bin
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` for probabilities outside [0, 1] or bad bins; `LENGTH_MISMATCH`
 *
 * @example
 * ```ts
 * import { calibrationTable } from "@dpm/segment";
 *
 * calibrationTable([0.1, 0.2, 0.6, 0.9], [0, 0, 1, 0], 2)[1]; // => { lower: 0.5, upper: 1, count: 2, meanPredicted: 0.75, observedRate: 0.5 }
 * ```
 *
 * @category Churn
 */
export function calibrationTable(probabilities: ArrayLike<number>, labels: ArrayLike<number>, bins = 10): CalibrationBin[] {
  const FN = "calibrationTable";
  const n = checkScoresLabels(probabilities, labels, FN);
  if (!(typeof bins === "number" && Number.isInteger(bins) && bins >= 1 && bins <= 10_000)) throw new DpmError("INVALID_ARGUMENT", `${FN}: bins must be a whole number from 1 to 10,000 such as 10`, { path: "bins" });
  const count = new Float64Array(bins);
  const sumP = new Float64Array(bins);
  const sumY = new Float64Array(bins);
  for (let i = 0; i < n; i++) {
    const p = probabilities[i]!;
    if (p < 0 || p > 1) throw new DpmError("INVALID_ARGUMENT", `${FN}: probabilities[${i}] must be in [0, 1], got ${p}`, { path: `probabilities[${i}]` });
    const b = Math.min(bins - 1, Math.floor(p * bins));
    count[b] = count[b]! + 1;
    sumP[b] = sumP[b]! + p;
    sumY[b] = sumY[b]! + labels[i]!;
  }
  return Array.from({ length: bins }, (_, b) => ({
    lower: b / bins,
    upper: (b + 1) / bins,
    count: count[b]!,
    meanPredicted: count[b]! > 0 ? sumP[b]! / count[b]! : 0,
    observedRate: count[b]! > 0 ? sumY[b]! / count[b]! : 0,
  }));
}
