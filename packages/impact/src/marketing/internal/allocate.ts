// Budget split on Hill response curves r_j(s) = β_j h(L_j s; K_j, shape_j): the Lagrangian
// max Σ r_j(s_j) − λ(Σ s_j − T) decouples by channel; each channel's best s for a multiplier λ is
// a bound or the root of r_j′(s) = λ on the concave branch (core's brentRoot), and λ is found by
// bisection so that the spends add up to the budget.
import { brentRoot } from "@dpm/core";
import { hill, hillDerivative } from "./kernels.js";

/** @internal One steady-state response curve. */
export interface Curve {
  readonly coefficient: number;
  /** Adstock multiplier of a constant spend (1 / (1 − decay) for geometric adstock). */
  readonly carry: number;
  readonly halfSaturation: number;
  readonly shape: number;
}

/** @internal r(s). */
export function response(c: Curve, s: number): number {
  return c.coefficient * hill(c.carry * s, c.halfSaturation, c.shape);
}

/** @internal r′(s). */
export function marginal(c: Curve, s: number): number {
  return c.coefficient * c.carry * hillDerivative(c.carry * s, c.halfSaturation, c.shape);
}

/** Start of the concave (decreasing-marginal) branch. */
function peak(c: Curve): number {
  return c.shape > 1 ? (c.halfSaturation * Math.pow((c.shape - 1) / (c.shape + 1), 1 / c.shape)) / c.carry : 0;
}

/** @internal argmax over [lo, hi] of r(s) − λs. */
export function bestSpend(c: Curve, lambda: number, lo: number, hi: number): number {
  const cands = [lo, hi];
  const a = Math.max(lo, peak(c));
  if (a < hi && c.coefficient > 0) {
    const ma = a === 0 ? marginal(c, Math.min(hi, 1e-12 * (1 + hi))) : marginal(c, a);
    const mb = marginal(c, hi);
    if (ma > lambda && mb < lambda) {
      const root = brentRoot((s) => marginal(c, s) - lambda, { lower: a === 0 ? Math.min(hi, 1e-12 * (1 + hi)) : a, upper: hi, tolerance: 1e-13 * (1 + hi) });
      cands.push(root.x);
    }
  }
  let best = lo;
  let bestV = -Infinity;
  for (const s of cands) {
    const v = response(c, s) - lambda * s;
    if (v > bestV) {
      bestV = v;
      best = s;
    }
  }
  return best;
}

/**
 * @internal Spends s_j in [lower_j, upper_j] maximising Σ r_j(s_j) with Σ s_j = total, or (when
 * `unitValue` is given: profit = unitValue·Σ r_j − Σ s_j) with Σ s_j ≤ total.
 */
export function allocateOnCurves(curves: readonly Curve[], total: number, lower: readonly number[], upper: readonly number[], unitValue?: number): Float64Array {
  const k = curves.length;
  const at = (lambda: number) => Float64Array.from(curves, (c, j) => bestSpend(c, lambda, lower[j]!, upper[j]!));
  const sumOf = (s: Float64Array) => s.reduce((a, b) => a + b, 0);
  if (unitValue !== undefined) {
    const free = at(1 / unitValue);
    if (sumOf(free) <= total) return free;
  }
  // Bracket λ: tiny → every channel at its upper bound; large → at its lower bound.
  let hi = 0;
  for (let j = 0; j < k; j++) {
    const c = curves[j]!;
    const a = Math.max(lower[j]!, peak(c), 1e-12 * (1 + upper[j]!));
    hi = Math.max(hi, marginal(c, Math.min(a, upper[j]!)));
  }
  hi = hi * 2 + 1e-300;
  let lo = hi * 1e-18;
  for (let it = 0; it < 200; it++) {
    const mid = Math.sqrt(lo * hi);
    if (sumOf(at(mid)) > total) lo = mid;
    else hi = mid;
    if (hi / lo < 1 + 1e-15) break;
  }
  const sa = at(lo); // Σ ≥ total
  const sb = at(hi); // Σ ≤ total
  const da = sumOf(sa);
  const db = sumOf(sb);
  const w = da - db > 0 ? (total - db) / (da - db) : 1;
  return sa.map((v, j) => w * v + (1 - w) * sb[j]!);
}
