/**
 * @internal Least squares without intercept of y on the columns of X (row-major n × k) by the normal
 * equations (k ≤ 5 here): coefficients, residual sum of squares and standard errors; null when singular.
 */
function ols(y: Float64Array, X: Float64Array, n: number, k: number): { coef: Float64Array; rss: number; se: Float64Array } | null {
  const A = new Float64Array(k * k);
  const b = new Float64Array(k);
  for (let t = 0; t < n; t++) {
    for (let i = 0; i < k; i++) {
      const xi = X[t * k + i]!;
      b[i] = b[i]! + xi * y[t]!;
      for (let j = 0; j < k; j++) A[i * k + j] = A[i * k + j]! + xi * X[t * k + j]!;
    }
  }
  // Gauss–Jordan inverse.
  const inv = new Float64Array(k * k);
  for (let i = 0; i < k; i++) inv[i * k + i] = 1;
  for (let c = 0; c < k; c++) {
    let piv = c;
    for (let r = c + 1; r < k; r++) if (Math.abs(A[r * k + c]!) > Math.abs(A[piv * k + c]!)) piv = r;
    const pv = A[piv * k + c]!;
    if (!(Math.abs(pv) > 1e-12 * Math.max(1, Math.abs(A[c * k + c]!)))) return null;
    for (let j = 0; j < k; j++) {
      [A[c * k + j], A[piv * k + j]] = [A[piv * k + j]!, A[c * k + j]!];
      [inv[c * k + j], inv[piv * k + j]] = [inv[piv * k + j]!, inv[c * k + j]!];
    }
    for (let j = 0; j < k; j++) {
      A[c * k + j] = A[c * k + j]! / pv;
      inv[c * k + j] = inv[c * k + j]! / pv;
    }
    for (let r = 0; r < k; r++) {
      if (r === c) continue;
      const f = A[r * k + c]!;
      if (f === 0) continue;
      for (let j = 0; j < k; j++) {
        A[r * k + j] = A[r * k + j]! - f * A[c * k + j]!;
        inv[r * k + j] = inv[r * k + j]! - f * inv[c * k + j]!;
      }
    }
  }
  const coef = new Float64Array(k);
  for (let i = 0; i < k; i++) {
    let s = 0;
    for (let j = 0; j < k; j++) s += inv[i * k + j]! * b[j]!;
    coef[i] = s;
  }
  let rss = 0;
  for (let t = 0; t < n; t++) {
    let f = 0;
    for (let i = 0; i < k; i++) f += coef[i]! * X[t * k + i]!;
    rss += (y[t]! - f) ** 2;
  }
  const s2 = n > k ? rss / (n - k) : NaN;
  const se = Float64Array.from({ length: k }, (_, i) => Math.sqrt(inv[i * k + i]! * s2));
  return { coef, rss, se };
}

/** One OCSB regression with `lag` AR lags, sample trimmed by `maxlag` (R's internal fitOCSB). */
function fitOcsb(x: Float64Array, m: number, lag: number, maxlag: number): { tZ5: number; aic: number } | null {
  const n = x.length;
  const dd = (t: number): number => x[t]! - x[t - m]! - (x[t - 1]! - x[t - 1 - m]!);
  const dm = (t: number): number => x[t]! - x[t - m]!;
  const d1 = (t: number): number => x[t]! - x[t - 1]!;
  const first = m + 1 + maxlag;
  const rows = n - first;
  if (rows <= lag + 3) return null;
  // λ(B): AR(lag) of ΔΔ_m x without intercept, on the trimmed sample.
  let a: Float64Array = new Float64Array(0);
  if (lag > 0) {
    const y = new Float64Array(rows);
    const X = new Float64Array(rows * lag);
    for (let r = 0; r < rows; r++) {
      const t = first + r;
      y[r] = dd(t);
      for (let j = 1; j <= lag; j++) X[r * lag + j - 1] = dd(t - j);
    }
    const fit = ols(y, X, rows, lag);
    if (fit === null) return null;
    a = fit.coef;
  }
  const z4 = (t: number): number => {
    let v = dm(t);
    for (let j = 1; j <= lag; j++) v -= a[j - 1]! * dm(t - j);
    return v;
  };
  const z5 = (t: number): number => {
    let v = d1(t);
    for (let j = 1; j <= lag; j++) v -= a[j - 1]! * d1(t - j);
    return v;
  };
  const k = lag + 2;
  const y = new Float64Array(rows);
  const X = new Float64Array(rows * k);
  for (let r = 0; r < rows; r++) {
    const t = first + r;
    y[r] = dd(t);
    for (let j = 1; j <= lag; j++) X[r * k + j - 1] = dd(t - j);
    X[r * k + lag] = z4(t - 1);
    X[r * k + lag + 1] = z5(t - m);
  }
  const fit = ols(y, X, rows, k);
  if (fit === null || !(fit.rss > 0)) return null;
  const loglik = -0.5 * rows * (Math.log(2 * Math.PI) + Math.log(fit.rss / rows) + 1);
  return { tZ5: fit.coef[lag + 1]! / fit.se[lag + 1]!, aic: -2 * loglik + 2 * (k + 1) };
}

/**
 * @internal The OCSB statistic (Osborn, Chui, Smith & Birchenhall 1988) as R's
 * `forecast::ocsb.test(x, maxlag, lag.method = "AIC")`: the t-value of Z5 in the regression of
 * ΔΔ_m x_t on its lags, λ(B)Δ_m x_{t−1} (Z4) and λ(B)Δx_{t−m} (Z5). Lag order: R fits lags
 * 1..maxlag, takes the AIC minimiser's index minus one, and refits with that many lags (we mirror
 * that). NaN when the regression cannot be formed.
 */
export function ocsbStatistic(x: Float64Array, m: number, maxlag: number): number {
  let best = -1;
  let bestAic = Infinity;
  for (let lag = 1; lag <= maxlag; lag++) {
    const f = fitOcsb(x, m, lag, maxlag);
    if (f !== null && f.aic < bestAic) {
      bestAic = f.aic;
      best = lag;
    }
  }
  const chosen = maxlag > 0 ? Math.max(best - 1, 0) : 0;
  const f = fitOcsb(x, m, chosen, chosen);
  return f === null ? NaN : f.tZ5;
}

/** @internal 5% critical value of the OCSB test for period m (R's smoothed simulation fit `calcOCSBCritVal`). */
export function ocsbCritical(m: number): number {
  const l = Math.log(m) - 0.7656451;
  return -0.2937411 * Math.exp(-0.2850853 * l + -0.05983644 * l * l) - 1.652202;
}
