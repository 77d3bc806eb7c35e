import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { createRng, isDpmError, normalCdf, normalPdf } from "@dpm/core";
import { crpsFromPaths } from "./crpsFromPaths.js";
import { msis } from "./msis.js";
import { pinballLoss } from "./pinballLoss.js";
import { winklerScore } from "./winklerScore.js";
import { mae } from "./mae.js";

describe("probabilistic scores", () => {
  it("CRPS from normal sample paths matches the closed form σ[z(2Φ(z)−1) + 2φ(z) − 1/√π]", () => {
    const rng = createRng(3);
    const count = 20000;
    const mus = [0, 5, -2];
    const sds = [1, 2, 0.5];
    const y = [0.3, 9, -2.1];
    const values = new Float64Array(count * 3);
    for (let k = 0; k < count; k++) for (let h = 0; h < 3; h++) values[k * 3 + h] = rng.normal(mus[h], sds[h]);
    let expected = 0;
    for (let h = 0; h < 3; h++) {
      const s = sds[h] as number;
      const z = ((y[h] as number) - (mus[h] as number)) / s;
      expected += s * (z * (2 * normalCdf(z) - 1) + 2 * normalPdf(z) - 1 / Math.sqrt(Math.PI));
    }
    expect(crpsFromPaths(y, { count, horizon: 3, values })).toBeCloseTo(expected / 3, 2);
  });

  it("CRPS of a point mass is the absolute error; pinball at τ = ½ is half the MAE", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e3, max: 1e3, noNaN: true }), { minLength: 1, maxLength: 8 }), fc.array(fc.double({ min: -1e3, max: 1e3, noNaN: true }), { minLength: 8, maxLength: 8 }), (y, f) => {
        const point = f.slice(0, y.length);
        const paths = { count: 3, horizon: y.length, values: new Float64Array([...point, ...point, ...point]) };
        expect(crpsFromPaths(y, paths)).toBeCloseTo(mae(y, point), 6);
        expect(pinballLoss(y, point, { quantile: 0.5 })).toBeCloseTo(mae(y, point) / 2, 6);
      }),
    );
  });

  it("MSIS is the Winkler score over the in-sample seasonal naive MAE", () => {
    const train = [3, 5, 4, 8, 6, 7, 9, 8];
    // lag 4 differences: 3, 2, 5, 0 → scale 10/4
    const w = winklerScore([10, 12], [7, 9], [11, 11], 95);
    expect(msis([10, 12], [7, 9], [11, 11], train, { period: 4 })).toBeCloseTo(w / 2.5, 12);
  });

  it("rejects bad input with DpmError", () => {
    const codes = [
      () => pinballLoss([1], [1], { quantile: 1 }),
      () => crpsFromPaths([1, 2], { count: 2, horizon: 1, values: new Float64Array([0, 1]) }),
      () => crpsFromPaths([1], { count: 2, horizon: 1, values: new Float64Array([0]) }),
      () => msis([1], [0], [2], [5, 5, 5]),
    ].map((f) => {
      try {
        f();
        return "no error";
      } catch (e) {
        return isDpmError(e) ? e.code : "other";
      }
    });
    expect(codes).toEqual(["INVALID_ARGUMENT", "INVALID_ARGUMENT", "INVALID_ARGUMENT", "INVALID_ARGUMENT"]);
  });
});
