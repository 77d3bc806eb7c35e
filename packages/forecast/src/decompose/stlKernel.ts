// STL (Cleveland, Cleveland, McRae & Terpenning 1990) following the structure of the reference
// Fortran implementation used by R's stats::stl (inner loop: cycle-subseries smoothing, low-pass
// filter, trend smoothing; outer loop: bisquare robustness weights). Arrays here are 1-based
// views: element i of (a, off) is a[off + i], which keeps the index arithmetic of the paper.

/** @internal Settings of the STL kernel (all windows odd ≥ 3, degrees 0 or 1, jumps ≥ 1). */
export interface StlSettings {
  readonly period: number;
  readonly seasonalWindow: number;
  readonly seasonalDegree: number;
  readonly seasonalJump: number;
  readonly trendWindow: number;
  readonly trendDegree: number;
  readonly trendJump: number;
  readonly lowPassWindow: number;
  readonly lowPassDegree: number;
  readonly lowPassJump: number;
  readonly inner: number;
  readonly outer: number;
}

/** @internal Output of the kernel: 0-based arrays of length n. */
export interface StlParts {
  readonly seasonal: Float64Array;
  readonly trend: Float64Array;
  readonly weights: Float64Array;
}

/**
 * Local (degree 0 or 1) tricube-weighted fit at abscissa xs using points nleft…nright of y.
 * Returns NaN when all weights vanish.
 */
function loessAt(
  y: Float64Array, yo: number, n: number, len: number, degree: number, xs: number,
  nleft: number, nright: number, w: Float64Array, userw: boolean, rw: Float64Array, rwo: number,
): number {
  const range = n - 1;
  let h = Math.max(xs - nleft, nright - xs);
  if (len > n) h += Math.floor((len - n) / 2);
  const h9 = 0.999 * h;
  const h1 = 0.001 * h;
  let a = 0;
  for (let j = nleft; j <= nright; j++) {
    w[j] = 0;
    const r = Math.abs(j - xs);
    if (r <= h9) {
      w[j] = r <= h1 ? 1 : (1 - (r / h) ** 3) ** 3;
      if (userw) w[j] = (rw[rwo + j] as number) * (w[j] as number);
      a += w[j] as number;
    }
  }
  if (a <= 0) return NaN;
  for (let j = nleft; j <= nright; j++) w[j] = (w[j] as number) / a;
  if (h > 0 && degree > 0) {
    let mean = 0;
    for (let j = nleft; j <= nright; j++) mean += (w[j] as number) * j;
    let b = xs - mean;
    let c = 0;
    for (let j = nleft; j <= nright; j++) c += (w[j] as number) * (j - mean) ** 2;
    if (Math.sqrt(c) > 0.001 * range) {
      b /= c;
      for (let j = nleft; j <= nright; j++) w[j] = (w[j] as number) * (b * (j - mean) + 1);
    }
  }
  let ys = 0;
  for (let j = nleft; j <= nright; j++) ys += (w[j] as number) * (y[yo + j] as number);
  return ys;
}

