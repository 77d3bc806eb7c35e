import { DpmError } from "@dpm/core";

/** Length of one time unit in days. Months are 365.25 / 12 days (average Gregorian month). */
export const UNIT_DAYS = { days: 1, weeks: 7, months: 365.25 / 12 } as const;

/** Time unit of recency, tenure and T. */
export type TimeUnit = keyof typeof UNIT_DAYS;

export function checkUnit(unit: unknown, fn: string): TimeUnit {
  if (unit !== "days" && unit !== "weeks" && unit !== "months") {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: unit must be "days", "weeks" or "months" (months = 365.25/12 days), got ${String(unit)}`, { path: "options.unit" });
  }
  return unit;
}

const DAY_MS = 86_400_000;

/** UTC day number of a date given as `YYYYMMDD`, `YYYY-MM-DD` or a `Date`. */
export function dayNumber(value: unknown, path: string, fn: string): number {
  if (value instanceof Date) {
    const t = value.getTime();
    if (!Number.isFinite(t)) throw new DpmError("PARSE_ERROR", `${fn}: ${path} is an invalid Date`, { path });
    return Math.floor(t / DAY_MS);
  }
  const s = typeof value === "number" ? String(value) : value;
  if (typeof s === "string") {
    const m = /^(\d{4})-?(\d{2})-?(\d{2})$/.exec(s.trim());
    if (m) {
      const y = Number(m[1]);
      const mo = Number(m[2]);
      const d = Number(m[3]);
      const t = Date.UTC(y, mo - 1, d);
      const back = new Date(t);
      if (back.getUTCFullYear() === y && back.getUTCMonth() === mo - 1 && back.getUTCDate() === d) return t / DAY_MS;
    }
  }
  throw new DpmError("PARSE_ERROR", `${fn}: ${path} must be a date "YYYY-MM-DD", "YYYYMMDD" or a Date, got ${JSON.stringify(value)}`, { path });
}
