import { isDpmError, minimizeVmmin } from "@dpm/core";

/** @internal Result of {@link minimize}. */
export interface MinimizeResult {
  readonly x: Float64Array;
  readonly value: number;
  readonly evaluations: number;
  readonly converged: boolean;
}

/**
 * @internal Minimises f over ℝᵏ as R's `optim(method = "BFGS")` does for `arima`: in scaled
 * coordinates u = x / scale (`parscale`), with central-difference gradients of step `ndeps` = 1e−3
 * in u, by core's `minimizeVmmin` (R's vmmin; reltol 1e−8, at most 100 iterations). `forward` switches to one-sided
 * differences of step 1e−6 (half the evaluations; used while searching over models).
 */
export function minimize(
  f: (x: Float64Array) => number,
  x0: Float64Array,
  scale: Float64Array,
  options: { readonly maxit?: number; readonly reltol?: number; readonly ndeps?: number; readonly forward?: boolean } = {},
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
  const forward = options.forward ?? false;
  const h = options.ndeps ?? (forward ? 1e-6 : 1e-3);
  const up = new Float64Array(k);
  const gr = (u: Float64Array, f0: number, g: Float64Array): void => {
    up.set(u);
    for (let i = 0; i < k; i++) {
      const ui = u[i]!;
      up[i] = ui + h;
      const fp = fu(up);
      if (forward) {
        up[i] = ui;
        g[i] = Number.isFinite(fp) ? (fp - f0) / h : 0;
        continue;
      }
      up[i] = ui - h;
      const fm = fu(up);
      up[i] = ui;
      if (Number.isFinite(fp) && Number.isFinite(fm)) g[i] = (fp - fm) / (2 * h);
      else if (Number.isFinite(fp)) g[i] = (fp - f0) / h;
      else if (Number.isFinite(fm)) g[i] = (f0 - fm) / h;
      else g[i] = 0;
    }
  };
  if (k === 0) {
    const v = f(x);
    return { x, value: v, evaluations: 1, converged: true };
  }
  let res: { readonly x: Float64Array; readonly value: number; readonly converged: boolean };
  try {
    res = minimizeVmmin(fu, u0, { gradient: gr, maxIterations: options.maxit ?? 100, reltol: options.reltol ?? 1e-8, onNotConverged: "return" });
  } catch (error) {
    // not finite at the start (fu maps every non-finite value to Infinity): a failed fit, as in R
    if (!isDpmError(error, "NON_FINITE")) throw error;
    res = { x: u0, value: Infinity, converged: false };
  }
  const out = new Float64Array(k);
  for (let i = 0; i < k; i++) out[i] = res.x[i]! * scale[i]!;
  return { x: out, value: res.value, evaluations, converged: res.converged };
}
