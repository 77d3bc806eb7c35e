import { strengthOf } from "../decompose/strength.js";
import { stlKernel } from "../decompose/stlKernel.js";

const nextOdd = (v: number): number => (v % 2 === 0 ? v + 1 : v);

/**
 * @internal Seasonal strength F_S = max(0, 1 − Var(R) / Var(S + R)) of Wang, Smith &
 * Hyndman (2006) from an STL decomposition with s.window = 11 — R's `forecast:::seas.heuristic`
 * (via `mstl`) for one seasonal period, i.e. `stl(x, s.window = 11)` with R's other defaults:
 * seasonal degree 0, trend and low-pass degree 1, two inner passes, no robustness passes.
 * Returns NaN when the period is not below n/2 (R then selects no seasonal difference).
 */
export function seasonalStrengthHeuristic(x: Float64Array, m: number): number {
  const n = x.length;
  if (m < 2 || !(m < n / 2)) return NaN;
  const seasonalWindow = 11;
  const trendWindow = nextOdd(Math.ceil((1.5 * m) / (1 - 1.5 / seasonalWindow)));
  const lowPassWindow = nextOdd(m);
  const { seasonal, trend } = stlKernel(x, {
    period: m,
    seasonalWindow,
    seasonalDegree: 0,
    seasonalJump: Math.ceil(seasonalWindow / 10),
    trendWindow,
    trendDegree: 1,
    trendJump: Math.ceil(trendWindow / 10),
    lowPassWindow,
    lowPassDegree: 1,
    lowPassJump: Math.ceil(lowPassWindow / 10),
    inner: 2,
    outer: 0,
  });
  const remainder = Float64Array.from(x, (v, t) => v - seasonal[t]! - trend[t]!);
  return strengthOf(remainder, seasonal, "additive");
}
