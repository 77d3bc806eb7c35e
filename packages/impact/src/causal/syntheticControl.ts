import { checkOptions, DpmError, minimizeNelderMead, simplexLeastSquares } from "@dpm/core";
import { type CausalEstimate, formatNumber, withReadout } from "./CausalEstimate.js";

/**
 * Data of {@link syntheticControl}: each unit's outcome series over the same periods.
 *
 * @category Causal impact
 */
export interface SyntheticControlData {
  /** The periods, ascending (e.g. years). */
  readonly times: ArrayLike<number>;
  /** Unit name → outcome per period (same length as `times`; NaN allowed only after the treatment for donors you exclude). */
  readonly outcomes: Readonly<Record<string, ArrayLike<number>>>;
}

/**
 * Options of {@link syntheticControl}.
 *
 * @category Causal impact
 */
export interface SyntheticControlOptions {
  /** The treated unit's name. */
  readonly treated: string;
  /** The first period under treatment. */
  readonly treatmentTime: number;
  /** Donor units (default: every other unit). */
  readonly donors?: readonly string[];
  /**
   * Predictors to match: name → unit → value (e.g. pre-period means of covariates). Without them
   * the donor weights match every pre-period outcome directly.
   */
  readonly predictors?: Readonly<Record<string, Readonly<Record<string, number>>>>;
  /** First and last period whose outcome fit chooses the predictor weights (default: all pre-periods). */
  readonly fitPeriods?: readonly [number, number];
  /**
   * Predictor weights V: `"optimize"` (default with predictors: the nested search of Abadie &
   * Gardeazabal minimising the outcome MSPE over `fitPeriods`), `"equal"`, or explicit weights.
   */
  readonly predictorWeights?: "optimize" | "equal" | Readonly<Record<string, number>>;
  /** Run placebo-in-space inference (default true). */
  readonly placebos?: boolean;
  /** Confidence level of the placebo-based interval (default 0.95). */
  readonly level?: number;
  /** Outer search evaluation limit (default 4000). */
  readonly maxEvaluations?: number;
}

/**
 * One placebo run: a donor treated as if it had been treated.
 *
 * @category Causal impact
 */
export interface PlaceboRun {
  readonly unit: string;
  readonly preRmspe: number;
  readonly postRmspe: number;
  /** Post/pre RMSPE ratio. */
  readonly ratio: number;
  /** Average post-period gap. */
  readonly averageGap: number;
}

/**
 * Result of {@link syntheticControl}.
 *
 * @category Causal impact
 */
export interface SyntheticControlResult extends CausalEstimate {
  /** Donor weights (≥ 0, sum 1). */
  readonly weights: Readonly<Record<string, number>>;
  /** Predictor weights V (sum 1; empty without predictors). */
  readonly predictorWeights: Readonly<Record<string, number>>;
  /** Treated vs synthetic value of each predictor, and the donors' average. */
  readonly balance: readonly { readonly name: string; readonly treated: number; readonly synthetic: number; readonly donorMean: number }[];
  readonly times: Float64Array;
  readonly treatedSeries: Float64Array;
  readonly syntheticSeries: Float64Array;
  /** treated − synthetic per period. */
  readonly gaps: Float64Array;
  readonly preRmspe: number;
  readonly postRmspe: number;
  readonly rmspeRatio: number;
  readonly placebos: readonly PlaceboRun[];
  /** Rank of the treated unit's RMSPE ratio among all units (1 = largest). */
  readonly rank: number;
}

const KNOWN = ["treated", "treatmentTime", "donors", "predictors", "fitPeriods", "predictorWeights", "placebos", "level", "maxEvaluations"];
const FN = "syntheticControl";

interface Problem {
  /** Scaled predictors: k rows × J donors (row-major rows), and treated column. */
  readonly X0: Float64Array[];
  readonly X1: Float64Array;
  /** Fit-period outcomes: rows × J, and treated. */
  readonly Z0: Float64Array[];
  readonly Z1: Float64Array;
}

