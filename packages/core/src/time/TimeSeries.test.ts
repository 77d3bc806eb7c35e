import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { formatPeriod, parsePeriod, period, periodEquals, toPeriod } from "./Period.js";
import {
  assertTimeSeries,
  isTimeSeries,
  makeSeries,
  periodAt,
  seriesEnd,
  seriesPeriods,
  seriesToRows,
  timeSeries,
  timeSeriesFromJson,
  type TimeSeriesJson,
} from "./TimeSeries.js";
import { catchDpm } from "../../test/catchDpm.js";

describe("timeSeries", () => {
  it("builds a frozen series from a label and values", () => {
    const s = timeSeries("2025-01", [120, 135, 150], { name: "sales" });
    expect(s.start).toEqual(parsePeriod("2025-01"));
    expect(s.freq).toBe("month");
    expect(s.length).toBe(3);
    expect(s.name).toBe("sales");
    expect(Array.from(s.values)).toEqual([120, 135, 150]);
    expect(s.values).toBeInstanceOf(Float64Array);
    expect(Object.isFrozen(s)).toBe(true);
  });

  it("has no name property when none is given", () => {
    expect("name" in timeSeries("2025", [1])).toBe(false);
  });

  it("copies its input: later changes to the caller's array do not reach the series", () => {
    const input = [1, 2, 3];
    const s = timeSeries("2025-Q1", input);
    input[0] = 100;
    input.push(4);
    expect(Array.from(s.values)).toEqual([1, 2, 3]);
    expect(s.length).toBe(3);

    const typed = new Float64Array([5, 6]);
    const t = timeSeries("2025-Q1", typed);
    typed[1] = 60;
    expect(Array.from(t.values)).toEqual([5, 6]);
  });

  it("accepts any Period-like start: a Period, a finer label with freq, or a Date with freq", () => {
    expect(timeSeries(period("quarter", 8100), [1]).start).toEqual(period("quarter", 8100));
    expect(formatPeriod(timeSeries("2025-03-14", [1], { freq: "month" }).start)).toBe("2025-03");
    expect(formatPeriod(timeSeries(new Date(Date.UTC(2020, 11, 31)), [1], { freq: "week" }).start)).toBe("2020-W53");
  });

  it("rejects a Date start without freq and an unreadable label", () => {
    expect(catchDpm(() => timeSeries(new Date(0), [1])).code).toBe("INVALID_ARGUMENT");
    expect(catchDpm(() => timeSeries("Jan 2025", [1])).code).toBe("PARSE_ERROR");
    expect(catchDpm(() => timeSeries("2025-W09", [1], { freq: "month" })).code).toBe("FREQUENCY_MISMATCH");
  });

  it("rejects NaN and ±Infinity with NON_FINITE naming the index", () => {
    for (const [values, index] of [
      [[1, 2, Number.NaN], 2],
      [[Infinity], 0],
      [[0, -Infinity, 1], 1],
    ] as [number[], number][]) {
      const error = catchDpm(() => timeSeries("2025-01", values));
      expect(error.code).toBe("NON_FINITE");
      expect(error.path).toBe(`values[${index}]`);
      expect(error.message).toContain("timeSeries");
      expect(error.message).toContain(`values[${index}]`);
    }
  });

  it("rejects empty values with EMPTY", () => {
    const error = catchDpm(() => timeSeries("2025-01", []));
    expect(error.code).toBe("EMPTY");
    expect(error.message).toContain("timeSeries");
  });

  it("lets NaN in as missing with allowMissing, but never Infinity", () => {
    const s = timeSeries("2025-01", [1, Number.NaN, 3], { allowMissing: true });
    expect(s.values[1]).toBeNaN();
    expect(s.values[2]).toBe(3);
    const error = catchDpm(() => timeSeries("2025-01", [1, Number.NaN, Infinity], { allowMissing: true }));
    expect(error.code).toBe("NON_FINITE");
    expect(error.path).toBe("values[2]");
  });

  it("keeps every finite value exactly", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ noNaN: true, noDefaultInfinity: true }), { minLength: 1, maxLength: 50 }), (xs) => {
        const s = timeSeries("2025-01-01", xs);
        expect(Array.from(s.values)).toEqual(xs);
        expect(s.length).toBe(xs.length);
      }),
    );
  });
});

