import { describe, expect, it } from "vitest";
import { integrate } from "./integrate.js";

describe("integrate", () => {
  it("integrates smooth, peaked and infinite-range functions to 1e-12", () => {
    expect(integrate(Math.sin, 0, Math.PI)).toBeCloseTo(2, 12);
    expect(integrate((x) => Math.exp(-x * x), -Infinity, Infinity)).toBeCloseTo(Math.sqrt(Math.PI), 11);
    expect(integrate((x) => x * Math.exp(-x), 0, Infinity)).toBeCloseTo(1, 11);
    expect(integrate((x) => 1 / Math.sqrt(x), 0, 1)).toBeCloseTo(2, 6); // integrable singularity
    expect(integrate((x) => x, 3, 1)).toBeCloseTo(-4, 14);
  });
});
