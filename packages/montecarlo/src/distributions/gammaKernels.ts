import { gammaPdf, logGamma, regularizedGamma } from "@dpm/core";
import { solveMonotone } from "../math/solveMonotone.js";
import type { UniformSource } from "../random/UniformStream.js";
import { ndtri } from "./Distribution.js";

/**
 * @internal Quantile of Gamma(a, 1): the lower tail p when `upper` is false, else the upper tail
 * q = 1 − p given directly. Starts from Numerical Recipes' `invgammp` guess (Wilson–Hilferty for
 * a > 1), then safeguarded Newton on whichever tail is small, so both tails keep relative accuracy.
 */
export function gammaQuantile(a: number, p: number, upper: boolean): number {
  const lowerP = upper ? 1 - p : p;
  if (upper ? p >= 1 : p <= 0) return 0;
  if (upper ? p <= 0 : p >= 1) return Infinity;
  let x: number;
  if (a > 1) {
    const pp = lowerP < 0.5 ? lowerP : upper ? p : 1 - p;
    const t = Math.sqrt(-2 * Math.log(pp));
    let z = (2.30753 + t * 0.27061) / (1 + t * (0.99229 + t * 0.04481)) - t;
    if (lowerP < 0.5) z = -z;
    x = Math.max(1e-3, a * (1 - 1 / (9 * a) - z / (3 * Math.sqrt(a))) ** 3);
  } else {
    const t = 1 - a * (0.253 + a * 0.12);
    x = lowerP < t ? (lowerP / t) ** (1 / a) : 1 - Math.log1p(-(lowerP - t) / (1 - t));
    if (!Number.isFinite(x) || x <= 0) x = Math.exp((Math.log(lowerP) + logGamma(a + 1)) / a);
  }
  const useUpper = lowerP > 0.5;
  const target = useUpper ? (upper ? p : 1 - p) : lowerP;
  const f = useUpper ? (v: number) => target - regularizedGamma(a, v, true) : (v: number) => regularizedGamma(a, v, false) - target;
  return solveMonotone(f, (v) => gammaPdf(v, a), x, 0, Infinity);
}

/**
 * @internal One Gamma(a, 1) draw by Marsaglia & Tsang (2000), normals by inversion; for a < 1 the
 * boost G(a + 1)·U^{1/a}.
 */
export function gammaDraw(a: number, src: UniformSource): number {
  if (a < 1) return gammaDraw(a + 1, src) * Math.pow(src.next(), 1 / a);
  const d = a - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const x = ndtri(src.next());
    let v = 1 + c * x;
    if (v <= 0) continue;
    v = v * v * v;
    const u = src.next();
    const x2 = x * x;
    if (u < 1 - 0.0331 * x2 * x2) return d * v;
    if (Math.log(u) < 0.5 * x2 + d * (1 - v + Math.log(v))) return d * v;
  }
}

/** @internal ln of a Gamma(a, 1) draw, exact in the log domain for small a (no underflow). */
export function logGammaDraw(a: number, src: UniformSource): number {
  if (a < 1) return Math.log(gammaDraw(a + 1, src)) + Math.log(src.next()) / a;
  return Math.log(gammaDraw(a, src));
}
