import { describe, expect, it } from "vitest";
import { holdout, maxRelDiff, series } from "../../test/reference.js";
import { ADD, MULT, NONE } from "./kernel/codes.js";
import { initialStates, seasonalFigure } from "./initialStates.js";

// R 4.2.2, forecast 8.20: forecast:::initstate(<series>, <trend>, <season>)
const R_LDEATHS_AA = [
  2124.08206521739339, 4.21010144927532, 517.32638888888891, -185.2069444444445, -354.30694444444447, -678.22361111111104,
  -669.87361111111102, -519.42361111111109, -440.02361111111111, -284.48194444444442, 156.5847222222223, 687.54305555555561,
  896.33472222222224,
];
const R_AIRPASSENGERS_AM = [
  120.955798138755398, 0.998964984335816, 0.898824389985011, 0.801178082413474, 0.921757240410498, 1.060491932646818,
  1.219910969445625, 1.226555542931201, 1.112775826679273, 0.981378027495129, 0.975906012322847, 1.007366287603545,
  0.883625320694376,
];
// window(USAccDeaths, end = c(1974, 12)): 24 values < 3m, so R fits a trend + Fourier pair instead.
const R_USACC24_NA = [
  9185.125000000002, -290.493808057455, -121.231424172361, 591.030959712733, 301.293343597827, 1267.55572748292,
  1775.818111368014, 1220.080495253108, 346.342879138201, -598.394736976705, -872.132353091611, -1758.869969206517,
];

describe("initialStates", () => {
  it("reproduces R's initstate: decomposition for seasonal data, a line for level and slope", () => {
    expect(maxRelDiff(initialStates(Float64Array.from(series("ldeaths").values), ADD, ADD, 12), R_LDEATHS_AA)).toBeLessThan(1e-12);
    expect(maxRelDiff(initialStates(Float64Array.from(series("AirPassengers").values), ADD, MULT, 12), R_AIRPASSENGERS_AM)).toBeLessThan(1e-12);
    expect(maxRelDiff(initialStates(Float64Array.from(series("Nile").values), ADD, NONE, 1), [1072.8, 10.8727272727273])).toBeLessThan(1e-12);
  });

  it("falls back to a Fourier regression with fewer than three seasons, as R", () => {
    const y = Float64Array.from(holdout("USAccDeaths").train.slice(0, 24));
    expect(maxRelDiff(initialStates(y, NONE, ADD, 12), R_USACC24_NA)).toBeLessThan(1e-10);
  });
});

describe("seasonalFigure", () => {
  it("recovers an exact additive pattern and normalises it to sum 0", () => {
    const pattern = [3, -1, -4, 2];
    const y = Float64Array.from({ length: 16 }, (_, t) => 10 + 0.5 * t + (pattern[t % 4] as number));
    const figure = seasonalFigure(y, 4, false);
    expect(maxRelDiff(figure, pattern)).toBeLessThan(1e-12);
  });
});
