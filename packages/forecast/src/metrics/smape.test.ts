import { describe, expect, it } from "vitest";
import { catchDpm, rForecast } from "../../test/reference.js";
import { smape } from "./smape.js";

describe("smape", () => {
  it("reproduces R's sMAPE (M4 definition) for every method and series in the reference", () => {
    let checked = 0;
    for (const s of rForecast.series) {
      for (const method of Object.values(s.methods)) {
        expect(smape(s.actual, method.point)).toBeCloseTo(method.sMAPE, 9);
        checked++;
      }
    }
    expect(checked).toBe(84);
  });

  it("is bounded by 200 and 0 where both values are 0", () => {
    expect(smape([1, 0], [-1, 0])).toBe(100);
    expect(smape([5], [0])).toBe(200);
  });

  it("rejects mismatched lengths", () => {
    expect(catchDpm(() => smape([1], [1, 2])).code).toBe("LENGTH_MISMATCH");
  });
});
