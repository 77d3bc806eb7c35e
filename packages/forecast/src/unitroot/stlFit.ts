/**
 * @internal A compact STL (Cleveland, Cleveland, McRae & Terpenning 1990) with the defaults of R's
 * `stl(x, s.window)` when `robust = FALSE`: seasonal loess degree 0, trend and low-pass degree 1,
 * trend window nextodd(ceil(1.5·m / (1 − 1.5/s.window))), low-pass window nextodd(m), jumps
 * ceil(window/10), two inner passes, no robustness iterations. Used only for the seasonal-strength
 * heuristic of {@link nsdiffs} (R's `forecast:::seas.heuristic` runs `mstl`, i.e. this `stl` with
 * s.window = 11, for a single seasonal period). Indices below are 1-based as in the paper's
 * Fortran, on arrays with a dummy slot 0.
 */
export function stlFit(x: Float64Array, period: number, sWindow = 11): { seasonal: Float64Array; trend: Float64Array } {
  const n = x.length;
  const np = Math.max(2, period);
  const nextOdd = (v: number): number => (v % 2 === 0 ? v + 1 : v);
  const ns = nextOdd(Math.max(3, sWindow));
  const nt = nextOdd(Math.max(3, Math.ceil((1.5 * period) / (1 - 1.5 / sWindow))));
  const nl = nextOdd(Math.max(3, period));
  const nsjump = Math.ceil(ns / 10);
  const ntjump = Math.ceil(nt / 10);
  const nljump = Math.ceil(nl / 10);
  const y = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) y[i + 1] = x[i]!;
  const trend = new Float64Array(n + 1);
  const season = new Float64Array(n + 1);
  const len = n + 2 * np + 1;
  const w1 = new Float64Array(len);
  const w2 = new Float64Array(len);
  const w3 = new Float64Array(len);
  const w4 = new Float64Array(len);
  const w5 = new Float64Array(len);
  for (let pass = 0; pass < 2; pass++) {
    for (let i = 1; i <= n; i++) w1[i] = y[i]! - trend[i]!;
    subseries(w1, n, np, ns, 0, nsjump, w2, w3, w4, w5);
    lowPass(w2, n + 2 * np, np, w3, w1);
    loess(w3, n, nl, 1, nljump, w1, w4, 0);
    for (let i = 1; i <= n; i++) season[i] = w2[np + i]! - w1[i]!;
    for (let i = 1; i <= n; i++) w1[i] = y[i]! - season[i]!;
    loess(w1, n, nt, 1, ntjump, trend, w3, 0);
  }
  return { seasonal: season.slice(1), trend: trend.slice(1) };
}

/** Local weighted fit at xs over y[nleft..nright] (R's stlest); returns NaN when not ok. */
function est(y: Float64Array, yOff: number, n: number, len: number, ideg: number, xs: number, nleft: number, nright: number, w: Float64Array): number {
  const range = n - 1;
  let h = Math.max(xs - nleft, nright - xs);
  if (len > n) h += Math.trunc((len - n) / 2);
  const h9 = 0.999 * h;
  const h1 = 0.001 * h;
  let a = 0;
  for (let j = nleft; j <= nright; j++) {
    w[j] = 0;
    const r = Math.abs(j - xs);
    if (r <= h9) {
      w[j] = r <= h1 ? 1 : (1 - (r / h) ** 3) ** 3;
      a += w[j]!;
    }
  }
  if (a <= 0) return NaN;
  for (let j = nleft; j <= nright; j++) w[j] = w[j]! / a;
  if (h > 0 && ideg > 0) {
    let am = 0;
    for (let j = nleft; j <= nright; j++) am += w[j]! * j;
    let b = xs - am;
    let c = 0;
    for (let j = nleft; j <= nright; j++) c += w[j]! * (j - am) ** 2;
    if (Math.sqrt(c) > 0.001 * range) {
      b /= c;
      for (let j = nleft; j <= nright; j++) w[j] = w[j]! * (b * (j - am) + 1);
    }
  }
  let ys = 0;
  for (let j = nleft; j <= nright; j++) ys += w[j]! * y[yOff + j]!;
  return ys;
}