function weightsFor(X0: readonly Float64Array[], X1: Float64Array, v: Float64Array | undefined): Float64Array {
  const res = simplexLeastSquares(X0, X1, v === undefined ? { onNotConverged: "return" } : { weights: v, onNotConverged: "return" });
  return res.x;
}

function mspe(Z0: readonly Float64Array[], Z1: Float64Array, w: Float64Array): number {
  let s = 0;
  for (let t = 0; t < Z0.length; t++) {
    const row = Z0[t]!;
    let f = 0;
    for (let j = 0; j < w.length; j++) f += row[j]! * w[j]!;
    s += (Z1[t]! - f) ** 2;
  }
  return s / Z0.length;
}

function softV(theta: Float64Array): Float64Array {
  // V = |θ| / Σ|θ| (Synth's parametrisation), floored so the inner problem stays well posed.
  let s = 0;
  for (let i = 0; i < theta.length; i++) s += Math.abs(theta[i]!);
  const v = new Float64Array(theta.length);
  for (let i = 0; i < theta.length; i++) v[i] = s > 0 ? Math.abs(theta[i]!) / s + 1e-12 : 1 / theta.length;
  return v;
}

function searchV(pr: Problem, maxEvaluations: number): Float64Array {
  const k = pr.X1.length;
  const loss = (theta: Float64Array) => mspe(pr.Z0, pr.Z1, weightsFor(pr.X0, pr.X1, softV(theta)));
  const starts: Float64Array[] = [new Float64Array(k).fill(1 / k)];
  // A regression-based start: each predictor's importance ∝ its squared correlation with the fit-period mean outcome across donors.
  const J = pr.X0[0]!.length;
  const zbar = new Float64Array(J);
  for (const row of pr.Z0) for (let j = 0; j < J; j++) zbar[j] = zbar[j]! + row[j]! / pr.Z0.length;
  starts.push(Float64Array.from(pr.X0, (row) => corr2(row, zbar) + 1e-3));
  let best = starts[0]!;
  let bestValue = Infinity;
  const budget = Math.max(50, Math.floor(maxEvaluations / 4));
  for (const s0 of starts) {
    let x = s0;
    // Nelder–Mead restarted from its own optimum (it stalls on this kinked surface otherwise).
    for (let r = 0; r < 2; r++) {
      const res = minimizeNelderMead(loss, x, { maxEvaluations: budget, reltol: 1e-10, onNotConverged: "return" });
      x = res.x;
      if (res.value < bestValue) {
        bestValue = res.value;
        best = res.x;
      }
    }
  }
  return softV(best);
}

function corr2(a: Float64Array, b: Float64Array): number {
  const n = a.length;
  let ma = 0;
  let mb = 0;
  for (let i = 0; i < n; i++) {
    ma += a[i]! / n;
    mb += b[i]! / n;
  }
  let sab = 0;
  let saa = 0;
  let sbb = 0;
  for (let i = 0; i < n; i++) {
    sab += (a[i]! - ma) * (b[i]! - mb);
    saa += (a[i]! - ma) ** 2;
    sbb += (b[i]! - mb) ** 2;
  }
  return saa > 0 && sbb > 0 ? (sab * sab) / (saa * sbb) : 0;
}

