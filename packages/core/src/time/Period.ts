import { DpmError } from "../errors/DpmError.js";
import { describeValue } from "../errors/validate.js";
import { civilFromDays, daysFromCivil, isoWeekOf, isoWeekOneMonday, isoWeekday } from "./calendar.js";
import { isFrequency, type Frequency } from "./Frequency.js";

/**
 * One period on a calendar axis: a year, quarter, month, ISO week, day or hour (UTC).
 *
 * `ordinal` counts periods of that frequency, so period arithmetic is integer arithmetic:
 * years are the year number, quarters `year·4 + (q−1)`, months `year·12 + (m−1)`, weeks count
 * ISO weeks from 1970-W01, days count days from 1970-01-01, hours count hours from 1970-01-01T00 UTC. Periods are frozen objects; compare
 * them with {@link periodEquals}.
 *
 * Periods made by `@dpm` print as their label: `String(p)` and `` `${p}` `` give `"2025-03"`,
 * `JSON.stringify(p)` gives `"\"2025-03\""` (read it back with {@link parsePeriod} or
 * {@link toPeriod}, which infer the frequency from the label), and Node's `console.log` /
 * `util.inspect` show `Period(2025-03)`. A hand-built or deserialised `{ freq, ordinal }` object
 * is accepted everywhere a period is.
 *
 * @category Time
 */
export interface Period {
  readonly freq: Frequency;
  readonly ordinal: number;
}

/**
 * Something that names a period: a {@link Period}, a label (`"2025"`, `"2025-Q2"`, `"2025-03"`,
 * `"2025-W09"`, `"2025-03-14"`, `"2025-03-14T08"`) or a `Date` (read in UTC).
 *
 * @category Time
 */
export type PeriodLike = Period | string | Date;

/**
 * Makes a period from its frequency and ordinal.
 *
 * @param freq - the frequency
 * @param ordinal - the integer ordinal (see {@link Period})
 * @throws {@link DpmError} `INVALID_ARGUMENT` for an unknown frequency or a non-integer ordinal
 *
 * @example
 * ```ts
 * import { formatPeriod, period } from "@dpm/core";
 *
 * formatPeriod(period("month", 2025 * 12 + 2)); // => "2025-03"
 * ```
 *
 * @category Time
 */
export function period(freq: Frequency, ordinal: number): Period {
  if (!isFrequency(freq)) {
    throw new DpmError("INVALID_ARGUMENT", `period: unknown frequency ${describeValue(freq)}; use year, quarter, month, week, day or hour.`, { path: "freq" });
  }
  if (!Number.isSafeInteger(ordinal)) {
    throw new DpmError("INVALID_ARGUMENT", `period: ordinal must be an integer, got ${describeValue(ordinal)}.`, { path: "ordinal" });
  }
  return new PeriodValue(freq, ordinal);
}

/** Node's `util.inspect.custom` symbol, named through the global registry so no Node import is needed. */
export const INSPECT = Symbol.for("nodejs.util.inspect.custom");

/** The class behind every period `@dpm` makes: own enumerable `freq` and `ordinal`, label-valued display. */
class PeriodValue implements Period {
  readonly freq: Frequency;
  readonly ordinal: number;

  constructor(freq: Frequency, ordinal: number) {
    this.freq = freq;
    this.ordinal = ordinal;
    Object.freeze(this);
  }

  /** The label, e.g. `"2025-03"`. */
  toString(): string {
    return formatPeriod(this);
  }

  /** The label, e.g. `"2025-03"`: {@link parsePeriod} reads it back. */
  toJSON(): string {
    return formatPeriod(this);
  }

  [INSPECT](): string {
    return `Period(${formatPeriod(this)})`;
  }
}

