/**
 * Options shared by the baseline methods ({@link naiveForecast}, {@link seasonalNaiveForecast},
 * {@link driftForecast}, {@link meanForecast}).
 *
 * @category Baselines
 */
export interface BaselineOptions {
  /** How many periods ahead to forecast (an integer ≥ 1). */
  readonly horizon: number;
  /** Interval levels in percent (default `[80, 95]`). */
  readonly levels?: readonly number[];
  /** Seasonal period; defaults to the TimeSeries frequency's (12 for months), or 1 for plain arrays. */
  readonly period?: number;
}