/** Loess smoothing with jumps and linear interpolation (R's stless): ys[ysOff+1..ysOff+n]. */
function loess(y: Float64Array, n: number, len: number, ideg: number, njump: number, ys: Float64Array, res: Float64Array, ysOff: number, yOff = 0): void {
  if (n < 2) {
    ys[ysOff + 1] = y[yOff + 1]!;
    return;
  }
  const newnj = Math.min(njump, n - 1);
  let nleft = 1;
  let nright = n;
  const fit = (i: number): void => {
    const v = est(y, yOff, n, len, ideg, i, nleft, nright, res);
    ys[ysOff + i] = Number.isNaN(v) ? y[yOff + i]! : v;
  };
  if (len >= n) {
    nleft = 1;
    nright = n;
    for (let i = 1; i <= n; i += newnj) fit(i);
  } else if (newnj === 1) {
    const nsh = Math.trunc((len + 1) / 2);
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
    const nsh = Math.trunc((len + 1) / 2);
    for (let i = 1; i <= n; i += newnj) {
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
  if (newnj !== 1) {
    for (let i = 1; i <= n - newnj; i += newnj) {
      const delta = (ys[ysOff + i + newnj]! - ys[ysOff + i]!) / newnj;
      for (let j = i + 1; j <= i + newnj - 1; j++) ys[ysOff + j] = ys[ysOff + i]! + delta * (j - i);
    }
    const k = Math.trunc((n - 1) / newnj) * newnj + 1;
    if (k !== n) {
      fit(n);
      if (k !== n - 1) {
        const delta = (ys[ysOff + n]! - ys[ysOff + k]!) / (n - k);
        for (let j = k + 1; j <= n - 1; j++) ys[ysOff + j] = ys[ysOff + k]! + delta * (j - k);
      }
    }
  }
}

/** Cycle-subseries smoothing, extended one period each side (R's stlss): season[1..n+2np]. */
function subseries(y: Float64Array, n: number, np: number, ns: number, isdeg: number, nsjump: number, season: Float64Array, work1: Float64Array, work2: Float64Array, work3: Float64Array): void {
  for (let j = 1; j <= np; j++) {
    const k = Math.trunc((n - j) / np) + 1;
    for (let i = 1; i <= k; i++) work1[i] = y[(i - 1) * np + j]!;
    // work2[2..k+1] ← smoothed subseries (offset 1).
    loess(work1, k, ns, isdeg, nsjump, work2, work3, 1);
    const nright = Math.min(ns, k);
    const left = est(work1, 0, k, ns, isdeg, 0, 1, nright, work3);
    work2[1] = Number.isNaN(left) ? work2[2]! : left;
    const nleft = Math.max(1, k - ns + 1);
    const right = est(work1, 0, k, ns, isdeg, k + 1, nleft, k, work3);
    work2[k + 2] = Number.isNaN(right) ? work2[k + 1]! : right;
    for (let m = 1; m <= k + 2; m++) season[(m - 1) * np + j] = work2[m]!;
  }
}

/** Moving average of length len of x[1..n] into ave[1..n−len+1] (R's stlma). */
function movingAverage(x: Float64Array, n: number, len: number, ave: Float64Array): void {
  const newn = n - len + 1;
  let v = 0;
  for (let i = 1; i <= len; i++) v += x[i]!;
  ave[1] = v / len;
  if (newn > 1) {
    let k = len;
    let m = 0;
    for (let j = 2; j <= newn; j++) {
      k++;
      m++;
      v = v - x[m]! + x[k]!;
      ave[j] = v / len;
    }
  }
}

/** Low-pass filter: MA(np), MA(np), MA(3) (R's stlfts): trend[1..n−2np] from x[1..n]. */
function lowPass(x: Float64Array, n: number, np: number, trend: Float64Array, work: Float64Array): void {
  movingAverage(x, n, np, trend);
  movingAverage(trend, n - np + 1, np, work);
  movingAverage(work, n - 2 * np + 2, 3, trend);
}
