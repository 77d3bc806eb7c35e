import { checkOptions, DpmError } from "@dpm/core";
import { minimizeNegativeLogLikelihood } from "./minimizeNegativeLogLikelihood.js";
import type { BgNbdParams, FrequencyRecency } from "./BgNbdParams.js";
import { bgNbdLogLikelihoodWithGradient, compressHistories } from "./bgNbdGradient.js";
import type { CompressedHistories } from "./bgNbdGradient.js";
import { checkData } from "./bgNbdLogLikelihood.js";

/**
 * A fitted BG/NBD model.
 *
 * @category CLV
 */
export interface BgNbdFit extends BgNbdParams {
  /** Maximised log-likelihood. */
  readonly logLikelihood: number;
  /** Number of customers. */
  readonly n: number;
  /** Optimiser iterations. */
  readonly iterations: number;
}

/**
 * Options of {@link fitBgNbd}.
 *
 * @category CLV
 */
export interface FitBgNbdOptions {
  /** Starting values (default r = α = a = b = 1). */
  readonly initial?: BgNbdParams;
}

const FN = "fitBgNbd";
/** Log-parameters are kept in [−BOUND, BOUND] (parameters in [e^−25, e^25]). */
const BOUND = 25;
/** Stop when every partial derivative of the mean log-likelihood (log-parameters) is below this. */
const GRAD_TOL = 1e-8;
/** Above this many distinct histories the fit starts from a fit on a strided subsample of this size. */
const WARM_START_SIZE = 20_000;

/**
 * Fits the BG/NBD model (Fader, Hardie & Lee 2005) by maximum likelihood: BFGS with a strong-Wolfe
 * line search on the log of the parameters (so they stay positive), using the analytic gradient of
 * the log-space likelihood over the distinct (x, t_x, T) histories.
 *
 * @param data - frequency (repeat transactions), recency and T per customer, in one time unit
 * @param options - starting values
 * @returns r, alpha, a, b and the log-likelihood
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` / `EMPTY` for bad data; `NOT_CONVERGED` with the last state
 *
 * @example
 * ```ts
 * import { fitBgNbd } from "@dpm/segment";
 *
 * const fit = fitBgNbd({
 *   frequency: [0, 1, 2, 0, 5, 3, 0, 0, 1, 7, 0, 2],
 *   recency: [0, 10, 20, 0, 30, 25, 0, 0, 5, 33, 0, 12],
 *   T: [40, 40, 40, 30, 35, 30, 38, 20, 39, 36, 25, 30],
 * });
 * fit.logLikelihood.toFixed(2); // => "-79.18"
 * ```
 *
 * @category CLV
 */
export function fitBgNbd(data: FrequencyRecency, options?: FitBgNbdOptions): BgNbdFit {
  const opts = checkOptions(options, ["initial"], FN, "{ initial: { r: 1, alpha: 1, a: 1, b: 1 } }");
  const n = checkData(data, FN);
  // identical histories (x, t_x, T) share one likelihood term: compress to distinct triples with counts
  const h = compressHistories(data.frequency, data.recency, data.T);
  const init = opts.initial ?? { r: 1, alpha: 1, a: 1, b: 1 };
  if (init === null || typeof init !== "object") throw new DpmError("INVALID_ARGUMENT", `${FN}: options.initial must be { r, alpha, a, b } with values > 0`, { path: "options.initial" });
  const z0 = Float64Array.of(Math.log(init.r), Math.log(init.alpha), Math.log(init.a), Math.log(init.b));
  if (!z0.every(Number.isFinite)) throw new DpmError("INVALID_ARGUMENT", `${FN}: options.initial values must be finite and > 0`, { path: "options.initial" });
  const minimise = (hist: CompressedHistories, count: number, start: Float64Array, H?: Float64Array) =>
    minimizeNegativeLogLikelihood(
      (z, g) => {
        for (let i = 0; i < 4; i++) if (z[i]! > BOUND || z[i]! < -BOUND) return Infinity;
        // mean log-likelihood per customer: the scale of f and of the first step do not depend on n
        const ll = bgNbdLogLikelihoodWithGradient(z, hist, g);
        for (let i = 0; i < 4; i++) g[i] = -g[i]! / count;
        return Number.isFinite(ll) ? -ll / count : Infinity;
      },
      start,
      FN,
      GRAD_TOL,
      H,
    );
  let start: Float64Array = z0;
  let H: Float64Array | undefined;
  let iterations = 0;
  if (h.w.length > WARM_START_SIZE) {
    // many distinct histories: converge first on an evenly strided subsample, then polish on all of them
    const stride = Math.ceil(n / WARM_START_SIZE);
    const m = Math.ceil(n / stride);
    const sx = new Float64Array(m);
    const stx = new Float64Array(m);
    const sT = new Float64Array(m);
    for (let j = 0, i = 0; i < n; i += stride, j++) {
      sx[j] = data.frequency[i]!;
      stx[j] = data.recency[i]!;
      sT[j] = data.T[i]!;
    }
    const warm = minimise(compressHistories(sx, stx, sT), m, z0);
    start = warm.x;
    H = warm.inverseHessian; // the mean log-likelihood has about the same curvature on the subsample
    iterations += warm.iterations;
  }
  const res = minimise(h, n, start, H);
  iterations += res.iterations;
  return { r: Math.exp(res.x[0]!), alpha: Math.exp(res.x[1]!), a: Math.exp(res.x[2]!), b: Math.exp(res.x[3]!), logLikelihood: -res.value * n, n, iterations };
}
