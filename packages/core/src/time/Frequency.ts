import { DpmError } from "../errors/DpmError.js";
import { describeValue } from "../errors/validate.js";
/**
 * How often a series is observed. Seasonal periods: year 1, quarter 4, month 12, week 52, day 7,
 * hour 24 (and 168 for the week, see {@link seasonalPeriods}).
 *
 * @category Time
 */
export type Frequency = "year" | "quarter" | "month" | "week" | "day" | "hour";

/** All frequencies, coarsest first. @category Time */
export const FREQUENCIES: readonly Frequency[] = /* @__PURE__ */ Object.freeze(["year", "quarter", "month", "week", "day", "hour"] as const);

const SEASONAL_PERIOD: Readonly<Record<Frequency, number>> = { year: 1, quarter: 4, month: 12, week: 52, day: 7, hour: 24 };

const SEASONAL_PERIODS: Readonly<Record<Frequency, readonly number[]>> = /* @__PURE__ */ Object.freeze({
  year: Object.freeze([]),
  quarter: Object.freeze([4]),
  month: Object.freeze([12]),
  week: Object.freeze([52.18]),
  day: Object.freeze([7, 365.25]),
  hour: Object.freeze([24, 168]),
});

/**
 * The number of periods in one seasonal cycle: quarters in a year, months in a year, weeks in a
 * year (52), days in a week (7), hours in a day (24); 1 for yearly data.
 *
 * @param freq - the frequency
 * @returns the seasonal period `m`
 * @throws {@link DpmError} `INVALID_ARGUMENT` for anything that is not one of the five frequencies
 *
 * @example
 * ```ts
 * import { seasonalPeriod } from "@dpm/core";
 *
 * seasonalPeriod("month"); // => 12
 * seasonalPeriod("day"); // => 7
 * ```
 *
 * @category Time
 */
export function seasonalPeriod(freq: Frequency): number {
  // Own-property lookup: "constructor" or "__proto__" must not reach Object.prototype.
  if (!isFrequency(freq)) {
    throw new DpmError("INVALID_ARGUMENT", `seasonalPeriod: unknown frequency ${describeValue(freq)}; use year, quarter, month, week, day or hour.`, { path: "freq" });
  }
  return SEASONAL_PERIOD[freq];
}

/**
 * Every seasonal cycle a frequency carries, shortest first, in periods (possibly fractional):
 * hours `[24, 168]` (day, week), days `[7, 365.25]` (week, year), weeks `[52.18]` (year),
 * months `[12]`, quarters `[4]`, years `[]`. Candidates for multi-seasonal models such as MSTL.
 *
 * @param freq - the frequency
 * @returns the seasonal periods (a frozen array)
 * @throws {@link DpmError} `INVALID_ARGUMENT` for anything that is not a frequency
 *
 * @example
 * ```ts
 * import { seasonalPeriods } from "@dpm/core";
 *
 * seasonalPeriods("hour"); // => [24, 168]
 * seasonalPeriods("day"); // => [7, 365.25]
 * ```
 *
 * @category Time
 */
export function seasonalPeriods(freq: Frequency): readonly number[] {
  if (!isFrequency(freq)) {
    throw new DpmError("INVALID_ARGUMENT", `seasonalPeriods: unknown frequency ${describeValue(freq)}; use year, quarter, month, week, day or hour.`, { path: "freq" });
  }
  return SEASONAL_PERIODS[freq];
}

/**
 * Whether `value` names a {@link Frequency}.
 *
 * @example
 * ```ts
 * import { isFrequency } from "@dpm/core";
 *
 * isFrequency("month"); // => true
 * isFrequency("hour"); // => true
 * isFrequency("minute"); // => false
 * ```
 *
 * @category Time
 */
export function isFrequency(value: unknown): value is Frequency {
  return typeof value === "string" && Object.prototype.hasOwnProperty.call(SEASONAL_PERIOD, value);
}
