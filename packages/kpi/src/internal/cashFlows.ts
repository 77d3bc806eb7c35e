import { DpmError, isTimeSeries, periodOf, toFiniteArray } from "@dpm/core";
import { describe } from "./checks.js";

/** @internal Cash flows from an array-like or a TimeSeries, as a fresh Float64Array (≥ 1 value). */
export function readCashFlows(cashFlows: unknown, fn: string, minLength = 1): Float64Array {
  return toFiniteArray(isTimeSeries(cashFlows) ? cashFlows.values : cashFlows, "cashFlows", fn, { minLength });
}

/**
 * @internal Dates as day numbers (days since 1970-01-01), one per cash flow, none before the first
 * (the spreadsheet XNPV/XIRR rule; the others may come in any order).
 */
export function readDays(dates: unknown, count: number, fn: string): Float64Array {
  if (!Array.isArray(dates)) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: dates must be an array of YYYY-MM-DD strings or Dates, got ${describe(dates)}.`, { path: "dates" });
  }
  if (dates.length !== count) {
    throw new DpmError("LENGTH_MISMATCH", `${fn}: dates has ${dates.length} entries but cashFlows has ${count}; pass one date per cash flow.`, {
      path: "dates",
      details: { dates: dates.length, cashFlows: count },
    });
  }
  const days = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    const d = dates[i] as unknown;
    if (typeof d !== "string" && !(d instanceof Date)) {
      throw new DpmError("INVALID_ARGUMENT", `${fn}: dates[${i}] must be a YYYY-MM-DD string or a Date, got ${describe(d)}.`, { path: `dates[${i}]` });
    }
    try {
      days[i] = periodOf(d, "day").ordinal;
    } catch (error) {
      throw new DpmError("PARSE_ERROR", `${fn}: dates[${i}] (${describe(d)}) is not a valid date; use YYYY-MM-DD or a Date.`, {
        path: `dates[${i}]`,
        cause: error,
      });
    }
    if (i > 0 && (days[i] as number) < (days[0] as number)) {
      throw new DpmError(
        "INVALID_ARGUMENT",
        `${fn}: dates[${i}] (${describe(d)}) precedes the first date; the first cash flow starts the schedule (as in spreadsheets).`,
        { path: `dates[${i}]`, details: { index: i } },
      );
    }
  }
  return days;
}
