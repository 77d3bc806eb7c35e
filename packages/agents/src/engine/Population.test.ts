import { isDpmError } from "@dpm/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createPopulation } from "./Population.js";

describe("createPopulation", () => {
  it("stores each attribute in a zeroed typed array of the requested type", () => {
    const pop = createPopulation(4, { flag: "u8", brand: "i32", id: "u32", spend: "f64" });
    expect(pop.columns.flag).toBeInstanceOf(Uint8Array);
    expect(pop.columns.brand).toBeInstanceOf(Int32Array);
    expect(pop.columns.id).toBeInstanceOf(Uint32Array);
    expect(pop.columns.spend).toBeInstanceOf(Float64Array);
    expect(Array.from(pop.columns.spend)).toEqual([0, 0, 0, 0]);
    expect(pop.size).toBe(4);
  });

  it("gives a live per-agent view that reads and writes the columns", () => {
    const pop = createPopulation(3, { brand: "i32", spend: "f64" });
    const a = pop.agent(2);
    a.spend = 12.5;
    a.brand = 1;
    expect(pop.columns.spend[2]).toBe(12.5);
    pop.columns.brand[2] = 7;
    expect(a.brand).toBe(7);
    expect(a.index).toBe(2);
    expect({ ...pop.agent(0) }).toEqual({ index: 0 });
  });

  it("counts and sums columns", () => {
    const pop = createPopulation(5, { s: "u8", x: "f64" });
    pop.columns.s.set([1, 0, 1, 1, 0]);
    pop.columns.x.set([1, 2, 3, 4, 5]);
    expect(pop.count("s", 1)).toBe(3);
    expect(pop.sum("x")).toBe(15);
  });

  it("copies another population of the same shape", () => {
    const a = createPopulation(3, { x: "f64" });
    const b = createPopulation(3, { x: "f64" });
    a.columns.x.set([1, 2, 3]);
    b.copyFrom(a);
    expect(Array.from(b.columns.x)).toEqual([1, 2, 3]);
    expect(() => createPopulation(2, { x: "f64" }).copyFrom(a)).toThrow(/sizes differ/);
  });

  it("agrees with direct column access for any writes (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(9), fc.integer({ min: -1000, max: 1000 })), { maxLength: 50 }), (writes) => {
        const pop = createPopulation(10, { v: "i32" });
        const ref = new Int32Array(10);
        for (const [i, v] of writes) {
          pop.agent(i).v = v;
          ref[i] = v;
        }
        expect(Array.from(pop.columns.v)).toEqual(Array.from(ref));
      }),
    );
  });

  it("rejects bad sizes, types and names with DpmError", () => {
    for (const bad of [() => createPopulation(-1, {}), () => createPopulation(1.5, {}), () => createPopulation(3, { x: "f32" as never }), () => createPopulation(3, { index: "u8" })]) {
      let caught: unknown;
      try {
        bad();
      } catch (e) {
        caught = e;
      }
      expect(isDpmError(caught, "INVALID_ARGUMENT")).toBe(true);
    }
    expect(() => createPopulation(2, { x: "u8" }).agent(2)).toThrow(/index must be a whole number in \[0, 1\]/);
    expect(() => createPopulation(2, { x: "u8" }).count("y" as never, 0)).toThrow(/no column named "y"/);
  });
});
