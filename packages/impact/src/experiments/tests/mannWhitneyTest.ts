import { checkOptions, DpmError, normalCdf } from "@dpm/core";
import { ALTERNATIVES, checkChoice, readValues } from "../internal/validate.js";
import type { Alternative } from "../internal/validate.js";

/**
 * Options of {@link mannWhitneyTest}.
 *
 * @category Experiments
 */
export interface MannWhitneyTestOptions {
  /** Alternative about treatment vs control (default `"two-sided"`). */
  readonly alternative?: Alternative;
  /** Exact distribution (default: when both groups have fewer than 50 values and there are no ties, as R). */
  readonly exact?: boolean;
  /** Continuity correction of the normal approximation (default true, as R). */
  readonly correct?: boolean;
}

/**
 * The result of {@link mannWhitneyTest}.
 *
 * @category Experiments
 */
export interface MannWhitneyTestResult {
  readonly method: "Mann-Whitney exact" | "Mann-Whitney normal";
  /** W: the number of (treatment, control) pairs where treatment is larger (ties count ½), as R's `wilcox.test(treatment, control)`. */
  readonly statistic: number;
  readonly pValue: number;
  /** W / (n_t n_c): the probability that a random treatment unit beats a random control unit. */
  readonly probabilityOfSuperiority: number;
  readonly alternative: Alternative;
  /** False when every value is identical (no ranks to compare). */
  readonly measurable: boolean;
}

/** Exact null distribution of W for sizes m, n (counts of each W = 0 … mn), by the standard recursion. */
function exactCounts(m: number, n: number): Float64Array {
  // f[j] holds counts for (i, j) as i grows; keep one array per j.
  let prev: Float64Array[] = [];
  for (let j = 0; j <= n; j++) prev.push(Float64Array.of(1)); // i = 0: W = 0 only
  for (let i = 1; i <= m; i++) {
    const cur: Float64Array[] = [Float64Array.of(1)]; // j = 0
    for (let j = 1; j <= n; j++) {
      const out = new Float64Array(i * j + 1);
      const a = prev[j] as Float64Array; // (i-1, j), shifted by j
      const b = cur[j - 1] as Float64Array; // (i, j-1)
      for (let w = 0; w < a.length; w++) out[w + j] = (out[w + j] as number) + (a[w] as number);
      for (let w = 0; w < b.length; w++) out[w] = (out[w] as number) + (b[w] as number);
      cur.push(out);
    }
    prev = cur;
  }
  return prev[n] as Float64Array;
}

/**
 * The Mann–Whitney U (Wilcoxon rank-sum) test: does treatment tend to produce larger values than
 * control? Robust to heavy tails and outliers. Exact p-values for small samples without ties,
 * otherwise the normal approximation with tie and continuity corrections — both as R's
 * `wilcox.test(treatment, control)`.
 *
 * @param control - control values (≥ 1)
 * @param treatment - treatment values (≥ 1)
 * @param options - alternative, exact, correct
 * @returns W, p-value, P(treatment > control)
 * @throws {@link @dpm/core!DpmError} `EMPTY` for an empty group; `NON_FINITE` for NaN/∞; `INVALID_ARGUMENT` for exact: true with ties or more than 200 values per group
 *
 * @example
 * ```ts
 * import { mannWhitneyTest } from "@dpm/impact";
 *
 * const r = mannWhitneyTest([1.15, 0.88, 0.9, 0.74, 1.21], [0.8, 0.83, 1.89, 1.04, 1.45, 1.38, 1.91, 1.64, 0.73, 1.46]);
 * r.statistic; // => 35
 * r.pValue.toFixed(4); // => "0.2544"
 * ```
 *
 * @category Experiments
 */
export function mannWhitneyTest(control: ArrayLike<number>, treatment: ArrayLike<number>, options?: MannWhitneyTestOptions): MannWhitneyTestResult {
  const fn = "mannWhitneyTest";
  const o = checkOptions(options, ["alternative", "exact", "correct"], fn, '{ alternative: "greater" }');
  const alternative = checkChoice(o.alternative ?? "two-sided", ALTERNATIVES, fn, "alternative");
  const y = readValues(control, fn, "control", 1);
  const x = readValues(treatment, fn, "treatment", 1);
  const nx = x.length;
  const ny = y.length;
  const N = nx + ny;
  // Ranks with ties averaged.
  const all = new Float64Array(N);
  all.set(x);
  all.set(y, nx);
  const order = Array.from({ length: N }, (_, i) => i).sort((a, b) => (all[a] as number) - (all[b] as number));
  const ranks = new Float64Array(N);
  let tieTerm = 0;
  let hasTies = false;
  for (let i = 0; i < N; ) {
    let j = i;
    while (j + 1 < N && all[order[j + 1] as number] === all[order[i] as number]) j++;
    const r = (i + j + 2) / 2;
    for (let k = i; k <= j; k++) ranks[order[k] as number] = r;
    const t = j - i + 1;
    if (t > 1) {
      hasTies = true;
      tieTerm += t * t * t - t;
    }
    i = j + 1;
  }
  let rx = 0;
  for (let i = 0; i < nx; i++) rx += ranks[i] as number;
  const W = rx - (nx * (nx + 1)) / 2;
  const superiority = W / (nx * ny);
  const exact = o.exact ?? (nx < 50 && ny < 50 && !hasTies);
  if (exact) {
    if (hasTies) throw new DpmError("INVALID_ARGUMENT", `${fn}: exact: true needs values without ties; drop the option to use the normal approximation.`, { path: "options.exact" });
    if (nx > 200 || ny > 200) throw new DpmError("INVALID_ARGUMENT", `${fn}: exact: true is limited to 200 values per group; use the normal approximation for larger samples.`, { path: "options.exact" });
    const counts = exactCounts(nx, ny);
    let total = 0;
    for (let w = 0; w < counts.length; w++) total += counts[w] as number;
    const cdf = (q: number) => {
      let s = 0;
      for (let w = 0; w <= Math.min(q, counts.length - 1); w++) s += counts[w] as number;
      return s / total;
    };
    let p: number;
    if (alternative === "two-sided") {
      p = W > (nx * ny) / 2 ? 1 - cdf(W - 1) : cdf(W);
      p = Math.min(1, 2 * p);
    } else if (alternative === "greater") p = 1 - cdf(W - 1);
    else p = cdf(W);
    return { method: "Mann-Whitney exact", statistic: W, pValue: p, probabilityOfSuperiority: superiority, alternative, measurable: true };
  }
  const sigma = Math.sqrt(((nx * ny) / 12) * (N + 1 - tieTerm / (N * (N - 1))));
  if (sigma === 0) return { method: "Mann-Whitney normal", statistic: W, pValue: 1, probabilityOfSuperiority: 0.5, alternative, measurable: false };
  const z0 = W - (nx * ny) / 2;
  const correction = o.correct === false ? 0 : alternative === "two-sided" ? Math.sign(z0) * 0.5 : alternative === "greater" ? 0.5 : -0.5;
  const z = (z0 - correction) / sigma;
  const p = alternative === "two-sided" ? Math.min(1, 2 * Math.min(normalCdf(z), normalCdf(-z))) : alternative === "greater" ? normalCdf(-z) : normalCdf(z);
  return { method: "Mann-Whitney normal", statistic: W, pValue: p, probabilityOfSuperiority: superiority, alternative, measurable: true };
}
