import type { Alternative } from "./validate.js";

/**
 * The relative lift of treatment over control, `treatment / control − 1`, with its confidence
 * interval (0.12 = +12 %).
 *
 * @category Experiments
 */
export interface RelativeLift {
  readonly lift: number;
  readonly ciLow: number;
  readonly ciHigh: number;
  /** How the interval was formed: the delta method or Fieller's theorem. */
  readonly method: "delta" | "fieller";
}

/**
 * What every two-group comparison returns: the absolute effect (treatment − control) with its
 * confidence interval and p-value, the relative lift, and whether a difference is measurable at all.
 *
 * @category Experiments
 */
export interface Comparison {
  /** The test that produced the numbers, e.g. `"two-proportion z"` or `"Welch t"`. */
  readonly method: string;
  /** treatment − control, in the metric's unit. */
  readonly difference: number;
  /** Lower confidence bound of the difference (−Infinity for `alternative: "less"`… upper side open for "greater"). */
  readonly ciLow: number;
  readonly ciHigh: number;
  /** The test statistic (z, t, χ², W … as named by `method`). */
  readonly statistic: number;
  readonly pValue: number;
  readonly alpha: number;
  readonly alternative: Alternative;
  /** Treatment / control − 1 with its interval; undefined when the control value is 0 (no ratio exists). */
  readonly relative: RelativeLift | undefined;
  /**
   * False when the data cannot measure a difference (zero variance in both groups): the p-value is
   * then 1 for equal groups (0 for groups that differ in every unit) and `note` says why.
   */
  readonly measurable: boolean;
  /** A plain-language caveat, e.g. why a difference is not measurable. */
  readonly note: string | undefined;
}
