import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { FREQUENCIES, isFrequency, seasonalPeriod } from "./Frequency.js";

describe("FREQUENCIES", () => {
  it("lists the six frequencies coarsest first", () => {
    expect([...FREQUENCIES]).toEqual(["year", "quarter", "month", "week", "day", "hour"]);
  });

  it("is frozen", () => {
    expect(Object.isFrozen(FREQUENCIES)).toBe(true);
    expect(() => (FREQUENCIES as string[]).push("minute")).toThrow(TypeError);
    expect(FREQUENCIES).toHaveLength(6);
  });
});

describe("seasonalPeriod", () => {
  it("counts the periods in one seasonal cycle", () => {
    expect(seasonalPeriod("year")).toBe(1);
    expect(seasonalPeriod("quarter")).toBe(4);
    expect(seasonalPeriod("month")).toBe(12);
    expect(seasonalPeriod("week")).toBe(52);
    expect(seasonalPeriod("day")).toBe(7);
  });
});

describe("isFrequency", () => {
  it("accepts exactly the six frequency names", () => {
    for (const f of ["year", "quarter", "month", "week", "day", "hour"]) expect(isFrequency(f)).toBe(true);
  });

  it("rejects other strings, including inherited property names and case variants", () => {
    for (const s of ["minute", "hours", "Month", "MONTH", "months", "", "toString", "constructor", "__proto__", "hasOwnProperty"]) {
      expect(isFrequency(s)).toBe(false);
    }
  });

  it("rejects non-strings", () => {
    fc.assert(
      fc.property(fc.anything().filter((v) => typeof v !== "string"), (v) => {
        expect(isFrequency(v)).toBe(false);
      }),
      { numRuns: 300 },
    );
    expect(isFrequency({ toString: () => "month" })).toBe(false);
  });
});

describe("seasonalPeriod with names that are not frequencies", () => {
  it("looks names up as own properties: constructor, __proto__ and undefined throw instead of returning Object members", () => {
    for (const bad of ["constructor", "__proto__", "toString", undefined, "minute"]) {
      expect(() => seasonalPeriod(bad as never), String(bad)).toThrow(/unknown frequency/);
    }
  });
});
