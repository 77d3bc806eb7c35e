import { logGamma, normalCdf, regularizedBeta, regularizedGamma, studentTCdf } from "@dpm/core";

/** @internal P(X > x) for X ~ χ²(df). */
export function chiSquareUpper(x: number, df: number): number {
  if (x <= 0) return 1;
  return regularizedGamma(df / 2, x / 2, true);
}

/** @internal P(X ≤ x) for X ~ Beta(a, b). */
export function betaCdf(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  return regularizedBeta(a, b, x);
}

/** @internal The p-quantile of Beta(a, b) by bisection + Newton on the incomplete beta (|error| < 1e-13). */
export function betaQuantile(p: number, a: number, b: number): number {
  if (p <= 0) return 0;
  if (p >= 1) return 1;
  let lo = 0;
  let hi = 1;
  let x = a / (a + b);
  const logB = logGamma(a) + logGamma(b) - logGamma(a + b);
  for (let i = 0; i < 200; i++) {
    const f = betaCdf(x, a, b) - p;
    if (f > 0) hi = x;
    else lo = x;
    const pdf = Math.exp((a - 1) * Math.log(x) + (b - 1) * Math.log1p(-x) - logB);
    let next = x - f / pdf;
    if (!(next > lo && next < hi) || !Number.isFinite(next)) next = (lo + hi) / 2;
    if (Math.abs(next - x) < 1e-15 * Math.max(1e-300, x) || hi - lo < 1e-16) return next;
    x = next;
  }
  return x;
}

/**
 * @internal The CDF of the noncentral t distribution, P(T ≤ t) for T ~ t(df, ncp): a port of R's
 * `pnt` (Lenth's AS 243 with Guenther's twin series), so power calculations agree with
 * `power.t.test` and `pwr.t.test`.
 */
export function noncentralTCdf(t: number, df: number, ncp: number, lowerTail = true): number {
  if (ncp === 0) {
    const p = studentTCdf(t, df);
    return lowerTail ? p : 1 - p;
  }
  if (!Number.isFinite(t)) return (t < 0) === lowerTail ? 0 : 1;
  let negdel = false;
  let tt = t;
  let del = ncp;
  if (t < 0) {
    if (ncp > 40) return lowerTail ? 0 : 1;
    negdel = true;
    tt = -t;
    del = -ncp;
  }
  if (df > 4e5 || del * del > 2 * Math.LN2 * 1021) {
    const s = 1 / (4 * df);
    const z = (tt * (1 - s) - del) / Math.sqrt(1 + tt * tt * 2 * s);
    const lower = normalCdf(z);
    return lowerTail !== negdel ? lower : 1 - lower;
  }
  let x = t * t;
  x = x / (x + df);
  let tnc: number;
  if (x > 0) {
    const lambda = del * del;
    let p = 0.5 * Math.exp(-0.5 * lambda);
    if (p === 0) return lowerTail !== negdel ? 0 : 1;
    let q = Math.sqrt(2 / Math.PI) * p * del;
    let s = 0.5 - p;
    if (s < 1e-7) s = -0.5 * Math.expm1(-0.5 * lambda);
    let a = 0.5;
    const b = 0.5 * df;
    const rxb = Math.pow(1 - x, b);
    const albeta = 0.5 * Math.log(Math.PI) + logGamma(b) - logGamma(0.5 + b);
    let xodd = regularizedBeta(a, b, x);
    let godd = 2 * rxb * Math.exp(a * Math.log(x) - albeta);
    tnc = b * x;
    let xeven = tnc < Number.EPSILON ? tnc : 1 - rxb;
    let geven = tnc * rxb;
    tnc = p * xodd + q * xeven;
    for (let it = 1; it <= 1000; it++) {
      a += 1;
      xodd -= godd;
      xeven -= geven;
      godd *= (x * (a + b - 1)) / a;
      geven *= (x * (a + b - 0.5)) / (a + 0.5);
      p *= lambda / (2 * it);
      q *= lambda / (2 * it + 1);
      tnc += p * xodd + q * xeven;
      s -= p;
      if (s < -1e-10) break;
      if (s <= 0 && it > 1) break;
      const errbd = 2 * s * (xodd - godd);
      if (Math.abs(errbd) < 1e-12) break;
    }
  } else {
    tnc = 0;
  }
  tnc += normalCdf(-del);
  const lower = lowerTail !== negdel;
  const v = Math.min(tnc, 1);
  return lower ? v : 1 - v;
}
