import { DpmError } from "@dpm/core";

// Gauss–Kronrod 7/15 nodes and weights (QUADPACK qk15).
const XGK = [0.991455371120812639206854697526329, 0.949107912342758524526189684047851, 0.864864423359769072789712788640926, 0.741531185599394439863864773280788, 0.586087235467691130294144845693013, 0.405845151377397166906606412076961, 0.207784955007898467600689403773245, 0] as const;
const WGK = [0.022935322010529224963732008058970, 0.063092092629978553290700663189204, 0.104790010322250183839876322541518, 0.140653259715525918745189590510238, 0.169004726639267902826583426598550, 0.190350578064785409913256402421014, 0.204432940075298892414161999234649, 0.209482141084727828012999174891714] as const;
const WG = [0.129484966168869693270611432679082, 0.279705391489276667901467771423780, 0.381830050505118944950369775488975, 0.417959183673469387755102040816327] as const;

function kronrod(f: (x: number) => number, a: number, b: number): { value: number; error: number } {
  const c = 0.5 * (a + b);
  const h = 0.5 * (b - a);
  const fc = f(c);
  let k = fc * WGK[7];
  let g = fc * WG[3];
  for (let j = 0; j < 7; j++) {
    const dx = h * (XGK[j] as number);
    const s = f(c - dx) + f(c + dx);
    k += (WGK[j] as number) * s;
    if (j % 2 === 1) g += (WG[(j - 1) / 2] as number) * s;
  }
  return { value: k * h, error: Math.abs((k - g) * h) };
}

/**
 * @internal ∫ f over [a, b] by adaptive Gauss–Kronrod (7/15 points, bisecting the interval with the
 * largest error estimate). Infinite ends are mapped to a finite range with x = a + t/(1 − t)
 * (or its mirror). Relative tolerance `rtol` (default 1e-12); throws `NOT_CONVERGED` after 2,000
 * subdivisions.
 */
export function integrate(f: (x: number) => number, a: number, b: number, rtol = 1e-12): number {
  if (a === b) return 0;
  if (a > b) return -integrate(f, b, a, rtol);
  if (a === -Infinity && b === Infinity) return integrate(f, -Infinity, 0, rtol) + integrate(f, 0, Infinity, rtol);
  if (b === Infinity) return integrate((t) => (t >= 1 ? 0 : f(a + t / (1 - t)) / ((1 - t) * (1 - t))), 0, 1, rtol);
  if (a === -Infinity) return integrate((t) => (t >= 1 ? 0 : f(b - t / (1 - t)) / ((1 - t) * (1 - t))), 0, 1, rtol);
  const g = (x: number): number => {
    const v = f(x);
    return Number.isFinite(v) ? v : 0;
  };
  const parts = [{ a, b, ...kronrod(g, a, b) }];
  for (let iter = 0; iter < 2000; iter++) {
    let total = 0;
    let error = 0;
    let worst = 0;
    parts.forEach((p, i) => {
      total += p.value;
      error += p.error;
      if (p.error > (parts[worst] as (typeof parts)[number]).error) worst = i;
    });
    if (error <= Math.max(rtol * Math.abs(total), 1e-300)) return total;
    const w = parts[worst] as (typeof parts)[number];
    const m = 0.5 * (w.a + w.b);
    if (m <= w.a || m >= w.b) return total;
    parts.splice(worst, 1, { a: w.a, b: m, ...kronrod(g, w.a, m) }, { a: m, b: w.b, ...kronrod(g, m, w.b) });
  }
  throw new DpmError("NOT_CONVERGED", "integrate: adaptive quadrature did not reach its tolerance in 2,000 subdivisions.");
}
