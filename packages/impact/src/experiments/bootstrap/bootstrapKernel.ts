import { normalCdf, normalQuantile } from "@dpm/core";
import type { Rng } from "@dpm/core";

/**
 * @internal Fills `out` with `out.length` bootstrap replicates of mean(t) − mean(c), resampling each
 * group with replacement (uniform indices from `rng`). Allocation-free.
 */
export function resampleMeanDifferences(c: Float64Array, t: Float64Array, rng: Rng, out: Float64Array): Float64Array {
  const nc = c.length;
  const nt = t.length;
  for (let b = 0; b < out.length; b++) {
    let sc = 0;
    for (let i = 0; i < nc; i++) sc += c[(rng.next() * nc) | 0] as number;
    let st = 0;
    for (let i = 0; i < nt; i++) st += t[(rng.next() * nt) | 0] as number;
    out[b] = st / nt - sc / nc;
  }
  return out;
}

/** @internal The q-quantile of sorted replicates (R type 7 interpolation). */
export function sortedQuantile(sorted: Float64Array, q: number): number {
  const h = (sorted.length - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(sorted.length - 1, lo + 1);
  return (sorted[lo] as number) + (h - lo) * ((sorted[hi] as number) - (sorted[lo] as number));
}

/** @internal Jackknife acceleration of mean(t) − mean(c) (leave one unit out of either group). */
export function jackknifeAcceleration(c: Float64Array, t: Float64Array): number {
  let sc = 0;
  for (let i = 0; i < c.length; i++) sc += c[i] as number;
  let st = 0;
  for (let i = 0; i < t.length; i++) st += t[i] as number;
  const nc = c.length;
  const nt = t.length;
  const n = nc + nt;
  // θ_(i) values: drop a control unit → st/nt − (sc − c_i)/(nc − 1); drop a treatment unit similarly.
  let mean = 0;
  for (let i = 0; i < nc; i++) mean += st / nt - (sc - (c[i] as number)) / (nc - 1);
  for (let i = 0; i < nt; i++) mean += (st - (t[i] as number)) / (nt - 1) - sc / nc;
  mean /= n;
  let s2 = 0;
  let s3 = 0;
  for (let i = 0; i < nc; i++) {
    const d = mean - (st / nt - (sc - (c[i] as number)) / (nc - 1));
    s2 += d * d;
    s3 += d * d * d;
  }
  for (let i = 0; i < nt; i++) {
    const d = mean - ((st - (t[i] as number)) / (nt - 1) - sc / nc);
    s2 += d * d;
    s3 += d * d * d;
  }
  return s2 === 0 ? 0 : s3 / (6 * Math.pow(s2, 1.5));
}

/** @internal Percentile or BCa bounds from sorted replicates. */
export function bootstrapBounds(sorted: Float64Array, estimate: number, alpha: number, acceleration: number | undefined): [number, number] {
  const lo = alpha / 2;
  const hi = 1 - alpha / 2;
  if (acceleration === undefined) return [sortedQuantile(sorted, lo), sortedQuantile(sorted, hi)];
  let below = 0;
  let equal = 0;
  for (let i = 0; i < sorted.length; i++) {
    if ((sorted[i] as number) < estimate) below++;
    else if (sorted[i] === estimate) equal++;
  }
  const share = Math.min(1 - 1 / sorted.length, Math.max(1 / sorted.length, (below + equal / 2) / sorted.length));
  const z0 = normalQuantile(share);
  const adj = (q: number) => {
    const z = normalQuantile(q);
    return normalCdf(z0 + (z0 + z) / (1 - acceleration * (z0 + z)));
  };
  return [sortedQuantile(sorted, adj(lo)), sortedQuantile(sorted, adj(hi))];
}
