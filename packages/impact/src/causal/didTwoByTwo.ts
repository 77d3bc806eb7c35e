import { checkOptions, DpmError, fitLinearModel } from "@dpm/core";
import { type CausalEstimate, withReadout } from "./CausalEstimate.js";
import { readColumn, readLevel, readTreatment } from "./internal/validate.js";

/**
 * Data of {@link didTwoByTwo}: one row per observation.
 *
 * @category Causal impact
 */
export interface DidTwoByTwoData {
  readonly outcome: ArrayLike<number>;
  /** 1 for the treated group, 0 for the control group. */
  readonly group: ArrayLike<number>;
  /** 1 after the change, 0 before. */
  readonly post: ArrayLike<number>;
}

/**
 * Options of {@link didTwoByTwo}.
 *
 * @category Causal impact
 */
export interface DidTwoByTwoOptions {
  /** Cluster id per row (e.g. the unit, when units appear before and after): CR1 standard errors. Default: HC1. */
  readonly clusters?: ArrayLike<string | number>;
  /** Confidence level (default 0.95). */
  readonly level?: number;
}

/**
 * Result of {@link didTwoByTwo}.
 *
 * @category Causal impact
 */
export interface DidTwoByTwoResult extends CausalEstimate {
  /** Cell means: `[control before, control after, treated before, treated after]`. */
  readonly means: readonly [number, number, number, number];
  /** Observations per cell, same order. */
  readonly counts: readonly [number, number, number, number];
}

const KNOWN = ["clusters", "level"];
const FN = "didTwoByTwo";

/**
 * The classic 2 × 2 difference-in-differences: (treated after − treated before) − (control after −
 * control before), estimated as the interaction in `outcome ~ group * post` with
 * heteroskedasticity-robust (HC1) or cluster-robust (CR1) standard errors.
 *
 * @param data - outcome, group (0/1) and post (0/1) per row
 * @param options - clusters and confidence level
 * @returns the DiD estimate with interval, the four cell means and counts
 * @throws {@link @dpm/core!DpmError} `NO_SOLUTION` when a cell is empty (no pre-period, or no controls); `INVALID_ARGUMENT`, `LENGTH_MISMATCH`, `NON_FINITE` for bad input
 *
 * @example
 * ```ts
 * import { didTwoByTwo } from "@dpm/impact";
 *
 * const res = didTwoByTwo({
 *   outcome: [10, 11, 12, 13, 20, 22, 30, 33],
 *   group: [0, 0, 0, 0, 1, 1, 1, 1],
 *   post: [0, 0, 1, 1, 0, 0, 1, 1],
 * });
 * Math.round(res.estimate * 1e9) / 1e9; // => 8.5
 * res.means; // => [10.5, 12.5, 21, 31.5]
 * ```
 *
 * @category Causal impact
 */
export function didTwoByTwo(data: DidTwoByTwoData, options?: DidTwoByTwoOptions): DidTwoByTwoResult {
  const opts = checkOptions(options, KNOWN, FN, "{ level: 0.9 }");
  const level = readLevel(opts.level, FN);
  if (typeof data !== "object" || data === null) {
    throw new DpmError("INVALID_ARGUMENT", `${FN}: data must be { outcome, group, post } columns.`, { path: "data" });
  }
  const g = readTreatment(data.group, FN, "data.group");
  const n = g.length;
  const y = readColumn(data.outcome, n, FN, "data.outcome");
  const post = readColumn(data.post, n, FN, "data.post");
  const sums = [0, 0, 0, 0];
  const counts: [number, number, number, number] = [0, 0, 0, 0];
  for (let i = 0; i < n; i++) {
    if (post[i] !== 0 && post[i] !== 1) throw new DpmError("INVALID_ARGUMENT", `${FN}: data.post[${i}] must be 0 or 1.`, { path: `data.post[${i}]` });
    const c = 2 * g[i]! + post[i]!;
    sums[c] = sums[c]! + y[i]!;
    counts[c] = counts[c]! + 1;
  }
  const cellNames = ["control before", "control after", "treated before", "treated after"];
  counts.forEach((c, k) => {
    if (c === 0) {
      throw new DpmError("NO_SOLUTION", `${FN}: the ${cellNames[k]} cell is empty; a 2×2 DiD needs both groups observed both before and after.`, { path: "data" });
    }
  });
  const means = sums.map((s, k) => s / counts[k]!) as [number, number, number, number];
  const inter = g.map((v, i) => v * post[i]!);
  const fit = fitLinearModel(y, { group: g, post, "group:post": inter }, opts.clusters === undefined ? { covariance: "HC1", level } : { clusters: opts.clusters, level });
  const row = fit.coefficient("group:post");
  const warnings: string[] = [];
  const small = Math.min(...counts);
  if (small < 5) warnings.push(`the smallest cell has only ${small} observation(s); the interval rests on very little data.`);
  return withReadout({
    method: "2×2 difference-in-differences",
    estimand: "ATT",
    estimate: row.estimate,
    stdError: row.stdError,
    ciLow: row.ciLow,
    ciHigh: row.ciHigh,
    level,
    pValue: row.pValue,
    assumption: "Without the change, the treated group's outcome would have moved by the same amount as the control group's.",
    trustworthy: small >= 5,
    warnings,
    means,
    counts,
  }, () => [`means before → after: control ${means[0].toPrecision(4)} → ${means[1].toPrecision(4)}, treated ${means[2].toPrecision(4)} → ${means[3].toPrecision(4)}.`]);
}
