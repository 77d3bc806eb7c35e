import { qrLeastSquares } from "@dpm/core";
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
    const y = Float64Array.from({ length: rows }, (_, r) => dd(first + r));
    const lags = Array.from({ length: lag }, (_, j) => Float64Array.from({ length: rows }, (_, r) => dd(first + r - j - 1)));
    const fit = qrLeastSquares(lags, y);
    if (fit.rank < lag) return null;
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
  const y = Float64Array.from({ length: rows }, (_, r) => dd(first + r));
  const columns = Array.from({ length: lag }, (_, j) => Float64Array.from({ length: rows }, (_, r) => dd(first + r - j - 1)));
  columns.push(Float64Array.from({ length: rows }, (_, r) => z4(first + r - 1)));
  columns.push(Float64Array.from({ length: rows }, (_, r) => z5(first + r - m)));
  const fit = qrLeastSquares(columns, y);
  if (fit.rank < k || !(fit.rss > 0)) return null;
  const loglik = -0.5 * rows * (Math.log(2 * Math.PI) + Math.log(fit.rss / rows) + 1);
  // t value of Z5: its coefficient over √((X'X)⁻¹ · rss / (n − k)), as summary.lm
  const se = Math.sqrt(Math.max(fit.xtxInverse[(lag + 1) * k + lag + 1]! * (rows > k ? fit.rss / (rows - k) : NaN), 0));
  return { tZ5: fit.coef[lag + 1]! / se, aic: -2 * loglik + 2 * (k + 1) };
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
