import { describe, expect, it } from "vitest";
import { catchDpm, rForecast } from "../../test/reference.js";
import { winklerScore } from "./winklerScore.js";

describe("winklerScore", () => {
  it("divided by the MASE scale reproduces R's MSIS95 for every method and series", () => {
    for (const s of rForecast.series) {
      for (const m of Object.values(s.methods)) {
        expect(winklerScore(s.actual, m.lower95, m.upper95, 95) / s.mase_scale).toBeCloseTo(m.MSIS95, 8);
      }
    }
  });

  it("is the width when every actual is covered", () => {
    expect(winklerScore([1, 2], [0, 0], [2, 4], 95)).toBe(3);
  });

  it("rejects a level outside (0, 100)", () => {
    expect(catchDpm(() => winklerScore([1], [0], [2], 0)).code).toBe("INVALID_ARGUMENT");
    expect(catchDpm(() => winklerScore([1], [0], [2], 100)).message).toMatch(/level must be a percentage/);
  });
});
