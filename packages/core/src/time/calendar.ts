// Proleptic Gregorian calendar arithmetic on day numbers (days since 1970-01-01), after Howard
// Hinnant's civil-date algorithms. Pure integer math: no Date, no time zones, no DST surprises.

/** Day number of a civil date (month 1–12). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Civil date of a day number. */
export function civilFromDays(days: number): { year: number; month: number; day: number } {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** ISO weekday, 0 = Monday … 6 = Sunday (1970-01-01 was a Thursday). */
export function isoWeekday(days: number): number {
  return (((days + 3) % 7) + 7) % 7;
}

export function daysInMonth(year: number, month: number): number {
  return daysFromCivil(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1) - daysFromCivil(year, month, 1);
}

/** Day number of the Monday that starts ISO week 1 of `isoYear` (the week holding 4 January). */
export function isoWeekOneMonday(isoYear: number): number {
  const jan4 = daysFromCivil(isoYear, 1, 4);
  return jan4 - isoWeekday(jan4);
}

/** ISO year and week (1–53) of a day number. */
export function isoWeekOf(days: number): { isoYear: number; week: number } {
  const thursday = days - isoWeekday(days) + 3; // the ISO year is the one its Thursday falls in
  const isoYear = civilFromDays(thursday).year;
  return { isoYear, week: Math.floor((thursday - isoWeekOneMonday(isoYear)) / 7) + 1 };
}
