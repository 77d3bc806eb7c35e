import { brentRoot, DpmError } from "@dpm/core";

/** Grid half-size: rates are scanned at r = expm1(±k·STEP), k = 0…GRID. */
const GRID = 1000;
/** ln(1 + r) from −ln(10⁴) to ln(10⁴): r from −99.99 % to 999,900 %. */
const LOG_SPAN = Math.log(1e4);
const STEP = LOG_SPAN / GRID;

/** @internal The range of rates the IRR search covers, for messages and docs. */
export const RATE_RANGE = "-99.99 % to 999,900 %";

/**
 * @internal Evaluates the NPV at `r` up to a positive factor, so nothing overflows:
 * for r ≥ 0 `Σ vᵢ (1+r)^−tᵢ` (every factor ≤ 1), for r < 0 `Σ vᵢ (1+r)^(T−tᵢ)` with T = max tᵢ
 * (again every factor ≤ 1). Both have the sign and the roots of the NPV.
 */
export function scaledNpv(flows: Float64Array, times: Float64Array | null, r: number): number {
  const n = flows.length;
  if (times === null) {
    // Integer times 0…n−1: Horner's rule, no powers.
    if (r >= 0) {
      const x = 1 / (1 + r);
      let acc = flows[n - 1] as number;
      for (let i = n - 2; i >= 0; i--) acc = acc * x + (flows[i] as number);
      return acc;
    }
    const y = 1 + r;
    let acc = flows[0] as number;
    for (let i = 1; i < n; i++) acc = acc * y + (flows[i] as number);
    return acc;
  }
  const u = Math.log1p(r);
  let sum = 0;
  if (r >= 0) {
    for (let i = 0; i < n; i++) sum += (flows[i] as number) * Math.exp(-(times[i] as number) * u);
  } else {
    let tMax = 0;
    for (let i = 0; i < n; i++) tMax = Math.max(tMax, times[i] as number);
    for (let i = 0; i < n; i++) sum += (flows[i] as number) * Math.exp((tMax - (times[i] as number)) * u);
  }
  return sum;
}

/**
 * @internal The rate r > −1 at which the NPV of `flows` at `times` (null: 0, 1, 2, …) is zero.
 *
 * Brackets every sign change of the NPV on a grid of 2,001 rates, uniform in ln(1 + r) over
 * −99.99 %…999,900 % (steps of about 0.9 % near r = 0), refines each with Brent's method and
 * returns the root closest to `guess`. With one sign change in the cash flows the NPV has exactly
 * one root above −100 % (Descartes' rule of signs), so `guess` does not matter.
 */
export function rateRoot(flows: Float64Array, times: Float64Array | null, guess: number, fn: string): number {
  let pos = false;
  let neg = false;
  for (let i = 0; i < flows.length; i++) {
    const v = flows[i] as number;
    if (v > 0) pos = true;
    else if (v < 0) neg = true;
  }
  if (!pos || !neg) {
    throw new DpmError(
      "NO_SOLUTION",
      `${fn}: the cash flows need at least one negative and one positive value; with ${pos ? "only inflows" : neg ? "only outflows" : "only zeros"} no rate makes the NPV zero.`,
      { path: "cashFlows" },
    );
  }
  const f = (r: number) => scaledNpv(flows, times, r);
  let best = Number.NaN;
  let prevR = Math.expm1(-LOG_SPAN);
  let prevF = f(prevR);
  const consider = (root: number) => {
    if (Number.isNaN(best) || Math.abs(root - guess) < Math.abs(best - guess)) best = root;
  };
  if (prevF === 0) consider(prevR);
  for (let k = -GRID + 1; k <= GRID; k++) {
    const r = k === 0 ? 0 : Math.expm1(k * STEP);
    const fr = f(r);
    if (fr === 0) {
      consider(r);
    } else if (prevF !== 0 && fr > 0 !== prevF > 0) {
      consider(brentRoot(f, { lower: prevR, upper: r, tolerance: 2e-16 }).x);
    }
    prevR = r;
    prevF = fr;
  }
  if (Number.isNaN(best)) {
    throw new DpmError(
      "NO_SOLUTION",
      `${fn}: the NPV does not change sign for any rate from ${RATE_RANGE}, so there is no internal rate of return ` +
        "(a root where the NPV only touches zero, or one outside that range, is not reported).",
      { path: "cashFlows" },
    );
  }
  return best;
}
