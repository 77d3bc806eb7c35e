import { DpmError } from "@dpm/core";

/**
 * What to estimate from a node's simulated values: the mean, a percentile (0–1), the
 * probability of reaching or staying below a threshold, or the CVaR (expected shortfall) — the
 * mean of the worst `cvar` share of outcomes, the lowest by default (`tail: "lower"`, for profit)
 * or the highest (`tail: "upper"`, for costs or losses).
 *
 * @category Optimization
 */
export type RiskMeasureSpec =
  | "mean"
  | { readonly percentile: number }
  | { readonly probabilityAtLeast: number }
  | { readonly probabilityBelow: number }
  | { readonly cvar: number; readonly tail?: "lower" | "upper" };

/** @internal A validated measure. */
export type Measure =
  | { readonly kind: "mean" }
  | { readonly kind: "percentile"; readonly p: number }
  | { readonly kind: "atLeast"; readonly x: number }
  | { readonly kind: "below"; readonly x: number }
  | { readonly kind: "cvar"; readonly alpha: number; readonly upper: boolean };

/** @internal */
export function readMeasure(spec: unknown, path: string, fn: string): Measure {
  if (spec === undefined || spec === "mean") return { kind: "mean" };
  const bad = (): never => {
    throw new DpmError(
      "INVALID_ARGUMENT",
      `${fn}: ${path} must be "mean", { percentile: 0.05 }, { probabilityAtLeast: x }, { probabilityBelow: x } or { cvar: 0.05, tail?: "lower" | "upper" }; got ${JSON.stringify(spec)}.`,
      { path },
    );
  };
  if (typeof spec !== "object" || spec === null) return bad();
  const keys = Object.keys(spec);
  const s = spec as Record<string, unknown>;
  const num = (k: string, lo: number, hi: number, open: boolean): number => {
    const v = s[k];
    if (typeof v !== "number" || !Number.isFinite(v) || (open ? v <= lo || v >= hi : v < lo || v > hi)) {
      throw new DpmError("INVALID_ARGUMENT", `${fn}: ${path}.${k} must be a number ${open ? `strictly between ${lo} and ${hi}` : `in [${lo}, ${hi}]`}, got ${String(v)}.`, { path: `${path}.${k}` });
    }
    return v;
  };
  if (keys.length === 1 && "percentile" in s) return { kind: "percentile", p: num("percentile", 0, 1, false) };
  if (keys.length === 1 && "probabilityAtLeast" in s) return { kind: "atLeast", x: num("probabilityAtLeast", -Infinity, Infinity, true) };
  if (keys.length === 1 && "probabilityBelow" in s) return { kind: "below", x: num("probabilityBelow", -Infinity, Infinity, true) };
  if ("cvar" in s && keys.every((k) => k === "cvar" || k === "tail")) {
    if (s.tail !== undefined && s.tail !== "lower" && s.tail !== "upper") bad();
    return { kind: "cvar", alpha: num("cvar", 0, 1, false), upper: s.tail === "upper" };
  }
  return bad();
}

/** @internal Type-7 quantile of sorted values. */
function quantileSorted(sorted: Float64Array, p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const a = sorted[lo] as number;
  return lo + 1 < sorted.length ? a + (h - lo) * ((sorted[lo + 1] as number) - a) : a;
}

/**
 * @internal The estimate of a measure and its influence values ψ_i, whose mean is the estimate
 * to first order: the standard error is sd(ψ)/√N, and a paired difference of two candidates
 * under common random numbers has standard error sd(ψ_a − ψ_b)/√N.
 */
export function estimateMeasure(y: Float64Array, m: Measure, withInfluence: boolean): { estimate: number; influence?: Float64Array } {
  const N = y.length;
  switch (m.kind) {
    case "mean": {
      let s = 0;
      for (let i = 0; i < N; i++) s += y[i] as number;
      return withInfluence ? { estimate: s / N, influence: y } : { estimate: s / N };
    }
    case "atLeast":
    case "below": {
      let c = 0;
      const above = m.kind === "atLeast";
      for (let i = 0; i < N; i++) if (above ? (y[i] as number) >= m.x : (y[i] as number) < m.x) c++;
      if (!withInfluence) return { estimate: c / N };
      const psi = new Float64Array(N);
      for (let i = 0; i < N; i++) psi[i] = (above ? (y[i] as number) >= m.x : (y[i] as number) < m.x) ? 1 : 0;
      return { estimate: c / N, influence: psi };
    }
    case "percentile": {
      const sorted = Float64Array.from(y).sort();
      const q = quantileSorted(sorted, m.p);
      if (!withInfluence) return { estimate: q };
      // density at q from the spacing of order statistics √N apart
      const k = Math.round((N - 1) * m.p);
      const w = Math.max(1, Math.floor(Math.sqrt(N)));
      const lo = Math.max(0, k - w);
      const hi = Math.min(N - 1, k + w);
      const spread = (sorted[hi] as number) - (sorted[lo] as number);
      const density = spread > 0 ? (hi - lo) / N / spread : Infinity;
      const psi = new Float64Array(N);
      for (let i = 0; i < N; i++) psi[i] = q + (Number.isFinite(density) ? (m.p - ((y[i] as number) <= q ? 1 : 0)) / density : 0);
      return { estimate: q, influence: psi };
    }
    case "cvar": {
      const sorted = Float64Array.from(y).sort();
      const n = Math.max(1, Math.ceil(m.alpha * N));
      let s = 0;
      if (m.upper) for (let i = N - n; i < N; i++) s += sorted[i] as number;
      else for (let i = 0; i < n; i++) s += sorted[i] as number;
      const estimate = s / n;
      if (!withInfluence) return { estimate };
      const q = m.upper ? quantileSorted(sorted, 1 - m.alpha) : quantileSorted(sorted, m.alpha);
      const psi = new Float64Array(N);
      for (let i = 0; i < N; i++) {
        const v = y[i] as number;
        psi[i] = m.upper ? q + Math.max(v - q, 0) / m.alpha : q + Math.min(v - q, 0) / m.alpha;
      }
      // centre ψ on the estimate (the linearisation is first-order; the sd is what matters)
      let mean = 0;
      for (let i = 0; i < N; i++) mean += psi[i] as number;
      mean /= N;
      for (let i = 0; i < N; i++) psi[i] = (psi[i] as number) - mean + estimate;
      return { estimate, influence: psi };
    }
  }
}

/** @internal sd(a − b)/√N (b optional). */
export function pairedStandardError(a: Float64Array, b?: Float64Array): number {
  const N = a.length;
  if (N < 2) return 0;
  let mean = 0;
  for (let i = 0; i < N; i++) mean += (a[i] as number) - (b === undefined ? 0 : (b[i] as number));
  mean /= N;
  let ss = 0;
  for (let i = 0; i < N; i++) ss += ((a[i] as number) - (b === undefined ? 0 : (b[i] as number)) - mean) ** 2;
  return Math.sqrt(ss / (N - 1) / N);
}