/**
 * Synthetic control (Abadie & Gardeazabal 2003; Abadie, Diamond & Hainmueller 2010): donor
 * weights on the simplex (w ≥ 0, Σw = 1, core's `simplexLeastSquares`) that make a weighted
 * average of untreated units track the treated unit before the change; the gap after it is the
 * effect. With predictors, the predictor weights V come from the nested search (Nelder–Mead on V,
 * inner simplex least squares on the standardised predictors, outer loss = outcome MSPE over the
 * fit periods); without predictors every pre-period outcome is matched with equal weight.
 * Inference is placebo-in-space: each donor in turn plays the treated unit (with the same V), and
 * the permutation p value is the treated unit's rank in the post/pre RMSPE ratio.
 *
 * The interval is placebo-based: the estimate ± the `level` quantile of the placebo units' absolute
 * average post-period gaps (a test inversion under a constant effect; coarse with few donors).
 *
 * @param data - periods and each unit's outcome series
 * @param options - treated unit, treatment time, donors, predictors, fit periods, V choice, placebos
 * @returns donor weights, gap series, RMSPEs, placebo runs and the average post-period gap
 * @throws {@link @dpm/core!DpmError} `NO_SOLUTION` without pre-periods, post-periods or donors; `INVALID_ARGUMENT` for unknown units, duplicated or unsorted times; `NON_FINITE` for missing values where they are used
 *
 * @example
 * ```ts
 * import { syntheticControl } from "@dpm/impact";
 *
 * const times = [1, 2, 3, 4, 5, 6];
 * const res = syntheticControl(
 *   { times, outcomes: { north: [10, 11, 12, 13, 18, 19], east: [8, 9, 10, 11, 12, 13], west: [12, 13, 14, 15, 16, 17], south: [2, 5, 3, 6, 4, 7] } },
 *   { treated: "north", treatmentTime: 5 },
 * );
 * Math.round(res.weights.east! * 100) / 100; // => 0.5
 * Math.round(res.estimate * 100) / 100; // => 4
 * ```
 *
 * @category Causal impact
 */
