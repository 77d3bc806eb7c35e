import { checkOptions, DpmError, isDpmError } from "@dpm/core";
import { type CausalEstimate, withReadout } from "./CausalEstimate.js";
import { checkIdentification, type PanelData, readPanel } from "./PanelData.js";
import { type DidDiagnostics, didDiagnostics } from "./twfeDid.js";
import { readLevel } from "./internal/validate.js";
import { twfeFit } from "./internal/twfeFit.js";

/**
 * Options of {@link stackedDid}.
 *
 * @category Causal impact
 */
export interface StackedDidOptions {
  /** Periods before adoption kept in each cohort's sub-experiment (default 4). */
  readonly leads?: number;
  /** Periods from adoption on kept in each sub-experiment (default 4: 0 … 4). */
  readonly lags?: number;
  /** Clean controls: `"never"` (never-treated units only, default) or `"notYet"` (also units adopting after the window). */
  readonly controls?: "never" | "notYet";
  /** Confidence level (default 0.95). */
  readonly level?: number;
}

/**
 * One adoption cohort's own estimate (its sub-experiment alone).
 *
 * @category Causal impact
 */
export interface CohortEstimate {
  /** The adoption period. */
  readonly cohort: number;
  readonly estimate: number;
  readonly stdError: number;
  readonly ciLow: number;
  readonly ciHigh: number;
  readonly treatedUnits: number;
  readonly controlUnits: number;
}

/**
 * Result of {@link stackedDid}.
 *
 * @category Causal impact
 */
export interface StackedDidResult extends CausalEstimate {
  /** Cohort-by-cohort estimates (each against clean controls only). */
  readonly cohorts: readonly CohortEstimate[];
  readonly diagnostics: DidDiagnostics;
}

const KNOWN = ["leads", "lags", "controls", "level"];
const FN = "stackedDid";

function readCount(v: unknown, name: string, def: number, min: number): number {
  if (v === undefined) return def;
  if (typeof v !== "number" || !Number.isInteger(v) || v < min || v > 1000) {
    throw new DpmError("INVALID_ARGUMENT", `${FN}: options.${name} must be a whole number from ${min} to 1000, got ${String(v)}.`, { path: `options.${name}` });
  }
  return v;
}

/**
 * Difference-in-differences for staggered adoption without forbidden comparisons: one
 * sub-experiment per adoption cohort (the cohort plus clean controls that are not treated within
 * its window), stacked with sub-experiment-specific unit and period fixed effects and standard
 * errors clustered by unit (Cengiz, Dube, Lindner & Zipperer 2019). Also reports each cohort's own
 * estimate.
 *
 * @param panel - long-format rows `{ unit, time, outcome, treated }`; treatment must be absorbing
 * @param options - window (leads/lags), which controls count as clean, level
 * @returns the pooled stacked estimate, the cohort-by-cohort table and diagnostics
 * @throws {@link @dpm/core!DpmError} `NO_SOLUTION` when no cohort has clean controls; `INVALID_ARGUMENT` for non-absorbing treatment or bad options
 *
 * @example
 * ```ts
 * import { stackedDid } from "@dpm/impact";
 *
 * const unit: number[] = [];
 * const time: number[] = [];
 * const outcome: number[] = [];
 * const treated: number[] = [];
 * for (let u = 0; u < 6; u++) {
 *   const start = u < 2 ? 4 : u < 4 ? 7 : 0; // two cohorts and two never-treated units
 *   for (let t = 1; t <= 10; t++) {
 *     const on = start > 0 && t >= start ? 1 : 0;
 *     unit.push(u); time.push(t); treated.push(on);
 *     outcome.push(u + 0.5 * t + on * (1 + 0.5 * (t - start)) + 0.01 * ((u * 7 + t * 3) % 5));
 *   }
 * }
 * const res = stackedDid({ unit, time, outcome, treated }, { leads: 2, lags: 2 });
 * res.cohorts.map((c) => c.cohort); // => [4, 7]
 * Math.round(res.estimate * 10) / 10; // => 1.5
 * ```
 *
 * @category Causal impact
 */
