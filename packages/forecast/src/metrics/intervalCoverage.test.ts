import { describe, expect, it } from "vitest";
import { catchDpm, rForecast } from "../../test/reference.js";
import { intervalCoverage } from "./intervalCoverage.js";

describe("intervalCoverage", () => {
  it("reproduces R's 80% and 95% coverage for every method and series in the reference", () => {
    for (const s of rForecast.series) {
      for (const m of Object.values(s.methods)) {
        expect(intervalCoverage(s.actual, m.lower80, m.upper80)).toBeCloseTo(m.coverage80, 12);
        expect(intervalCoverage(s.actual, m.lower95, m.upper95)).toBeCloseTo(m.coverage95, 12);
      }
    }
  });

  it("counts the bounds as inside", () => {
    expect(intervalCoverage([1, 2, 3], [1, 0, 4], [1, 1, 5])).toBeCloseTo(1 / 3, 15);
  });

  it("rejects bounds of the wrong length", () => {
    expect(catchDpm(() => intervalCoverage([1, 2], [0, 0], [3])).message).toMatch(/upper/);
  });
});
