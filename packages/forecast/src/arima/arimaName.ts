/** @internal R's `arima.string` (forecast package), unpadded: `ARIMA(p,d,q)(P,D,Q)[m]` + mean/drift suffix, or `Regression with … errors` with external regressors. */
export function arimaName(
  o: { p: number; d: number; q: number; P: number; D: number; Q: number; period: number },
  regressors: readonly string[],
  xreg = false,
): string {
  let s = `ARIMA(${o.p},${o.d},${o.q})`;
  if (o.period > 1 && o.P + o.D + o.Q > 0) s += `(${o.P},${o.D},${o.Q})[${o.period}]`;
  // R: a model with external regressors is "Regression with ARIMA(…) errors"
  if (xreg) return `Regression with ${s} errors`;
  if (regressors.includes("drift")) s += " with drift";
  else if (regressors.includes("intercept")) s += " with non-zero mean";
  else if (o.d === 0 && o.D === 0) s += " with zero mean";
  return s;
}
