import { formatPeriod, isTimeSeries, timeSeries } from "@dpm/core";
import { describe, expect, it } from "vitest";
import { expectDpm } from "../../test/helpers.js";
import { applyKpi } from "./applyKpi.js";
import { undefinedKpi } from "./checks.js";

// A toy KPI: a / b, undefined for b = 0.
function ratio(a: number, b: number): number {
  if (b === 0) throw undefinedKpi("ratio", "b", "b is 0, so the ratio is undefined.");
  return a / b;
}
const names = ["a", "b"];

describe("applyKpi", () => {
  it("calls the scalar directly when every argument is a number", () => {
    expect(applyKpi("ratio", names, [6, 3], ratio, undefined)).toBe(2);
  });

  it("maps aligned series period by period and broadcasts numbers", () => {
    const a = timeSeries("2025-01", [2, 4, 6]);
    const out = applyKpi("ratio", names, [a, 2], ratio, undefined);
    expect(typeof out).toBe("object");
    if (!isTimeSeries(out)) throw new Error("expected a series");
    expect(Array.from(out.values)).toEqual([1, 2, 3]);
    expect(formatPeriod(out.start)).toBe("2025-01");
    expect(out.name).toBe("ratio");
    const named = applyKpi("ratio", names, [2, a], ratio, { name: "inverse" });
    if (!isTimeSeries(named)) throw new Error("expected a series");
    expect(named.name).toBe("inverse");
    expect(Array.from(named.values)).toEqual([1, 0.5, 1 / 3]);
  });

  it("throws LENGTH_MISMATCH naming the argument when series cover different periods", () => {
    const a = timeSeries("2025-01", [1, 2, 3]);
    const b = timeSeries("2025-02", [1, 2]);
    const error = expectDpm(() => applyKpi("ratio", names, [a, b], ratio, undefined), "LENGTH_MISMATCH", "b");
    expect(error.message).toContain("2025-01…2025-03");
    expect(error.message).toContain("sliceSeries");
    // same length, shifted start
    expectDpm(() => applyKpi("ratio", names, [a, timeSeries("2025-02", [1, 2, 3])], ratio, undefined), "LENGTH_MISMATCH", "b");
  });

  it("throws FREQUENCY_MISMATCH naming the argument", () => {
    const a = timeSeries("2025-01", [1, 2]);
    const b = timeSeries("2025-Q1", [1, 2]);
    expectDpm(() => applyKpi("ratio", names, [a, b], ratio, undefined), "FREQUENCY_MISMATCH", "b");
  });

  it("rejects an argument that is neither a number nor a series, naming it", () => {
    const error = expectDpm(() => applyKpi("ratio", names, [1, { values: [1, 2] }], ratio, undefined), "INVALID_ARGUMENT", "b");
    expect(error.message).toMatch(/^ratio: b must be a number or a TimeSeries/);
    expectDpm(() => applyKpi("ratio", names, [[1, 2], timeSeries("2025-01", [1, 2])], ratio, undefined), "INVALID_ARGUMENT", "b");
    expectDpm(() => applyKpi("ratio", names, ["1", 2], ratio, undefined), "INVALID_ARGUMENT", "a");
  });

  it("re-throws a per-period error with the period, the index in the path and the hint", () => {
    const a = timeSeries("2025-01", [1, 2, 3]);
    const b = timeSeries("2025-01", [1, 0, 1]);
    const error = expectDpm(() => applyKpi("ratio", names, [a, b], ratio, undefined), "INVALID_ARGUMENT", "b[1]");
    expect(error.message).toBe('ratio at 2025-02: b is 0, so the ratio is undefined. Pass { whenUndefined: "missing" } to record a missing value there instead.');
    expect(error.details).toMatchObject({ index: 1, period: "2025-02", undefinedKpi: true });
  });

  it('records undefined periods as NaN with whenUndefined: "missing"', () => {
    const a = timeSeries("2025-01", [1, 2, 3]);
    const b = timeSeries("2025-01", [1, 0, 1]);
    const out = applyKpi("ratio", names, [a, b], ratio, { whenUndefined: "missing" });
    if (!isTimeSeries(out)) throw new Error("expected a series");
    expect(out.values[0]).toBe(1);
    expect(out.values[1]).toBeNaN();
    expect(out.values[2]).toBe(3);
  });

  it("maps arrays element by element (numbers broadcast), naming the index of a bad element", () => {
    expect(applyKpi("ratio", names, [[6, 8], 2], ratio, undefined)).toEqual([3, 4]);
    expect(applyKpi("ratio", names, [[6, 8], [3, 2]], ratio, undefined)).toEqual([2, 4]);
    expectDpm(() => applyKpi("ratio", names, [[6, 8], [3, 0]], ratio, undefined), "INVALID_ARGUMENT", "b[1]");
    expect(applyKpi("ratio", names, [[6, 8], [3, 0]], ratio, { whenUndefined: "missing" })).toEqual([2, Number.NaN]);
    expectDpm(() => applyKpi("ratio", names, [[6, 8], [3]], ratio, undefined), "LENGTH_MISMATCH", "b");
    expectDpm(() => applyKpi("ratio", names, [[], 1], ratio, undefined), "EMPTY", "a");
  });

  it("rejects null, non-object and unknown options with a hint", () => {
    expectDpm(() => applyKpi("ratio", names, [6, 3], ratio, null as never), "INVALID_ARGUMENT", "options");
    const error = expectDpm(() => applyKpi("ratio", names, [6, 3], ratio, { whenUndefine: "missing" } as never), "INVALID_ARGUMENT");
    expect(error.message).toContain('Did you mean "whenUndefined"');
  });

  it("rejects an unknown whenUndefined policy", () => {
    const a = timeSeries("2025-01", [1]);
    expectDpm(() => applyKpi("ratio", names, [a, 1], ratio, { whenUndefined: "skip" as never }), "INVALID_ARGUMENT", "options.whenUndefined");
  });

  it("passes missing inputs through as missing results without calling the scalar", () => {
    const a = timeSeries("2025-01", [1, Number.NaN], { allowMissing: true });
    let calls = 0;
    const out = applyKpi("count", names, [a, 0], (x) => {
      calls++;
      return x;
    }, undefined);
    if (!isTimeSeries(out)) throw new Error("expected a series");
    expect(calls).toBe(1);
    expect(out.values[1]).toBeNaN();
  });

  it("treats an infinite result in a series as undefined (error, or NaN on request)", () => {
    const a = timeSeries("2025-01", [1, 0]);
    const inverse = (x: number) => (x === 0 ? Infinity : 1 / x);
    const error = expectDpm(() => applyKpi("inverse", ["x"], [a], inverse, undefined), "NON_FINITE", "x[1]");
    expect(error.message).toContain("2025-02");
    const out = applyKpi("inverse", ["x"], [a], inverse, { whenUndefined: "missing" });
    if (!isTimeSeries(out)) throw new Error("expected a series");
    expect(out.values[1]).toBeNaN();
    // …while the scalar form returns Infinity as documented
    expect(applyKpi("inverse", ["x"], [0], inverse, undefined, true)).toBe(Infinity);
    // …and a KPI that does not document Infinity reports an overflow instead of returning it
    expectDpm(() => applyKpi("inverse", ["x"], [0], inverse, undefined), "NON_FINITE");
  });

  it("does not swallow errors that are not DpmErrors", () => {
    const a = timeSeries("2025-01", [1]);
    expect(() => applyKpi("boom", ["x"], [a], () => { throw new TypeError("boom"); }, undefined)).toThrow(TypeError);
  });
});
