import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type { Frequency } from "./Frequency.js";
import {
  addPeriods,
  comparePeriods,
  dayNumber,
  daysInPeriod,
  formatPeriod,
  parsePeriod,
  period,
  periodDiff,
  periodEquals,
  periodOf,
  periodOfDay,
  periodRange,
  periodStartDate,
  periodStartDay,
  seasonPosition,
  toPeriod,
  type Period,
} from "./Period.js";
import { catchDpm } from "../../test/catchDpm.js";

const DAY_MS = 86_400_000;
// The day-resolution frequencies (the oracles below pass YYYY-MM-DD strings); "hour" is covered in hour.test.ts.
const FREQS: readonly Frequency[] = ["year", "quarter", "month", "week", "day"];

/** Milliseconds of midnight UTC of a `YYYY-MM-DD` label, by the Date oracle. */
function msOf(label: string): number {
  const ms = Date.parse(`${label}T00:00:00Z`);
  if (!Number.isFinite(ms)) throw new Error(`oracle cannot read ${label}`);
  return ms;
}

/** `YYYY-MM-DD` of a UTC millisecond time, by the Date oracle. */
function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** ISO week label by the classic Date recipe (the Thursday of the week decides the year). */
function isoWeekLabelOracle(ms: number): string {
  const d = new Date(ms);
  const mondayBased = (d.getUTCDay() + 6) % 7;
  const thursday = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() - mondayBased + 3));
  const isoYear = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(isoYear, 0, 1)) / DAY_MS / 7) + 1;
  return `${isoYear}-W${String(week).padStart(2, "0")}`;
}

// Random instants from 1600-01-01 to 2400-12-31 (UTC), and the whole days among them.
const MS_1600 = Date.UTC(1600, 0, 1);
const MS_2400 = Date.UTC(2400, 11, 31, 23, 59, 59, 999);
const anyInstant = fc.integer({ min: MS_1600, max: MS_2400 });
const anyFreq = fc.constantFrom(...FREQS);

// Wide ordinal ranges whose labels stay within years 0001–9999 (four-digit labels).
const ORDINAL_RANGE: Record<Frequency, { min: number; max: number }> = {
  year: { min: 1, max: 9999 },
  quarter: { min: 4, max: 9999 * 4 + 3 },
  month: { min: 12, max: 9999 * 12 + 11 },
  week: { min: -102_700, max: 418_900 }, // Thursdays from 0001-01 to 9999-12
  day: { min: -719_162, max: 2_932_896 }, // 0001-01-01 … 9999-12-31
  hour: { min: -719_162 * 24, max: 2_932_896 * 24 + 23 }, // 0001-01-01T00 … 9999-12-31T23
};
const anyPeriod = anyFreq.chain((freq) => fc.integer(ORDINAL_RANGE[freq]).map((o) => period(freq, o)));

describe("period", () => {
  it("makes a frozen period from a frequency and an integer ordinal", () => {
    const p = period("month", 2025 * 12 + 2);
    expect(p).toEqual({ freq: "month", ordinal: 24302 });
    expect(Object.isFrozen(p)).toBe(true);
    expect(formatPeriod(p)).toBe("2025-03");
  });

  it("rejects unknown frequencies with INVALID_ARGUMENT", () => {
    const error = catchDpm(() => period("minute" as Frequency, 1));
    expect(error.code).toBe("INVALID_ARGUMENT");
    expect(error.path).toBe("freq");
    expect(error.message).toContain('"minute"');
  });

  it("rejects fractional, non-finite and unsafe ordinals with INVALID_ARGUMENT", () => {
    for (const bad of [1.5, Number.NaN, Infinity, -Infinity, 2 ** 53]) {
      const error = catchDpm(() => period("day", bad));
      expect(error.code).toBe("INVALID_ARGUMENT");
      expect(error.path).toBe("ordinal");
    }
  });
});

