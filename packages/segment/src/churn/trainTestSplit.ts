import { createRng, DpmError } from "@dpm/core";
import type { Seed } from "@dpm/core";

/**
 * Options of {@link trainTestSplit}.
 *
 * @category Churn
 */
export interface TrainTestSplitOptions {
  /** Share of rows in the test set, in (0, 1). Default 0.25. */
  readonly testFraction?: number;
  /** Seed of the shuffle. Default 1. */
  readonly seed?: Seed;
}

/**
 * Seeded random split of row indices 0..n−1 into train and test sets (both sorted).
 *
 * @param n - number of rows (≥ 2)
 * @param options - test fraction and seed
 * @returns train and test row indices
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` for n < 2 or a fraction outside (0, 1)
 *
 * @example
 * ```ts
 * import { trainTestSplit } from "@dpm/segment";
 *
 * const s = trainTestSplit(8, { testFraction: 0.25, seed: 3 });
 * s.test.length; // => 2
 * ```
 *
 * @category Churn
 */
export function trainTestSplit(n: number, options: TrainTestSplitOptions = {}): { train: Int32Array; test: Int32Array } {
  const FN = "trainTestSplit";
  if (!(Number.isInteger(n) && n >= 2)) throw new DpmError("INVALID_ARGUMENT", `${FN}: n must be an integer ≥ 2, got ${n}`, { path: "n" });
  const f = options.testFraction ?? 0.25;
  if (!(f > 0 && f < 1)) throw new DpmError("INVALID_ARGUMENT", `${FN}: options.testFraction must be in (0, 1), got ${f}`, { path: "options.testFraction" });
  const nTest = Math.min(n - 1, Math.max(1, Math.round(n * f)));
  const idx = Int32Array.from({ length: n }, (_, i) => i);
  const rng = createRng(options.seed ?? 1);
  for (let i = 0; i < nTest; i++) {
    const j = i + Math.floor(rng.next() * (n - i));
    const t = idx[i]!;
    idx[i] = idx[j]!;
    idx[j] = t;
  }
  return { test: idx.slice(0, nTest).sort(), train: idx.slice(nTest).sort() };
}
