/** @internal Result of {@link vmmin}. */
export interface VmminResult {
  readonly x: Float64Array;
  readonly value: number;
  readonly fnCount: number;
  readonly grCount: number;
  /** 0 converged, 1 iteration limit. */
  readonly fail: number;
}

/**
 * @internal Variable-metric (BFGS) minimiser, a port of R's `vmmin` (Nash 1990, the "BFGS" method
 * of `optim`, which `stats::arima` uses): backtracking line search (step × 0.2, Armijo constant
 * 1e−4) that evaluates only f, one gradient per accepted step, inverse-Hessian update, reset to the
 * identity when the update fails; stops when f improves by less than reltol·(|f| + reltol).
 * Non-finite f counts as a failed step. `gr` writes the gradient of f into g.
 */
export function vmmin(
  f: (x: Float64Array) => number,
  gr: (x: Float64Array, fx: number, g: Float64Array) => void,
  x0: Float64Array,
  maxit = 100,
  reltol = 1e-8,
): VmminResult {
  const n = x0.length;
  const stepredn = 0.2;
  const acctol = 0.0001;
  const reltest = 10.0;
  const b = Float64Array.from(x0);
  let fmin = f(b);
  if (!Number.isFinite(fmin)) return { x: b, value: Infinity, fnCount: 1, grCount: 0, fail: 2 };
  if (maxit <= 0 || n === 0) return { x: b, value: fmin, fnCount: 1, grCount: 0, fail: 0 };
  const g = new Float64Array(n);
  const t = new Float64Array(n);
  const X = new Float64Array(n);
  const c = new Float64Array(n);
  const B = new Float64Array(n * n);
  let funcount = 1;
  let gradcount = 1;
  gr(b, fmin, g);
  let iter = 1;
  let ilast = gradcount;
  let count = 0;
  let fv = fmin;
  do {
    if (ilast === gradcount) {
      B.fill(0);
      for (let i = 0; i < n; i++) B[i * n + i] = 1;
    }
    for (let i = 0; i < n; i++) {
      X[i] = b[i]!;
      c[i] = g[i]!;
    }
    let gradproj = 0;
    for (let i = 0; i < n; i++) {
      let s = 0;
      for (let j = 0; j <= i; j++) s -= B[i * n + j]! * g[j]!;
      for (let j = i + 1; j < n; j++) s -= B[j * n + i]! * g[j]!;
      t[i] = s;
      gradproj += s * g[i]!;
    }
    if (gradproj < 0) {
      let steplength = 1.0;
      let accpoint = false;
      do {
        count = 0;
        for (let i = 0; i < n; i++) {
          b[i] = X[i]! + steplength * t[i]!;
          if (reltest + X[i]! === reltest + b[i]!) count++;
        }
        if (count < n) {
          fv = f(b);
          funcount++;
          accpoint = Number.isFinite(fv) && fv <= fmin + gradproj * steplength * acctol;
          if (!accpoint) steplength *= stepredn;
        }
      } while (!(count === n || accpoint));
      const enough = Math.abs(fv - fmin) > reltol * (Math.abs(fmin) + reltol);
      if (!enough) {
        count = n;
        fmin = fv;
      }
      if (count < n) {
        fmin = fv;
        gr(b, fv, g);
        gradcount++;
        iter++;
        let D1 = 0;
        for (let i = 0; i < n; i++) {
          t[i] = steplength * t[i]!;
          c[i] = g[i]! - c[i]!;
          D1 += t[i]! * c[i]!;
        }
        if (D1 > 0) {
          let D2 = 0;
          for (let i = 0; i < n; i++) {
            let s = 0;
            for (let j = 0; j <= i; j++) s += B[i * n + j]! * c[j]!;
            for (let j = i + 1; j < n; j++) s += B[j * n + i]! * c[j]!;
            X[i] = s;
            D2 += s * c[i]!;
          }
          D2 = 1 + D2 / D1;
          for (let i = 0; i < n; i++) for (let j = 0; j <= i; j++) B[i * n + j] = B[i * n + j]! + (D2 * t[i]! * t[j]! - X[i]! * t[j]! - t[i]! * X[j]!) / D1;
        } else {
          ilast = gradcount;
        }
      } else if (ilast < gradcount) {
        count = 0;
        ilast = gradcount;
      }
    } else {
      count = 0;
      if (ilast === gradcount) count = n;
      else ilast = gradcount;
    }
    if (iter >= maxit) break;
    if (gradcount - ilast > 2 * n) ilast = gradcount;
  } while (count !== n || ilast !== gradcount);
  return { x: b, value: fmin, fnCount: funcount, grCount: gradcount, fail: iter < maxit ? 0 : 1 };
}