describe("makeSeries", () => {
  it("wraps the array it is given without copying, and brands the result", () => {
    const values = new Float64Array([1, 2]);
    const s = makeSeries(period("year", 2025), values, "x");
    expect(s.values).toBe(values);
    expect(s.name).toBe("x");
    expect(s.freq).toBe("year");
    expect(s.length).toBe(2);
    expect(isTimeSeries(s)).toBe(true);
    expect(Object.isFrozen(s)).toBe(true);
  });
});

describe("isTimeSeries", () => {
  it("is true for series made by timeSeries", () => {
    expect(isTimeSeries(timeSeries("2025", [1, 2]))).toBe(true);
  });

  it("is false for look-alike objects, arrays and primitives", () => {
    const lookAlike = { start: period("year", 2025), freq: "year", values: new Float64Array([1]), length: 1 };
    expect(isTimeSeries(lookAlike)).toBe(false);
    expect(isTimeSeries([1, 2])).toBe(false);
    expect(isTimeSeries(null)).toBe(false);
    expect(isTimeSeries(undefined)).toBe(false);
    expect(isTimeSeries("2025")).toBe(false);
    expect(isTimeSeries({ ...timeSeries("2025", [1]) })).toBe(false); // the brand is not enumerable
  });
});

describe("assertTimeSeries", () => {
  it("passes a series and rejects anything else with INVALID_ARGUMENT naming function and argument", () => {
    expect(() => assertTimeSeries(timeSeries("2025", [1]), "series", "forecast")).not.toThrow();
    const error = catchDpm(() => assertTimeSeries([1, 2], "history", "forecast"));
    expect(error.code).toBe("INVALID_ARGUMENT");
    expect(error.path).toBe("history");
    expect(error.message).toBe("forecast: history must be a TimeSeries (see timeSeries()), got an array of length 2.");
  });
});

describe("periodAt", () => {
  it("gives the period of index i", () => {
    const s = timeSeries("2025-Q3", [1, 2, 3]);
    expect(formatPeriod(periodAt(s, 0))).toBe("2025-Q3");
    expect(formatPeriod(periodAt(s, 2))).toBe("2026-Q1");
    expect(formatPeriod(periodAt(timeSeries("2020-W52", [1, 2, 3]), 2))).toBe("2021-W01");
  });
});

describe("seriesEnd", () => {
  it("gives the last period", () => {
    expect(formatPeriod(seriesEnd(timeSeries("2025-11", [1, 2, 3])))).toBe("2026-01");
    expect(formatPeriod(seriesEnd(timeSeries("2024-02-27", [1, 2, 3])))).toBe("2024-02-29");
    expect(formatPeriod(seriesEnd(timeSeries("2025", [1])))).toBe("2025");
  });
});

describe("seriesPeriods", () => {
  it("lists every period in order", () => {
    expect(seriesPeriods(timeSeries("2025", [1, 2])).map(formatPeriod)).toEqual(["2025", "2026"]);
    expect(seriesPeriods(timeSeries("2023-02-27", [1, 2, 3])).map(formatPeriod)).toEqual(["2023-02-27", "2023-02-28", "2023-03-01"]);
  });
});

describe("seriesToRows", () => {
  it("returns plain { period, value } rows", () => {
    expect(seriesToRows(timeSeries("2025-Q1", [10, 12]))).toEqual([
      { period: "2025-Q1", value: 10 },
      { period: "2025-Q2", value: 12 },
    ]);
    const rows = seriesToRows(timeSeries("2025-12", [1, Number.NaN], { allowMissing: true }));
    expect(rows[1]?.period).toBe("2026-01");
    expect(rows[1]?.value).toBeNaN();
  });
});

