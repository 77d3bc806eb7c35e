import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { civilFromDays, daysFromCivil, daysInMonth, isoWeekOf, isoWeekOneMonday, isoWeekday } from "./calendar.js";

const DAY_MS = 86_400_000;
// Day numbers from 1600-01-01 to 2400-12-31, computed with the Date oracle.
const FIRST_DAY = Date.UTC(1600, 0, 1) / DAY_MS;
const LAST_DAY = Date.UTC(2400, 11, 31) / DAY_MS;
const anyDay = fc.integer({ min: FIRST_DAY, max: LAST_DAY });
const anyYear = fc.integer({ min: 1600, max: 2400 });

/** The civil date of a day number, read by the JavaScript Date oracle. */
function dateOracle(days: number): { year: number; month: number; day: number } {
  const d = new Date(days * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** ISO week by the classic Date recipe: the Thursday of the week decides the year; count from 1 January. */
function isoWeekOracle(days: number): { isoYear: number; week: number } {
  const d = new Date(days * DAY_MS);
  const mondayBased = (d.getUTCDay() + 6) % 7;
  const thursday = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() - mondayBased + 3));
  const isoYear = thursday.getUTCFullYear();
  const dayOfYear = (thursday.getTime() - Date.UTC(isoYear, 0, 1)) / DAY_MS;
  return { isoYear, week: Math.floor(dayOfYear / 7) + 1 };
}

function dayOf(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

describe("daysFromCivil", () => {
  it("puts 1970-01-01 at day 0 and 2000-03-01 at day 11017", () => {
    expect(daysFromCivil(1970, 1, 1)).toBe(0);
    expect(daysFromCivil(1969, 12, 31)).toBe(-1);
    expect(daysFromCivil(2000, 3, 1)).toBe(11017);
  });

  it("agrees with Date.UTC for every date from 1600 to 2400", () => {
    fc.assert(
      fc.property(anyDay, (days) => {
        const { year, month, day } = dateOracle(days);
        expect(daysFromCivil(year, month, day)).toBe(days);
      }),
      { numRuns: 2000 },
    );
  });

  it("counts 366 days in leap years (2000, 2024) and 365 otherwise (1900, 2023, 2100)", () => {
    expect(daysFromCivil(2001, 1, 1) - daysFromCivil(2000, 1, 1)).toBe(366);
    expect(daysFromCivil(2025, 1, 1) - daysFromCivil(2024, 1, 1)).toBe(366);
    expect(daysFromCivil(1901, 1, 1) - daysFromCivil(1900, 1, 1)).toBe(365);
    expect(daysFromCivil(2024, 1, 1) - daysFromCivil(2023, 1, 1)).toBe(365);
    expect(daysFromCivil(2101, 1, 1) - daysFromCivil(2100, 1, 1)).toBe(365);
  });
});

describe("civilFromDays", () => {
  it("agrees with the Date oracle for every day from 1600 to 2400", () => {
    fc.assert(
      fc.property(anyDay, (days) => {
        expect(civilFromDays(days)).toEqual(dateOracle(days));
      }),
      { numRuns: 2000 },
    );
  });

  it("inverts daysFromCivil across month, year and leap-day boundaries", () => {
    expect(civilFromDays(0)).toEqual({ year: 1970, month: 1, day: 1 });
    expect(civilFromDays(-1)).toEqual({ year: 1969, month: 12, day: 31 });
    expect(civilFromDays(dayOf(2024, 2, 29))).toEqual({ year: 2024, month: 2, day: 29 });
    expect(civilFromDays(dayOf(2024, 2, 29) + 1)).toEqual({ year: 2024, month: 3, day: 1 });
    expect(civilFromDays(dayOf(1900, 2, 28) + 1)).toEqual({ year: 1900, month: 3, day: 1 });
    expect(civilFromDays(dayOf(2000, 2, 28) + 1)).toEqual({ year: 2000, month: 2, day: 29 });
  });
});

describe("isoWeekday", () => {
  it("is 0 for Monday … 6 for Sunday, matching Date#getUTCDay", () => {
    fc.assert(
      fc.property(anyDay, (days) => {
        const sundayBased = new Date(days * DAY_MS).getUTCDay();
        expect(isoWeekday(days)).toBe((sundayBased + 6) % 7);
      }),
      { numRuns: 2000 },
    );
  });

  it("knows 1970-01-01 was a Thursday and 2000-01-01 a Saturday", () => {
    expect(isoWeekday(0)).toBe(3);
    expect(isoWeekday(dayOf(2000, 1, 1))).toBe(5);
    expect(isoWeekday(-1)).toBe(2);
    expect(isoWeekday(-7)).toBe(3);
  });
});

describe("daysInMonth", () => {
  it("gives 29 days for February in leap years and 28 otherwise", () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2023, 2)).toBe(28);
    expect(daysInMonth(2025, 12)).toBe(31);
    expect(daysInMonth(2025, 4)).toBe(30);
  });

  it("agrees with Date.UTC's day 0 of the next month", () => {
    fc.assert(
      fc.property(anyYear, fc.integer({ min: 1, max: 12 }), (year, month) => {
        expect(daysInMonth(year, month)).toBe(new Date(Date.UTC(year, month, 0)).getUTCDate());
      }),
      { numRuns: 1000 },
    );
  });
});

