import { describe, expect, it } from "vitest";
import { catchDpm } from "../../test/reference.js";
import { mape } from "./mape.js";

describe("mape", () => {
  it("is 100 · mean |e / y|", () => {
    expect(mape([10, 20, 30], [12, 18, 27])).toBeCloseTo((100 * (0.2 + 0.1 + 0.1)) / 3, 12);
  });

  it("is infinite when an actual is 0 but its forecast is not, and 0 for a perfect forecast", () => {
    expect(mape([0, 10], [1, 10])).toBe(Infinity);
    expect(mape([0, 10], [0, 10])).toBe(0);
  });

  it("rejects empty input", () => {
    expect(catchDpm(() => mape([], [])).code).toBe("EMPTY");
  });
});
