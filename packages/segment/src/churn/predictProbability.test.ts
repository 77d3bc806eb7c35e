import { describe, expect, it } from "vitest";
import { predictProbability } from "./predictProbability.js";

describe("predictProbability", () => {
  const model = { intercept: 1, coefficients: Float64Array.of(2), center: Float64Array.of(10), scale: Float64Array.of(5), iterations: 1 };
  it("applies the standardisation then the logistic function", () => {
    // x = 15 → z = 1 → eta = 3
    expect(predictProbability(model, [[15]])[0]).toBeCloseTo(1 / (1 + Math.exp(-3)), 14);
  });
  it("rejects a feature-count mismatch", () => {
    expect(() => predictProbability(model, [[1, 2]])).toThrow(/features/);
  });
});
