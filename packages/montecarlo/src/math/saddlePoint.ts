import { HALF_LOG_2PI, logGamma, stirlingCorrection } from "./logGamma.js";

/** @internal ln n! − [(n + ½) ln n − n + ½ ln 2π], the error of Stirling's formula (Loader 2000). */
export function stirlerr(n: number): number {
  if (n >= 15) return stirlingCorrection(n);
  if (n === 0) return HALF_LOG_2PI; // ln 0! − (−∞·0 …): the limit used by Loader
  return logGamma(n + 1) - (n + 0.5) * Math.log(n) + n - HALF_LOG_2PI;
}

/** @internal The deviance term x ln(x/np) + np − x, without cancellation when x ≈ np (Loader 2000). */
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

/** @internal Poisson probability of k (an integer ≥ 0) by Loader's saddle-point formula (R's `dpois`). */
export function poissonPmf(k: number, lambda: number): number {
  if (k === 0) return Math.exp(-lambda);
  return Math.exp(-stirlerr(k) - bd0(k, lambda)) / Math.sqrt(2 * Math.PI * k);
}

/** @internal Binomial probability of k successes in n trials by Loader's formula (R's `dbinom`). */
export function binomialPmf(k: number, n: number, p: number): number {
  const q = 1 - p;
  if (p === 0) return k === 0 ? 1 : 0;
  if (q === 0) return k === n ? 1 : 0;
  if (k === 0) return Math.exp(n * Math.log1p(-p));
  if (k === n) return Math.exp(n * Math.log(p));
  const lc = stirlerr(n) - stirlerr(k) - stirlerr(n - k) - bd0(k, n * p) - bd0(n - k, n * q);
  const lf = Math.log(2 * Math.PI) + Math.log(k) + Math.log1p(-k / n);
  return Math.exp(lc - 0.5 * lf);
}
