import type { EtsRequest, EtsSpec } from "./EtsSpec.js";
import { fitEtsModel, type FitSettings, type ModelFit } from "./fitEtsModel.js";

/** @internal Options of the model search, as R's `ets` arguments. */
export interface SelectSettings extends FitSettings {
  readonly ic: "aicc" | "aic" | "bic";
  readonly restrict: boolean;
  readonly allowMultiplicativeTrend: boolean;
  readonly additiveOnly: boolean;
}

/** @internal The models R's `ets` would try for a request, in R's order (error, trend, season, damped). */
export function candidateSpecs(request: EtsRequest, positive: boolean, settings: SelectSettings): EtsSpec[] {
  const errors = request.error === "Z" ? (["A", "M"] as const) : [request.error];
  const trends = request.trend === "Z" ? (settings.allowMultiplicativeTrend ? (["N", "A", "M"] as const) : (["N", "A"] as const)) : [request.trend];
  const seasons = request.season === "Z" ? (["N", "A", "M"] as const) : [request.season];
  const dampings = request.damped === null ? [true, false] : [request.damped];
  const out: EtsSpec[] = [];
  for (const error of errors) {
    for (const trend of trends) {
      for (const season of seasons) {
        for (const damped of dampings) {
          if (trend === "N" && damped) continue;
          if (settings.restrict) {
            if (error === "A" && (trend === "M" || season === "M")) continue;
            if (error === "M" && trend === "M" && season === "A") continue;
            if (settings.additiveOnly && (error === "M" || trend === "M" || season === "M")) continue;
          }
          if (!positive && (error === "M" || season === "M" || trend === "M")) continue;
          out.push({ error, trend, damped, season });
        }
      }
    }
  }
  return out;
}

/** @internal Fits every candidate and keeps the best by the information criterion (R's loop). */
export function selectEts(
  y: Float64Array,
  period: number,
  specs: readonly EtsSpec[],
  settings: SelectSettings,
): { best: ModelFit | null; fits: ModelFit[] } {
  const icOf = (fit: ModelFit) => (settings.ic === "aic" ? fit.aic : settings.ic === "bic" ? fit.bic : fit.aicc);
  // With multiple starts, fit every candidate from R's start first, then give the contenders —
  // those within REFINE_WITHIN of the best criterion — a second start.
  const refine = settings.multiStart === true && settings.optimizer === "lbfgs";
  const first: FitSettings = refine ? { ...settings, multiStart: false } : settings;
  const fits: ModelFit[] = [];
  for (const spec of specs) {
    const fit = fitEtsModel(y, spec, period, first);
    if (fit !== null) fits.push(fit);
  }
  if (refine && fits.length > 0) {
    const leader = Math.min(...fits.map(icOf).filter((v) => !Number.isNaN(v)));
    const second: FitSettings = { ...settings, multiStart: false, secondStartOnly: true };
    for (let i = 0; i < fits.length; i++) {
      const fit = fits[i] as ModelFit;
      if (!(icOf(fit) <= leader + REFINE_WITHIN)) continue;
      const other = fitEtsModel(y, fit.spec, period, second);
      if (other !== null && other.lik < fit.lik) fits[i] = { ...other, evaluations: other.evaluations + fit.evaluations };
    }
  }
  let best: ModelFit | null = null;
  let bestIc = Infinity;
  for (const fit of fits) {
    const ic = icOf(fit);
    if (!Number.isNaN(ic) && ic < bestIc) {
      best = fit;
      bestIc = ic;
    }
  }
  return { best, fits };
}

/** @internal Information-criterion distance from the leader within which a candidate gets a second start. */
export const REFINE_WITHIN = 30;
