import { DpmError } from "@dpm/core";

export function checkScoresLabels(scores: ArrayLike<number>, labels: ArrayLike<number>, fn: string): number {
  if (scores?.length === undefined || labels?.length !== scores.length) throw new DpmError("LENGTH_MISMATCH", `${fn}: scores and labels must be arrays of the same length`, { path: "labels" });
  if (scores.length === 0) throw new DpmError("EMPTY", `${fn}: no observations`, { path: "scores" });
  for (let i = 0; i < scores.length; i++) {
    if (!Number.isFinite(scores[i])) throw new DpmError("NON_FINITE", `${fn}: scores[${i}] must be finite`, { path: `scores[${i}]` });
    if (labels[i] !== 0 && labels[i] !== 1) throw new DpmError("INVALID_ARGUMENT", `${fn}: labels[${i}] must be 0 or 1, got ${String(labels[i])}`, { path: `labels[${i}]` });
  }
  return scores.length;
}
