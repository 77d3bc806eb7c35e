import { lbfgs } from "../../optim/lbfgs.js";

/** @internal Result of {@link minimize}. */
export interface MinimizeResult {
  readonly x: Float64Array;
  readonly value: number;
  readonly evaluations: number;
  readonly converged: boolean;
}

/**
 * @internal Minimises f over ℝᵏ in scaled coordinates u = x / scale (R's `parscale`) with our
 * L-BFGS and central finite-difference gradients (step 1e−4 in u; R's `optim` uses 1e−3 forward
 * in BFGS, we use a finer central one so the optimum is found to tighter tolerance).
 */
export function minimize(
  f: (x: Float64Array) => number,
  x0: Float64Array,
  scale: Float64Array,
  maxIterations = 100,
): MinimizeResult {
  const k = x0.length;
  const x = new Float64Array(k);
  const u0 = new Float64Array(k);
  for (let i = 0; i < k; i++) u0[i] = x0[i]! / scale[i]!;
  let evaluations = 0;
  const fu = (u: Float64Array): number => {
    for (let i = 0; i < k; i++) x[i] = u[i]! * scale[i]!;
    evaluations++;
    const v = f(x);
    return Number.isFinite(v) ? v : Infinity;
  };
  const h = 1e-4;
  const up = new Float64Array(k);
  const fg = (u: Float64Array, g: Float64Array): number => {
    const f0 = fu(u);
    if (!Number.isFinite(f0)) return Infinity;
    up.set(u);
    for (let i = 0; i < k; i++) {
      const ui = u[i]!;
      up[i] = ui + h;
      const fp = fu(up);
      up[i] = ui - h;
      const fm = fu(up);
      up[i] = ui;
      if (Number.isFinite(fp) && Number.isFinite(fm)) g[i] = (fp - fm) / (2 * h);
      else if (Number.isFinite(fp)) g[i] = (fp - f0) / h;
      else if (Number.isFinite(fm)) g[i] = (f0 - fm) / h;
      else g[i] = 0;
    }
    return f0;
  };
  if (k === 0) {
    const v = f(x);
    return { x, value: v, evaluations: 1, converged: true };
  }
  const res = lbfgs(fg, u0, { maxIterations, ftol: 1e-12, gtol: 1e-6 });
  const out = new Float64Array(k);
  for (let i = 0; i < k; i++) out[i] = res.x[i]! * scale[i]!;
  return { x: out, value: res.value, evaluations, converged: res.status === "converged" };
}
