import { DpmError } from "@dpm/core";
import { checkScoresLabels } from "./labels.js";

/**
 * Confusion counts and precision/recall at a threshold.
 *
 * @category Churn
 */
export interface PrecisionRecall {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  readonly tn: number;
  /** tp / (tp + fp); 0 when nothing is predicted positive. */
  readonly precision: number;
  /** tp / (tp + fn). */
  readonly recall: number;
}

/**
 * Precision and recall when scores ≥ `threshold` are predicted positive.
 *
 * @param scores - predicted scores or probabilities
 * @param labels - 1 = positive, 0 = negative
 * @param threshold - decision threshold (default 0.5)
 * @returns confusion counts, precision and recall
 * @throws {@link @dpm/core!DpmError} `LENGTH_MISMATCH`; `NON_FINITE`; `INVALID_ARGUMENT`
 *
 * @example
 * ```ts
 * import { precisionRecall } from "@dpm/segment";
 *
 * precisionRecall([0.9, 0.6, 0.2, 0.7], [1, 0, 0, 1]).precision; // => 0.6666666666666666
 * ```
 *
 * @category Churn
 */
export function precisionRecall(scores: ArrayLike<number>, labels: ArrayLike<number>, threshold = 0.5): PrecisionRecall {
  const FN = "precisionRecall";
  const n = checkScoresLabels(scores, labels, FN);
  if (typeof threshold !== "number" || !Number.isFinite(threshold)) throw new DpmError("NON_FINITE", `${FN}: threshold must be a finite number such as 0.5`, { path: "threshold" });
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  for (let i = 0; i < n; i++) {
    const pred = scores[i]! >= threshold;
    if (labels[i] === 1) pred ? tp++ : fn++;
    else pred ? fp++ : tn++;
  }
  return { tp, fp, fn, tn, precision: tp + fp > 0 ? tp / (tp + fp) : 0, recall: tp + fn > 0 ? tp / (tp + fn) : 0 };
}