/** Loess smoothing of y[1..n] into ys[1..n], evaluated every `jump` points and interpolated linearly between. */
function loessSmooth(
  y: Float64Array, yo: number, n: number, len: number, degree: number, jump: number, userw: boolean,
  rw: Float64Array, rwo: number, ys: Float64Array, yso: number, w: Float64Array,
): void {
  if (n < 2) {
    ys[yso + 1] = y[yo + 1] as number;
    return;
  }
  const step = Math.min(jump, n - 1);
  let nleft = 1;
  let nright = n;
  const fit = (i: number) => {
    const v = loessAt(y, yo, n, len, degree, i, nleft, nright, w, userw, rw, rwo);
    ys[yso + i] = Number.isNaN(v) ? (y[yo + i] as number) : v;
  };
  if (len >= n) {
    nleft = 1;
    nright = n;
    for (let i = 1; i <= n; i += step) fit(i);
  } else if (step === 1) {
    const nsh = Math.floor((len + 1) / 2);
    nleft = 1;
    nright = len;
    for (let i = 1; i <= n; i++) {
      if (i > nsh && nright !== n) {
        nleft++;
        nright++;
      }
      fit(i);
    }
  } else {
    const nsh = Math.floor((len + 1) / 2);
    for (let i = 1; i <= n; i += step) {
      if (i < nsh) {
        nleft = 1;
        nright = len;
      } else if (i >= n - nsh + 1) {
        nleft = n - len + 1;
        nright = n;
      } else {
        nleft = i - nsh + 1;
        nright = len + i - nsh;
      }
      fit(i);
    }
  }
  if (step !== 1) {
    for (let i = 1; i <= n - step; i += step) {
      const delta = ((ys[yso + i + step] as number) - (ys[yso + i] as number)) / step;
      for (let j = i + 1; j <= i + step - 1; j++) ys[yso + j] = (ys[yso + i] as number) + delta * (j - i);
    }
    const k = Math.floor((n - 1) / step) * step + 1;
    if (k !== n) {
      fit(n);
      if (k !== n - 1) {
        const delta = ((ys[yso + n] as number) - (ys[yso + k] as number)) / (n - k);
        for (let j = k + 1; j <= n - 1; j++) ys[yso + j] = (ys[yso + k] as number) + delta * (j - k);
      }
    }
  }
}

/** Moving average of length len over x[1..n] into ave[1..n−len+1]. */
function movingAverage(x: Float64Array, xo: number, n: number, len: number, ave: Float64Array, ao: number): void {
  const count = n - len + 1;
  let v = 0;
  for (let i = 1; i <= len; i++) v += x[xo + i] as number;
  ave[ao + 1] = v / len;
  for (let j = 2, k = len, m = 0; j <= count; j++) {
    k++;
    m++;
    v = v - (x[xo + m] as number) + (x[xo + k] as number);
    ave[ao + j] = v / len;
  }
}

/**
 * @internal Runs STL on y (0-based, length n > 2·period). Windows are made odd and ≥ 3 as the
 * Fortran does. Returns seasonal, trend and the robustness weights (all 1 without outer loops).
 */
