const G = 7;
const COEF = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
] as const;
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
 * @internal ln Γ(x) for x > 0: the Lanczos approximation (g = 7, n = 9, Godfrey's coefficients,
 * relative error about 1e-15 in Γ) below 15 and Stirling's series above; exact 0 at 1 and 2;
 * reflection below ½.
 */
export function logGamma(x: number): number {
  if (x === 1 || x === 2) return 0;
  if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
  if (x >= 15) return (x - 0.5) * Math.log(x) - x + HALF_LOG_2PI + stirlingCorrection(x);
  const z = x - 1;
  let a = COEF[0];
  for (let i = 1; i < 9; i++) a += (COEF[i] as number) / (z + i);
  const t = z + G + 0.5;
  return HALF_LOG_2PI + (z + 0.5) * Math.log(t) - t + Math.log(a);
}

let logFactorials: Float64Array | undefined;

/** @internal ln k! for integers k ≥ 0: a table (built on first use) below 128, {@link logGamma} above. */
export function logFactorial(k: number): number {
  if (k >= 128) return logGamma(k + 1);
  if (logFactorials === undefined) {
    logFactorials = new Float64Array(128);
    for (let j = 2; j < 128; j++) logFactorials[j] = logGamma(j + 1);
  }
  return logFactorials[k] as number;
}
