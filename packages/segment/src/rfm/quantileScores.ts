import { checkOptions, DpmError, toFiniteArray } from "@dpm/core";

/**
 * Options of {@link quantileScores}.
 *
 * @category RFM
 */
export interface QuantileScoresOptions {
  /** Number of score levels (default 5 → scores 1..5). */
  readonly bins?: number;
  /** When true, smaller values get higher scores (use for recency measured as time since last purchase). */
  readonly reverse?: boolean;
}

const FN = "quantileScores";

/**
 * Quantile scores 1..bins: a value's score is `1 + floor(bins × (number of values strictly below it) / n)`
 * (or strictly above it when `reverse`). Ties always get the same score, so the result does not
 * depend on input order.
 *
 * @param values - values to score (not mutated)
 * @param options - number of bins and direction
 * @returns scores as a `Uint8Array`
 * @throws {@link @dpm/core!DpmError} `EMPTY` for no values; `NON_FINITE`; `INVALID_ARGUMENT` for bins outside 2..100
 *
 * @example
 * ```ts
 * import { quantileScores } from "@dpm/segment";
 *
 * quantileScores([10, 20, 30, 40, 50]); // => Uint8Array [1, 2, 3, 4, 5]
 * quantileScores([1, 1, 1, 9], { bins: 2 }); // => Uint8Array [1, 1, 1, 2]
 * ```
 *
 * @category RFM
 */
export function quantileScores(values: ArrayLike<number>, options?: QuantileScoresOptions): Uint8Array {
  const opts = checkOptions(options, ["bins", "reverse"], FN, "{ bins: 5, reverse: true }");
  const x = toFiniteArray(values, "values", FN);
  const bins = opts.bins ?? 5;
  const reverse = opts.reverse ?? false;
  if (typeof reverse !== "boolean") throw new DpmError("INVALID_ARGUMENT", `${FN}: options.reverse must be true or false`, { path: "options.reverse" });
  if (typeof bins !== "number" || !Number.isInteger(bins) || bins < 2 || bins > 100) throw new DpmError("INVALID_ARGUMENT", `${FN}: options.bins must be an integer in 2..100, got ${String(bins)}`, { path: "options.bins" });
  const n = x.length;
  if (n === 0) throw new DpmError("EMPTY", `${FN}: values must not be empty`, { path: "values" });
  const sorted = Float64Array.from(x).sort();
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const v = x[i]!;
    // count of values strictly below v (lower bound) / strictly above v
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]! < v) lo = mid + 1;
      else hi = mid;
    }
    let count = lo;
    if (reverse) {
      let l2 = lo;
      let h2 = n;
      while (l2 < h2) {
        const mid = (l2 + h2) >> 1;
        if (sorted[mid]! <= v) l2 = mid + 1;
        else h2 = mid;
      }
      count = n - l2;
    }
    out[i] = 1 + Math.floor((bins * count) / n);
  }
  return out;
}
