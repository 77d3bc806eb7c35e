import { stlFit } from "./stlFit.js";

/**
 * @internal Seasonal strength F_S = max(0, min(1, 1 − Var(R) / Var(S + R))) of Wang, Smith &
 * Hyndman (2006) from an STL decomposition with s.window = 11 — R's `forecast:::seas.heuristic`
 * (via `mstl`) for one seasonal period. Returns NaN when the period is not below n/2 (R then
 * selects no seasonal difference).
 */
export function seasonalStrengthHeuristic(x: Float64Array, m: number): number {
  const n = x.length;
  if (m < 2 || !(m < n / 2)) return NaN;
  const { seasonal, trend } = stlFit(x, m, 11);
  let meanR = 0;
  let meanSR = 0;
  for (let t = 0; t < n; t++) {
    const r = x[t]! - seasonal[t]! - trend[t]!;
    meanR += r;
    meanSR += r + seasonal[t]!;
  }
  meanR /= n;
  meanSR /= n;
  let vr = 0;
  let vsr = 0;
  for (let t = 0; t < n; t++) {
    const r = x[t]! - seasonal[t]! - trend[t]!;
    vr += (r - meanR) ** 2;
    vsr += (r + seasonal[t]! - meanSR) ** 2;
  }
  if (!(vsr > 0)) return 0;
  return Math.max(0, Math.min(1, 1 - vr / vsr));
}
