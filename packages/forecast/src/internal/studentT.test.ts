import { describe, expect, it } from "vitest";
import { studentTCdf, studentTQuantile } from "./studentT.js";

describe("studentTQuantile", () => {
  it("matches R's qt to 1e-9", () => {
    // R qt() / scipy.stats.t.ppf at these (p, df)
    const cases: [number, number, number][] = [
      [0.975, 10, 2.228138851986274],
      [0.9, 3, 1.637744353696210],
      [0.995, 1, 63.65674116287399],
      [0.975, 2, 4.302652729749464],
      [0.6, 30, 0.2556053649519128],
      [0.1, 5, -1.475884048824481],
      [0.9999, 7, 7.063432828157639],
    ];
    for (const [p, df, q] of cases) expect(studentTQuantile(p, df)).toBeCloseTo(q, 9);
  });

  it("inverts the CDF", () => {
    for (const df of [1.5, 3, 12, 80]) {
      for (const p of [0.01, 0.2, 0.5, 0.77, 0.999]) expect(studentTCdf(studentTQuantile(p, df), df)).toBeCloseTo(p, 12);
    }
  });
});