export function stackedDid(panel: PanelData, options?: StackedDidOptions): StackedDidResult {
  const opts = checkOptions(options, KNOWN, FN, "{ leads: 4, lags: 4 }");
  const leads = readCount(opts.leads, "leads", 4, 1);
  const lags = readCount(opts.lags, "lags", 4, 0);
  const controls = opts.controls ?? "never";
  if (controls !== "never" && controls !== "notYet") {
    throw new DpmError("INVALID_ARGUMENT", `${FN}: options.controls must be "never" or "notYet", got ${String(controls)}.`, { path: "options.controls" });
  }
  const level = readLevel(opts.level, FN);
  const p = readPanel(panel, FN);
  const warnings = checkIdentification(p, FN);
  if (!p.absorbing) {
    throw new DpmError("INVALID_ARGUMENT", `${FN}: some units switch treatment off again; stacking needs absorbing treatment (once treated, always treated).`, { path: "panel.treated" });
  }
  const diagnostics = didDiagnostics(p);
  const G = p.units.length;
  const cohortIdx = [...new Set(Array.from(p.adoption).filter((a) => a >= 0))].sort((a, b) => a - b);
  // Rows of each sub-experiment.
  const stackRows: number[][] = [];
  const stackCohort: number[] = [];
  const cohorts: CohortEstimate[] = [];
  for (const a of cohortIdx) {
    const lo = a - leads;
    const hi = a + lags;
    const inStack = new Uint8Array(G);
    let nt = 0;
    let nc = 0;
    for (let g = 0; g < G; g++) {
      const ag = p.adoption[g]!;
      if (ag === a) {
        inStack[g] = 1;
        nt++;
      } else if (ag < 0 || (controls === "notYet" && ag > hi)) {
        inStack[g] = 1;
        nc++;
      }
    }
    if (nc === 0) {
      warnings.push(`cohort ${p.times[a]} has no clean control unit within its window and is left out.`);
      continue;
    }
    if (lo < 0) warnings.push(`cohort ${p.times[a]} has fewer than ${leads} pre-periods in the panel; its window is cut at the first period.`);
    const rows: number[] = [];
    for (let i = 0; i < p.n; i++) {
      const k = p.timeIndex[i]!;
      if (inStack[p.unitIndex[i]!] === 1 && k >= lo && k <= hi) rows.push(i);
    }
    let pre = false;
    let post = false;
    for (const i of rows) {
      if (p.adoption[p.unitIndex[i]!] === a) {
        if (p.timeIndex[i]! < a) pre = true;
        else post = true;
      }
    }
    if (!pre || !post) {
      warnings.push(`cohort ${p.times[a]} has no ${pre ? "post" : "pre"}-period inside its window and is left out.`);
      continue;
    }
    stackRows.push(rows);
    stackCohort.push(a);
    try {
      const sub = fitStack([rows], p, level);
      const r = sub.rows[0]!;
      cohorts.push({ cohort: p.times[a]!, estimate: r.estimate, stdError: r.stdError, ciLow: r.ciLow, ciHigh: r.ciHigh, treatedUnits: nt, controlUnits: nc });
    } catch (error) {
      if (!isDpmError(error)) throw error;
      cohorts.push({ cohort: p.times[a]!, estimate: NaN, stdError: NaN, ciLow: NaN, ciHigh: NaN, treatedUnits: nt, controlUnits: nc });
      warnings.push(`cohort ${p.times[a]}'s own estimate is not available: ${error.message}`);
    }
  }
  if (stackRows.length === 0) {
    throw new DpmError("NO_SOLUTION", `${FN}: no adoption cohort has clean controls (never-treated${controls === "notYet" ? " or not-yet-treated" : ""} units) with pre- and post-periods in its window; add never-treated units or try controls: "notYet".`, {
      path: "panel.treated",
    });
  }
  const pooled = fitStack(stackRows, p, level).rows[0]!;
  if (diagnostics.clusters < 20) warnings.push(`only ${diagnostics.clusters} clusters (units): cluster-robust standard errors are unreliable below about 20–30; read the interval as approximate.`);
  const valid = cohorts.filter((c) => Number.isFinite(c.estimate));
  return withReadout({
    method: "stacked DiD (clean controls per adoption cohort)",
    estimand: "ATT",
    estimate: pooled.estimate,
    stdError: pooled.stdError,
    ciLow: pooled.ciLow,
    ciHigh: pooled.ciHigh,
    level,
    pValue: pooled.pValue,
    assumption: "Within each adoption cohort's window, treated units would have moved in parallel with the clean (not yet or never treated) controls.",
    trustworthy: cohorts.length === valid.length,
    warnings,
    cohorts: cohorts.map((c) => ({ ...c })),
    diagnostics,
  }, () => valid.map((c) => `cohort ${c.cohort}: ${c.estimate.toPrecision(4)} (SE ${c.stdError.toPrecision(3)}), ${c.treatedUnits} treated vs ${c.controlUnits} controls`));
}

function fitStack(stacks: readonly number[][], p: ReturnType<typeof readPanel>, level: number) {
  let m = 0;
  for (const s of stacks) m += s.length;
  const y = new Float64Array(m);
  const d = new Float64Array(m);
  const u = new Int32Array(m);
  const t = new Int32Array(m);
  const cl = new Int32Array(m);
  const G = p.units.length;
  const T = p.times.length;
  let r = 0;
  stacks.forEach((rows, s) => {
    for (const i of rows) {
      y[r] = p.y[i]!;
      d[r] = p.d[i]!;
      u[r] = s * G + p.unitIndex[i]!;
      t[r] = s * T + p.timeIndex[i]!;
      cl[r] = p.unitIndex[i]!;
      r++;
    }
  });
  const compact = (idx: Int32Array) => {
    const map = new Map<number, number>();
    const out = new Int32Array(idx.length);
    for (let i = 0; i < idx.length; i++) {
      let g = map.get(idx[i]!);
      if (g === undefined) map.set(idx[i]!, (g = map.size));
      out[i] = g;
    }
    return { index: out, levels: map.size };
  };
  const uf = compact(u);
  const tf = compact(t);
  // Stacks are disjoint: each one beyond the first is another connected component of the fixed effects.
  return twfeFit(y, [{ name: "treated", values: d }], [uf, tf], compact(cl).index, level, FN, stacks.length - 1);
}
