import { checkOptions, createRng, DpmError } from "@dpm/core";
import type { Seed } from "@dpm/core";

/** Largest `n` accepted by {@link trainTestSplit} (10⁸ rows). */
const MAX_ROWS = 100_000_000;

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
 * @param n - number of rows (2 to 10⁸)
 * @param options - test fraction and seed
 * @returns train and test row indices
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` for n outside 2…10⁸, an unknown option or a fraction outside (0, 1)
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
export function trainTestSplit(n: number, options?: TrainTestSplitOptions): { train: Int32Array; test: Int32Array } {
  const FN = "trainTestSplit";
  const opts = checkOptions(options, ["testFraction", "seed"], FN, "{ testFraction: 0.25, seed: 1 }");
  if (!(typeof n === "number" && Number.isInteger(n) && n >= 2 && n <= MAX_ROWS)) throw new DpmError("INVALID_ARGUMENT", `${FN}: n must be the number of rows, a whole number from 2 to ${MAX_ROWS}, got ${typeof n === "number" ? n : typeof n}`, { path: "n" });
  const f = opts.testFraction ?? 0.25;
  if (!(typeof f === "number" && f > 0 && f < 1)) throw new DpmError("INVALID_ARGUMENT", `${FN}: options.testFraction must be a number in (0, 1) such as 0.25, got ${typeof f === "number" ? f : typeof f}`, { path: "options.testFraction" });
  const nTest = Math.min(n - 1, Math.max(1, Math.round(n * f)));
  const idx = new Int32Array(n);
  for (let i = 0; i < n; i++) idx[i] = i;
  const rng = createRng(opts.seed ?? 1);
  for (let i = 0; i < nTest; i++) {
    const j = i + Math.floor(rng.next() * (n - i));
    const t = idx[i]!;
    idx[i] = idx[j]!;
    idx[j] = t;
  }
  return { test: idx.slice(0, nTest).sort(), train: idx.slice(nTest).sort() };
}
