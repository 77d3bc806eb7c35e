import { describe, expect, it } from "vitest";
import { formatPeriod } from "./Period.js";
import { mapSeries, zipSeries } from "./mapSeries.js";
import { timeSeries } from "./TimeSeries.js";
import { catchDpm } from "../../test/catchDpm.js";

describe("mapSeries", () => {
  const s = timeSeries("2025-01", [100, 200, 300], { name: "rev" });

  it("applies the function to every value with its index, on the same periods", () => {
    const out = mapSeries(s, (v, i) => v * 2 + i);
    expect(Array.from(out.values)).toEqual([200, 401, 602]);
    expect(out.start).toEqual(s.start);
    expect(out.name).toBe("rev");
    expect(Array.from(s.values)).toEqual([100, 200, 300]);
  });

  it("throws NON_FINITE naming the index and period where the function returns Infinity", () => {
    const error = catchDpm(() => mapSeries(s, (v) => (v === 200 ? Infinity : v)));
    expect(error.code).toBe("NON_FINITE");
    expect(error.path).toBe("values[1]");
    expect(error.message).toContain("2025-02");
    expect(error.details).toEqual({ index: 1, input: 200, output: Infinity });
  });

  it("throws NON_FINITE when the function makes NaN from a finite value", () => {
    const error = catchDpm(() => mapSeries(s, (v) => (v === 300 ? Math.sqrt(-v) : v)));
    expect(error.code).toBe("NON_FINITE");
    expect(error.path).toBe("values[2]");
  });

  it("lets NaN through where the input was NaN", () => {
    const m = timeSeries("2025-01", [1, Number.NaN], { allowMissing: true });
    const out = mapSeries(m, (v) => v + 1);
    expect(out.values[0]).toBe(2);
    expect(out.values[1]).toBeNaN();
  });

  it("rejects a non-series", () => {
    expect(catchDpm(() => mapSeries([1] as never, (v) => v)).code).toBe("INVALID_ARGUMENT");
  });
});

describe("zipSeries", () => {
  it("combines two series over the periods both cover (documented example)", () => {
    const revenue = timeSeries("2025-01", [100, 120, 150], { name: "revenue" });
    const cost = timeSeries("2025-02", [70, 90]);
    const out = zipSeries(revenue, cost, (r, c) => r - c);
    expect(formatPeriod(out.start)).toBe("2025-02");
    expect(Array.from(out.values)).toEqual([50, 60]);
    expect(out.name).toBe("revenue");
  });

  it("uses only the overlap when b starts earlier and ends earlier", () => {
    const a = timeSeries("2025-03", [1, 2, 3, 4]);
    const b = timeSeries("2025-01", [10, 20, 30, 40]);
    const out = zipSeries(a, b, (x, y, i) => x * 1000 + y + i / 10);
    expect(formatPeriod(out.start)).toBe("2025-03");
    expect(Array.from(out.values)).toEqual([1030, 2040.1]);
  });

  it("refuses series of different frequencies with FREQUENCY_MISMATCH", () => {
    const error = catchDpm(() => zipSeries(timeSeries("2025-01", [1]), timeSeries("2025-Q1", [1]), (x, y) => x + y));
    expect(error.code).toBe("FREQUENCY_MISMATCH");
    expect(error.message).toContain("month");
    expect(error.message).toContain("quarter");
  });

  it("throws EMPTY for series that share no period, including adjacent ones", () => {
    expect(catchDpm(() => zipSeries(timeSeries("2025-01", [1, 2]), timeSeries("2025-03", [1]), (x, y) => x + y)).code).toBe("EMPTY");
    expect(catchDpm(() => zipSeries(timeSeries("2025-05", [1]), timeSeries("2025-01", [1, 2]), (x, y) => x + y)).code).toBe("EMPTY");
  });

  it("throws NON_FINITE naming the period where the function returns Infinity", () => {
    const a = timeSeries("2025-01", [1, 0]);
    const b = timeSeries("2025-01", [1, 0]);
    const error = catchDpm(() => zipSeries(a, b, (x, y) => 1 / (x * y)));
    expect(error.code).toBe("NON_FINITE");
    expect(error.path).toBe("values[1]");
    expect(error.message).toContain("2025-02");
  });

  it("lets NaN through only where an input was NaN", () => {
    const a = timeSeries("2025-01", [1, Number.NaN], { allowMissing: true });
    const b = timeSeries("2025-01", [0, 1]);
    const out = zipSeries(a, b, (x, y) => x + y);
    expect(out.values[1]).toBeNaN();
    expect(catchDpm(() => zipSeries(b, b, (x, y) => (x === 0 ? 0 / y : x))).code).toBe("NON_FINITE");
  });

  it("rejects non-series arguments naming which one", () => {
    const s = timeSeries("2025-01", [1]);
    expect(catchDpm(() => zipSeries([1] as never, s, (x) => x)).path).toBe("a");
    expect(catchDpm(() => zipSeries(s, [1] as never, (x) => x)).path).toBe("b");
  });
});

describe("mapSeries and zipSeries callbacks and alignment", () => {
  const a = timeSeries("2025-01", [1, 2, 3]);
  const b = timeSeries("2025-02", [10, 20]);

  it("reject a callback that is not a function with INVALID_ARGUMENT naming fn", () => {
    for (const bad of [undefined, null, 3, "x"]) {
      expect(catchDpm(() => mapSeries(a, bad as never))).toMatchObject({ code: "INVALID_ARGUMENT", path: "fn" });
      expect(catchDpm(() => zipSeries(a, b, bad as never))).toMatchObject({ code: "INVALID_ARGUMENT", path: "fn" });
    }
  });

  it('cuts to the shared periods by default and refuses different spans with { align: "strict" }', () => {
    expect(Array.from(zipSeries(a, b, (x, y) => x + y).values)).toEqual([12, 23]);
    expect(catchDpm(() => zipSeries(a, b, (x, y) => x + y, { align: "strict" })).code).toBe("LENGTH_MISMATCH");
    expect(Array.from(zipSeries(a, a, (x, y) => x * y, { align: "strict" }).values)).toEqual([1, 4, 9]);
    expect(catchDpm(() => zipSeries(a, b, (x, y) => x + y, { alig: "strict" } as never)).message).toContain('Did you mean "align"');
    expect(catchDpm(() => zipSeries(a, b, (x, y) => x + y, null as never)).code).toBe("INVALID_ARGUMENT");
  });
});
