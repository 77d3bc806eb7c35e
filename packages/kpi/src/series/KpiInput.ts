import type { TimeSeries } from "@dpm/core";

/**
 * What every KPI formula accepts for each of its inputs: a plain number, an array of numbers (one
 * value per period, like `npv`'s cash flows), or a {@link @dpm/core!TimeSeries} of numbers. Numbers
 * broadcast: `grossMargin(revenueSeries, 0)` uses 0 in every period; arrays and series are not
 * mixed in one call.
 *
 * @category Series
 */
export type KpiInput = number | TimeSeries | readonly number[];

type HasArray<T extends readonly unknown[]> = T extends readonly [infer H, ...infer R]
  ? [H] extends [readonly number[]]
    ? true
    : HasArray<R>
  : false;

type HasSeries<T extends readonly unknown[]> = T extends readonly [infer H, ...infer R]
  ? [H] extends [TimeSeries]
    ? true
    : HasSeries<R>
  : false;

/**
 * The result type of a KPI formula for the given argument types: `number` when every argument is a
 * number, {@link @dpm/core!TimeSeries} when at least one is a series, `number[]` when at least one
 * is an array, and the union when the types do not say.
 *
 * @category Series
 */
export type KpiResult<T extends readonly unknown[]> = [T[number]] extends [number]
  ? number
  : HasSeries<T> extends true
    ? TimeSeries
    : HasArray<T> extends true
      ? number[]
      : number | (MayBe<T, TimeSeries> extends true ? TimeSeries : never) | (MayBe<T, readonly number[]> extends true ? number[] : never);

type MayBe<T extends readonly unknown[], U> = T extends readonly [infer H, ...infer R] ? (U extends H ? true : MayBe<R, U>) : false;

/**
 * Options every KPI formula accepts as its last argument. They only matter when an input is a
 * {@link @dpm/core!TimeSeries}.
 *
 * @category Series
 */
export interface KpiSeriesOptions {
  /**
   * What to do in a period where the KPI is undefined (a zero denominator such as no revenue, no
   * customers; no break-even volume; an infinite runway):
   * - `"error"` (default): throw the `DpmError`, with the period in the message and the index in `path`;
   * - `"missing"`: store NaN (a missing value) for that period and go on.
   *
   * Periods where an input is already missing (NaN) are missing in the result either way.
   */
  readonly whenUndefined?: "error" | "missing";
  /** Name of the result series (default: the formula's name, e.g. `"grossMargin"`). */
  readonly name?: string;
}
