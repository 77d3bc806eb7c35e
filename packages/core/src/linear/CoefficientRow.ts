import { DpmError } from "../errors/DpmError.js";
import { normalCdf } from "../math/normal.js";
import { studentTCdf, studentTQuantile } from "../math/studentT.js";
import { normalQuantile } from "../random/normalQuantile.js";

/**
 * One row of a coefficient table: the estimate, its standard error, the test statistic (t or z)
 * for "coefficient = 0", its two-sided p value and the confidence interval.
 *
 * @category Linear models
 */
export interface CoefficientRow {
  readonly name: string;
  readonly estimate: number;
  readonly stdError: number;
  readonly statistic: number;
  readonly pValue: number;
  readonly ciLow: number;
  readonly ciHigh: number;
}

/** @internal Builds the table; `df` = Infinity uses the normal distribution. */
export function coefficientRows(
  names: readonly string[],
  estimates: Float64Array,
  stdErrors: Float64Array,
  df: number,
  level: number,
): CoefficientRow[] {
  const q = df === Infinity ? normalQuantile(0.5 + level / 2) : studentTQuantile(0.5 + level / 2, df);
  return names.map((name, j) => {
    const estimate = estimates[j]!;
    const stdError = stdErrors[j]!;
    const statistic = stdError > 0 ? estimate / stdError : estimate === 0 ? 0 : Math.sign(estimate) * Infinity;
    const tail = df === Infinity ? normalCdf(-Math.abs(statistic)) : studentTCdf(-Math.abs(statistic), df);
    return { name, estimate, stdError, statistic, pValue: Math.min(1, 2 * tail), ciLow: estimate - q * stdError, ciHigh: estimate + q * stdError };
  });
}

/** @internal Looks a row up by name with a helpful error. */
export function findRow(rows: readonly CoefficientRow[], name: string, fn: string): CoefficientRow {
  const row = rows.find((r) => r.name === name);
  if (row === undefined) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: no coefficient named "${name}"; the model has ${rows.map((r) => `"${r.name}"`).join(", ")}.`, {
      path: "name",
      details: { name, known: rows.map((r) => r.name) },
    });
  }
  return row;
}

function fmt(x: number): string {
  if (x === 0) return "0";
  const a = Math.abs(x);
  return a >= 1e5 || a < 1e-4 ? x.toExponential(3) : x.toPrecision(5);
}

function fmtP(p: number): string {
  return p < 1e-4 ? "<1e-4" : p.toFixed(4);
}

/** @internal A plain-text coefficient table (R-like). */
export function formatRows(rows: readonly CoefficientRow[], statisticLabel: string, level: number): string {
  const header = ["", "estimate", "std.error", statisticLabel, "p", `${Math.round(level * 100)}% CI`];
  const body = rows.map((r) => [r.name, fmt(r.estimate), fmt(r.stdError), r.statistic.toFixed(3), fmtP(r.pValue), `[${fmt(r.ciLow)}, ${fmt(r.ciHigh)}]`]);
  const all = [header, ...body];
  const widths = header.map((_, c) => Math.max(...all.map((row) => row[c]!.length)));
  return all.map((row) => row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join("  ")).join("\n");
}
