import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parameterGrid } from "./parameterGrid.js";

describe("parameterGrid", () => {
  it("lists every combination, last key fastest", () => {
    expect(parameterGrid({ a: [1, 2], b: ["x", "y"] })).toEqual([
      { a: 1, b: "x" },
      { a: 1, b: "y" },
      { a: 2, b: "x" },
      { a: 2, b: "y" },
    ]);
  });

  it("has the product of the list lengths as size (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 4 }), (lengths) => {
        const grid = Object.fromEntries(lengths.map((l, i) => [`k${i}`, Array.from({ length: l }, (_, j) => j)]));
        expect(parameterGrid(grid).length).toBe(lengths.reduce((x, y) => x * y, 1));
      }),
    );
  });

  it("rejects empty value lists and non-objects", () => {
    expect(() => parameterGrid({ p: [] })).toThrow(/grid.p must be a non-empty array/);
    expect(() => parameterGrid(null as never)).toThrow(/must be an object/);
  });
});