describe("parsePeriod", () => {
  it("reads the frequency from the label's shape", () => {
    expect(parsePeriod("2025")).toEqual({ freq: "year", ordinal: 2025 });
    expect(parsePeriod("2025-Q2")).toEqual({ freq: "quarter", ordinal: 2025 * 4 + 1 });
    expect(parsePeriod("2025-03")).toEqual({ freq: "month", ordinal: 2025 * 12 + 2 });
    expect(parsePeriod("2025-03-14")).toEqual({ freq: "day", ordinal: msOf("2025-03-14") / DAY_MS });
    expect(parsePeriod("1970-W01")).toEqual({ freq: "week", ordinal: 0 });
    expect(parsePeriod("2025-W09").freq).toBe("week");
  });

  it("accepts lower-case q and w and surrounding whitespace", () => {
    expect(parsePeriod("2025-q2")).toEqual(parsePeriod("2025-Q2"));
    expect(parsePeriod("2025-w09")).toEqual(parsePeriod("2025-W09"));
    expect(parsePeriod("  2025-03 \n")).toEqual(parsePeriod("2025-03"));
  });

  it("puts ISO weeks where ISO-8601 says they start", () => {
    expect(periodStartDate(parsePeriod("2009-W01"))).toBe("2008-12-29");
    expect(periodStartDate(parsePeriod("2021-W01"))).toBe("2021-01-04");
    expect(periodStartDate(parsePeriod("2004-W53"))).toBe("2004-12-27");
    expect(periodStartDate(parsePeriod("2009-W53"))).toBe("2009-12-28");
    expect(periodStartDate(parsePeriod("2025-W01"))).toBe("2024-12-30");
  });

  it("accepts week 53 only in ISO years that have one (2015, 2020 yes; 2019, 2021 no)", () => {
    expect(formatPeriod(parsePeriod("2015-W53"))).toBe("2015-W53");
    expect(formatPeriod(parsePeriod("2020-W53"))).toBe("2020-W53");
    for (const label of ["2019-W53", "2021-W53"]) {
      const error = catchDpm(() => parsePeriod(label));
      expect(error.code).toBe("PARSE_ERROR");
      expect(error.message).toContain("52 weeks");
    }
  });

  it("accepts 29 February only in leap years (2000, 2024; not 1900, 2023)", () => {
    expect(formatPeriod(parsePeriod("2000-02-29"))).toBe("2000-02-29");
    expect(formatPeriod(parsePeriod("2024-02-29"))).toBe("2024-02-29");
    expect(catchDpm(() => parsePeriod("1900-02-29")).code).toBe("PARSE_ERROR");
    expect(catchDpm(() => parsePeriod("2023-02-29")).code).toBe("PARSE_ERROR");
  });

  it("rejects malformed labels and impossible dates with PARSE_ERROR naming the label", () => {
    for (const bad of [
      "",
      "25",
      "20250",
      "2025-3",
      "2025-13",
      "2025-00",
      "2025-Q0",
      "2025-Q5",
      "2025-W00",
      "2025-W1",
      "2025/03",
      "March 2025",
      "2025-03-14T10:00",
    ]) {
      const error = catchDpm(() => parsePeriod(bad));
      expect(error.code, bad).toBe("PARSE_ERROR");
      expect(error.path).toBe("label");
    }
    expect(catchDpm(() => parsePeriod("2025/03")).message).toContain('"2025/03"');
    for (const impossible of ["2025-04-31", "2025-01-00", "2025-01-32", "2025-02-29"]) {
      const error = catchDpm(() => parsePeriod(impossible));
      expect(error.code, impossible).toBe("PARSE_ERROR");
      expect(error.message).toContain(impossible);
    }
  });

  it("rejects non-strings with PARSE_ERROR", () => {
    for (const bad of [null, undefined, 2025, {}, new Date(0)]) {
      expect(catchDpm(() => parsePeriod(bad as unknown as string)).code).toBe("PARSE_ERROR");
    }
  });

  it("round-trips every formatted period of every frequency over years 0001–9999", () => {
    fc.assert(
      fc.property(anyPeriod, (p) => {
        const back = parsePeriod(formatPeriod(p));
        expect(back).toEqual(p);
      }),
      { numRuns: 3000 },
    );
  });
});