const LABEL = /^(\d{4})(?:-(?:([Qq])([1-4])|([Ww])(\d{2})|(\d{2})(?:-(\d{2})(?:[T ](\d{2}))?)?))?$/;
const DATE_PREFIX = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/;
// A timestamp to the hour or finer, in UTC: 2025-03-14T08, 2025-03-14 08:30, 2025-03-14T08:30:15.250Z.
const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2})(?::(\d{2})(?::(\d{2})(?:\.\d+)?)?)?(Z|[+-]00(?::?00)?)?$/;

/**
 * Parses a period label; the frequency follows from its shape:
 * `2025` (year), `2025-Q2` (quarter), `2025-03` (month), `2025-W09` (ISO week), `2025-03-14` (day),
 * `2025-03-14T08` (hour, UTC; a space instead of `T` works too).
 *
 * @param label - the label
 * @returns the period
 * @throws {@link DpmError} `PARSE_ERROR` naming the label and the accepted shapes
 *
 * @example
 * ```ts
 * import { parsePeriod } from "@dpm/core";
 *
 * parsePeriod("2025-Q2").freq; // => "quarter"
 * parsePeriod("2025-W09").freq; // => "week"
 * parsePeriod("2026-12-07T08").freq; // => "hour"
 * ```
 *
 * @category Time
 */
export function parsePeriod(label: string): Period {
  const m = typeof label === "string" ? LABEL.exec(label.trim()) : null;
  if (m === null) {
    throw new DpmError(
      "PARSE_ERROR",
      `parsePeriod: cannot read ${describeValue(label)} as a period; use 2025, 2025-Q2, 2025-03, 2025-W09, 2025-03-14 or 2025-03-14T08.`,
      { path: "label" },
    );
  }
  const year = Number(m[1]);
  if (m[2] !== undefined) return period("quarter", year * 4 + Number(m[3]) - 1);
  if (m[4] !== undefined) {
    const week = Number(m[5]);
    if (week < 1 || week > isoWeeksInYear(year)) {
      throw new DpmError("PARSE_ERROR", `parsePeriod: ${label} has no week ${week}; ISO year ${year} has ${isoWeeksInYear(year)} weeks.`, { path: "label" });
    }
    return period("week", (isoWeekOneMonday(year) + (week - 1) * 7 + 3) / 7);
  }
  if (m[6] !== undefined) {
    const month = Number(m[6]);
    if (month < 1 || month > 12) {
      throw new DpmError("PARSE_ERROR", `parsePeriod: ${label} has month ${month}; months run 01–12.`, { path: "label" });
    }
    if (m[7] === undefined) return period("month", year * 12 + month - 1);
    const day = checkedDay(year, month, Number(m[7]), label, "parsePeriod", "label");
    if (m[8] === undefined) return period("day", day);
    return period("hour", day * 24 + checkedHour(Number(m[8]), label, "parsePeriod", "label"));
  }
  return period("year", year);
}

function checkedDay(year: number, month: number, day: number, text: string, fn: string, path = "date"): number {
  const days = daysFromCivil(year, month, day);
  const back = civilFromDays(days);
  if (month < 1 || month > 12 || back.month !== month || back.day !== day) {
    throw new DpmError("PARSE_ERROR", `${fn}: ${JSON.stringify(text)} is not a calendar date.`, { path });
  }
  return days;
}

function checkedHour(hour: number, text: string, fn: string, path: string): number {
  if (hour > 23) throw new DpmError("PARSE_ERROR", `${fn}: ${JSON.stringify(text)} has hour ${hour}; hours run 00–23.`, { path });
  return hour;
}

function isoWeeksInYear(isoYear: number): number {
  return (isoWeekOneMonday(isoYear + 1) - isoWeekOneMonday(isoYear)) / 7;
}

/**
 * The label of a period, the inverse of {@link parsePeriod}.
 *
 * @example
 * ```ts
 * import { formatPeriod, parsePeriod } from "@dpm/core";
 *
 * formatPeriod(parsePeriod("2025-W09")); // => "2025-W09"
 * ```
 *
 * @category Time
 */
