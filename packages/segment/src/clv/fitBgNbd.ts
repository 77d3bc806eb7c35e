import { DpmError } from "@dpm/core";
import { nelderMead } from "../internal/nelderMead.js";
import type { BgNbdParams, FrequencyRecency } from "./BgNbdParams.js";
import { bgNbdLogLikelihoodKernel, checkData } from "./bgNbdLogLikelihood.js";

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

/**
 * Fits the BG/NBD model (Fader, Hardie & Lee 2005) by maximum likelihood: Nelder–Mead on the log
 * of the parameters (so they stay positive), restarted until it no longer improves.
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
export function fitBgNbd(data: FrequencyRecency, options: FitBgNbdOptions = {}): BgNbdFit {
  const n = checkData(data, FN);
  // identical histories (x, t_x, T) share one likelihood term: compress to distinct triples with counts
  const seen = new Map<string, number>();
  const xs: number[] = [];
  const txs: number[] = [];
  const Ts: number[] = [];
  const ws: number[] = [];
  for (let i = 0; i < n; i++) {
    const key = `${data.frequency[i]!}|${data.recency[i]!}|${data.T[i]!}`;
    const j = seen.get(key);
    if (j === undefined) {
      seen.set(key, xs.length);
      xs.push(data.frequency[i]!);
      txs.push(data.recency[i]!);
      Ts.push(data.T[i]!);
      ws.push(1);
    } else ws[j] = ws[j]! + 1;
  }
  const x = Float64Array.from(xs);
  const tx = Float64Array.from(txs);
  const T = Float64Array.from(Ts);
  const w = Float64Array.from(ws);
  const init = options.initial ?? { r: 1, alpha: 1, a: 1, b: 1 };
  const x0 = Float64Array.of(Math.log(init.r), Math.log(init.alpha), Math.log(init.a), Math.log(init.b));
  if (!x0.every(Number.isFinite)) throw new DpmError("INVALID_ARGUMENT", `${FN}: options.initial values must be finite and > 0`, { path: "options.initial" });
  const res = nelderMead(
    (p) => {
      for (let i = 0; i < 4; i++) if (p[i]! > 20 || p[i]! < -20) return Infinity;
      const v = -bgNbdLogLikelihoodKernel(Math.exp(p[0]!), Math.exp(p[1]!), Math.exp(p[2]!), Math.exp(p[3]!), x, tx, T, w);
      return Number.isFinite(v) ? v : Infinity;
    },
    x0,
    FN,
  );
  return { r: Math.exp(res.x[0]!), alpha: Math.exp(res.x[1]!), a: Math.exp(res.x[2]!), b: Math.exp(res.x[3]!), logLikelihood: -res.f, n, iterations: res.iterations };
}
