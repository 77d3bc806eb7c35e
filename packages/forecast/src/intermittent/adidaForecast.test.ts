import { describe, expect, it } from "vitest";
import { isDpmError } from "@dpm/core";
import { adidaForecast, imapaForecast } from "./adidaForecast.js";

describe("adidaForecast and imapaForecast", () => {
  it("ADIDA spreads the SES forecast of block totals evenly (blocks counted from the end)", () => {
    const y = [0, 0, 4, 0, 1, 0, 3, 0, 0, 2, 0, 2, 0, 0, 0, 4];
    expect(adidaForecast(y, { horizon: 3, level: 4 }).point[2]).toBeCloseTo(1, 12);
    // level 8: blocks of 8 sum to 8 and 8 → 1 per period
    expect(adidaForecast(y, { horizon: 1, level: 8 }).point[0]).toBeCloseTo(1, 12);
    // a partial first block is dropped: [9, 1, 1, 1, 1] at k = 2 → blocks 2, 2 → 1
    expect(adidaForecast([9, 1, 1, 1, 1], { horizon: 1, level: 2 }).point[0]).toBeCloseTo(1, 12);
    expect(adidaForecast(y, { horizon: 1 }).method).toMatch(/^ADIDA \(k=\d+\)$/);
  });

  it("IMAPA is the mean of the ADIDA rates over the levels", () => {
    const y = [0, 3, 0, 0, 1, 0, 0, 0, 6, 0, 2, 0, 0, 1, 0, 0, 0, 0, 5, 0];
    let s = 0;
    for (let k = 1; k <= 4; k++) s += adidaForecast(y, { horizon: 1, level: k }).point[0] as number;
    expect(imapaForecast(y, { horizon: 2, maxLevel: 4 }).point[1]).toBeCloseTo(s / 4, 12);
  });

  it("rejects levels longer than half the data and all-zero demand", () => {
    const codeOf = (f: () => unknown) => {
      try {
        f();
        return "no error";
      } catch (e) {
        return isDpmError(e) ? e.code : "other";
      }
    };
    expect(codeOf(() => adidaForecast([0, 1, 0, 2], { horizon: 1, level: 3 }))).toBe("INVALID_ARGUMENT");
    expect(codeOf(() => imapaForecast([0, 0, 0, 0], { horizon: 1 }))).toBe("INVALID_ARGUMENT");
  });
});
