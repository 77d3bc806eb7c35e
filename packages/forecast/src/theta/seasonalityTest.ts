import { normalQuantile } from "@dpm/core";

/** @internal Sample autocorrelations r₁…r_maxLag as R's `acf` (demeaned, denominator n). */
export function autocorrelations(y: Float64Array, maxLag: number): Float64Array {
  const n = y.length;
  let mean = 0;
  for (let t = 0; t < n; t++) mean += y[t] as number;
  mean /= n;
  let c0 = 0;
  for (let t = 0; t < n; t++) c0 += ((y[t] as number) - mean) ** 2;
  const r = new Float64Array(maxLag);
  for (let k = 1; k <= maxLag; k++) {
    let c = 0;
    for (let t = k; t < n; t++) c += ((y[t] as number) - mean) * ((y[t - k] as number) - mean);
    r[k - 1] = c0 > 0 ? c / c0 : 0;
  }
  return r;
}

/**
 * @internal The seasonality test of R's `forecast::thetaf` (and `forecast::decompose`-based
 * methods): the autocorrelation at lag m divided by its standard error under the hypothesis of
 * no autocorrelation beyond lag m − 1 (Bartlett), √((1 + 2Σ_{k<m} r_k²)/n), compared with the
 * one-sided normal quantile at `level` (0.90 two-sided → z₀.₉₅). Requires m > 1 and n > 2m.
 */
export function isSeasonal(y: Float64Array, m: number, level = 0.9): boolean {
  const n = y.length;
  if (m <= 1 || n <= 2 * m) return false;
  const r = autocorrelations(y, m);
  let s = 0;
  for (let k = 0; k < m - 1; k++) s += (r[k] as number) ** 2;
  const se = Math.sqrt((1 + 2 * s) / n);
  return Math.abs(r[m - 1] as number) / se > normalQuantile(0.5 + level / 2);
}
