import { checkOptions, DpmError, studentTCdf, studentTQuantile, waldTest, type WaldTestResult } from "@dpm/core";
import { type CausalEstimate, withReadout } from "./CausalEstimate.js";
import { checkIdentification, type PanelData, readPanel } from "./PanelData.js";
import { type DidDiagnostics, didDiagnostics, STAGGERED_WARNING } from "./twfeDid.js";
import { readLevel } from "./internal/validate.js";
import { twfeFit } from "./internal/twfeFit.js";

/**
 * Options of {@link eventStudy}.
 *
 * @category Causal impact
 */
export interface EventStudyOptions {
  /** Periods before adoption with their own coefficient (default 4; −1 is the reference; the earliest is binned). */
  readonly leads?: number;
  /** Periods from adoption on with their own coefficient (default 4: 0 … 4, the last binned). */
  readonly lags?: number;
  /** Bin the end points (lead ≤ −leads, lag ≥ lags) rather than dropping observations beyond them (default true). */
  readonly bin?: boolean;
  /** Confidence level (default 0.95). */
  readonly level?: number;
  /** p value of the joint pre-trend test below which the estimate is flagged (default 0.05). */
  readonly preTrendAlpha?: number;
}

/**
 * One row of the plot-ready event-study table.
 *
 * @category Causal impact
 */
export interface EventStudyRow {
  /** Periods relative to adoption (0 = first treated period). */
  readonly relativeTime: number;
  readonly estimate: number;
  readonly stdError: number;
  readonly ciLow: number;
  readonly ciHigh: number;
  /** True for the omitted reference period (−1), fixed at 0. */
  readonly reference: boolean;
  /** True when this row bins every period beyond it. */
  readonly binned: boolean;
}

/**
 * Result of {@link eventStudy}: the average post-adoption effect as the headline, the per-period
 * table and the joint pre-trend test.
 *
 * @category Causal impact
 */
export interface EventStudyResult extends CausalEstimate {
  readonly table: readonly EventStudyRow[];
  /** Joint Wald test that every lead coefficient is zero (clustered covariance; F on G − 1 df). */
  readonly preTrend: WaldTestResult;
  readonly diagnostics: DidDiagnostics;
}

const KNOWN = ["leads", "lags", "bin", "level", "preTrendAlpha"];
const FN = "eventStudy";

function readCount(v: unknown, name: string, def: number, min: number): number {
  if (v === undefined) return def;
  if (typeof v !== "number" || !Number.isInteger(v) || v < min || v > 1000) {
    throw new DpmError("INVALID_ARGUMENT", `${FN}: options.${name} must be a whole number from ${min} to 1000, got ${String(v)}.`, { path: `options.${name}` });
  }
  return v;
}

/**
 * Event-study difference-in-differences: two-way fixed effects with one coefficient per period
 * relative to adoption (leads and lags, −1 omitted), clustered by unit (CR1), plus the joint Wald
 * test of the leads — the pre-trend check — and a plot-ready table. The headline estimate is the
 * average of the lag coefficients.
 *
 * @param panel - long-format rows `{ unit, time, outcome, treated }`; treatment must be absorbing (once on, stays on)
 * @param options - leads, lags, binning, level, pre-trend alpha
 * @returns the average post effect, the table, the pre-trend test and diagnostics
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` when treatment switches off again or options are bad; `NO_SOLUTION` without pre-periods or controls; `SINGULAR` when a relative period cannot be separated from the fixed effects (e.g. too many leads for the panel)
 *
 * @example
 * ```ts
 * import { eventStudy } from "@dpm/impact";
 *
 * const unit: string[] = [];
 * const time: number[] = [];
 * const outcome: number[] = [];
 * const treated: number[] = [];
 * for (const [u, start] of [["a", 5], ["b", 5], ["c", 0], ["d", 0], ["e", 0]] as const) {
 *   for (let t = 1; t <= 8; t++) {
 *     const on = start > 0 && t >= start ? 1 : 0;
 *     unit.push(u); time.push(t); treated.push(on);
 *     outcome.push(10 + t + (u === "a" ? 3 : 0) + 2 * on + 0.1 * Math.sin(t * 7 + u.charCodeAt(0)));
 *   }
 * }
 * const es = eventStudy({ unit, time, outcome, treated }, { leads: 3, lags: 3 });
 * es.table.map((r) => r.relativeTime); // => [-3, -2, -1, 0, 1, 2, 3]
 * Math.round(es.estimate); // => 2
 * ```
 *
 * @category Causal impact
 */
