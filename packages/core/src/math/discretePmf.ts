import { checkArgument } from "./checkArgument.js";
import { logGammaUnchecked } from "./logGamma.js";
import { HALF_LOG_2PI, bd0, stirlingCorrection } from "./stirling.js";

/** ln n! − [(n + ½) ln n − n + ½ ln 2π], the error of Stirling's formula (Loader 2000). */
function stirlerr(n: number): number {
  if (n >= 15) return stirlingCorrection(n);
  if (n === 0) return HALF_LOG_2PI;
  return logGammaUnchecked(n + 1) - (n + 0.5) * Math.log(n) + n - HALF_LOG_2PI;
}

/** Poisson probability of k (an integer ≥ 0) without argument checks. */
function poissonPmfUnchecked(k: number, lambda: number): number {
  if (k === 0) return Math.exp(-lambda);
  return Math.exp(-stirlerr(k) - bd0(k, lambda)) / Math.sqrt(2 * Math.PI * k);
}

/**
 * The Poisson probability P(N = k) for N ~ Poisson(λ), by Loader's saddle-point formula (the one
 * R's `dpois` uses), accurate to about 1e-15 relative even for k and λ in the millions.
 *
 * @param k - an integer ≥ 0
 * @param lambda - the mean, a finite number > 0
 * @returns P(N = k)
 * @throws {@link DpmError} `INVALID_ARGUMENT` for a k that is not an integer ≥ 0 or λ not finite and > 0
 *
 * @example
 * ```ts
 * import { poissonPmf } from "@dpm/core";
 *
 * poissonPmf(2, 3).toFixed(12) === ((9 / 2) * Math.exp(-3)).toFixed(12); // => true
 * ```
 *
 * @category Math
 */
export function poissonPmf(k: number, lambda: number): number {
  checkArgument(Number.isInteger(k) && k >= 0, "poissonPmf", "k", "an integer ≥ 0", k);
  checkArgument(typeof lambda === "number" && lambda > 0 && lambda < Infinity, "poissonPmf", "lambda", "a finite number > 0", lambda);
  return poissonPmfUnchecked(k, lambda);
}

/** Binomial probability without argument checks. */
function binomialPmfUnchecked(k: number, n: number, p: number): number {
  const q = 1 - p;
  if (p === 0) return k === 0 ? 1 : 0;
  if (q === 0) return k === n ? 1 : 0;
  if (k === 0) return Math.exp(n * Math.log1p(-p));
  if (k === n) return Math.exp(n * Math.log(p));
  const lc = stirlerr(n) - stirlerr(k) - stirlerr(n - k) - bd0(k, n * p) - bd0(n - k, n * q);
  const lf = Math.log(2 * Math.PI) + Math.log(k) + Math.log1p(-k / n);
  return Math.exp(lc - 0.5 * lf);
}

/**
 * The binomial probability of k successes in n trials with success probability p, by Loader's
 * saddle-point formula (the one R's `dbinom` uses).
 *
 * @param k - successes, an integer in [0, n]
 * @param n - trials, an integer ≥ 0
 * @param p - success probability in [0, 1]
 * @returns P(K = k)
 * @throws {@link DpmError} `INVALID_ARGUMENT` for non-integer counts, k outside [0, n] or p outside [0, 1]
 *
 * @example
 * ```ts
 * import { binomialPmf } from "@dpm/core";
 *
 * binomialPmf(2, 4, 0.5).toFixed(12); // => "0.375000000000"
 * ```
 *
 * @category Math
 */
export function binomialPmf(k: number, n: number, p: number): number {
  checkArgument(Number.isInteger(n) && n >= 0, "binomialPmf", "n", "an integer ≥ 0", n);
  checkArgument(Number.isInteger(k) && k >= 0 && k <= n, "binomialPmf", "k", `an integer in [0, ${n}]`, k);
  checkArgument(typeof p === "number" && p >= 0 && p <= 1, "binomialPmf", "p", "a probability in [0, 1]", p);
  return binomialPmfUnchecked(k, n, p);
}
