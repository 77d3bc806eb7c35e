import { DpmError } from "@dpm/core";
import { lgamma } from "../internal/lgamma.js";
import { nelderMead } from "../internal/nelderMead.js";

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
}

const FN = "fitGammaGamma";

function kernel(p: number, q: number, v: number, x: Float64Array, m: Float64Array): number {
  const lgq = lgamma(q);
  const qlnv = q * Math.log(v);
  let s = 0;
  for (let i = 0; i < x.length; i++) {
    const px = p * x[i]!;
    s += lgamma(px + q) - lgamma(px) - lgq + qlnv + (px - 1) * Math.log(m[i]!) + px * Math.log(x[i]!) - (px + q) * Math.log(v + x[i]! * m[i]!);
  }
  return s;
}

/**
 * Fits the Gamma-Gamma model of average transaction value by maximum likelihood on the repeat
 * customers only (customers with frequency 0 are skipped, as the model requires).
 *
 * @param frequency - repeat transactions per customer
 * @param monetary - mean value of the repeat transactions (first purchase excluded)
 * @returns p, q, v, log-likelihood and the number of repeaters used
 * @throws {@link @dpm/core!DpmError} `LENGTH_MISMATCH`; `INVALID_ARGUMENT` for a repeater with monetary ≤ 0; `TOO_SHORT` with fewer than 3 repeaters; `NOT_CONVERGED`
 *
 * @example
 * ```ts
 * import { fitGammaGamma } from "@dpm/segment";
 *
 * const fit = fitGammaGamma([1, 2, 3, 1, 0, 4, 2, 5], [20, 35, 30, 15, 0, 40, 22, 28]);
 * fit.n; // => 7 repeat customers
 * ```
 *
 * @category CLV
 */
export function fitGammaGamma(frequency: ArrayLike<number>, monetary: ArrayLike<number>): GammaGammaFit {
  if (frequency?.length === undefined || monetary?.length !== frequency.length) throw new DpmError("LENGTH_MISMATCH", `${FN}: frequency and monetary must be arrays of the same length`, { path: "monetary" });
  const xs: number[] = [];
  const ms: number[] = [];
  for (let i = 0; i < frequency.length; i++) {
    const x = frequency[i]!;
    const m = monetary[i]!;
    if (!(Number.isInteger(x) && x >= 0)) throw new DpmError("INVALID_ARGUMENT", `${FN}: frequency[${i}] must be an integer ≥ 0, got ${x}`, { path: `frequency[${i}]` });
    if (x === 0) continue;
    if (!(Number.isFinite(m) && m > 0)) throw new DpmError("INVALID_ARGUMENT", `${FN}: monetary[${i}] must be finite and > 0 for a repeat customer, got ${m}`, { path: `monetary[${i}]` });
    xs.push(x);
    ms.push(m);
  }
  if (xs.length < 3) throw new DpmError("TOO_SHORT", `${FN}: needs at least 3 repeat customers (frequency > 0), got ${xs.length}`, { path: "frequency" });
  const x = Float64Array.from(xs);
  const m = Float64Array.from(ms);
  let mean = 0;
  for (let i = 0; i < m.length; i++) mean += m[i]! / m.length;
  const res = nelderMead(
    (z) => {
      for (let i = 0; i < 3; i++) if (z[i]! > 25 || z[i]! < -25) return Infinity;
      const val = -kernel(Math.exp(z[0]!), Math.exp(z[1]!), Math.exp(z[2]!), x, m);
      return Number.isFinite(val) ? val : Infinity;
    },
    Float64Array.of(0, Math.log(2), Math.log(mean)),
    FN,
  );
  return { p: Math.exp(res.x[0]!), q: Math.exp(res.x[1]!), v: Math.exp(res.x[2]!), logLikelihood: -res.f, n: x.length };
}
