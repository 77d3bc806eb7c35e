import { DpmError, toFiniteArray } from "@dpm/core";

/** @internal Average ranks (1-based, ties share their mean rank) of x. */
export function averageRanks(x: Float64Array): Float64Array {
  const n = x.length;
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort((a, b) => (x[a] as number) - (x[b] as number));
  const ranks = new Float64Array(n);
  for (let i = 0; i < n; ) {
    let j = i;
    while (j + 1 < n && x[order[j + 1] as number] === x[order[i] as number]) j++;
    const r = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) ranks[order[k] as number] = r;
    i = j + 1;
  }
  return ranks;
}

/** @internal Pearson correlation of two equal-length arrays (two-pass, centred). */
export function pearson(x: ArrayLike<number>, y: ArrayLike<number>): number {
  const n = x.length;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += x[i] as number;
    my += y[i] as number;
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = (x[i] as number) - mx;
    const dy = (y[i] as number) - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxx === 0 || syy === 0 ? 0 : sxy / Math.sqrt(sxx * syy);
}

/**
 * Spearman's rank correlation: the Pearson correlation of the ranks (ties get their average
 * rank), in [−1, 1]. Robust to outliers and unchanged by any increasing transformation, which is
 * why rank correlations are used to describe dependence between Monte Carlo inputs.
 *
 * @param x - first sample
 * @param y - second sample, same length, at least 2 values
 * @returns the rank correlation (0 when either sample is constant)
 * @throws {@link @dpm/core!DpmError} `LENGTH_MISMATCH`, `TOO_SHORT`, `NON_FINITE`
 *
 * @example
 * ```ts
 * import { spearmanCorrelation } from "@dpm/montecarlo";
 *
 * spearmanCorrelation([1, 2, 3, 4], [10, 20, 30, 1000]); // => 1
 * spearmanCorrelation([1, 2, 3], [3, 2, 1]); // => -1
 * ```
 *
 * @category Statistics
 */
export function spearmanCorrelation(x: ArrayLike<number>, y: ArrayLike<number>): number {
  const fn = "spearmanCorrelation";
  const a = toFiniteArray(x, "x", fn, { minLength: 2 });
  const b = toFiniteArray(y, "y", fn, { minLength: 2 });
  if (a.length !== b.length) throw new DpmError("LENGTH_MISMATCH", `${fn}: x has ${a.length} values but y has ${b.length}.`, { path: "y" });
  return pearson(averageRanks(a), averageRanks(b));
}
