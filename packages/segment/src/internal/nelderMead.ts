import { DpmError } from "@dpm/core";

export interface NelderMeadResult {
  x: Float64Array;
  f: number;
  iterations: number;
}

/** Minimises f with Nelder–Mead (adaptive coefficients), restarting from the best point until it no longer improves. */
export function nelderMead(f: (x: Float64Array) => number, x0: Float64Array, fn: string, tol = 1e-12, maxIter = 20_000): NelderMeadResult {
  const n = x0.length;
  let best: Float64Array = Float64Array.from(x0);
  let bestF = f(best);
  let total = 0;
  for (let restart = 0; restart < 6; restart++) {
    const simplex: Float64Array[] = [Float64Array.from(best)];
    for (let i = 0; i < n; i++) {
      const p = Float64Array.from(best);
      p[i] = p[i]! + (restart === 0 ? 0.5 : 0.1);
      simplex.push(p);
    }
    const fs = simplex.map((p) => f(p));
    const alpha = 1;
    const gamma = 1 + 2 / n;
    const rho = 0.75 - 1 / (2 * n);
    const sigma = 1 - 1 / n;
    let it = 0;
    for (; it < maxIter; it++) {
      const order = fs.map((v, i) => i).sort((i, j) => fs[i]! - fs[j]!);
      const s2 = order.map((i) => simplex[i]!);
      const f2 = order.map((i) => fs[i]!);
      for (let i = 0; i <= n; i++) {
        simplex[i] = s2[i]!;
        fs[i] = f2[i]!;
      }
      const spread = Math.abs(fs[n]! - fs[0]!);
      let size = 0;
      for (let i = 1; i <= n; i++) for (let j = 0; j < n; j++) size = Math.max(size, Math.abs(simplex[i]![j]! - simplex[0]![j]!));
      if ((spread <= tol * (Math.abs(fs[0]!) + tol) && size < 1e-9) || size < 1e-12) break;
      const centroid = new Float64Array(n);
      for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) centroid[j] = centroid[j]! + simplex[i]![j]! / n;
      const worst = simplex[n]!;
      const at = (t: number) => {
        const p = new Float64Array(n);
        for (let j = 0; j < n; j++) p[j] = centroid[j]! + t * (worst[j]! - centroid[j]!);
        return p;
      };
      const xr = at(-alpha);
      const fr = f(xr);
      if (fr < fs[0]!) {
        const xe = at(-alpha * gamma);
        const fe = f(xe);
        if (fe < fr) {
          simplex[n] = xe;
          fs[n] = fe;
        } else {
          simplex[n] = xr;
          fs[n] = fr;
        }
      } else if (fr < fs[n - 1]!) {
        simplex[n] = xr;
        fs[n] = fr;
      } else {
        const outside = fr < fs[n]!;
        const xc = at(outside ? -alpha * rho : rho);
        const fc = f(xc);
        if (fc < (outside ? fr : fs[n]!)) {
          simplex[n] = xc;
          fs[n] = fc;
        } else {
          for (let i = 1; i <= n; i++) {
            const p = new Float64Array(n);
            for (let j = 0; j < n; j++) p[j] = simplex[0]![j]! + sigma * (simplex[i]![j]! - simplex[0]![j]!);
            simplex[i] = p;
            fs[i] = f(p);
          }
        }
      }
    }
    total += it;
    if (it >= maxIter) throw new DpmError("NOT_CONVERGED", `${fn}: Nelder–Mead did not converge in ${maxIter} iterations; check the data or supply better initial values`, { details: { lastPoint: Array.from(simplex[0]!), lastValue: fs[0] } });
    const improved = bestF - fs[0]! > 1e-10 * Math.abs(bestF);
    if (fs[0]! <= bestF) {
      best = simplex[0]!;
      bestF = fs[0]!;
    }
    if (!improved && restart > 0) break;
  }
  if (!Number.isFinite(bestF)) throw new DpmError("NOT_CONVERGED", `${fn}: the likelihood is not finite at the optimum; check the data`, { details: { lastPoint: Array.from(best) } });
  return { x: best, f: bestF, iterations: total };
}
