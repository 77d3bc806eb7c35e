import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { invertMatrix } from "./invertMatrix.js";

describe("invertMatrix", () => {
  it("inverts by hand-checked examples and refuses singular matrices", () => {
    expect(Array.from(invertMatrix(Float64Array.of(2, 1, 1, 1), 2, 1e-12)!)).toEqual([1, -1, -1, 2]);
    // needs a row swap: [[0, 1], [1, 0]] is its own inverse
    expect(Array.from(invertMatrix(Float64Array.of(0, 1, 1, 0), 2, 1e-12)!)).toEqual([0, 1, 1, 0]);
    expect(invertMatrix(Float64Array.of(1, 2, 2, 4), 2, 1e-12)).toBeNull();
    expect(invertMatrix(Float64Array.of(1, Number.NaN, 0, 1), 2, 1e-12)).toBeNull();
  });

  it("A · A⁻¹ = I for well-conditioned random matrices (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { minLength: 9, maxLength: 9 }), (e) => {
        const A = Float64Array.from(e, (v, i) => v + (i % 4 === 0 ? 4 : 0)); // diagonally dominant 3 × 3
        const inv = invertMatrix(A, 3, 1e-12)!;
        for (let i = 0; i < 3; i++) {
          for (let j = 0; j < 3; j++) {
            let s = 0;
            for (let m = 0; m < 3; m++) s += A[i * 3 + m]! * inv[m * 3 + j]!;
            expect(s).toBeCloseTo(i === j ? 1 : 0, 12);
          }
        }
      }),
    );
  });
});