describe("series helpers given something that is not a series", () => {
  it("throw INVALID_ARGUMENT naming the series (never a TypeError)", () => {
    for (const bad of [undefined, null, {}, { start: parsePeriod("2025-01"), freq: "month", values: [1], length: 1 }]) {
      const s = bad as never;
      for (const call of [() => seriesEnd(s), () => seriesPeriods(s), () => seriesToRows(s), () => periodAt(s, 0)]) {
        expect(call).toThrow(/must be a TimeSeries/);
      }
    }
    expect(() => periodAt(timeSeries("2025-01", [1]), 0.5)).toThrow(/integer index/);
  });
});

describe("printing and JSON", () => {
  const inspect = Symbol.for("nodejs.util.inspect.custom");

  it("prints a period as its label and serialises it as the label, which parsePeriod reads back", () => {
    const p = parsePeriod("2025-03");
    expect(String(p)).toBe("2025-03");
    expect(`${parsePeriod("2025-W09")}`).toBe("2025-W09");
    expect(JSON.stringify({ p })).toBe('{"p":"2025-03"}');
    expect(periodEquals(parsePeriod(JSON.parse(JSON.stringify(p)) as string), p)).toBe(true);
    expect((p as unknown as Record<symbol, () => string>)[inspect]?.()).toBe("Period(2025-03)");
    expect(Object.keys(p)).toEqual(["freq", "ordinal"]);
    expect(Object.isFrozen(p)).toBe(true);
  });

  it("round-trips every frequency through JSON", () => {
    for (const label of ["2025", "2025-Q2", "2025-03", "2025-W09", "2025-03-14"]) {
      const p = parsePeriod(label);
      expect(periodEquals(toPeriod(JSON.parse(JSON.stringify(p)) as string), p), label).toBe(true);
    }
  });

  it("prints a series readably and inspects it with its first values", () => {
    const s = timeSeries("2025-01", [1, 2, 3, 4, 5, 6, 7, 8], { name: "sales" });
    expect(String(s)).toBe("TimeSeries sales: month 2025-01 … 2025-08 (8 values)");
    expect((s as unknown as Record<symbol, () => string>)[inspect]?.()).toBe(
      "TimeSeries sales: month 2025-01 … 2025-08 (8 values) [1, 2, 3, 4, 5, 6, … 2 more]",
    );
    expect(Object.keys(s)).toEqual(["start", "freq", "values", "length", "name"]);
  });

  it("serialises a series to { start, freq, values, name } and timeSeriesFromJson reads it back (NaN as null)", () => {
    const s = timeSeries("2025-Q4", [1.5, Number.NaN, 3], { name: "x", allowMissing: true });
    const text = JSON.stringify(s);
    expect(JSON.parse(text)).toEqual({ start: "2025-Q4", freq: "quarter", values: [1.5, null, 3], name: "x" });
    for (const back of [timeSeriesFromJson(text), timeSeriesFromJson(JSON.parse(text) as TimeSeriesJson)]) {
      expect(isTimeSeries(back)).toBe(true);
      expect(periodEquals(back.start, s.start)).toBe(true);
      expect(back.name).toBe("x");
      expect(Array.from(back.values)).toEqual([1.5, Number.NaN, 3]);
    }
    const unnamed = timeSeries("2025", [1]);
    expect(JSON.stringify(unnamed)).toBe('{"start":"2025","freq":"year","values":[1]}');
  });

  it("rejects malformed JSON with DpmErrors", () => {
    expect(catchDpm(() => timeSeriesFromJson("{")).code).toBe("PARSE_ERROR");
    expect(catchDpm(() => timeSeriesFromJson({ start: "2025-01", freq: "day", values: [1] })).code).toBe("FREQUENCY_MISMATCH");
    for (const bad of [null, 3, [], { start: 1, values: [] }, { start: "2025", values: "1" }, { start: "2025", values: [1], name: 3 }]) {
      expect(catchDpm(() => timeSeriesFromJson(bad as unknown as TimeSeriesJson)).code).toBe("INVALID_ARGUMENT");
    }
    expect(catchDpm(() => timeSeriesFromJson({ start: "2025", freq: "year", values: ["a" as unknown as number] })).name).toBe("DpmError");
  });
});
