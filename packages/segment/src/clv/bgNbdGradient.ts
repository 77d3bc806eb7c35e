import { logGamma } from "@dpm/core";
import { digamma } from "../internal/digamma.js";

/** Distinct (x, t_x, T) histories with counts, grouped by frequency level. */
export interface CompressedHistories {
  /** Index of each history's frequency in `levels`. */
  readonly level: Int32Array;
  readonly tx: Float64Array;
  readonly T: Float64Array;
  readonly w: Float64Array;
  /** Distinct frequencies. */
  readonly levels: Float64Array;
  /** Total count per level. */
  readonly levelWeight: Float64Array;
}

/** Collapses identical (x, t_x, T) histories into one term with a count (no validation). Open-addressing hash on the float bits: O(n), no per-customer allocation. */
export function compressHistories(x: ArrayLike<number>, tx: ArrayLike<number>, T: ArrayLike<number>): CompressedHistories {
  const n = x.length;
  let size = 16;
  while (size < 2 * n) size *= 2;
  const mask = size - 1;
  const table = new Int32Array(size).fill(-1);
  const level = new Int32Array(n);
  const htx = new Float64Array(n);
  const hT = new Float64Array(n);
  const hw = new Float64Array(n);
  const hx = new Float64Array(n);
  const levelOf = new Map<number, number>();
  // level index of small frequencies without a Map lookup
  const DENSE = 4096;
  const dense = new Int32Array(DENSE).fill(-1);
  const lv: number[] = [];
  const lw: number[] = [];
  const f = new Float64Array(1);
  const u = new Uint32Array(f.buffer);
  const mix = (h: number, v: number): number => {
    f[0] = v;
    h = Math.imul(h ^ u[0]!, 0x9e3779b1);
    h = Math.imul(h ^ u[1]!, 0x85ebca77);
    return h ^ (h >>> 15);
  };
  let m = 0;
  for (let i = 0; i < n; i++) {
    const xi = x[i]!;
    const ti = tx[i]!;
    const Ti = T[i]!;
    const small = xi >= 0 && xi < DENSE && Math.floor(xi) === xi;
    let l = small ? dense[xi]! : -1;
    if (l < 0) {
      const known = levelOf.get(xi);
      if (known === undefined) {
        l = lv.length;
        levelOf.set(xi, l);
        lv.push(xi);
        lw.push(0);
      } else l = known;
      if (small) dense[xi] = l;
    }
    lw[l] = lw[l]! + 1;
    let slot = mix(mix(mix(0x811c9dc5, xi), ti), Ti) & mask;
    for (;;) {
      const j = table[slot]!;
      if (j < 0) {
        table[slot] = m;
        level[m] = l;
        hx[m] = xi;
        htx[m] = ti;
        hT[m] = Ti;
        hw[m] = 1;
        m++;
        break;
      }
      if (hx[j] === xi && htx[j] === ti && hT[j] === Ti) {
        hw[j] = hw[j]! + 1;
        break;
      }
      slot = (slot + 1) & mask;
    }
  }
  // views, not copies: fresh memory is expensive at n = 10⁶
  return { level: level.subarray(0, m), tx: htx.subarray(0, m), T: hT.subarray(0, m), w: hw.subarray(0, m), levels: Float64Array.from(lv), levelWeight: Float64Array.from(lw) };
}

/**
 * BG/NBD log-likelihood and its analytic gradient with respect to (log r, log α, log a, log b),
 * over compressed histories. Log-sum-exp for the (A3, A4) mixture keeps heavy buyers finite.
 * Writes the gradient into `grad` and returns the log-likelihood.
 */
export function bgNbdLogLikelihoodWithGradient(z: ArrayLike<number>, h: CompressedHistories, grad: Float64Array): number {
  const r = Math.exp(z[0]!);
  const alpha = Math.exp(z[1]!);
  const a = Math.exp(z[2]!);
  const b = Math.exp(z[3]!);
  const lnAlpha = Math.log(alpha);
  const lnA = Math.log(a);
  const lgR = logGamma(r);
  const psiR = digamma(r);
  const lgAB = logGamma(a + b);
  const psiAB = digamma(a + b);
  const lgB = logGamma(b);
  const psiB = digamma(b);
  const L = h.levels.length;
  // per-level constant part and its derivatives, summed with the level's customer count
  let total = 0;
  let gr = 0;
  let gAlpha = 0;
  let ga = 0;
  let gb = 0;
  const lnQ = new Float64Array(L);
  const invB = new Float64Array(L);
  for (let l = 0; l < L; l++) {
    const x = h.levels[l]!;
    const W = h.levelWeight[l]!;
    const psiABX = digamma(a + b + x);
    total += W * (logGamma(r + x) - lgR + r * lnAlpha + lgAB + logGamma(b + x) - lgB - logGamma(a + b + x));
    gr += W * (digamma(r + x) - psiR + lnAlpha);
    gAlpha += (W * r) / alpha;
    ga += W * (psiAB - psiABX);
    gb += W * (psiAB + digamma(b + x) - psiB - psiABX);
    if (x > 0) {
      lnQ[l] = lnA - Math.log(b + x - 1);
      invB[l] = 1 / (b + x - 1);
    }
  }
  const lev = h.level;
  const tx = h.tx;
  const T = h.T;
  const w = h.w;
  const levels = h.levels;
  const n = w.length;
  for (let i = 0; i < n; i++) {
    const l = lev[i]!;
    const x = levels[l]!;
    const wi = w[i]!;
    const rx = r + x;
    const aT = alpha + T[i]!;
    const lT = Math.log(aT);
    const A3 = -rx * lT;
    if (x > 0) {
      const at = alpha + tx[i]!;
      const lt = Math.log(at);
      const A4 = lnQ[l]! - rx * lt;
      let w3: number;
      let w4: number;
      if (A3 >= A4) {
        const e = Math.exp(A4 - A3);
        total += wi * (A3 + Math.log1p(e));
        w4 = e / (1 + e);
        w3 = 1 - w4;
      } else {
        const e = Math.exp(A3 - A4);
        total += wi * (A4 + Math.log1p(e));
        w3 = e / (1 + e);
        w4 = 1 - w3;
      }
      gr -= wi * (w3 * lT + w4 * lt);
      gAlpha -= wi * rx * (w3 / aT + w4 / at);
      ga += (wi * w4) / a;
      gb -= wi * w4 * invB[l]!;
    } else {
      total += wi * A3;
      gr -= wi * lT;
      gAlpha -= (wi * rx) / aT;
    }
  }
  grad[0] = gr * r;
  grad[1] = gAlpha * alpha;
  grad[2] = ga * a;
  grad[3] = gb * b;
  return total;
}
