import { checkOptions, DpmError, logGamma } from "@dpm/core";
import { minimizeNegativeLogLikelihood } from "./minimizeNegativeLogLikelihood.js";
import { digamma } from "../internal/digamma.js";

/**
 * Gamma-Gamma spend parameters (Fader & Hardie 2013): transaction value ~ Gamma(p, ν), ν ~ Gamma(q, v).
 *
 * @category CLV
 */
export interface GammaGammaParams {
  readonly p: number;
  readonly q: number;
  readonly v: number;
}

/**
 * A fitted Gamma-Gamma model.
 *
 * @category CLV
 */
export interface GammaGammaFit extends GammaGammaParams {
  /** Maximised log-likelihood. */
  readonly logLikelihood: number;
  /** Number of repeat customers used. */
  readonly n: number;
  /** Repeat customers left out because their mean repeat spend was ≤ 0 (only with `excludeNonPositive`; else 0). */
  readonly excluded: number;
}

/**
 * Options of {@link fitGammaGamma}.
 *
 * @category CLV
 */
export interface FitGammaGammaOptions {
  /**
   * Leave out repeat customers whose mean repeat spend is ≤ 0 (for example repeat purchases that
   * were all $0 — the model needs positive spend) and report how many in `excluded`, instead of
   * throwing. Default false: such a customer is an `INVALID_ARGUMENT` error naming its index.
   * Non-finite spend is always an error.
   */
  readonly excludeNonPositive?: boolean;
}

const FN = "fitGammaGamma";
/** Above this many repeaters the fit starts from a fit on a strided subsample of this size. */
const WARM_START_SIZE = 20_000;

/** Repeaters grouped by frequency level; the per-customer constant parts precomputed. */
export interface GammaGammaData {
  /** Frequency level index of each repeater. */
  readonly level: Int32Array;
  /** x·m per repeater. */
  readonly xm: Float64Array;
  /** Distinct frequencies and the number of repeaters at each. */
  readonly levels: Float64Array;
  readonly levelWeight: Float64Array;
  /** Σ over repeaters of (x·ln m + x·ln x) and of ln m. */
  readonly sumXLnMX: number;
  readonly sumLnM: number;
}

/** Groups repeaters (x > 0, m > 0, no validation) for {@link gammaGammaLogLikelihoodWithGradient}. */
export function gammaGammaData(x: ArrayLike<number>, m: ArrayLike<number>): GammaGammaData {
  const n = x.length;
  const level = new Int32Array(n);
  const xm = new Float64Array(n);
  const levelOf = new Map<number, number>();
  const lv: number[] = [];
  const lw: number[] = [];
  let sumXLnMX = 0;
  let sumLnM = 0;
  for (let i = 0; i < n; i++) {
    const xi = x[i]!;
    const mi = m[i]!;
    let l = levelOf.get(xi);
    if (l === undefined) {
      l = lv.length;
      levelOf.set(xi, l);
      lv.push(xi);
      lw.push(0);
    }
    lw[l] = lw[l]! + 1;
    level[i] = l;
    xm[i] = xi * mi;
    const lnM = Math.log(mi);
    sumXLnMX += xi * (lnM + Math.log(xi));
    sumLnM += lnM;
  }
  return { level, xm, levels: Float64Array.from(lv), levelWeight: Float64Array.from(lw), sumXLnMX, sumLnM };
}

/**
 * Gamma-Gamma log-likelihood over repeaters and its gradient with respect to (log p, log q, log v):
 * per repeater `lnΓ(px+q) − lnΓ(px) − lnΓ(q) + q ln v + (px−1) ln m + px ln x − (px+q) ln(v+xm)`.
 * Gamma functions are evaluated once per frequency level; per repeater only ln(v + x·m) remains.
 */
export function gammaGammaLogLikelihoodWithGradient(z: ArrayLike<number>, d: GammaGammaData, grad: Float64Array): number {
  const p = Math.exp(z[0]!);
  const q = Math.exp(z[1]!);
  const v = Math.exp(z[2]!);
  const lgq = logGamma(q);
  const psiQ = digamma(q);
  const lnV = Math.log(v);
  let s = p * d.sumXLnMX - d.sumLnM;
  let gp = d.sumXLnMX;
  let gq = 0;
  let gv = 0;
  const L = d.levels.length;
  for (let l = 0; l < L; l++) {
    const xi = d.levels[l]!;
    const W = d.levelWeight[l]!;
    const px = p * xi;
    const psiPxq = digamma(px + q);
    s += W * (logGamma(px + q) - logGamma(px) - lgq + q * lnV);
    gp += W * xi * (psiPxq - digamma(px));
    gq += W * (psiPxq - psiQ + lnV);
    gv += (W * q) / v;
  }
  const level = d.level;
  const xm = d.xm;
  const levels = d.levels;
  for (let i = 0; i < xm.length; i++) {
    const xi = levels[level[i]!]!;
    const px = p * xi;
    const vxm = v + xm[i]!;
    const lnVxm = Math.log(vxm);
    s -= (px + q) * lnVxm;
    gp -= xi * lnVxm;
    gq -= lnVxm;
    gv -= (px + q) / vxm;
  }
  grad[0] = gp * p;
  grad[1] = gq * q;
  grad[2] = gv * v;
  return s;
}