describe("formatPeriod", () => {
  it("writes the label shapes parsePeriod reads", () => {
    expect(formatPeriod(period("year", 2025))).toBe("2025");
    expect(formatPeriod(period("year", 7))).toBe("0007");
    expect(formatPeriod(period("quarter", 2025 * 4 + 3))).toBe("2025-Q4");
    expect(formatPeriod(period("month", 2025 * 12))).toBe("2025-01");
    expect(formatPeriod(period("week", 0))).toBe("1970-W01");
    expect(formatPeriod(period("day", 0))).toBe("1970-01-01");
    expect(formatPeriod(period("day", -1))).toBe("1969-12-31");
  });

  it("formats days as the Date oracle's ISO date", () => {
    fc.assert(
      fc.property(fc.integer(ORDINAL_RANGE.day), (d) => {
        expect(formatPeriod(period("day", d))).toBe(isoDate(d * DAY_MS));
      }),
      { numRuns: 2000 },
    );
  });

  it("formats weeks as the ISO week label of every day in them", () => {
    fc.assert(
      fc.property(fc.integer({ min: -19_000, max: 22_000 }), fc.integer({ min: 0, max: 6 }), (w, offset) => {
        // Week ordinal w is the week whose Thursday is day 7w; pick any of its seven days.
        const dayInWeek = w * 7 - 3 + offset;
        expect(formatPeriod(period("week", w))).toBe(isoWeekLabelOracle(dayInWeek * DAY_MS));
      }),
      { numRuns: 2000 },
    );
  });

  it("formats months and quarters from the year and month of their first day", () => {
    fc.assert(
      fc.property(anyInstant, (ms) => {
        const d = new Date(ms);
        const y = String(d.getUTCFullYear()).padStart(4, "0");
        const month = d.getUTCMonth();
        expect(formatPeriod(period("month", d.getUTCFullYear() * 12 + month))).toBe(`${y}-${String(month + 1).padStart(2, "0")}`);
        expect(formatPeriod(period("quarter", d.getUTCFullYear() * 4 + Math.floor(month / 3)))).toBe(`${y}-Q${Math.floor(month / 3) + 1}`);
      }),
      { numRuns: 1000 },
    );
  });
});

describe("periodOf", () => {
  it("finds the documented periods of 2025-03-14", () => {
    expect(formatPeriod(periodOf("2025-03-14", "quarter"))).toBe("2025-Q1");
    expect(formatPeriod(periodOf("2025-03-14", "week"))).toBe("2025-W11");
    expect(formatPeriod(periodOf("2025-03-14", "month"))).toBe("2025-03");
    expect(formatPeriod(periodOf("2025-03-14", "year"))).toBe("2025");
    expect(formatPeriod(periodOf("2025-03-14", "day"))).toBe("2025-03-14");
  });

  it("puts dates into published ISO weeks", () => {
    const cases: [string, string][] = [
      ["2004-12-31", "2004-W53"],
      ["2005-01-01", "2004-W53"],
      ["2005-01-02", "2004-W53"],
      ["2008-12-29", "2009-W01"],
      ["2010-01-03", "2009-W53"],
      ["2020-12-31", "2020-W53"],
      ["2021-01-04", "2021-W01"],
    ];
    for (const [date, week] of cases) {
      expect(formatPeriod(periodOf(date, "week"))).toBe(week);
      expect(formatPeriod(periodOf(new Date(msOf(date) + 12 * 3_600_000), "week"))).toBe(week);
    }
  });

  it("returns the period that contains the date, for every frequency, Date or string (1600–2400)", () => {
    fc.assert(
      fc.property(anyInstant, anyFreq, fc.boolean(), (ms, freq, asString) => {
        const input = asString ? isoDate(ms) : new Date(ms);
        const p = periodOf(input, freq);
        expect(p.freq).toBe(freq);
        const start = msOf(periodStartDate(p));
        const next = msOf(periodStartDate(addPeriods(p, 1)));
        const midnight = msOf(isoDate(ms));
        expect(start).toBeLessThanOrEqual(midnight);
        expect(midnight).toBeLessThan(next);
        // The period starts where a period of its kind must start.
        const s = new Date(start);
        if (freq === "week") expect(s.getUTCDay()).toBe(1);
        if (freq === "month" || freq === "quarter" || freq === "year") expect(s.getUTCDate()).toBe(1);
        if (freq === "quarter") expect(s.getUTCMonth() % 3).toBe(0);
        if (freq === "year") expect(s.getUTCMonth()).toBe(0);
        if (freq === "day") expect(start).toBe(midnight);
      }),
      { numRuns: 3000 },
    );
  });

  it("labels the period as the Date oracle would", () => {
    fc.assert(
      fc.property(anyInstant, (ms) => {
        const d = new Date(ms);
        const iso = isoDate(ms);
        expect(formatPeriod(periodOf(d, "day"))).toBe(iso);
        expect(formatPeriod(periodOf(d, "month"))).toBe(iso.slice(0, 7));
        expect(formatPeriod(periodOf(d, "year"))).toBe(iso.slice(0, 4));
        expect(formatPeriod(periodOf(d, "quarter"))).toBe(`${iso.slice(0, 4)}-Q${Math.floor(d.getUTCMonth() / 3) + 1}`);
        expect(formatPeriod(periodOf(d, "week"))).toBe(isoWeekLabelOracle(ms));
      }),
      { numRuns: 2000 },
    );
  });

  it("ignores a time part after T or a space", () => {
    expect(periodOf("2025-03-14T23:59:59Z", "day")).toEqual(periodOf("2025-03-14", "day"));
    expect(periodOf("2025-03-14T00:30:00+05:00", "day")).toEqual(periodOf("2025-03-14", "day"));
    expect(periodOf("2025-03-14 10:00", "day")).toEqual(periodOf("2025-03-14", "day"));
  });

  it("rejects unreadable strings with PARSE_ERROR and invalid Dates with INVALID_ARGUMENT", () => {
    for (const bad of ["2025-03", "14/03/2025", "2025-02-30", "2025-03-14x", ""]) {
      const error = catchDpm(() => periodOf(bad, "day"));
      expect(error.code, bad).toBe("PARSE_ERROR");
      expect(error.message).toContain("periodOf");
    }
    expect(catchDpm(() => periodOf(new Date(Number.NaN), "month")).code).toBe("INVALID_ARGUMENT");
  });

  it("rejects an unknown frequency with INVALID_ARGUMENT", () => {
    expect(catchDpm(() => periodOf("2025-03-14", "minute" as Frequency)).code).toBe("INVALID_ARGUMENT");
  });
});

