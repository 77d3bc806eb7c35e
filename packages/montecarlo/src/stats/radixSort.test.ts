import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { radixSortFloat64 } from "./radixSort.js";

describe("radixSortFloat64", () => {
  it("sorts exactly as Float64Array.prototype.sort (any finite doubles, ±0, duplicates)", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(0, -0, 1, -1, 1e-300, -5e-324)), { minLength: 0, maxLength: 3000 }), (xs) => {
        const a = Float64Array.from(xs);
        const b = Float64Array.from(xs).sort();
        radixSortFloat64(a, a.length);
        return a.every((v, i) => Object.is(v, b[i]));
      }),
      { seed: 31, numRuns: 150 },
    );
  });

  it("sorts a prefix only and handles large arrays", () => {
    const n = 20_000;
    const a = new Float64Array(n + 5);
    for (let i = 0; i < a.length; i++) a[i] = Math.sin(i * 12.9898) * 43758.5453;
    const tail = Array.from(a.subarray(n));
    const expected = Float64Array.from(a.subarray(0, n)).sort();
    radixSortFloat64(a, n);
    expect(a.subarray(0, n)).toEqual(expected);
    expect(Array.from(a.subarray(n))).toEqual(tail);
  });
});
