import { describe, expect, it } from "vitest";
import { gaussianCopula, nearestCorrelationMatrix } from "../index.js";

describe("nearestCorrelationMatrix", () => {
  it("matches Higham's projection on a known case (numpy eigh iteration gives ±0.5)", () => {
    const m = nearestCorrelationMatrix([
      [1, 0.9, -0.9],
      [0.9, 1, 0.9],
      [-0.9, 0.9, 1],
    ]);
    expect(m[0]?.[1]).toBeCloseTo(0.5, 6);
    expect(m[0]?.[2]).toBeCloseTo(-0.5, 6);
    expect(m[1]?.[2]).toBeCloseTo(0.5, 6);
    expect(m.map((r, i) => r[i])).toEqual([1, 1, 1]);
  });

  it("leaves a valid correlation matrix (nearly) unchanged and its output validates", () => {
    const valid = [[1, 0.3], [0.3, 1]];
    expect(nearestCorrelationMatrix(valid)[0]?.[1]).toBeCloseTo(0.3, 7);
    const fixed = nearestCorrelationMatrix([[1, 0.95, 0.1], [0.95, 1, 0.9], [0.1, 0.9, 1]]);
    expect(() => gaussianCopula(5, fixed)).not.toThrow();
  });

  it("rejects non-square or asymmetric input", () => {
    expect(() => nearestCorrelationMatrix([[1, 0.2]])).toThrow(/must be a row of 1 numbers/);
    expect(() => nearestCorrelationMatrix([[1, 0.2], [0.3, 1]])).toThrow(/must be symmetric/);
  });

  it("rejects a matrix over the 50 × 50 limit at once (a 200 × 200 non-PSD matrix used to run for minutes)", () => {
    const n = 200;
    const big = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : 0.9 * (((i + j) % 3) - 1))));
    const started = performance.now();
    expect(() => nearestCorrelationMatrix(big)).toThrow(/200×200, over the limit of 50×50/);
    expect(performance.now() - started).toBeLessThan(500);
    expect(() => nearestCorrelationMatrix([[1, 0], [0, 1]], { tol: 1 } as never)).toThrow(/unknown option "tol". Did you mean "tolerance"\?/);
  });
});
