/**
 * @internal Complex roots of c[0] + c[1] z + … + c[k] z^k (ascending coefficients, c[k] ≠ 0 after
 * trimming trailing zeros) by the Aberth–Ehrlich simultaneous iteration. Returns the real and
 * imaginary parts. For the low degrees of ARMA blocks this converges in a few dozen sweeps.
 */
export function polyRoots(coef: ArrayLike<number>): { re: Float64Array; im: Float64Array } {
  let k = coef.length - 1;
  while (k > 0 && coef[k] === 0) k--;
  const re = new Float64Array(k);
  const im = new Float64Array(k);
  if (k === 0) return { re, im };
  const lead = coef[k]!;
  const a = new Float64Array(k + 1);
  for (let i = 0; i <= k; i++) a[i] = coef[i]! / lead;
  // Initial guesses on a circle of the Cauchy-bound radius, rotated off the axes.
  let bound = 0;
  for (let i = 0; i < k; i++) bound = Math.max(bound, Math.abs(a[i]!));
  const radius = Math.min(1 + bound, Math.max(Math.pow(Math.abs(a[0]!), 1 / k), 1e-3));
  for (let i = 0; i < k; i++) {
    const ang = (2 * Math.PI * i) / k + 0.4;
    re[i] = radius * Math.cos(ang);
    im[i] = radius * Math.sin(ang);
  }
  for (let iter = 0; iter < 500; iter++) {
    let moved = 0;
    for (let i = 0; i < k; i++) {
      const zr = re[i]!;
      const zi = im[i]!;
      // p(z) and p'(z) by Horner.
      let pr = a[k]!;
      let pi = 0;
      let dr = 0;
      let di = 0;
      for (let j = k - 1; j >= 0; j--) {
        const ndr = dr * zr - di * zi + pr;
        const ndi = dr * zi + di * zr + pi;
        dr = ndr;
        di = ndi;
        const npr = pr * zr - pi * zi + a[j]!;
        const npi = pr * zi + pi * zr;
        pr = npr;
        pi = npi;
      }
      if (pr === 0 && pi === 0) continue;
      // ratio = p / p'
      const dd = dr * dr + di * di;
      if (dd === 0) continue;
      const rr = (pr * dr + pi * di) / dd;
      const ri = (pi * dr - pr * di) / dd;
      // sum of 1/(z_i − z_j)
      let sr = 0;
      let si = 0;
      for (let j = 0; j < k; j++) {
        if (j === i) continue;
        const ur = zr - re[j]!;
        const ui = zi - im[j]!;
        const uu = ur * ur + ui * ui;
        if (uu === 0) continue;
        sr += ur / uu;
        si += -ui / uu;
      }
      // w = ratio / (1 − ratio · s)
      const denr = 1 - (rr * sr - ri * si);
      const deni = -(rr * si + ri * sr);
      const den2 = denr * denr + deni * deni;
      if (den2 === 0) continue;
      const wr = (rr * denr + ri * deni) / den2;
      const wi = (ri * denr - rr * deni) / den2;
      re[i] = zr - wr;
      im[i] = zi - wi;
      moved = Math.max(moved, Math.hypot(wr, wi) / Math.max(1, Math.hypot(zr, zi)));
    }
    if (moved < 1e-15) break;
  }
  return { re, im };
}

/**
 * @internal R's `maInvert`: reflects the roots of 1 + θ₁z + … + θ_k z^k that lie inside the unit
 * circle to make the MA block invertible. Reads and writes `ma[off..off+k)`.
 */
export function maInvert(ma: Float64Array, off: number, k: number): void {
  let q0 = k;
  while (q0 > 0 && ma[off + q0 - 1] === 0) q0--;
  if (q0 === 0) return;
  const c = new Float64Array(q0 + 1);
  c[0] = 1;
  for (let i = 0; i < q0; i++) c[i + 1] = ma[off + i]!;
  const { re, im } = polyRoots(c);
  let any = false;
  for (let i = 0; i < q0; i++) if (Math.hypot(re[i]!, im[i]!) < 1) any = true;
  if (!any) return;
  if (q0 === 1) {
    ma[off] = 1 / ma[off]!;
    for (let i = 1; i < k; i++) ma[off + i] = 0;
    return;
  }
  for (let i = 0; i < q0; i++) {
    const m2 = re[i]! * re[i]! + im[i]! * im[i]!;
    if (Math.sqrt(m2) < 1) {
      re[i] = re[i]! / m2;
      im[i] = -im[i]! / m2;
    }
  }
  // x = 1; for each root r: x = c(x, 0) − c(0, x) / r  (complex).
  let xr = [1];
  let xi = [0];
  for (let j = 0; j < q0; j++) {
    const m2 = re[j]! * re[j]! + im[j]! * im[j]!;
    const ir = re[j]! / m2; // 1/r
    const ii = -im[j]! / m2;
    const nr = new Array<number>(xr.length + 1).fill(0);
    const ni = new Array<number>(xr.length + 1).fill(0);
    for (let i = 0; i < xr.length; i++) {
      nr[i]! += xr[i]!;
      ni[i]! += xi[i]!;
      nr[i + 1]! -= xr[i]! * ir - xi[i]! * ii;
      ni[i + 1]! -= xr[i]! * ii + xi[i]! * ir;
    }
    xr = nr;
    xi = ni;
  }
  for (let i = 0; i < q0; i++) ma[off + i] = xr[i + 1]!;
  for (let i = q0; i < k; i++) ma[off + i] = 0;
}

/**
 * @internal True when every root of 1 − c₁z − … − c_k z^k lies strictly outside the circle of
 * radius `radius` — with radius 1, the AR stationarity condition (R's `arCheck`). Uses the
 * Schur–Cohn step-down (Durbin–Levinson backwards) on c_i·radius^i, so no roots are computed.
 */
export function rootsOutside(c: ArrayLike<number>, off: number, k: number, radius = 1): boolean {
  let last = k;
  while (last > 0 && Math.abs(c[off + last - 1]!) <= 0) last--;
  if (last === 0) return true;
  const a = new Float64Array(last);
  const work = new Float64Array(last);
  let scale = 1;
  for (let i = 0; i < last; i++) {
    scale *= radius;
    a[i] = c[off + i]! * scale;
  }
  for (let j = last - 1; j >= 0; j--) {
    const kappa = a[j]!;
    if (!(Math.abs(kappa) < 1)) return false;
    const den = 1 - kappa * kappa;
    for (let i = 0; i < j; i++) work[i] = (a[i]! + kappa * a[j - i - 1]!) / den;
    for (let i = 0; i < j; i++) a[i] = work[i]!;
  }
  return true;
}