export function stlKernel(y0: Float64Array, s: StlSettings): StlParts {
  const n = y0.length;
  const np = Math.max(2, s.period);
  const odd = (v: number) => {
    const w = Math.max(3, v);
    return w % 2 === 0 ? w + 1 : w;
  };
  const ns = odd(s.seasonalWindow);
  const nt = odd(s.trendWindow);
  const nl = odd(s.lowPassWindow);
  // 1-based copies / work arrays
  const y = new Float64Array(n + 1);
  for (let i = 1; i <= n; i++) y[i] = y0[i - 1] as number;
  const rw = new Float64Array(n + 1).fill(1);
  const season = new Float64Array(n + 1);
  const trend = new Float64Array(n + 1);
  const size = n + 2 * np + 1;
  const w1 = new Float64Array(size);
  const w2 = new Float64Array(size);
  const w3 = new Float64Array(size);
  const w4 = new Float64Array(size);
  const w5 = new Float64Array(size);
  // cycle-subseries scratch
  const sub = new Float64Array(size);
  const subW = new Float64Array(size);
  const subFit = new Float64Array(size);
  const subRes = new Float64Array(size);

  let userw = false;
  const innerLoop = () => {
    for (let it = 0; it < s.inner; it++) {
      for (let i = 1; i <= n; i++) w1[i] = (y[i] as number) - (trend[i] as number);
      // seasonal smoothing of each cycle-subseries, extended one period at each end → w2[1..n+2np]
      for (let j = 1; j <= np; j++) {
        const k = Math.floor((n - j) / np) + 1;
        for (let i = 1; i <= k; i++) sub[i] = w1[(i - 1) * np + j] as number;
        if (userw) for (let i = 1; i <= k; i++) subW[i] = rw[(i - 1) * np + j] as number;
        // subFit[2..k+1] = smoothed values; subFit[1], subFit[k+2] = extrapolations
        loessSmooth(sub, 0, k, ns, s.seasonalDegree, s.seasonalJump, userw, subW, 0, subFit, 1, subRes);
        const nright = Math.min(ns, k);
        const before = loessAt(sub, 0, k, ns, s.seasonalDegree, 0, 1, nright, subRes, userw, subW, 0);
        subFit[1] = Number.isNaN(before) ? (subFit[2] as number) : before;
        const nleft = Math.max(1, k - ns + 1);
        const after = loessAt(sub, 0, k, ns, s.seasonalDegree, k + 1, nleft, k, subRes, userw, subW, 0);
        subFit[k + 2] = Number.isNaN(after) ? (subFit[k + 1] as number) : after;
        for (let m = 1; m <= k + 2; m++) w2[(m - 1) * np + j] = subFit[m] as number;
      }
      // low-pass filter of the extended seasonal: MA(np), MA(np), MA(3), then loess
      const total = n + 2 * np;
      movingAverage(w2, 0, total, np, w3, 0);
      movingAverage(w3, 0, total - np + 1, np, w1, 0);
      movingAverage(w1, 0, total - 2 * np + 2, 3, w3, 0);
      loessSmooth(w3, 0, n, nl, s.lowPassDegree, s.lowPassJump, false, w4, 0, w1, 0, w5);
      for (let i = 1; i <= n; i++) season[i] = (w2[np + i] as number) - (w1[i] as number);
      for (let i = 1; i <= n; i++) w1[i] = (y[i] as number) - (season[i] as number);
      loessSmooth(w1, 0, n, nt, s.trendDegree, s.trendJump, userw, rw, 0, trend, 0, w3);
    }
  };

  for (let k = 0; ; k++) {
    innerLoop();
    if (k + 1 > s.outer) break;
    robustnessWeights(y, season, trend, n, rw);
    userw = true;
  }
  if (s.outer <= 0) rw.fill(1);
  return { seasonal: season.slice(1), trend: trend.slice(1), weights: rw.slice(1) };
}

/** Bisquare weights of |y − fit| scaled by six times their median (h = 6·MAD in the paper). */
function robustnessWeights(y: Float64Array, season: Float64Array, trend: Float64Array, n: number, rw: Float64Array): void {
  const r = new Float64Array(n);
  for (let i = 1; i <= n; i++) r[i - 1] = Math.abs((y[i] as number) - ((trend[i] as number) + (season[i] as number)));
  const sorted = r.slice().sort();
  const mid1 = Math.floor(n / 2) + 1;
  const mid2 = n - mid1 + 1;
  const cmad = 3 * ((sorted[mid1 - 1] as number) + (sorted[mid2 - 1] as number));
  const c9 = 0.999 * cmad;
  const c1 = 0.001 * cmad;
  for (let i = 1; i <= n; i++) {
    const v = r[i - 1] as number;
    rw[i] = v <= c1 ? 1 : v <= c9 ? (1 - (v / cmad) ** 2) ** 2 : 0;
  }
}

/**
 * @internal Robust loess trend of a non-seasonal series: the trend step of STL alone (span `len`,
 * degree 1) with `outer` bisquare robustness passes.
 */
export function robustLoessTrend(y0: Float64Array, len: number, outer: number): Float64Array {
  const n = y0.length;
  const y = new Float64Array(n + 1);
  for (let i = 1; i <= n; i++) y[i] = y0[i - 1] as number;
  const rw = new Float64Array(n + 1).fill(1);
  const zero = new Float64Array(n + 1);
  const trend = new Float64Array(n + 1);
  const w = new Float64Array(n + 1);
  for (let k = 0; ; k++) {
    loessSmooth(y, 0, n, len, 1, 1, k > 0, rw, 0, trend, 0, w);
    if (k + 1 > outer) break;
    robustnessWeights(y, zero, trend, n, rw);
  }
  return trend.slice(1);
}
