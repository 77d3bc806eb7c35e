import { describe, expect, it } from "vitest";
import { cholesky } from "./cholesky.js";
import { symmetricEigen } from "./symmetricEigen.js";

describe("symmetricEigen", () => {
  it("finds the eigenvalues of a known matrix and V diag(λ) Vᵀ = A", () => {
    // [[2, 1], [1, 2]] has eigenvalues 1 and 3
    const { values } = symmetricEigen(Float64Array.from([2, 1, 1, 2]), 2);
    expect(Array.from(values).sort()).toEqual([expect.closeTo(1, 14), expect.closeTo(3, 14)]);
    const a = Float64Array.from([4, 1, 0.5, 1, 3, -0.2, 0.5, -0.2, 2]);
    const { values: l, vectors: v } = symmetricEigen(a, 3);
    for (let i = 0; i < 3; i++) {
      for (let j = 0; j < 3; j++) {
        let s = 0;
        for (let k = 0; k < 3; k++) s += (v[i * 3 + k] as number) * (l[k] as number) * (v[j * 3 + k] as number);
        expect(s).toBeCloseTo(a[i * 3 + j] as number, 13);
      }
    }
  });
});

describe("cholesky", () => {
  it("factors PD and singular PSD matrices and rejects indefinite ones", () => {
    const l = cholesky(Float64Array.from([1, -0.5, -0.5, 1]), 2) as Float64Array;
    expect(Array.from(l)).toEqual([1, 0, -0.5, Math.sqrt(0.75)]);
    const s = cholesky(Float64Array.from([1, 1, 1, 1]), 2) as Float64Array; // ρ = 1
    expect(Array.from(s)).toEqual([1, 0, 1, 0]);
    expect(cholesky(Float64Array.from([1, 2, 2, 1]), 2)).toBeUndefined();
  });
});