export function syntheticControl(data: SyntheticControlData, options: SyntheticControlOptions): SyntheticControlResult {
  const opts = checkOptions(options, KNOWN, FN, '{ treated: "Basque", treatmentTime: 1970 }');
  if (typeof data !== "object" || data === null || typeof data.outcomes !== "object" || data.outcomes === null) {
    throw new DpmError("INVALID_ARGUMENT", `${FN}: data must be { times, outcomes: { unit: series } }.`, { path: "data" });
  }
  const times = Float64Array.from(data.times as ArrayLike<number>);
  const T = times.length;
  for (let t = 0; t < T; t++) {
    if (!Number.isFinite(times[t]!) || (t > 0 && !(times[t]! > times[t - 1]!))) {
      throw new DpmError("INVALID_ARGUMENT", `${FN}: data.times must be finite and strictly increasing (problem at index ${t}).`, { path: `data.times[${t}]` });
    }
  }
  const units = Object.keys(data.outcomes);
  const treated = opts.treated;
  if (typeof treated !== "string" || !units.includes(treated)) {
    throw new DpmError("INVALID_ARGUMENT", `${FN}: options.treated must name a unit of data.outcomes, got ${String(treated)}.`, { path: "options.treated" });
  }
  const t0 = opts.treatmentTime;
  if (typeof t0 !== "number" || !Number.isFinite(t0)) {
    throw new DpmError("INVALID_ARGUMENT", `${FN}: options.treatmentTime must be the first treated period, e.g. 1970.`, { path: "options.treatmentTime" });
  }
  let pre = 0;
  while (pre < T && times[pre]! < t0) pre++;
  if (pre === 0) throw new DpmError("NO_SOLUTION", `${FN}: no period before treatmentTime ${t0}; synthetic control needs a pre-period to fit the weights.`, { path: "options.treatmentTime" });
  if (pre === T) throw new DpmError("NO_SOLUTION", `${FN}: no period from treatmentTime ${t0} on; there is nothing to estimate.`, { path: "options.treatmentTime" });
  const donors = opts.donors === undefined ? units.filter((u) => u !== treated) : [...opts.donors];
  for (const d of donors) {
    if (!units.includes(d) || d === treated) {
      throw new DpmError("INVALID_ARGUMENT", `${FN}: donor ${JSON.stringify(d)} is ${d === treated ? "the treated unit" : "not in data.outcomes"}.`, { path: "options.donors" });
    }
  }
  if (donors.length === 0) throw new DpmError("NO_SOLUTION", `${FN}: there are no donor units to build a synthetic control from; add untreated units.`, { path: "options.donors" });
  const series = new Map<string, Float64Array>();
  for (const u of [treated, ...donors]) {
    const s = data.outcomes[u]!;
    if (s.length !== T) throw new DpmError("LENGTH_MISMATCH", `${FN}: the outcome series of ${u} has ${s.length} values but there are ${T} periods.`, { path: `data.outcomes.${u}` });
    const a = Float64Array.from(s);
    for (let t = 0; t < T; t++) {
      if (!Number.isFinite(a[t]!)) {
        throw new DpmError("NON_FINITE", `${FN}: the outcome of ${u} at ${times[t]} is ${a[t]}; fill it or drop the unit from the donors.`, { path: `data.outcomes.${u}[${t}]` });
      }
    }
    series.set(u, a);
  }
  const level = opts.level ?? 0.95;
  if (!(typeof level === "number" && level > 0 && level < 1)) throw new DpmError("INVALID_ARGUMENT", `${FN}: options.level must be in (0, 1).`, { path: "options.level" });
  const maxEvaluations = opts.maxEvaluations ?? 4000;
  // Fit periods (outcome MSPE for V).
  let fitLo = 0;
  let fitHi = pre - 1;
  if (opts.fitPeriods !== undefined) {
    const [a, b] = opts.fitPeriods;
    fitLo = times.findIndex((t) => t >= a);
    fitHi = T - 1 - [...times].reverse().findIndex((t) => t <= b);
    if (fitLo < 0 || fitHi >= pre || fitHi < fitLo) {
      throw new DpmError("INVALID_ARGUMENT", `${FN}: options.fitPeriods must be a range of pre-treatment periods, got [${a}, ${b}].`, { path: "options.fitPeriods" });
    }
  }
  const predictorNames = opts.predictors === undefined ? [] : Object.keys(opts.predictors);
  const allUnits = [treated, ...donors];
  // Predictor matrix (k × units), standardised by each predictor's SD across all units (as Synth).
  let Xall: Float64Array[];
  if (predictorNames.length > 0) {
    Xall = predictorNames.map((name) => {
      const byUnit = opts.predictors![name]!;
      const row = Float64Array.from(allUnits, (u) => {
        const v = byUnit[u];
        if (typeof v !== "number" || !Number.isFinite(v)) {
          throw new DpmError("NON_FINITE", `${FN}: predictor "${name}" has no finite value for ${u}; give every unit a value.`, { path: `options.predictors.${name}.${u}` });
        }
        return v;
      });
      let m = 0;
      for (const v of row) m += v / row.length;
      let s2 = 0;
      for (const v of row) s2 += (v - m) ** 2 / (row.length - 1);
      const sd = Math.sqrt(s2);
      return sd > 0 ? row.map((v) => v / sd) : row;
    });
  } else {
    Xall = Array.from({ length: pre }, (_, t) => Float64Array.from(allUnits, (u) => series.get(u)![t]!));
  }
  const outcomeRows = (from: number, to: number, cols: readonly string[]) =>
    Array.from({ length: to - from + 1 }, (_, k) => Float64Array.from(cols, (u) => series.get(u)![from + k]!));
  const chooseV = (X0: Float64Array[], X1: Float64Array, Z0: Float64Array[], Z1: Float64Array): Float64Array | undefined => {
    if (predictorNames.length === 0) return undefined;
    const pw = opts.predictorWeights ?? "optimize";
    if (pw === "equal") return new Float64Array(predictorNames.length).fill(1 / predictorNames.length);
    if (pw === "optimize") return searchV({ X0, X1, Z0, Z1 }, maxEvaluations);
    if (typeof pw !== "object" || pw === null) throw new DpmError("INVALID_ARGUMENT", `${FN}: options.predictorWeights must be "optimize", "equal" or { predictor: weight }.`, { path: "options.predictorWeights" });
    const v = Float64Array.from(predictorNames, (nm) => {
      const x = pw[nm];
      if (typeof x !== "number" || !(x >= 0)) throw new DpmError("INVALID_ARGUMENT", `${FN}: options.predictorWeights.${nm} must be a number ≥ 0.`, { path: `options.predictorWeights.${nm}` });
      return x;
    });
    const s = v.reduce((a, b) => a + b, 0);
    if (!(s > 0)) throw new DpmError("INVALID_ARGUMENT", `${FN}: options.predictorWeights must not all be 0.`, { path: "options.predictorWeights" });
    return v.map((x) => x / s);
  };
  const columnsOf = (rows: readonly Float64Array[], idx: readonly number[]) => rows.map((r) => Float64Array.from(idx, (j) => r[j]!));
  const donorIdx = donors.map((_, j) => j + 1);
  const X0 = columnsOf(Xall, donorIdx);
  const X1 = Float64Array.from(Xall, (r) => r[0]!);
  const Z0 = outcomeRows(fitLo, fitHi, donors);
  const Z1 = Float64Array.from({ length: fitHi - fitLo + 1 }, (_, k) => series.get(treated)![fitLo + k]!);
  const v = chooseV(X0, X1, Z0, Z1);
  const run = (unit: string, pool: readonly string[], V: Float64Array | undefined) => {
    const ui = allUnits.indexOf(unit);
    const idx = pool.map((d) => allUnits.indexOf(d));
    const w = weightsFor(columnsOf(Xall, idx), Float64Array.from(Xall, (r) => r[ui]!), V);
    const y = series.get(unit)!;
    const synth = new Float64Array(T);
    for (let j = 0; j < pool.length; j++) {
      const s = series.get(pool[j]!)!;
      const wj = w[j]!;
      if (wj === 0) continue;
      for (let t = 0; t < T; t++) synth[t] = synth[t]! + wj * s[t]!;
    }
    const gaps = y.map((yt, t) => yt - synth[t]!);
    let preSs = 0;
    let postSs = 0;
    let postSum = 0;
    for (let t = 0; t < T; t++) {
      if (t < pre) preSs += gaps[t]! ** 2;
      else {
        postSs += gaps[t]! ** 2;
        postSum += gaps[t]!;
      }
    }
    const preRmspe = Math.sqrt(preSs / pre);
    const postRmspe = Math.sqrt(postSs / (T - pre));
    return { w, synth, gaps, preRmspe, postRmspe, ratio: postRmspe / Math.max(preRmspe, 1e-12 * (1 + Math.abs(y[0]!))), averageGap: postSum / (T - pre) };
  };
  const main = run(treated, donors, v);
  const placebos: PlaceboRun[] = [];
  if ((opts.placebos ?? true) && donors.length >= 2) {
    for (const d of donors) {
      const pool = donors.filter((x) => x !== d);
      const r = run(d, pool, v);
      placebos.push({ unit: d, preRmspe: r.preRmspe, postRmspe: r.postRmspe, ratio: r.ratio, averageGap: r.averageGap });
    }
  }
  const rank = 1 + placebos.filter((pl) => pl.ratio > main.ratio).length;
  const pValue = placebos.length === 0 ? 1 : rank / (placebos.length + 1);
  const warnings: string[] = [];
  // Convex-hull check: is the treated pre-period path above (or below) every donor most of the time?
  const y1 = series.get(treated)!;
  let above = 0;
  let below = 0;
  for (let t = 0; t < pre; t++) {
    let mx = -Infinity;
    let mn = Infinity;
    for (const d of donors) {
      mx = Math.max(mx, series.get(d)![t]!);
      mn = Math.min(mn, series.get(d)![t]!);
    }
    if (y1[t]! > mx) above++;
    if (y1[t]! < mn) below++;
  }
  let m1 = 0;
  for (let t = 0; t < pre; t++) m1 += y1[t]! / pre;
  let sd1 = 0;
  for (let t = 0; t < pre; t++) sd1 += (y1[t]! - m1) ** 2 / pre;
  sd1 = Math.sqrt(sd1);
  if (above > pre / 2 || below > pre / 2) {
    warnings.push(`the treated unit is ${above > pre / 2 ? "above" : "below"} every donor in ${Math.max(above, below)} of ${pre} pre-periods: no weighted average of donors can reproduce it, so the synthetic control is biased.`);
  }
  const poorFit = main.preRmspe > 0.25 * Math.max(sd1, 1e-12 * Math.abs(m1)) && main.preRmspe > 1e-9 * (1 + Math.abs(m1));
  if (poorFit) warnings.push(`the pre-period fit is poor (RMSPE ${formatNumber(main.preRmspe)} vs the treated outcome's SD ${formatNumber(sd1)}); post-period gaps mix the effect with misfit.`);
  if (placebos.length > 0 && placebos.length < 19) {
    warnings.push(`only ${placebos.length} placebo units: the smallest attainable permutation p value is ${(1 / (placebos.length + 1)).toFixed(3)}.`);
  }
  // Placebo-based interval and standard error.
  const abs = placebos.map((pl) => Math.abs(pl.averageGap)).sort((a, b) => a - b);
  const q = abs.length === 0 ? 0 : abs[Math.min(abs.length - 1, Math.ceil(level * abs.length) - 1)]!;
  let se = 0;
  if (placebos.length > 1) {
    const mg = placebos.reduce((s, pl) => s + pl.averageGap, 0) / placebos.length;
    se = Math.sqrt(placebos.reduce((s, pl) => s + (pl.averageGap - mg) ** 2, 0) / (placebos.length - 1));
  }
  const weights: Record<string, number> = {};
  donors.forEach((d, j) => (weights[d] = main.w[j]!));
  const predictorWeights: Record<string, number> = {};
  if (v !== undefined) predictorNames.forEach((nm, k) => (predictorWeights[nm] = v[k]!));
  const balance = predictorNames.map((name) => {
    const byUnit = opts.predictors![name]!;
    let synth = 0;
    let mean = 0;
    donors.forEach((d, j) => {
      synth += main.w[j]! * byUnit[d]!;
      mean += byUnit[d]! / donors.length;
    });
    return { name, treated: byUnit[treated]!, synthetic: synth, donorMean: mean };
  });
  const top = Object.entries(weights).filter(([, w]) => w >= 0.005).sort((a, b) => b[1] - a[1]);
  return withReadout({
    method: "synthetic control",
    estimand: "ATT (average post-period gap)",
    estimate: main.averageGap,
    stdError: se,
    ciLow: main.averageGap - q,
    ciHigh: main.averageGap + q,
    level,
    pValue,
    assumption: "The weighted donors that reproduce the treated unit before the change would have kept tracking it without the change, and no donor was affected by it.",
    trustworthy: warnings.filter((w) => !w.startsWith("only")).length === 0,
    warnings,
    weights,
    predictorWeights,
    balance,
    times,
    treatedSeries: Float64Array.from(y1),
    syntheticSeries: main.synth,
    gaps: main.gaps,
    preRmspe: main.preRmspe,
    postRmspe: main.postRmspe,
    rmspeRatio: main.ratio,
    placebos,
    rank,
  }, () => [
    `synthetic ${treated} = ${top.map(([d, w]) => `${w.toFixed(3)} × ${d}`).join(" + ")}; pre-period RMSPE ${formatNumber(main.preRmspe)}, post ${formatNumber(main.postRmspe)} (ratio ${formatNumber(main.ratio)}, rank ${rank} of ${placebos.length + 1}).`,
  ]);
}
