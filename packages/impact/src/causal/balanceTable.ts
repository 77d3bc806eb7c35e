import { checkOptions, DpmError } from "@dpm/core";
import { readColumn, readCovariates, readTreatment } from "./internal/validate.js";

/**
 * Options of {@link balanceTable}.
 *
 * @category Causal impact
 */
export interface BalanceTableOptions {
  /** Unit weights after adjustment (matching or weighting); the "after" columns use them. */
  readonly weights?: ArrayLike<number>;
  /** Standardise by the treated group's SD (`"ATT"`, default, as MatchIt) or the pooled SD (`"ATE"`). */
  readonly estimand?: "ATT" | "ATE";
  /** |SMD| above which a covariate counts as imbalanced (default 0.1). */
  readonly threshold?: number;
}

/**
 * One covariate's balance before and after adjustment.
 *
 * @category Causal impact
 */
export interface BalanceRow {
  readonly name: string;
  readonly meanTreated: number;
  readonly meanControl: number;
  /** Standardised mean difference before adjustment. */
  readonly smdBefore: number;
  readonly meanTreatedAfter: number;
  readonly meanControlAfter: number;
  /** Standardised mean difference after adjustment (with the same denominator). */
  readonly smdAfter: number;
}

/**
 * Result of {@link balanceTable}.
 *
 * @category Causal impact
 */
export interface BalanceTable {
  readonly rows: readonly BalanceRow[];
  /** Covariates with |SMD after| above the threshold. */
  readonly imbalanced: readonly string[];
  readonly threshold: number;
}

/** @internal Computes balance rows (weights ≥ 0; undefined = all 1). */
export function balanceRows(t: Float64Array, cov: { name: string; values: Float64Array }[], w: Float64Array | undefined, estimand: "ATT" | "ATE"): BalanceRow[] {
  const n = t.length;
  return cov.map(({ name, values: x }) => {
    const m = (group: number, ww: Float64Array | undefined) => {
      let s = 0;
      let sw = 0;
      for (let i = 0; i < n; i++) {
        if (t[i] !== group) continue;
        const wi = ww === undefined ? 1 : ww[i]!;
        s += wi * x[i]!;
        sw += wi;
      }
      return sw > 0 ? s / sw : NaN;
    };
    const binary = x.every((v) => v === 0 || v === 1);
    const variance = (group: number) => {
      let k = 0;
      let mean = 0;
      for (let i = 0; i < n; i++) if (t[i] === group) {
        k++;
        mean += x[i]!;
      }
      mean /= k;
      if (binary) return mean * (1 - mean);
      let s = 0;
      for (let i = 0; i < n; i++) if (t[i] === group) s += (x[i]! - mean) ** 2;
      return k > 1 ? s / (k - 1) : 0;
    };
    const denom = Math.sqrt(estimand === "ATT" ? variance(1) : (variance(1) + variance(0)) / 2);
    const smd = (a: number, b: number) => (denom > 0 ? (a - b) / denom : a === b ? 0 : Math.sign(a - b) * Infinity);
    const mt = m(1, undefined);
    const mc = m(0, undefined);
    const mta = m(1, w);
    const mca = m(0, w);
    return { name, meanTreated: mt, meanControl: mc, smdBefore: smd(mt, mc), meanTreatedAfter: mta, meanControlAfter: mca, smdAfter: smd(mta, mca) };
  });
}

const KNOWN = ["weights", "estimand", "threshold"];
const FN = "balanceTable";

/**
 * Covariate balance between treated and control units: means and standardised mean differences
 * before and after adjustment (matching or weighting weights), standardised as MatchIt's
 * `summary()`: by the treated group's SD for the ATT (√(p(1 − p)) for 0/1 covariates), or the
 * pooled SD for the ATE. |SMD| below 0.1 is the usual sign of good balance.
 *
 * @param treatment - 0/1 per unit
 * @param covariates - named covariates, one value per unit
 * @param options - adjustment weights, estimand, threshold
 * @returns one row per covariate and the list of imbalanced ones
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT`, `LENGTH_MISMATCH`, `NON_FINITE` for bad input; `NO_SOLUTION` without both groups
 *
 * @example
 * ```ts
 * import { balanceTable } from "@dpm/impact";
 *
 * const table = balanceTable([1, 1, 0, 0, 0, 0], { age: [30, 40, 30, 40, 50, 60] });
 * table.rows[0]!.meanControl; // => 45
 * Math.round(table.rows[0]!.smdBefore * 1000) / 1000; // => -1.414
 * ```
 *
 * @category Causal impact
 */
export function balanceTable(treatment: ArrayLike<number>, covariates: Readonly<Record<string, ArrayLike<number>>>, options?: BalanceTableOptions): BalanceTable {
  const opts = checkOptions(options, KNOWN, FN, '{ estimand: "ATT" }');
  const t = readTreatment(treatment, FN);
  const cov = readCovariates(covariates, t.length, FN, "covariates");
  const estimand = opts.estimand ?? "ATT";
  if (estimand !== "ATT" && estimand !== "ATE") throw new DpmError("INVALID_ARGUMENT", `${FN}: options.estimand must be "ATT" or "ATE".`, { path: "options.estimand" });
  const w = opts.weights === undefined ? undefined : readColumn(opts.weights, t.length, FN, "options.weights");
  if (w !== undefined && w.some((v) => v < 0)) throw new DpmError("INVALID_ARGUMENT", `${FN}: options.weights must be ≥ 0.`, { path: "options.weights" });
  const threshold = opts.threshold ?? 0.1;
  const rows = balanceRows(t, cov, w, estimand);
  return { rows, imbalanced: rows.filter((r) => !(Math.abs(r.smdAfter) <= threshold)).map((r) => r.name), threshold };
}
