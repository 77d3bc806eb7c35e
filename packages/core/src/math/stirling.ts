// Stirling-series pieces shared by the special functions. Internal: they are building blocks for
// accurate log-gamma, log-beta and saddle-point formulas, not functions users call.

/** @internal ½ ln(2π). */
export const HALF_LOG_2PI = 0.91893853320467274178;

/**
 * @internal The remainder of Stirling's series, ln Γ(a) − [(a − ½) ln a − a + ½ ln 2π], for a ≥ 15
 * (six terms; truncation error below 1e-17 there).
 */
export function stirlingCorrection(a: number): number {
  const r = 1 / a;
  const r2 = r * r;
  return r * (1 / 12 - r2 * (1 / 360 - r2 * (1 / 1260 - r2 * (1 / 1680 - r2 * (1 / 1188 - (r2 * 691) / 360360)))));
}

/**
 * @internal The deviance term x ln(x/np) + np − x, summed as a series when x ≈ np so that it keeps
 * its relative accuracy (Loader 2000, as in R's `dbinom`).
 */
export function bd0(x: number, np: number): number {
  if (Math.abs(x - np) < 0.1 * (x + np)) {
    let v = (x - np) / (x + np);
    let s = (x - np) * v;
    let ej = 2 * x * v;
    v *= v;
    for (let j = 1; j < 1000; j++) {
      ej *= v;
      const s1 = s + ej / (2 * j + 1);
      if (s1 === s) return s1;
      s = s1;
    }
  }
  return x * Math.log(x / np) + np - x;
}
