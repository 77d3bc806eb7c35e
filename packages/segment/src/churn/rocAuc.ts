import { DpmError } from "@dpm/core";
import { checkScoresLabels } from "./labels.js";

/**
 * Area under the ROC curve: the probability that a random positive scores above a random negative
 * (ties count one half), via average ranks (Mann–Whitney U).
 *
 * @param scores - predicted scores or probabilities
 * @param labels - 1 = positive (churned), 0 = negative
 * @returns AUC in [0, 1]
 * @throws {@link @dpm/core!DpmError} `LENGTH_MISMATCH`; `INVALID_ARGUMENT` when a class is missing
 *
 * @example
 * ```ts
 * import { rocAuc } from "@dpm/segment";
 *
 * rocAuc([0.1, 0.4, 0.35, 0.8], [0, 0, 1, 1]); // => 0.75
 * ```
 *
 * @category Churn
 */
export function rocAuc(scores: ArrayLike<number>, labels: ArrayLike<number>): number {
  const FN = "rocAuc";
  const n = checkScoresLabels(scores, labels, FN);
  const order = Int32Array.from({ length: n }, (_, i) => i).sort((a, b) => scores[a]! - scores[b]!);
  let pos = 0;
  let rankSum = 0;
  for (let i = 0; i < n; ) {
    let j = i;
    while (j + 1 < n && scores[order[j + 1]!] === scores[order[i]!]) j++;
    const avg = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) if (labels[order[k]!] === 1) {
      rankSum += avg;
      pos++;
    }
    i = j + 1;
  }
  const neg = n - pos;
  if (pos === 0 || neg === 0) throw new DpmError("INVALID_ARGUMENT", `${FN}: labels must contain both classes`, { path: "labels" });
  return (rankSum - (pos * (pos + 1)) / 2) / (pos * neg);
}