describe("isoWeekOneMonday", () => {
  it("matches published first Mondays of ISO years", () => {
    expect(isoWeekOneMonday(2009)).toBe(dayOf(2008, 12, 29));
    expect(isoWeekOneMonday(2021)).toBe(dayOf(2021, 1, 4));
    expect(isoWeekOneMonday(2005)).toBe(dayOf(2005, 1, 3));
    expect(isoWeekOneMonday(2020)).toBe(dayOf(2019, 12, 30));
    expect(isoWeekOneMonday(2025)).toBe(dayOf(2024, 12, 30));
  });

  it("is always a Monday within 3 days of 1 January", () => {
    fc.assert(
      fc.property(anyYear, (year) => {
        const monday = isoWeekOneMonday(year);
        expect(new Date(monday * DAY_MS).getUTCDay()).toBe(1);
        expect(Math.abs(monday - dayOf(year, 1, 1))).toBeLessThanOrEqual(3);
      }),
    );
  });

  it("spaces ISO years 53 weeks apart exactly when 1 January is a Thursday, or a Wednesday in a leap year", () => {
    fc.assert(
      fc.property(anyYear, (year) => {
        const weeks = (isoWeekOneMonday(year + 1) - isoWeekOneMonday(year)) / 7;
        const jan1 = new Date(Date.UTC(year, 0, 1)).getUTCDay(); // 3 = Wednesday, 4 = Thursday
        const leap = new Date(Date.UTC(year, 1, 29)).getUTCMonth() === 1;
        expect(weeks).toBe(jan1 === 4 || (leap && jan1 === 3) ? 53 : 52);
      }),
    );
    expect(isoWeekOneMonday(2016) - isoWeekOneMonday(2015)).toBe(53 * 7);
    expect(isoWeekOneMonday(2021) - isoWeekOneMonday(2020)).toBe(53 * 7);
    expect(isoWeekOneMonday(2020) - isoWeekOneMonday(2019)).toBe(52 * 7);
    expect(isoWeekOneMonday(2022) - isoWeekOneMonday(2021)).toBe(52 * 7);
  });
});

describe("isoWeekOf", () => {
  it("matches published ISO-8601 week numbers around year boundaries", () => {
    const cases: [number, number, number, number, number][] = [
      [2004, 12, 31, 2004, 53],
      [2005, 1, 1, 2004, 53],
      [2005, 1, 2, 2004, 53],
      [2005, 1, 3, 2005, 1],
      [2008, 12, 29, 2009, 1],
      [2010, 1, 3, 2009, 53],
      [2010, 1, 4, 2010, 1],
      [2020, 12, 31, 2020, 53],
      [2021, 1, 3, 2020, 53],
      [2021, 1, 4, 2021, 1],
      [2025, 3, 14, 2025, 11],
    ];
    for (const [y, m, d, isoYear, week] of cases) expect(isoWeekOf(dayOf(y, m, d))).toEqual({ isoYear, week });
  });

  it("agrees with the Thursday-based Date recipe for every day from 1600 to 2400", () => {
    fc.assert(
      fc.property(anyDay, (days) => {
        expect(isoWeekOf(days)).toEqual(isoWeekOracle(days));
      }),
      { numRuns: 2000 },
    );
  });

  it("changes week only on Mondays, stepping by one or restarting at week 1", () => {
    fc.assert(
      fc.property(anyDay, (days) => {
        const a = isoWeekOf(days);
        const b = isoWeekOf(days + 1);
        const tomorrowIsMonday = new Date((days + 1) * DAY_MS).getUTCDay() === 1;
        if (!tomorrowIsMonday) expect(b).toEqual(a);
        else if (b.isoYear === a.isoYear) expect(b.week).toBe(a.week + 1);
        else {
          expect(b).toEqual({ isoYear: a.isoYear + 1, week: 1 });
          expect([52, 53]).toContain(a.week);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
