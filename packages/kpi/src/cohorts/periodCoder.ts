import { DpmError, periodOf, type Frequency } from "@dpm/core";
import { describe } from "../internal/checks.js";

/**
 * @internal Fast date → period ordinal for hot loops over transactions, with exactly the semantics
 * of `periodOf(date, freq).ordinal` from @dpm/core (which it falls back to for anything that is not
 * a plain `YYYY-MM-DD…` string or a Date): ordinals are months `year·12 + month − 1`, quarters
 * `year·4 + quarter − 1`, years, ISO weeks counted from 1970-W01, days since 1970-01-01.
 * Reading the digits with `charCodeAt` avoids a regex, a Period object and a freeze per row.
 */
export function periodOrdinal(date: unknown, freq: Frequency, fn: string, path: string): number {
  if (typeof date === "string") {
    const o = fastStringOrdinal(date, freq);
    if (o !== undefined) return o;
  } else if (date instanceof Date) {
    const t = date.getTime();
    if (Number.isFinite(t)) return ordinalOfDay(Math.floor(t / 86_400_000), freq);
  }
  if (typeof date !== "string" && !(date instanceof Date)) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: ${path} must be a YYYY-MM-DD string or a Date, got ${describe(date)}.`, { path });
  }
  try {
    return periodOf(date, freq).ordinal;
  } catch (error) {
    throw new DpmError("PARSE_ERROR", `${fn}: ${path} (${describe(date)}) is not a date; use YYYY-MM-DD or a Date.`, { path, cause: error });
  }
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function digit(s: string, i: number): number {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -1000;
}

/** The ordinal of a canonical `YYYY-MM-DD` (optionally followed by `T…` or a space), else undefined. */
function fastStringOrdinal(s: string, freq: Frequency): number | undefined {
  if (s.length < 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return undefined;
  if (s.length > 10) {
    const c = s.charCodeAt(10);
    if (c !== 84 && c !== 32) return undefined; // 'T' or ' '
  }
  const y = digit(s, 0) * 1000 + digit(s, 1) * 100 + digit(s, 2) * 10 + digit(s, 3);
  const m = digit(s, 5) * 10 + digit(s, 6);
  const d = digit(s, 8) * 10 + digit(s, 9);
  if (y < 0 || m < 1 || m > 12 || d < 1) return undefined;
  const leap = m === 2 && (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0)) ? 1 : 0;
  if (d > (MONTH_DAYS[m - 1] as number) + leap) return undefined;
  switch (freq) {
    case "month":
      return y * 12 + m - 1;
    case "quarter":
      return y * 4 + Math.floor((m - 1) / 3);
    case "year":
      return y;
    default:
      return ordinalOfDay(daysFromCivil(y, m, d), freq);
  }
}

/** @internal Period ordinal of a day number (days since 1970-01-01). */
export function ordinalOfDay(days: number, freq: Frequency): number {
  if (freq === "day") return days;
  if (freq === "week") {
    const weekday = (((days + 3) % 7) + 7) % 7; // 0 = Monday; 1970-01-01 was a Thursday
    return (days - weekday + 3) / 7;
  }
  const { y, m } = civilFromDays(days);
  if (freq === "month") return y * 12 + m - 1;
  if (freq === "quarter") return y * 4 + Math.floor((m - 1) / 3);
  return y;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm). */
function daysFromCivil(year: number, m: number, d: number): number {
  const y = m <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function civilFromDays(days: number): { y: number; m: number } {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m };
}
