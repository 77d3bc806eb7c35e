import type { Seed } from "@dpm/core";
import type { PredictionInterval } from "../intervals/Forecast.js";
import type { EtsFit } from "./EtsFit.js";
import { fitPrepared, toEtsFit, type PreparedEts } from "./fitEts.js";
import { etsForecastKernel, type EtsForecast } from "./forecastEts.js";
import { etsModelName } from "./EtsSpec.js";
import { selectEts } from "./selectEts.js";

/** @internal An Akaike-weighted ETS forecast and the models behind it. */
export interface AveragedEts {
  readonly forecast: EtsForecast;
  /** The model with the lowest AICc (the forecast's `model`). */
  readonly best: EtsFit;
  /** Models with a weight ≥ {@link MIN_WEIGHT}, heaviest first. */
  readonly members: readonly { readonly method: string; readonly weight: number }[];
}

/** @internal Models lighter than this are left out of the average (their weights go to the others). */
export const MIN_WEIGHT = 1e-3;

/**
 * @internal ETS with Akaike weights (Burnham & Anderson 2002; Kolassa 2011): every candidate of the
 * search is fitted by L-BFGS from R's start (one start: a second, distant start finds higher
 * likelihoods whose forecasts are worse, e.g. α = β = 1 on short yearly series), weighted by
 * exp(−ΔAICc/2), and the forecasts averaged: points and each interval bound (quantile averaging);
 * sample paths are a mixture — path k comes from model j with the weights as shares.
 * On M3 this beats R's `ets` (one model by AICc) in every category.
 */
export function averagedEtsForecast(prepared: PreparedEts, horizon: number, levels: readonly number[], count: number, seed: Seed, fn: string): AveragedEts {
  const settings = { ...prepared.settings, multiStart: false };
  const single = { ...prepared, settings };
  if (prepared.constant || prepared.specs.length === 1) {
    const fit = fitPrepared(single, fn, undefined);
    return { forecast: etsForecastKernel(fit, horizon, levels, false, count, seed), best: fit, members: [{ method: fit.method, weight: 1 }] };
  }
  const { best, fits } = selectEts(prepared.y, prepared.period, prepared.specs, settings);
  if (best === null) {
    // let fitPrepared raise its error for this data
    const fit = fitPrepared(single, fn, undefined);
    return { forecast: etsForecastKernel(fit, horizon, levels, false, count, seed), best: fit, members: [{ method: fit.method, weight: 1 }] };
  }
  const usable = fits.filter((f) => Number.isFinite(f.aicc)).sort((a, b) => a.aicc - b.aicc);
  const raw = usable.map((f) => Math.exp(-0.5 * (f.aicc - best.aicc)));
  const kept = usable.map((f, j) => ({ fit: f, w: raw[j] as number })).filter((e) => e.w >= MIN_WEIGHT * (raw[0] as number));
  let total = 0;
  for (const e of kept) total += e.w;
  const bestFit = toEtsFit(prepared.y, best, fits, prepared.next);
  if (kept.length === 1) {
    return { forecast: etsForecastKernel(bestFit, horizon, levels, false, count, seed), best: bestFit, members: [{ method: bestFit.method, weight: 1 }] };
  }
  // mixture shares of the sample paths (largest remainder, so they add up to count)
  const shares = kept.map((e) => Math.floor((count * e.w) / total));
  let left = count - shares.reduce((a, b) => a + b, 0);
  const order = kept.map((e, j) => ({ j, r: (count * e.w) / total - (shares[j] as number) })).sort((a, b) => b.r - a.r);
  for (let i = 0; left > 0; i++, left--) {
    const j = (order[i % order.length] as { j: number }).j;
    shares[j] = (shares[j] as number) + 1;
  }
  const point = new Float64Array(horizon);
  const lower = levels.map(() => new Float64Array(horizon));
  const upper = levels.map(() => new Float64Array(horizon));
  const paths = count > 0 ? new Float64Array(count * horizon) : null;
  let filled = 0;
  let simulated = false;
  let head: EtsForecast | null = null;
  kept.forEach((e, j) => {
    const fit = j === 0 ? bestFit : toEtsFit(prepared.y, e.fit, fits, prepared.next);
    const k = shares[j] as number;
    const f = etsForecastKernel(fit, horizon, levels, false, k, j === 0 ? seed : `${String(seed)}/${j}`);
    head ??= f;
    if (f.intervalMethod === "simulated") simulated = true;
    const w = e.w / total;
    for (let i = 0; i < horizon; i++) point[i] = (point[i] as number) + w * (f.point[i] as number);
    f.intervals.forEach((iv, l) => {
      const lo = lower[l] as Float64Array;
      const hi = upper[l] as Float64Array;
      for (let i = 0; i < horizon; i++) {
        lo[i] = (lo[i] as number) + w * (iv.lower[i] as number);
        hi[i] = (hi[i] as number) + w * (iv.upper[i] as number);
      }
    });
    if (paths !== null && k > 0 && f.paths !== undefined) {
      paths.set(f.paths.values.subarray(0, k * horizon), filled * horizon);
      filled += k;
    }
  });
  const first = head as unknown as EtsForecast;
  const intervals: PredictionInterval[] = levels.map((level, l) => ({ level, lower: lower[l] as Float64Array, upper: upper[l] as Float64Array }));
  const forecast: EtsForecast = {
    ...first,
    method: bestFit.method,
    point,
    intervals,
    intervalMethod: simulated ? "simulated" : "analytic",
    ...(paths === null ? {} : { paths: { count, horizon, values: paths } }),
    model: bestFit,
  };
  if (paths === null) delete (forecast as { paths?: unknown }).paths;
  return { forecast, best: bestFit, members: kept.map((e) => ({ method: etsModelName(e.fit.spec), weight: e.w / total })) };
}