/**
 * Fits the Gamma-Gamma model of average transaction value by maximum likelihood (BFGS on the log
 * parameters with the analytic gradient) on the repeat customers only (customers with frequency 0 are skipped, as the model requires).
 *
 * @param frequency - repeat transactions per customer
 * @param monetary - mean value of the repeat transactions (first purchase excluded)
 * @param options - `excludeNonPositive: true` skips repeaters with spend ≤ 0 and counts them
 * @returns p, q, v, log-likelihood, the number of repeaters used and the number excluded
 * @throws {@link @dpm/core!DpmError} `LENGTH_MISMATCH`; `INVALID_ARGUMENT` for a repeater with monetary ≤ 0; `TOO_SHORT` with fewer than 3 repeaters; `NOT_CONVERGED`
 *
 * @example
 * ```ts
 * import { fitGammaGamma } from "@dpm/segment";
 *
 * const fit = fitGammaGamma([1, 2, 3, 1, 0, 4, 2, 5], [20, 35, 30, 15, 0, 40, 22, 28]);
 * fit.n; // => 7 repeat customers
 *
 * // a repeater whose repeat purchases were all $0 stops the fit unless excluded explicitly
 * const withZero = fitGammaGamma([1, 2, 3, 1, 0, 4, 2, 5, 2], [20, 35, 30, 15, 0, 40, 22, 28, 0], { excludeNonPositive: true });
 * withZero.excluded; // => 1
 * withZero.n; // => 7
 * ```
 *
 * @category CLV
 */
export function fitGammaGamma(frequency: ArrayLike<number>, monetary: ArrayLike<number>, options?: FitGammaGammaOptions): GammaGammaFit {
  const opts = checkOptions(options, ["excludeNonPositive"], FN, "{ excludeNonPositive: true }");
  const exclude = opts.excludeNonPositive ?? false;
  if (typeof exclude !== "boolean") throw new DpmError("INVALID_ARGUMENT", `${FN}: options.excludeNonPositive must be true or false`, { path: "options.excludeNonPositive" });
  let excluded = 0;
  if (frequency?.length === undefined || monetary?.length !== frequency.length) throw new DpmError("LENGTH_MISMATCH", `${FN}: frequency and monetary must be arrays of the same length`, { path: "monetary" });
  const xs: number[] = [];
  const ms: number[] = [];
  for (let i = 0; i < frequency.length; i++) {
    const x = frequency[i]!;
    const m = monetary[i]!;
    if (!(Number.isInteger(x) && x >= 0)) throw new DpmError("INVALID_ARGUMENT", `${FN}: frequency[${i}] must be an integer ≥ 0, got ${x}`, { path: `frequency[${i}]` });
    if (x === 0) continue;
    if (exclude && typeof m === "number" && m <= 0) {
      excluded++;
      continue;
    }
    if (!(typeof m === "number" && Number.isFinite(m) && m > 0)) {
      const hint = typeof m === "number" && m <= 0 ? "; pass { excludeNonPositive: true } to leave such customers out of the fit (they are counted in `excluded`)" : "";
      throw new DpmError("INVALID_ARGUMENT", `${FN}: monetary[${i}] must be finite and > 0 for a repeat customer, got ${typeof m === "number" ? m : typeof m}${hint}`, { path: `monetary[${i}]`, details: { index: i, frequency: x, monetary: m } });
    }
    xs.push(x);
    ms.push(m);
  }
  if (xs.length < 3) throw new DpmError("TOO_SHORT", `${FN}: needs at least 3 repeat customers (frequency > 0) with positive spend, got ${xs.length}${excluded > 0 ? ` (${excluded} excluded for spend ≤ 0)` : ""}`, { path: "frequency" });
  const dat = gammaGammaData(xs, ms);
  let mean = 0;
  for (let i = 0; i < ms.length; i++) mean += ms[i]! / ms.length;
  const minimise = (d: GammaGammaData, count: number, start: Float64Array, H?: Float64Array) =>
    minimizeNegativeLogLikelihood(
      (z, g) => {
        for (let i = 0; i < 3; i++) if (z[i]! > 25 || z[i]! < -25) return Infinity;
        // mean log-likelihood per repeater: the scale of f and of the first step do not depend on n
        const ll = gammaGammaLogLikelihoodWithGradient(z, d, g);
        for (let i = 0; i < 3; i++) g[i] = -g[i]! / count;
        return Number.isFinite(ll) ? -ll / count : Infinity;
      },
      start,
      FN,
      1e-8,
      H,
    );
  let start: Float64Array = Float64Array.of(0, Math.log(2), Math.log(mean));
  let H: Float64Array | undefined;
  const n = xs.length;
  if (n > WARM_START_SIZE) {
    // many repeaters: converge first on an evenly strided subsample, then polish on all of them
    const stride = Math.ceil(n / WARM_START_SIZE);
    const sx: number[] = [];
    const sm: number[] = [];
    for (let i = 0; i < n; i += stride) {
      sx.push(xs[i]!);
      sm.push(ms[i]!);
    }
    const warm = minimise(gammaGammaData(sx, sm), sx.length, start);
    start = warm.x;
    H = warm.inverseHessian;
  }
  const res = minimise(dat, n, start, H);
  return { p: Math.exp(res.x[0]!), q: Math.exp(res.x[1]!), v: Math.exp(res.x[2]!), logLikelihood: -res.value * xs.length, n: xs.length, excluded };
}
