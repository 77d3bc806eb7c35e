import type { Decomposition } from "../decompose/Decomposition.js";

/**
 * One flagged period.
 *
 * @category Anomalies
 */
export interface Anomaly {
  /** Position in the series (0-based). */
  readonly index: number;
  /** The period label (e.g. `"2024-03"`) when the input was a TimeSeries, else `null`. */
  readonly period: string | null;
  readonly value: number;
  /** What the decomposition expected there: trend + seasonal. */
  readonly expected: number;
  /** The anomaly score (robust z or IQR distance; its sign says above or below). */
  readonly score: number;
}

/**
 * What {@link detectAnomalies} returns.
 *
 * @category Anomalies
 */
export interface AnomalyResult {
  /** Flagged periods in time order. */
  readonly anomalies: readonly Anomaly[];
  /** The score of every period (NaN where the remainder is undefined, e.g. classical ends). */
  readonly scores: Float64Array;
  /** The threshold applied to |score|. */
  readonly threshold: number;
  /** How the remainder was obtained: `"stl"`, `"classical"` or `"trend"` (non-seasonal series). */
  readonly method: "stl" | "classical" | "trend";
  readonly score: "robustZ" | "iqr";
  /** Trend, seasonal (zeros for a non-seasonal series) and remainder that were scored. */
  readonly decomposition: Decomposition;
}
