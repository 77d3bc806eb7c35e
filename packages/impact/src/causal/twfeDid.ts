import { type CoefficientRow, checkOptions, DpmError } from "@dpm/core";
import { type CausalEstimate, withReadout } from "./CausalEstimate.js";
import { checkIdentification, type CheckedPanel, type PanelData, readPanel } from "./PanelData.js";
import { readCovariates, readLevel } from "./internal/validate.js";
import { twfeFit } from "./internal/twfeFit.js";

/**
 * Options of {@link twfeDid}.
 *
 * @category Causal impact
 */
export interface TwfeDidOptions {
  /** Time-varying covariates, one value per panel row. */
  readonly covariates?: Readonly<Record<string, ArrayLike<number>>>;
  /** Confidence level (default 0.95). */
  readonly level?: number;
}

/**
 * Facts about the panel that bear on the difference-in-differences assumptions.
 *
 * @category Causal impact
 */
export interface DidDiagnostics {
  readonly units: number;
  readonly periods: number;
  readonly observations: number;
  readonly treatedUnits: number;
  readonly neverTreatedUnits: number;
  readonly treatedObservations: number;
  /** Distinct adoption periods (the first period each treated unit is treated). */
  readonly cohorts: readonly number[];
  /** True when units adopt at different times — TWFE then compares late adopters with already-treated units. */
  readonly staggered: boolean;
  /** True when every treated unit stays treated. */
  readonly absorbing: boolean;
  readonly balanced: boolean;
  /** Number of clusters (units) behind the standard errors. */
  readonly clusters: number;
}

/**
 * Result of {@link twfeDid}.
 *
 * @category Causal impact
 */
export interface TwfeDidResult extends CausalEstimate {
  /** The treatment row and one row per covariate (cluster-robust, CR1). */
  readonly coefficients: readonly CoefficientRow[];
  readonly diagnostics: DidDiagnostics;
}

const KNOWN = ["covariates", "level"];
const FN = "twfeDid";

/** @internal Panel facts for the diagnostics. */
export function didDiagnostics(p: CheckedPanel): DidDiagnostics {
  let treatedObs = 0;
  for (let i = 0; i < p.n; i++) treatedObs += p.d[i]!;
  const cohorts = [...new Set(Array.from(p.adoption).filter((a) => a >= 0))].sort((a, b) => a - b).map((k) => p.times[k]!);
  const treatedUnits = Array.from(p.adoption).filter((a) => a >= 0).length;
  return {
    units: p.units.length,
    periods: p.times.length,
    observations: p.n,
    treatedUnits,
    neverTreatedUnits: p.units.length - treatedUnits,
    treatedObservations: treatedObs,
    cohorts,
    staggered: cohorts.length > 1,
    absorbing: p.absorbing,
    balanced: p.balanced,
    clusters: p.units.length,
  };
}

/** @internal The staggered-adoption warning. */
export const STAGGERED_WARNING =
  "treatment starts at different times, so two-way fixed effects also compares later adopters with units that are already treated; with effects that change over time this can bias the estimate (even flip its sign) — use stackedDid for clean comparisons.";

/**
 * Difference-in-differences by two-way fixed effects: outcome on the treatment indicator with unit
 * and period fixed effects (and optional covariates), standard errors clustered by unit (CR1, as
 * `estimatr::lm_robust(fixed_effects = ~ unit + time, clusters = unit, se_type = "stata")`), t on
 * G − 1 degrees of freedom. Warns when adoption is staggered.
 *
 * @param panel - long-format rows `{ unit, time, outcome, treated }` (see {@link PanelData})
 * @param options - covariates and confidence level
 * @returns the effect on the treated with a clustered interval, diagnostics and warnings
 * @throws {@link @dpm/core!DpmError} `NO_SOLUTION` without a pre-period or without controls; `SINGULAR` for a covariate collinear with the fixed effects; `INVALID_ARGUMENT`, `LENGTH_MISMATCH`, `NON_FINITE` for malformed panels
 *
 * @example
 * ```ts
 * import { twfeDid } from "@dpm/impact";
 *
 * // Four branches over four months; branches A and B open a café corner from month 3 (+10 sales).
 * const unit = ["A", "A", "A", "A", "B", "B", "B", "B", "C", "C", "C", "C", "D", "D", "D", "D"];
 * const time = [1, 2, 3, 4, 1, 2, 3, 4, 1, 2, 3, 4, 1, 2, 3, 4];
 * const base = [100, 102, 104, 106, 80, 83, 84, 86, 90, 92, 95, 96, 70, 71, 74, 76];
 * const treated = unit.map((u, i) => ((u === "A" || u === "B") && time[i]! >= 3 ? 1 : 0));
 * const did = twfeDid({ unit, time, outcome: base.map((y, i) => y + 10 * treated[i]!), treated });
 * // the +10 effect, plus the −0.75 by which the treated branches' trends differ from the others'
 * Math.round(did.estimate * 100) / 100; // => 9.25
 * did.diagnostics.staggered; // => false
 * ```
 *
 * @category Causal impact
 */
export function twfeDid(panel: PanelData, options?: TwfeDidOptions): TwfeDidResult {
  const opts = checkOptions(options, KNOWN, FN, "{ level: 0.9 }");
  const level = readLevel(opts.level, FN);
  const p = readPanel(panel, FN);
  const warnings = checkIdentification(p, FN);
  const covariates = readCovariates(opts.covariates, p.n, FN);
  const diagnostics = didDiagnostics(p);
  if (diagnostics.staggered) warnings.push(STAGGERED_WARNING);
  if (!p.absorbing) warnings.push("some units switch treatment off again; the estimate averages switching on and off, which assumes the effect ends when treatment does.");
  if (diagnostics.clusters < 20) warnings.push(`only ${diagnostics.clusters} clusters (units): cluster-robust standard errors are unreliable below about 20–30; read the interval as approximate.`);
  const factors = [
    { index: p.unitIndex, levels: p.units.length },
    { index: p.timeIndex, levels: p.times.length },
  ];
  const { rows } = twfeFit(p.y, [{ name: "treated", values: p.d }, ...covariates], factors, p.unitIndex, level, FN);
  const row = rows[0]!;
  if (!Number.isFinite(row.stdError) || row.stdError === 0) {
    throw new DpmError("NO_SOLUTION", `${FN}: the standard error is not estimable (${row.stdError}); the panel is too small for cluster-robust inference.`, { path: "panel" });
  }
  return withReadout({
    method: "two-way fixed effects DiD",
    estimand: "ATT",
    estimate: row.estimate,
    stdError: row.stdError,
    ciLow: row.ciLow,
    ciHigh: row.ciHigh,
    level,
    pValue: row.pValue,
    assumption: "Without treatment, treated and control units would have followed parallel outcome paths (and the effect is the same whenever a unit adopts).",
    trustworthy: !diagnostics.staggered && p.absorbing,
    warnings,
    coefficients: rows,
    diagnostics,
  }, () => [`${diagnostics.treatedUnits} treated of ${diagnostics.units} units over ${diagnostics.periods} periods; standard errors clustered by unit (${diagnostics.clusters} clusters).`]);
}
