/** @internal Result of {@link nelderMead}. */
export interface NelderMeadResult {
  /** Best point found (a fresh array). */
  readonly x: Float64Array;
  /** Objective at `x`. */
  readonly value: number;
  /** Objective evaluations used. */
  readonly evaluations: number;
  /** 0 converged, 1 hit the evaluation limit, 10 the simplex stopped shrinking. */
  readonly fail: number;
}

/** @internal Options of {@link nelderMead}. */
export interface NelderMeadOptions {
  /** Evaluation budget (R's `maxit`). */
  readonly maxit: number;
  /** Relative tolerance on the spread of simplex values (R's `reltol`, default √ε). */
  readonly reltol?: number;
  /** Initial simplex steps per coordinate; default R's: 10% of the largest |x0_i| for all (0.1 if all 0). */
  readonly steps?: Float64Array;
}

const BIG = 1e35;

/**
 * @internal Nelder–Mead minimisation, a line-by-line port of R's `nmmin` (optim's default, which
 * forecast's `ets` calls): reflection 1, contraction 0.5, expansion 2; non-finite values count as
 * 1e35; stops when the simplex values are within `reltol·(|f0| + reltol)`.
 *
 * Allocation-free after setup: the simplex lives in one Float64Array.
 */
export function nelderMead(f: (x: Float64Array) => number, x0: Float64Array, options: NelderMeadOptions): NelderMeadResult {
  const n = x0.length;
  const maxit = options.maxit;
  const intol = options.reltol ?? Math.sqrt(Number.EPSILON);
  const alpha = 1;
  const bet = 0.5;
  const gamm = 2;
  const n1 = n + 1;
  // P[i][j] of R → p[j * n + i] (vertex j, coordinate i); values in fv[j]; centroid in c.
  const p = new Float64Array(n1 * n);
  const fv = new Float64Array(n1);
  const c = new Float64Array(n);
  const bvec = Float64Array.from(x0);
  let value = f(bvec);
  if (!Number.isFinite(value)) {
    return { x: Float64Array.from(x0), value: Infinity, evaluations: 1, fail: 2 };
  }
  let funcount = 1;
  const convtol = intol * (Math.abs(value) + intol);
  fv[0] = value;
  for (let i = 0; i < n; i++) p[i] = bvec[i] as number;
  let L = 0;
  let size = 0;
  let step = 0;
  const steps = options.steps;
  if (steps === undefined) {
    for (let i = 0; i < n; i++) if (0.1 * Math.abs(bvec[i] as number) > step) step = 0.1 * Math.abs(bvec[i] as number);
    if (step === 0) step = 0.1;
  }
  for (let j = 1; j < n1; j++) {
    for (let i = 0; i < n; i++) p[j * n + i] = bvec[i] as number;
    let trystep = steps === undefined ? step : (steps[j - 1] as number);
    if (trystep === 0) trystep = 0.1;
    while (p[j * n + j - 1] === bvec[j - 1]) {
      p[j * n + j - 1] = (bvec[j - 1] as number) + trystep;
      trystep *= 10;
    }
    size += trystep;
  }
  let oldsize = size;
  let calcvert = true;
  let fail = 0;
  do {
    if (calcvert) {
      for (let j = 0; j < n1; j++) {
        if (j !== L) {
          for (let i = 0; i < n; i++) bvec[i] = p[j * n + i] as number;
          value = f(bvec);
          if (!Number.isFinite(value)) value = BIG;
          funcount++;
          fv[j] = value;
        }
      }
      calcvert = false;
    }
    let VL = fv[L] as number;
    let VH = VL;
    let H = L;
    for (let j = 0; j < n1; j++) {
      if (j !== L) {
        const v = fv[j] as number;
        if (v < VL) {
          L = j;
          VL = v;
        }
        if (v > VH) {
          H = j;
          VH = v;
        }
      }
    }
    if (VH <= VL + convtol) break;
    for (let i = 0; i < n; i++) {
      let temp = -(p[H * n + i] as number);
      for (let j = 0; j < n1; j++) temp += p[j * n + i] as number;
      c[i] = temp / n;
    }
    for (let i = 0; i < n; i++) bvec[i] = (1 + alpha) * (c[i] as number) - alpha * (p[H * n + i] as number);
    value = f(bvec);
    if (!Number.isFinite(value)) value = BIG;
    funcount++;
    const VR = value;
    if (VR < VL) {
      // Try to expand; c becomes the reflected point (R stores it in the centroid column).
      const fr = value;
      for (let i = 0; i < n; i++) {
        const e = gamm * (bvec[i] as number) + (1 - gamm) * (c[i] as number);
        c[i] = bvec[i] as number;
        bvec[i] = e;
      }
      value = f(bvec);
      if (!Number.isFinite(value)) value = BIG;
      funcount++;
      if (value < VR) {
        for (let i = 0; i < n; i++) p[H * n + i] = bvec[i] as number;
        fv[H] = value;
      } else {
        for (let i = 0; i < n; i++) p[H * n + i] = c[i] as number;
        fv[H] = fr;
      }
    } else {
      if (VR < VH) {
        for (let i = 0; i < n; i++) p[H * n + i] = bvec[i] as number;
        fv[H] = VR;
      }
      for (let i = 0; i < n; i++) bvec[i] = (1 - bet) * (p[H * n + i] as number) + bet * (c[i] as number);
      value = f(bvec);
      if (!Number.isFinite(value)) value = BIG;
      funcount++;
      if (value < (fv[H] as number)) {
        for (let i = 0; i < n; i++) p[H * n + i] = bvec[i] as number;
        fv[H] = value;
      } else if (VR >= VH) {
        // Shrink towards the best vertex.
        calcvert = true;
        size = 0;
        for (let j = 0; j < n1; j++) {
          if (j !== L) {
            for (let i = 0; i < n; i++) {
              const pl = p[L * n + i] as number;
              p[j * n + i] = bet * ((p[j * n + i] as number) - pl) + pl;
              size += Math.abs((p[j * n + i] as number) - pl);
            }
          }
        }
        if (size < oldsize) {
          oldsize = size;
        } else {
          fail = 10;
          break;
        }
      }
    }
  } while (funcount <= maxit);
  if (funcount > maxit) fail = 1;
  return { x: p.slice(L * n, L * n + n), value: fv[L] as number, evaluations: funcount, fail };
}
