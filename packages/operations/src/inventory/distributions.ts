import { normalCdf, normalPdf, normalQuantile, regularizedGamma } from "@dpm/core";

/** Standard normal loss function L(z) = E[(Z − z)+] = φ(z) − z(1 − Φ(z)). @internal */
export function normalLoss(z: number): number {
  return normalPdf(z) - z * (1 - normalCdf(z));
}

/** Quantile of a gamma(shape, scale) by bisection on the regularised incomplete gamma. @internal */
export function gammaQuantile(p: number, shape: number, scale: number): number {
  let lo = 0;
  let hi = Math.max(1, shape) * scale;
  while (regularizedGamma(shape, hi / scale) < p) hi *= 2;
  for (let i = 0; i < 200 && hi - lo > 1e-12 * hi; i++) {
    const mid = (lo + hi) / 2;
    if (regularizedGamma(shape, mid / scale) < p) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/** E[(X − x)+] for X ~ gamma(shape, scale). @internal */
export function gammaLoss(x: number, shape: number, scale: number): number {
  const mean = shape * scale;
  if (x <= 0) return mean - x;
  // E[X 1{X > x}] = mean·Q(shape + 1, x/scale)
  return mean * regularizedGamma(shape + 1, x / scale, true) - x * regularizedGamma(shape, x / scale, true);
}

export { normalCdf, normalQuantile };