export function formatPeriod(p: Period): string {
  assertPeriod(p, "p", "formatPeriod");
  const o = p.ordinal;
  switch (p.freq) {
    case "year":
      return pad(o, 4);
    case "quarter":
      return `${pad(Math.floor(o / 4), 4)}-Q${mod(o, 4) + 1}`;
    case "month":
      return `${pad(Math.floor(o / 12), 4)}-${pad(mod(o, 12) + 1, 2)}`;
    case "week": {
      const { isoYear, week } = isoWeekOf(o * 7 - 3);
      return `${pad(isoYear, 4)}-W${pad(week, 2)}`;
    }
    case "day": {
      const { year, month, day } = civilFromDays(o);
      return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
    }
    case "hour": {
      const { year, month, day } = civilFromDays(Math.floor(o / 24));
      return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}T${pad(mod(o, 24), 2)}`;
    }
  }
}

/**
 * The period of frequency `freq` that contains a date. Date strings are read as calendar dates
 * (`"2025-03-14"`, or with a time part after `T` that is ignored) — except for `"hour"`, which needs
 * the hour: `"2025-03-14T08"`, `"2025-03-14 08:30"`, `"2025-03-14T08:30:00Z"` (UTC; other offsets are
 * refused — pass a `Date` instead). `Date` objects are read in UTC.
 *
 * @param date - the date
 * @param freq - the frequency of the period wanted
 * @throws {@link DpmError} `PARSE_ERROR` for a string that is not a date, `INVALID_ARGUMENT` for an invalid Date
 *
 * @example
 * ```ts
 * import { formatPeriod, periodOf } from "@dpm/core";
 *
 * formatPeriod(periodOf("2025-03-14", "quarter")); // => "2025-Q1"
 * formatPeriod(periodOf("2025-03-14", "week")); // => "2025-W11"
 * formatPeriod(periodOf("2025-03-14 08:30", "hour")); // => "2025-03-14T08"
 * ```
 *
 * @category Time
 */
export function periodOf(date: string | Date, freq: Frequency): Period {
  if (freq === "hour") return period("hour", hourNumber(date, "periodOf"));
  return periodOfDay(dayNumber(date, "periodOf"), freq);
}

/** @internal Hour number (hours since 1970-01-01T00 UTC) of a timestamp string or Date. */
export function hourNumber(date: string | Date, fn: string): number {
  if (date instanceof Date) {
    const t = date.getTime();
    if (!Number.isFinite(t)) throw new DpmError("INVALID_ARGUMENT", `${fn}: the Date is invalid.`, { path: "date" });
    return Math.floor(t / 3_600_000);
  }
  const m = typeof date === "string" ? TIMESTAMP.exec(date.trim()) : null;
  if (m === null) {
    throw new DpmError(
      "PARSE_ERROR",
      `${fn}: cannot read ${describeValue(date)} as a time to the hour; use YYYY-MM-DDTHH (e.g. 2025-03-14T08 or 2025-03-14 08:30, UTC; for another offset pass a Date).`,
      { path: "date" },
    );
  }
  const day = checkedDay(Number(m[1]), Number(m[2]), Number(m[3]), date, fn);
  if (Number(m[5] ?? 0) > 59 || Number(m[6] ?? 0) > 59) {
    throw new DpmError("PARSE_ERROR", `${fn}: ${JSON.stringify(date)} is not a time of day; minutes and seconds run 00–59.`, { path: "date" });
  }
  return day * 24 + checkedHour(Number(m[4]), date, fn, "date");
}

/** @internal Day number of a date string (calendar date) or Date (UTC). */
export function dayNumber(date: string | Date, fn: string): number {
  if (date instanceof Date) {
    const t = date.getTime();
    if (!Number.isFinite(t)) throw new DpmError("INVALID_ARGUMENT", `${fn}: the Date is invalid.`, { path: "date" });
    return Math.floor(t / 86_400_000);
  }
  const m = typeof date === "string" ? DATE_PREFIX.exec(date.trim()) : null;
  if (m === null) {
    throw new DpmError("PARSE_ERROR", `${fn}: cannot read ${describeValue(date)} as a date; use YYYY-MM-DD (a time after T is ignored).`, { path: "date" });
  }
  return checkedDay(Number(m[1]), Number(m[2]), Number(m[3]), date, fn);
}

/** @internal The period of a frequency containing a day number (for `"hour"`: the day's first hour). */
export function periodOfDay(days: number, freq: Frequency): Period {
  if (freq === "day") return period("day", days);
  if (freq === "hour") return period("hour", days * 24);
  if (freq === "week") return period("week", (days - isoWeekday(days) + 3) / 7);
  const { year, month } = civilFromDays(days);
  if (freq === "month") return period("month", year * 12 + month - 1);
  if (freq === "quarter") return period("quarter", year * 4 + Math.floor((month - 1) / 3));
  if (freq === "year") return period("year", year);
  throw new DpmError("INVALID_ARGUMENT", `periodOf: unknown frequency ${describeValue(freq)}; use year, quarter, month, week, day or hour.`, { path: "freq" });
}

/**
 * Converts a {@link PeriodLike} into a period. A label of another frequency is accepted when
 * `freq` asks for a coarser one that contains it (a day label → its month); anything else is an
 * error, so mixing frequencies never happens silently.
 *
 * @param value - a period, label or Date
 * @param freq - the frequency wanted; required for a Date
 * @throws {@link DpmError} `PARSE_ERROR`, `FREQUENCY_MISMATCH` or `INVALID_ARGUMENT`
 *
 * @example
 * ```ts
 * import { formatPeriod, toPeriod } from "@dpm/core";
 *
 * formatPeriod(toPeriod("2025-03-14", "month")); // => "2025-03"
 * ```
 *
 * @category Time
 */
export function toPeriod(value: PeriodLike, freq?: Frequency): Period {
  if (value instanceof Date) {
    if (freq === undefined) throw new DpmError("INVALID_ARGUMENT", "toPeriod: a Date needs a frequency; pass freq.", { path: "freq" });
    return periodOf(value, freq);
  }
  if (freq === "hour" && typeof value === "string" && TIMESTAMP.test(value.trim())) return period("hour", hourNumber(value, "toPeriod"));
  const p = typeof value === "string" ? parsePeriod(value) : checkPeriod(value);
  if (freq === undefined || p.freq === freq) return p;
  if (fitsInside(p.freq, freq)) return periodOfDay(periodStartDay(p), freq);
  throw new DpmError(
    "FREQUENCY_MISMATCH",
    `toPeriod: ${formatPeriod(p)} is a ${p.freq}, which does not fit inside one ${freq}; pass a ${freq} label.`,
    { path: "period", details: { from: p.freq, to: freq } },
  );
}

/** Whether every period of `inner` lies inside one period of `outer` (hours and days in anything coarser). */
function fitsInside(inner: Frequency, outer: Frequency): boolean {
  switch (inner) {
    case "hour":
      return outer !== "hour";
    case "day":
      return outer !== "day" && outer !== "hour";
    case "month":
      return outer === "quarter" || outer === "year";
    case "quarter":
      return outer === "year";
    default:
      return false;
  }
}

/**
 * @internal A real period — `{ freq, ordinal }` with a known frequency and a safe-integer ordinal —
 * or a `DpmError` naming the argument (hand-built or deserialised objects are checked, not trusted).
 */
export function assertPeriod(value: unknown, name: string, fn: string): asserts value is Period {
  const p = value as Period;
  if (typeof value !== "object" || value === null || !isFrequency(p.freq) || !Number.isSafeInteger(p.ordinal)) {
    throw new DpmError(
      "INVALID_ARGUMENT",
      `${fn}: ${name} must be a Period such as parsePeriod("2025-03") (an object { freq, ordinal } with an integer ordinal), got ${describeValue(value)}.`,
      { path: name },
    );
  }
}

function checkPeriod(value: unknown): Period {
  const p = value as Period;
  if (typeof value !== "object" || value === null || !isFrequency(p.freq) || !Number.isSafeInteger(p.ordinal)) {
    throw new DpmError("INVALID_ARGUMENT", `toPeriod: expected a Period, label or Date, got ${describeValue(value)}.`, { path: "period" });
  }
  return p;
}

/** @internal Hour number of the first hour of a period. */
export function periodStartHour(p: Period): number {
  return p.freq === "hour" ? p.ordinal : periodStartDay(p) * 24;
}

/** @internal Day number of the first day of a period (for an hour: the day it falls in). */
export function periodStartDay(p: Period): number {
  const o = p.ordinal;
  switch (p.freq) {
    case "hour":
      return Math.floor(o / 24);
    case "day":
      return o;
    case "week":
      return o * 7 - 3;
    case "month":
      return daysFromCivil(Math.floor(o / 12), mod(o, 12) + 1, 1);
    case "quarter":
      return daysFromCivil(Math.floor(o / 4), mod(o, 4) * 3 + 1, 1);
    case "year":
      return daysFromCivil(o, 1, 1);
  }
}

/**
 * The first calendar day of a period as `YYYY-MM-DD`.
 *
 * @example
 * ```ts
 * import { parsePeriod, periodStartDate } from "@dpm/core";
 *
 * periodStartDate(parsePeriod("2025-W01")); // => "2024-12-30"
 * ```
 *
 * @category Time
 */
export function periodStartDate(p: Period): string {
  assertPeriod(p, "p", "periodStartDate");
  return formatPeriod(period("day", periodStartDay(p)));
}

/**
 * The number of calendar days in a period (28–31 for months, 365/366 for years, 7 for weeks, 1/24
 * for hours).
 *
 * @example
 * ```ts
 * import { daysInPeriod, parsePeriod } from "@dpm/core";
 *
 * daysInPeriod(parsePeriod("2024-02")); // => 29
 * ```
 *
 * @category Time
 */
export function daysInPeriod(p: Period): number {
  assertPeriod(p, "p", "daysInPeriod");
  if (p.freq === "hour") return 1 / 24;
  return periodStartDay(addPeriods(p, 1)) - periodStartDay(p);
}

/**
 * The period `n` steps after `p` (before, when `n` is negative).
 *
 * @example
 * ```ts
 * import { addPeriods, formatPeriod, parsePeriod } from "@dpm/core";
 *
 * formatPeriod(addPeriods(parsePeriod("2025-11"), 3)); // => "2026-02"
 * ```
 *
 * @category Time
 */
export function addPeriods(p: Period, n: number): Period {
  assertPeriod(p, "p", "addPeriods");
  if (!Number.isSafeInteger(n)) {
    throw new DpmError("INVALID_ARGUMENT", `addPeriods: n must be an integer, got ${describeValue(n)}.`, { path: "n" });
  }
  return period(p.freq, p.ordinal + n);
}

/**
 * How many periods `to` lies after `from` (negative when before). Both must share a frequency.
 *
 * @throws {@link DpmError} `FREQUENCY_MISMATCH`
 *
 * @example
 * ```ts
 * import { parsePeriod, periodDiff } from "@dpm/core";
 *
 * periodDiff(parsePeriod("2024-Q3"), parsePeriod("2025-Q2")); // => 3
 * ```
 *
 * @category Time
 */
export function periodDiff(from: Period, to: Period): number {
  assertSameFrequency(from, to, "periodDiff");
  return to.ordinal - from.ordinal;
}

/**
 * Orders two periods of one frequency: negative, zero or positive, for `Array.prototype.sort`.
 *
 * @example
 * ```ts
 * import { comparePeriods, parsePeriod } from "@dpm/core";
 *
 * comparePeriods(parsePeriod("2025-01"), parsePeriod("2025-02")); // => -1
 * ```
 *
 * @category Time
 */
export function comparePeriods(a: Period, b: Period): number {
  assertSameFrequency(a, b, "comparePeriods");
  return Math.sign(a.ordinal - b.ordinal);
}

/**
 * Whether two periods are the same (same frequency and ordinal).
 *
 * @example
 * ```ts
 * import { parsePeriod, periodEquals, toPeriod } from "@dpm/core";
 *
 * periodEquals(parsePeriod("2025-03"), toPeriod("2025-03-31", "month")); // => true
 * ```
 *
 * @category Time
 */
export function periodEquals(a: Period, b: Period): boolean {
  assertPeriod(a, "a", "periodEquals");
  assertPeriod(b, "b", "periodEquals");
  return a.freq === b.freq && a.ordinal === b.ordinal;
}

/** The most periods {@link periodRange} makes in one call (ten million). */
const MAX_RANGE = 10_000_000;

/**
 * `count` consecutive periods starting at `start` (at most 10,000,000).
 *
 * @throws {@link DpmError} `INVALID_ARGUMENT` for a negative or fractional count, or one above 10,000,000
 *
 * @example
 * ```ts
 * import { formatPeriod, parsePeriod, periodRange } from "@dpm/core";
 *
 * periodRange(parsePeriod("2025-Q4"), 3).map(formatPeriod); // => ["2025-Q4", "2026-Q1", "2026-Q2"]
 * ```
 *
 * @category Time
 */
export function periodRange(start: Period, count: number): Period[] {
  assertPeriod(start, "start", "periodRange");
  if (!Number.isSafeInteger(count) || count < 0 || count > MAX_RANGE) {
    throw new DpmError("INVALID_ARGUMENT", `periodRange: count must be an integer from 0 to ${MAX_RANGE}, got ${describeValue(count)}.`, { path: "count" });
  }
  const out: Period[] = new Array<Period>(count);
  for (let i = 0; i < count; i++) out[i] = period(start.freq, start.ordinal + i);
  return out;
}

/**
 * The 0-based position of a period within its seasonal cycle: quarter − 1, month − 1, ISO week − 1
 * (week 53 shares position 51 with week 52), ISO weekday (0 = Monday) for days, the hour of the day
 * (0–23) for hours, 0 for years.
 *
 * @example
 * ```ts
 * import { parsePeriod, seasonPosition } from "@dpm/core";
 *
 * seasonPosition(parsePeriod("2025-03")); // => 2
 * seasonPosition(parsePeriod("2025-03-14")); // => 4 (a Friday)
 * ```
 *
 * @category Time
 */
export function seasonPosition(p: Period): number {
  assertPeriod(p, "p", "seasonPosition");
  switch (p.freq) {
    case "year":
      return 0;
    case "quarter":
      return mod(p.ordinal, 4);
    case "month":
      return mod(p.ordinal, 12);
    case "week":
      return Math.min(isoWeekOf(p.ordinal * 7 - 3).week, 52) - 1;
    case "day":
      return isoWeekday(p.ordinal);
    case "hour":
      return mod(p.ordinal, 24);
  }
}

function assertSameFrequency(a: Period, b: Period, fn: string): void {
  assertPeriod(a, fn === "periodDiff" ? "from" : "a", fn);
  assertPeriod(b, fn === "periodDiff" ? "to" : "b", fn);
  if (a.freq !== b.freq) {
    throw new DpmError("FREQUENCY_MISMATCH", `${fn}: cannot compare a ${a.freq} with a ${b.freq}; convert one with toPeriod first.`, {
      details: { a: a.freq, b: b.freq },
    });
  }
}

function mod(a: number, n: number): number {
  return ((a % n) + n) % n;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}