describe("dayNumber", () => {
  it("counts days from 1970-01-01 for strings and UTC Dates", () => {
    expect(dayNumber("1970-01-01", "fn")).toBe(0);
    expect(dayNumber("1969-12-31", "fn")).toBe(-1);
    expect(dayNumber(new Date(Date.UTC(1969, 11, 31, 12)), "fn")).toBe(-1);
    expect(dayNumber(new Date(Date.UTC(2025, 2, 14, 23, 59, 59, 999)), "fn")).toBe(Date.UTC(2025, 2, 14) / DAY_MS);
  });

  it("names the calling function in its errors", () => {
    const error = catchDpm(() => dayNumber("nope", "myFunction"));
    expect(error.code).toBe("PARSE_ERROR");
    expect(error.message).toMatch(/^myFunction: /);
    expect(catchDpm(() => dayNumber("2023-02-29", "myFunction")).message).toContain("myFunction");
    expect(catchDpm(() => dayNumber(new Date("garbage"), "myFunction")).message).toContain("myFunction");
  });
});

describe("periodOfDay", () => {
  it("agrees with periodOf on the same day", () => {
    fc.assert(
      fc.property(fc.integer({ min: MS_1600 / DAY_MS, max: Math.floor(MS_2400 / DAY_MS) }), anyFreq, (d, freq) => {
        expect(periodOfDay(d, freq)).toEqual(periodOf(isoDate(d * DAY_MS), freq));
      }),
    );
  });

  it("rejects an unknown frequency", () => {
    expect(catchDpm(() => periodOfDay(0, "decade" as Frequency)).code).toBe("INVALID_ARGUMENT");
  });
});

