import { checkOptions } from "@dpm/core";
import { checkNumber } from "../internal/validate.js";

/**
 * Options of {@link experimentDuration}.
 *
 * @category Planning
 */
export interface ExperimentDurationOptions {
  /** Eligible visitors (units) per day (required, > 0). */
  readonly dailyVisitors: number;
  /** Share of the daily traffic that enters the experiment (default 1). */
  readonly trafficShare?: number;
  /** Round up to whole weeks so every weekday is covered equally (default true). */
  readonly fullWeeks?: boolean;
}

/**
 * How long an experiment must run.
 *
 * @category Planning
 */
export interface ExperimentDuration {
  /** Days needed to collect the sample (rounded up to whole days, or whole weeks). */
  readonly days: number;
  readonly weeks: number;
  /** Units per day entering the experiment. */
  readonly unitsPerDay: number;
}

/**
 * Days needed to collect a planned sample from daily traffic (by default rounded up to whole
 * weeks, so weekday effects are balanced).
 *
 * @param totalSampleSize - units needed across all groups (e.g. `nTotal` of a sample-size plan)
 * @param options - dailyVisitors (required), trafficShare, fullWeeks
 * @returns days and weeks
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` for a size ≤ 0, dailyVisitors ≤ 0 or a share outside (0, 1]
 *
 * @example
 * ```ts
 * import { experimentDuration } from "@dpm/impact";
 *
 * experimentDuration(16316, { dailyVisitors: 900 }).days; // => 21
 * experimentDuration(16316, { dailyVisitors: 900, fullWeeks: false }).days; // => 19
 * ```
 *
 * @category Planning
 */
export function experimentDuration(totalSampleSize: number, options: ExperimentDurationOptions): ExperimentDuration {
  const fn = "experimentDuration";
  const o = checkOptions(options, ["dailyVisitors", "trafficShare", "fullWeeks"], fn, "{ dailyVisitors: 900 }");
  checkNumber(totalSampleSize, fn, "totalSampleSize", Number.MIN_VALUE, Number.MAX_VALUE, "a positive number of units");
  const daily = checkNumber(o.dailyVisitors, fn, "options.dailyVisitors", Number.MIN_VALUE, Number.MAX_VALUE, "a positive number of visitors per day");
  const share = checkNumber(o.trafficShare ?? 1, fn, "options.trafficShare", Number.MIN_VALUE, 1, "a share in (0, 1]");
  const unitsPerDay = daily * share;
  const raw = Math.ceil(totalSampleSize / unitsPerDay - 1e-12);
  const days = o.fullWeeks === false ? raw : Math.ceil(raw / 7) * 7;
  return { days, weeks: days / 7, unitsPerDay };
}
