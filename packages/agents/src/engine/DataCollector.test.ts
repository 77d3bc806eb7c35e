import { formatPeriod, isDpmError } from "@dpm/core";
import { describe, expect, it } from "vitest";
import { createDataCollector } from "./DataCollector.js";

describe("createDataCollector", () => {
  it("records rows into series on the period axis", () => {
    const log = createDataCollector("2026-W52", ["a", "share:0"]);
    for (let t = 0; t < 100; t++) log.record({ a: t, "share:0": t / 100 });
    const a = log.series("a");
    expect(a.length).toBe(100);
    expect(a.values[99]).toBe(99);
    expect(formatPeriod(a.start)).toBe("2026-W52");
    expect(a.name).toBe("a");
    expect(Object.keys(log.toSeries())).toEqual(["a", "share:0"]);
    expect(log.series("share:0").values[50]).toBe(0.5);
  });

  it("records value by value with set and commit", () => {
    const log = createDataCollector("2026", ["x", "y"]);
    log.set("y", 2);
    log.set("x", 1);
    log.commit();
    expect(log.length).toBe(1);
    expect(Array.from(log.series("y").values)).toEqual([2]);
    log.set("x", 3);
    expect(() => log.commit()).toThrow(/no value set for y/);
  });

  it("rejects missing, non-finite and unknown metrics with DpmError", () => {
    const log = createDataCollector("2026-01", ["x"]);
    expect(() => log.record({})).toThrow(/"x" must be a finite number/);
    expect(() => log.record({ x: Number.NaN })).toThrow(/finite/);
    expect(() => log.series("x")).toThrow(/nothing recorded/);
    expect(() => log.series("z")).toThrow(/unknown metric "z"/);
    let caught: unknown;
    try {
      createDataCollector("2026-01", ["x", "x"]);
    } catch (e) {
      caught = e;
    }
    expect(isDpmError(caught, "INVALID_ARGUMENT")).toBe(true);
    expect(() => createDataCollector("2026-01", [])).toThrow(/non-empty/);
  });
});