export function eventStudy(panel: PanelData, options?: EventStudyOptions): EventStudyResult {
  const opts = checkOptions(options, KNOWN, FN, "{ leads: 4, lags: 4 }");
  const leads = readCount(opts.leads, "leads", 4, 2);
  const lags = readCount(opts.lags, "lags", 4, 0);
  const bin = opts.bin ?? true;
  const level = readLevel(opts.level, FN);
  const alpha = opts.preTrendAlpha ?? 0.05;
  if (!(typeof alpha === "number" && alpha > 0 && alpha < 1)) {
    throw new DpmError("INVALID_ARGUMENT", `${FN}: options.preTrendAlpha must be in (0, 1) such as 0.05.`, { path: "options.preTrendAlpha" });
  }
  const p = readPanel(panel, FN);
  const warnings = checkIdentification(p, FN);
  if (!p.absorbing) {
    throw new DpmError("INVALID_ARGUMENT", `${FN}: some units switch treatment off again; an event study needs absorbing treatment (once treated, always treated). Use twfeDid instead.`, { path: "panel.treated" });
  }
  const diagnostics = didDiagnostics(p);
  if (diagnostics.staggered) warnings.push(STAGGERED_WARNING);
  const ks: number[] = [];
  for (let k = -leads; k <= lags; k++) if (k !== -1) ks.push(k);
  const names = ks.map((k) => (k < 0 ? `lead${-k}` : `lag${k}`));
  const cols = ks.map(() => new Float64Array(p.n));
  const keep = new Uint8Array(p.n).fill(1);
  for (let i = 0; i < p.n; i++) {
    const a = p.adoption[p.unitIndex[i]!]!;
    if (a < 0) continue;
    let r = p.timeIndex[i]! - a;
    if (r < -leads || r > lags) {
      if (!bin) {
        keep[i] = 0;
        continue;
      }
      r = r < -leads ? -leads : lags;
    }
    if (r === -1) continue;
    cols[ks.indexOf(r)]![i] = 1;
  }
  let y = p.y;
  let unitIndex = p.unitIndex;
  let timeIndex = p.timeIndex;
  let regs = cols;
  if (!bin) {
    const rows: number[] = [];
    for (let i = 0; i < p.n; i++) if (keep[i] === 1) rows.push(i);
    const pick = (a: Float64Array) => Float64Array.from(rows, (i) => a[i]!);
    y = pick(p.y);
    unitIndex = Int32Array.from(rows, (i) => p.unitIndex[i]!);
    timeIndex = Int32Array.from(rows, (i) => p.timeIndex[i]!);
    regs = cols.map(pick);
  }
  for (let j = 0; j < regs.length; j++) {
    if (!regs[j]!.some((v) => v === 1)) {
      throw new DpmError("NO_SOLUTION", `${FN}: no treated unit is observed at relative period ${ks[j]}; lower options.${ks[j]! < 0 ? "leads" : "lags"} to what the panel covers.`, {
        path: `options.${ks[j]! < 0 ? "leads" : "lags"}`,
      });
    }
  }
  const { fit } = twfeFit(y, regs.map((values, j) => ({ name: names[j]!, values })), [
    { index: unitIndex, levels: p.units.length },
    { index: timeIndex, levels: p.times.length },
  ], unitIndex, level, FN);
  const table: EventStudyRow[] = [];
  for (let k = -leads; k <= lags; k++) {
    const binned = bin && (k === -leads || k === lags);
    if (k === -1) {
      table.push({ relativeTime: -1, estimate: 0, stdError: 0, ciLow: 0, ciHigh: 0, reference: true, binned: false });
      continue;
    }
    const row = fit.coefficients[ks.indexOf(k)]!;
    table.push({ relativeTime: k, estimate: row.estimate, stdError: row.stdError, ciLow: row.ciLow, ciHigh: row.ciHigh, reference: false, binned });
  }
  const leadNames = names.filter((s) => s.startsWith("lead"));
  const preTrend = waldTest(fit, leadNames);
  const fewTreated = diagnostics.treatedUnits < 10;
  if (fewTreated) {
    warnings.push(`only ${diagnostics.treatedUnits} treated unit(s): clustered tests of the leads over-reject with so few treated clusters, so read the pre-trend test as rough and judge the leads by their size against the effect.`);
  }
  if (preTrend.fPValue < alpha) {
    warnings.push(`the leads are jointly non-zero (pre-trend F = ${preTrend.fStatistic.toFixed(2)}, p = ${preTrend.fPValue.toFixed(4)}): treated units were already diverging before adoption, so parallel trends is doubtful.`);
  }
  // Average of the lag coefficients, a'b with variance a'Va.
  const lagIdx = names.map((s, j) => (s.startsWith("lag") ? j : -1)).filter((j) => j >= 0);
  const q = fit.p;
  let est = 0;
  let v = 0;
  for (const a of lagIdx) {
    est += fit.estimates[a]! / lagIdx.length;
    for (const b of lagIdx) v += fit.vcov[a * q + b]! / (lagIdx.length * lagIdx.length);
  }
  const se = Math.sqrt(Math.max(v, 0));
  const df = fit.inferenceDf;
  const tq = studentTQuantile(0.5 + level / 2, df);
  const t = se > 0 ? est / se : 0;
  return withReadout({
    method: "event-study DiD",
    estimand: `ATT (average of relative periods 0…${lags})`,
    estimate: est,
    stdError: se,
    ciLow: est - tq * se,
    ciHigh: est + tq * se,
    level,
    pValue: se > 0 ? Math.min(1, 2 * studentTCdf(-Math.abs(t), df)) : 1,
    assumption: "Without treatment, treated and control units would have moved in parallel — testable before adoption, where the lead coefficients should be zero.",
    trustworthy: (fewTreated || preTrend.fPValue >= alpha) && !diagnostics.staggered,
    warnings,
    table,
    preTrend,
    diagnostics,
  }, () => [`pre-trend test: F(${preTrend.df}, ${preTrend.dfDenominator}) = ${preTrend.fStatistic.toFixed(3)}, p = ${preTrend.fPValue.toFixed(4)}.`]);
}
