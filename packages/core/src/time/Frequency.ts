import { DpmError } from "../errors/DpmError.js";
import { describeValue } from "../errors/validate.js";
/**
 * How often a series is observed. Seasonal periods: year 1, quarter 4, month 12, week 52, day 7.
 *
 * @category Time
 */
export type Frequency = "year" | "quarter" | "month" | "week" | "day";

/** All frequencies, coarsest first. @category Time */
export const FREQUENCIES: readonly Frequency[] = /* @__PURE__ */ Object.freeze(["year", "quarter", "month", "week", "day"] as const);

const SEASONAL_PERIOD: Readonly<Record<Frequency, number>> = { year: 1, quarter: 4, month: 12, week: 52, day: 7 };

/**
 * The number of periods in one seasonal cycle: quarters in a year, months in a year, weeks in a
 * year (52), days in a week (7); 1 for yearly data.
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
    throw new DpmError("INVALID_ARGUMENT", `seasonalPeriod: unknown frequency ${describeValue(freq)}; use year, quarter, month, week or day.`, { path: "freq" });
  }
  return SEASONAL_PERIOD[freq];
}

/**
 * Whether `value` names a {@link Frequency}.
 *
 * @example
 * ```ts
 * import { isFrequency } from "@dpm/core";
 *
 * isFrequency("month"); // => true
 * isFrequency("hour"); // => false
 * ```
 *
 * @category Time
 */
export function isFrequency(value: unknown): value is Frequency {
  return typeof value === "string" && Object.prototype.hasOwnProperty.call(SEASONAL_PERIOD, value);
}