describe("toPeriod", () => {
  it("passes periods through and parses labels", () => {
    const p = period("quarter", 8100);
    expect(toPeriod(p)).toBe(p);
    expect(toPeriod(p, "quarter")).toBe(p);
    expect(toPeriod("2025-03")).toEqual(parsePeriod("2025-03"));
  });

  it("reads a Date in UTC when given a frequency, and refuses a Date without one", () => {
    expect(formatPeriod(toPeriod(new Date(Date.UTC(2025, 2, 31, 23, 30)), "month"))).toBe("2025-03");
    const error = catchDpm(() => toPeriod(new Date(0)));
    expect(error.code).toBe("INVALID_ARGUMENT");
    expect(error.path).toBe("freq");
  });

  it("lifts a finer label into the coarser period that contains it", () => {
    expect(formatPeriod(toPeriod("2025-03-14", "month"))).toBe("2025-03");
    expect(formatPeriod(toPeriod("2025-03-14", "quarter"))).toBe("2025-Q1");
    expect(formatPeriod(toPeriod("2025-03-14", "year"))).toBe("2025");
    expect(formatPeriod(toPeriod("2025-03-14", "week"))).toBe("2025-W11");
    expect(formatPeriod(toPeriod("2005-01-01", "week"))).toBe("2004-W53");
    expect(formatPeriod(toPeriod("2025-08", "quarter"))).toBe("2025-Q3");
    expect(formatPeriod(toPeriod("2025-12", "year"))).toBe("2025");
    expect(formatPeriod(toPeriod("2025-Q4", "year"))).toBe("2025");
    expect(periodEquals(parsePeriod("2025-03"), toPeriod("2025-03-31", "month"))).toBe(true);
  });

  it("refuses a label that does not fit inside one period of the wanted frequency", () => {
    const cases: [string, Frequency][] = [
      ["2025-W09", "month"],
      ["2025-W09", "quarter"],
      ["2025-W09", "year"],
      ["2025-W09", "day"],
      ["2025-03", "day"],
      ["2025-03", "week"],
      ["2025-Q1", "month"],
      ["2025", "quarter"],
    ];
    for (const [label, freq] of cases) {
      const error = catchDpm(() => toPeriod(label, freq));
      expect(error.code, `${label} → ${freq}`).toBe("FREQUENCY_MISMATCH");
      expect(error.message).toContain(label);
    }
  });

  it("rejects things that are not periods with INVALID_ARGUMENT", () => {
    for (const bad of [null, 42, {}, { freq: "month" }, { freq: "minute", ordinal: 1 }, { freq: "month", ordinal: 1.5 }]) {
      expect(catchDpm(() => toPeriod(bad as unknown as Period)).code).toBe("INVALID_ARGUMENT");
    }
  });
});

describe("periodStartDay", () => {
  it("is the day number of the first day of the period", () => {
    expect(periodStartDay(parsePeriod("1970-W01"))).toBe(-3);
    expect(periodStartDay(parsePeriod("2025-Q3"))).toBe(Date.UTC(2025, 6, 1) / DAY_MS);
    expect(periodStartDay(parsePeriod("2000"))).toBe(Date.UTC(2000, 0, 1) / DAY_MS);
    expect(periodStartDay(period("month", -1))).toBe(Date.UTC(-1, 11, 1) / DAY_MS);
  });

  it("is the Date oracle's first of the month for every month over years 0001–9999", () => {
    fc.assert(
      fc.property(fc.integer(ORDINAL_RANGE.month), (o) => {
        const first = new Date(0);
        first.setUTCFullYear(Math.floor(o / 12), o % 12, 1); // setUTCFullYear does not remap years 0–99
        expect(periodStartDay(period("month", o))).toBe(first.getTime() / DAY_MS);
      }),
      { numRuns: 1000 },
    );
  });
});

describe("periodStartDate", () => {
  it("gives the first calendar day of each kind of period", () => {
    expect(periodStartDate(parsePeriod("2025"))).toBe("2025-01-01");
    expect(periodStartDate(parsePeriod("2025-Q3"))).toBe("2025-07-01");
    expect(periodStartDate(parsePeriod("2025-Q1"))).toBe("2025-01-01");
    expect(periodStartDate(parsePeriod("2024-02"))).toBe("2024-02-01");
    expect(periodStartDate(parsePeriod("2025-W01"))).toBe("2024-12-30");
    expect(periodStartDate(parsePeriod("2020-W53"))).toBe("2020-12-28");
    expect(periodStartDate(parsePeriod("2025-03-14"))).toBe("2025-03-14");
  });
});

