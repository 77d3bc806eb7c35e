import { ADD, HUGEN, MULT, NONE, TOL } from "./codes.js";

/**
 * @internal Simulates future sample paths from a final state (R's `etssimulate`): each step draws
 * ε ~ N(0, σ²) (truncated at −1 for multiplicative error), forms y = ŷ + ε or ŷ(1 + ε), and updates
 * the state with y. `normals` supplies count × horizon standard normal draws; output row-major.
 */
export function etsSimulate(
  error: number,
  trend: number,
  season: number,
  alpha: number,
  beta: number,
  gamma: number,
  phi: number,
  x: Float64Array,
  m: number,
  sigma: number,
  horizon: number,
  count: number,
  normals: Float64Array,
): Float64Array {
  const out = new Float64Array(count * horizon);
  const hasTrend = trend !== NONE;
  const mm = season === NONE ? 0 : m;
  const sOff = hasTrend ? 2 : 1;
  const ring = new Float64Array(Math.max(mm, 1));
  const betaRatio = alpha === 0 ? 0 : beta / alpha;
  for (let p = 0; p < count; p++) {
    let l = x[0] as number;
    let b = hasTrend ? (x[1] as number) : 0;
    for (let i = 0; i < mm; i++) ring[i] = x[sOff + mm - 1 - i] as number;
    let k = 0;
    for (let h = 0; h < horizon; h++) {
      let q: number;
      let phib = 0;
      if (trend === NONE) q = l;
      else if (trend === ADD) {
        phib = phi * b;
        q = l + phib;
      } else {
        phib = b < 0 ? NaN : Math.pow(b, phi);
        q = l * phib;
      }
      let f = q;
      let sOld = 0;
      if (season === ADD) {
        sOld = ring[k] as number;
        f = q + sOld;
      } else if (season === MULT) {
        sOld = ring[k] as number;
        f = q * sOld;
      }
      let e = sigma * (normals[p * horizon + h] as number);
      let yt: number;
      if (error === ADD) yt = f + e;
      else {
        if (e < -1) e = -1;
        yt = f * (1 + e);
      }
      out[p * horizon + h] = yt;
      let pp: number;
      if (season === NONE) pp = yt;
      else if (season === ADD) pp = yt - sOld;
      else pp = Math.abs(sOld) < TOL ? HUGEN : yt / sOld;
      const lNew = q + alpha * (pp - q);
      if (trend === ADD) b = phib + betaRatio * (lNew - l - phib);
      else if (trend === MULT) b = phib + betaRatio * ((Math.abs(l) < TOL ? HUGEN : lNew / l) - phib);
      if (season === ADD) ring[k] = sOld + gamma * (yt - q - sOld);
      else if (season === MULT) ring[k] = sOld + gamma * ((Math.abs(q) < TOL ? HUGEN : yt / q) - sOld);
      l = lNew;
      if (mm > 0 && ++k === mm) k = 0;
    }
  }
  return out;
}
