import { normalCdf, normalQuantile } from "@dpm/core";
import { findRoot } from "../internal/findRoot.js";

const INV_SQRT_2PI = 0.3989422804014327;
/** Grid spacing of the numerical integration on the z scale (Simpson's rule). */
const STEP = 0.0125;
/** Lower end of the continuation region of one-sided designs (the mass below is < 1e-15). */
const FLOOR = -8;

/**
 * @internal Critical values c_k of a group-sequential design with given cumulative alpha at each
 * look, by the recursive numerical integration of Armitage, McPherson & Rowe as described in
 * Jennison & Turnbull (2000, ch. 19): the density of Z_k on the continuation region is propagated
 * look to look on a Simpson grid, and each c_k solves P(first crossing at look k) = α_k − α_{k−1}.
 * One-sided: reject when Z_k ≥ c_k. Two-sided: when |Z_k| ≥ c_k.
 */
export function groupSequentialBounds(rates: Float64Array, cumulative: Float64Array, sided: 1 | 2): Float64Array {
  const K = rates.length;
  const bounds = new Float64Array(K);
  let zs = new Float64Array(0);
  let dens = new Float64Array(0); // density × Simpson weight at zs
  for (let k = 0; k < K; k++) {
    const inc = (cumulative[k] as number) - (k === 0 ? 0 : (cumulative[k - 1] as number));
    let c: number;
    if (k === 0) {
      c = inc <= 0 ? Infinity : normalQuantile(1 - inc / sided);
    } else {
      const tPrev = rates[k - 1] as number;
      const tk = rates[k] as number;
      const sd = Math.sqrt(tk - tPrev);
      const sp = Math.sqrt(tPrev);
      const st = Math.sqrt(tk);
      const exit = (b: number) => {
        let p = 0;
        for (let i = 0; i < zs.length; i++) {
          const m = (zs[i] as number) * sp;
          let q = normalCdf((m - b * st) / sd);
          if (sided === 2) q += normalCdf((-b * st - m) / sd);
          p += (dens[i] as number) * q;
        }
        return p;
      };
      if (inc <= 0) c = Infinity;
      else {
        let hi = 12;
        if (exit(hi) > inc) c = hi;
        else c = findRoot((b) => exit(b) - inc, sided === 2 ? 0 : -8, hi, 1e-13);
      }
    }
    bounds[k] = c;
    if (k === K - 1) break;
    // Density of Z_k on the continuation region, on a Simpson grid.
    const upper = Math.min(c, 12);
    const lower = sided === 2 ? -upper : FLOOR;
    let m = Math.ceil((upper - lower) / STEP);
    if (m % 2 === 1) m++;
    const h = (upper - lower) / m;
    const next = new Float64Array(m + 1);
    for (let j = 0; j <= m; j++) next[j] = lower + j * h;
    const nd = new Float64Array(m + 1);
    if (k === 0) {
      for (let j = 0; j <= m; j++) {
        const z = next[j] as number;
        nd[j] = INV_SQRT_2PI * Math.exp(-0.5 * z * z);
      }
    } else {
      const tPrev = rates[k - 1] as number;
      const tk = rates[k] as number;
      const sd = Math.sqrt(tk - tPrev);
      const sp = Math.sqrt(tPrev);
      const st = Math.sqrt(tk);
      const scale = (st / sd) * INV_SQRT_2PI;
      for (let j = 0; j <= m; j++) {
        const zj = (next[j] as number) * st;
        let s = 0;
        for (let i = 0; i < zs.length; i++) {
          const u = (zj - (zs[i] as number) * sp) / sd;
          s += (dens[i] as number) * Math.exp(-0.5 * u * u);
        }
        nd[j] = s * scale;
      }
    }
    for (let j = 0; j <= m; j++) nd[j] = (nd[j] as number) * (h / 3) * (j === 0 || j === m ? 1 : j % 2 === 1 ? 4 : 2);
    zs = next;
    dens = nd;
  }
  return bounds;
}
