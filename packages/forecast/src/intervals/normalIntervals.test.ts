import { describe, expect, it } from "vitest";
import { normalQuantile } from "@dpm/core";
import { normalIntervals, pathIntervals, quantileType8 } from "./normalIntervals.js";

describe("normalIntervals", () => {
  it("is point ± z·se at each level, zero-width for zero se", () => {
    const [i80, i95] = normalIntervals(Float64Array.from([10, 20]), Float64Array.from([1, 0]), [80, 95]);
    expect(i80?.lower[0]).toBeCloseTo(10 - normalQuantile(0.9), 12);
    expect(i95?.upper[0]).toBeCloseTo(10 + normalQuantile(0.975), 12);
    expect([i95?.lower[1], i95?.upper[1]]).toEqual([20, 20]);
  });
});

describe("quantileType8", () => {
  it("matches R's quantile(x, type = 8) (R 4.2.2)", () => {
    const sorted = Float64Array.from([3.5, 1, 7, 2, 9.5, 4, 8, 6]).sort();
    const r = [1.16666666666667, 2.625, 5, 8, 9.5];
    [0.1, 0.25, 0.5, 0.8, 0.95].forEach((p, i) => expect(quantileType8(sorted, p)).toBeCloseTo(r[i] as number, 12));
  });
});

describe("pathIntervals", () => {
  it("takes type-8 quantiles per step across paths, ignoring non-finite values", () => {
    // 5 paths × 2 steps; step 1 values 1…5, step 2 values 10…50 with one NaN
    const values = Float64Array.from([1, 10, 2, 20, 3, NaN, 4, 40, 5, 50]);
    const [i] = pathIntervals(values, 5, 2, [50]);
    expect(i?.lower[0]).toBeCloseTo(quantileType8(Float64Array.from([1, 2, 3, 4, 5]), 0.25), 12);
    expect(i?.upper[1]).toBeCloseTo(quantileType8(Float64Array.from([10, 20, 40, 50]), 0.75), 12);
  });
});