describe("daysInPeriod", () => {
  it("counts leap days", () => {
    expect(daysInPeriod(parsePeriod("2024-02"))).toBe(29);
    expect(daysInPeriod(parsePeriod("2023-02"))).toBe(28);
    expect(daysInPeriod(parsePeriod("2000-02"))).toBe(29);
    expect(daysInPeriod(parsePeriod("1900-02"))).toBe(28);
    expect(daysInPeriod(parsePeriod("2000"))).toBe(366);
    expect(daysInPeriod(parsePeriod("1900"))).toBe(365);
    expect(daysInPeriod(parsePeriod("2024"))).toBe(366);
    expect(daysInPeriod(parsePeriod("2024-Q1"))).toBe(91);
    expect(daysInPeriod(parsePeriod("2023-Q1"))).toBe(90);
    expect(daysInPeriod(parsePeriod("2025-Q3"))).toBe(92);
    expect(daysInPeriod(parsePeriod("2020-W53"))).toBe(7);
    expect(daysInPeriod(parsePeriod("2025-03-14"))).toBe(1);
  });

  it("agrees with the Date oracle for every period from 1600 to 2400", () => {
    fc.assert(
      fc.property(anyInstant, anyFreq, (ms, freq) => {
        const p = periodOf(new Date(ms), freq);
        const d = new Date(ms);
        const y = d.getUTCFullYear();
        const m = d.getUTCMonth();
        const q0 = m - (m % 3);
        const expected = {
          hour: 1 / 24,
          day: 1,
          week: 7,
          month: (Date.UTC(y, m + 1, 1) - Date.UTC(y, m, 1)) / DAY_MS,
          quarter: (Date.UTC(y, q0 + 3, 1) - Date.UTC(y, q0, 1)) / DAY_MS,
          year: (Date.UTC(y + 1, 0, 1) - Date.UTC(y, 0, 1)) / DAY_MS,
        }[freq];
        expect(daysInPeriod(p)).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("addPeriods", () => {
  it("steps across year ends, leap days and ISO week-53 years", () => {
    expect(formatPeriod(addPeriods(parsePeriod("2025-11"), 3))).toBe("2026-02");
    expect(formatPeriod(addPeriods(parsePeriod("2025-01"), -1))).toBe("2024-12");
    expect(formatPeriod(addPeriods(parsePeriod("2025-Q4"), 1))).toBe("2026-Q1");
    expect(formatPeriod(addPeriods(parsePeriod("2020-W52"), 1))).toBe("2020-W53");
    expect(formatPeriod(addPeriods(parsePeriod("2020-W53"), 1))).toBe("2021-W01");
    expect(formatPeriod(addPeriods(parsePeriod("2019-W52"), 1))).toBe("2020-W01");
    expect(formatPeriod(addPeriods(parsePeriod("2024-02-28"), 1))).toBe("2024-02-29");
    expect(formatPeriod(addPeriods(parsePeriod("2024-02-28"), 2))).toBe("2024-03-01");
    expect(formatPeriod(addPeriods(parsePeriod("2023-02-28"), 1))).toBe("2023-03-01");
    expect(formatPeriod(addPeriods(parsePeriod("2025"), 0))).toBe("2025");
  });

  it("composes: adding a then b equals adding a + b", () => {
    fc.assert(
      fc.property(anyPeriod, fc.integer({ min: -1e6, max: 1e6 }), fc.integer({ min: -1e6, max: 1e6 }), (p, a, b) => {
        expect(addPeriods(addPeriods(p, a), b)).toEqual(addPeriods(p, a + b));
      }),
      { numRuns: 2000 },
    );
  });

  it("moves days exactly like adding n·86 400 000 ms to a Date", () => {
    fc.assert(
      fc.property(anyInstant, fc.integer({ min: -50_000, max: 50_000 }), (ms, n) => {
        const p = periodOf(new Date(ms), "day");
        expect(formatPeriod(addPeriods(p, n))).toBe(isoDate(ms + n * DAY_MS));
      }),
      { numRuns: 1000 },
    );
  });

  it("moves months and quarters like Date.UTC's month overflow", () => {
    fc.assert(
      fc.property(anyInstant, fc.integer({ min: -3000, max: 3000 }), (ms, n) => {
        const d = new Date(ms);
        const y = d.getUTCFullYear();
        const m = d.getUTCMonth();
        expect(formatPeriod(addPeriods(periodOf(d, "month"), n))).toBe(isoDate(Date.UTC(y, m + n, 1)).slice(0, 7));
        const q = addPeriods(periodOf(d, "quarter"), n);
        expect(periodStartDate(q)).toBe(isoDate(Date.UTC(y, m - (m % 3) + 3 * n, 1)));
      }),
      { numRuns: 1000 },
    );
  });

  it("moves weeks by exactly seven days each", () => {
    fc.assert(
      fc.property(anyInstant, fc.integer({ min: -5000, max: 5000 }), (ms, n) => {
        const w = periodOf(new Date(ms), "week");
        expect(msOf(periodStartDate(addPeriods(w, n))) - msOf(periodStartDate(w))).toBe(n * 7 * DAY_MS);
      }),
      { numRuns: 1000 },
    );
  });

  it("rejects non-integer steps and steps that leave the safe integers", () => {
    for (const bad of [0.5, Number.NaN, Infinity]) {
      const error = catchDpm(() => addPeriods(parsePeriod("2025-01"), bad));
      expect(error.code).toBe("INVALID_ARGUMENT");
      expect(error.path).toBe("n");
    }
    expect(catchDpm(() => addPeriods(period("day", Number.MAX_SAFE_INTEGER), 1)).code).toBe("INVALID_ARGUMENT");
  });
});

describe("periodDiff", () => {
  it("counts periods between two labels", () => {
    expect(periodDiff(parsePeriod("2024-Q3"), parsePeriod("2025-Q2"))).toBe(3);
    expect(periodDiff(parsePeriod("2025-Q2"), parsePeriod("2024-Q3"))).toBe(-3);
    expect(periodDiff(parsePeriod("2015-W01"), parsePeriod("2016-W01"))).toBe(53);
    expect(periodDiff(parsePeriod("2020-W01"), parsePeriod("2021-W01"))).toBe(53);
    expect(periodDiff(parsePeriod("2019-W01"), parsePeriod("2020-W01"))).toBe(52);
    expect(periodDiff(parsePeriod("2021-W01"), parsePeriod("2022-W01"))).toBe(52);
    expect(periodDiff(parsePeriod("2024-01-01"), parsePeriod("2025-01-01"))).toBe(366);
    expect(periodDiff(parsePeriod("1900-01-01"), parsePeriod("1901-01-01"))).toBe(365);
  });

  it("inverts addPeriods", () => {
    fc.assert(
      fc.property(anyPeriod, fc.integer({ min: -1e6, max: 1e6 }), (p, n) => {
        expect(periodDiff(p, addPeriods(p, n))).toBe(n);
      }),
      { numRuns: 2000 },
    );
  });

  it("counts days like the Date oracle", () => {
    fc.assert(
      fc.property(anyInstant, anyInstant, (a, b) => {
        const pa = periodOf(new Date(a), "day");
        const pb = periodOf(new Date(b), "day");
        expect(periodDiff(pa, pb)).toBe((msOf(isoDate(b)) - msOf(isoDate(a))) / DAY_MS);
      }),
    );
  });

  it("refuses periods of different frequencies with FREQUENCY_MISMATCH", () => {
    const error = catchDpm(() => periodDiff(parsePeriod("2025-01"), parsePeriod("2025-Q1")));
    expect(error.code).toBe("FREQUENCY_MISMATCH");
    expect(error.message).toContain("periodDiff");
  });
});

describe("comparePeriods", () => {
  it("returns -1, 0 or 1", () => {
    expect(comparePeriods(parsePeriod("2025-01"), parsePeriod("2025-02"))).toBe(-1);
    expect(comparePeriods(parsePeriod("2025-02"), parsePeriod("2025-01"))).toBe(1);
    expect(comparePeriods(parsePeriod("2025-02"), parsePeriod("2025-02"))).toBe(0);
    expect(comparePeriods(parsePeriod("2025-01"), parsePeriod("2031-02"))).toBe(-1);
  });

  it("orders periods as their start dates are ordered", () => {
    fc.assert(
      fc.property(anyInstant, anyInstant, anyFreq, (a, b, freq) => {
        const pa = periodOf(new Date(a), freq);
        const pb = periodOf(new Date(b), freq);
        expect(comparePeriods(pa, pb)).toBe(Math.sign(msOf(periodStartDate(pa)) - msOf(periodStartDate(pb))));
      }),
      { numRuns: 1000 },
    );
  });

  it("sorts labels chronologically", () => {
    const labels = ["2025-W02", "2004-W53", "2020-W53", "2021-W01", "2009-W01"];
    expect(labels.map(parsePeriod).sort(comparePeriods).map(formatPeriod)).toEqual([
      "2004-W53",
      "2009-W01",
      "2020-W53",
      "2021-W01",
      "2025-W02",
    ]);
  });

  it("refuses periods of different frequencies", () => {
    expect(catchDpm(() => comparePeriods(parsePeriod("2025"), parsePeriod("2025-Q1"))).code).toBe("FREQUENCY_MISMATCH");
  });
});

describe("periodEquals", () => {
  it("compares frequency and ordinal", () => {
    expect(periodEquals(parsePeriod("2025-03"), toPeriod("2025-03-31", "month"))).toBe(true);
    expect(periodEquals(parsePeriod("2025-03"), parsePeriod("2025-04"))).toBe(false);
    expect(periodEquals(period("month", 5), period("quarter", 5))).toBe(false);
    expect(periodEquals({ freq: "day", ordinal: 3 }, period("day", 3))).toBe(true);
  });
});

describe("periodRange", () => {
  it("lists consecutive periods", () => {
    expect(periodRange(parsePeriod("2025-Q4"), 3).map(formatPeriod)).toEqual(["2025-Q4", "2026-Q1", "2026-Q2"]);
    expect(periodRange(parsePeriod("2020-W52"), 3).map(formatPeriod)).toEqual(["2020-W52", "2020-W53", "2021-W01"]);
    expect(periodRange(parsePeriod("2024-02-28"), 3).map(formatPeriod)).toEqual(["2024-02-28", "2024-02-29", "2024-03-01"]);
    expect(periodRange(parsePeriod("2025"), 0)).toEqual([]);
  });

  it("has count entries, each one period after the last", () => {
    fc.assert(
      fc.property(anyPeriod, fc.integer({ min: 0, max: 40 }), (p, count) => {
        const r = periodRange(p, count);
        expect(r).toHaveLength(count);
        r.forEach((q, i) => expect(periodDiff(p, q)).toBe(i));
      }),
    );
  });

  it("rejects negative or fractional counts", () => {
    for (const bad of [-1, 1.5, Number.NaN]) {
      const error = catchDpm(() => periodRange(parsePeriod("2025"), bad));
      expect(error.code).toBe("INVALID_ARGUMENT");
      expect(error.path).toBe("count");
    }
  });
});

describe("seasonPosition", () => {
  it("gives documented positions", () => {
    expect(seasonPosition(parsePeriod("2025-03"))).toBe(2);
    expect(seasonPosition(parsePeriod("2025-03-14"))).toBe(4); // a Friday
    expect(seasonPosition(parsePeriod("2025-Q4"))).toBe(3);
    expect(seasonPosition(parsePeriod("2025"))).toBe(0);
    expect(seasonPosition(parsePeriod("2021-W01"))).toBe(0);
    expect(seasonPosition(parsePeriod("2020-W52"))).toBe(51);
    expect(seasonPosition(parsePeriod("2020-W53"))).toBe(51);
    expect(seasonPosition(period("month", -1))).toBe(11);
    expect(seasonPosition(period("quarter", -1))).toBe(3);
  });

  it("agrees with the month, quarter, ISO week and weekday from the Date oracle", () => {
    fc.assert(
      fc.property(anyInstant, (ms) => {
        const d = new Date(ms);
        expect(seasonPosition(periodOf(d, "month"))).toBe(d.getUTCMonth());
        expect(seasonPosition(periodOf(d, "quarter"))).toBe(Math.floor(d.getUTCMonth() / 3));
        expect(seasonPosition(periodOf(d, "day"))).toBe((d.getUTCDay() + 6) % 7);
        expect(seasonPosition(periodOf(d, "year"))).toBe(0);
        const isoWeek = Number(isoWeekLabelOracle(ms).slice(-2));
        expect(seasonPosition(periodOf(d, "week"))).toBe(Math.min(isoWeek, 52) - 1);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("period helpers given something that is not a period", () => {
  const notPeriods: unknown[] = [undefined, null, "abc", 3, {}, { freq: "month" }, { freq: "month", ordinal: Number.NaN }, { freq: "constructor", ordinal: 1 }, { freq: "month", ordinal: 10n }];
  const p = parsePeriod("2025-03");

  it("throw INVALID_ARGUMENT naming the argument (never a TypeError, undefined or NaN)", () => {
    for (const bad of notPeriods) {
      const q = bad as Period;
      for (const [call, path] of [
        [() => formatPeriod(q), "p"],
        [() => addPeriods(q, 1), "p"],
        [() => periodDiff(q, p), "from"],
        [() => periodDiff(p, q), "to"],
        [() => comparePeriods(q, p), "a"],
        [() => periodEquals(p, q), "b"],
        [() => periodStartDate(q), "p"],
        [() => daysInPeriod(q), "p"],
        [() => periodRange(q, 2), "start"],
      ] as const) {
        let error: unknown;
        try {
          call();
        } catch (e) {
          error = e;
        }
        expect(error, String(bad)).toMatchObject({ code: "INVALID_ARGUMENT", path });
      }
    }
  });

  it("caps periodRange at ten million periods", () => {
    expect(() => periodRange(p, 1e9)).toThrow(/from 0 to 10000000/);
    expect(periodRange(p, 0)).toEqual([]);
  });
});
