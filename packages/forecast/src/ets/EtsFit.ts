import type { Period } from "@dpm/core";
import type { EtsSpec } from "./EtsSpec.js";

/**
 * Smoothing parameters of a fitted ETS model (`null` for components the model does not have).
 * `beta` is on R's scale (the slope's response to a one-step error, β ≤ α).
 *
 * @category Exponential smoothing
 */
export interface EtsParameters {
  readonly alpha: number;
  readonly beta: number | null;
  readonly gamma: number | null;
  readonly phi: number | null;
}

/**
 * Initial states of a fitted model: level, slope and the m seasonal states
 * `season[0]` = s₀ (the most recent season before the data) … `season[m−1]` (the oldest), as R
 * names them `s0 … s{m−1}`.
 *
 * @category Exponential smoothing
 */
export interface EtsInitialStates {
  readonly level: number;
  readonly trend: number | null;
  readonly season: Float64Array | null;
}

/**
 * One candidate model tried during automatic selection.
 *
 * @category Exponential smoothing
 */
export interface EtsCandidate {
  readonly method: string;
  readonly loglik: number;
  readonly aic: number;
  readonly aicc: number;
  readonly bic: number;
}

/**
 * A fitted ETS model: what {@link fitEts} returns and {@link forecastEts} consumes.
 * Plain data (typed arrays and numbers), so it can be sent between threads or stored as JSON.
 *
 * @category Exponential smoothing
 */
export interface EtsFit {
  /** The model, printed as R prints it, e.g. `"ETS(M,Ad,M)"`. */
  readonly method: string;
  readonly spec: EtsSpec;
  /** Seasonal period used (1 for non-seasonal models). */
  readonly period: number;
  readonly parameters: EtsParameters;
  readonly initialStates: EtsInitialStates;
  /**
   * Filtered states, row-major: row `t` (0…n) holds the state after observation t (row 0: the
   * initial state), with columns {@link EtsFit.stateNames}.
   */
  readonly states: Float64Array;
  /** Column names of `states`: `l`, `b`, `s1` (newest) … `sm`. */
  readonly stateNames: readonly string[];
  /** Log-likelihood on R's scale: −½·(n·log Σe² + 2Σlog|ŷ| for multiplicative errors). */
  readonly loglik: number;
  readonly aic: number;
  readonly aicc: number;
  readonly bic: number;
  /** Residual variance Σe²/(n − k), on the error's scale (relative errors for multiplicative models). */
  readonly sigma2: number;
  /** Mean squared one-step error on the data's scale. */
  readonly mse: number;
  /** Number of observations. */
  readonly n: number;
  /** Estimated parameters including initial states (σ not counted). */
  readonly parameterCount: number;
  /** One-step in-sample forecasts. */
  readonly fitted: Float64Array;
  /** Innovations: y − ŷ (additive error) or (y − ŷ)/ŷ (multiplicative error), as R's `residuals()`. */
  readonly residuals: Float64Array;
  /** Every model compared during selection (just the fitted one when the model was fixed). */
  readonly candidates: readonly EtsCandidate[];
  /** The period of the first forecast when fitted on a TimeSeries, else `null`. */
  readonly next: Period | null;
}
