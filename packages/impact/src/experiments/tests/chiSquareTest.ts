import { checkOptions, DpmError } from "@dpm/core";
import { chiSquareUpper } from "../internal/distributions.js";

/**
 * Options of {@link chiSquareTest}.
 *
 * @category Experiments
 */
export interface ChiSquareTestOptions {
  /** Yates' continuity correction for 2 × 2 tables, as R's `chisq.test` default (default false). */
  readonly correction?: boolean;
}

/**
 * The result of {@link chiSquareTest} and {@link srmCheck}.
 *
 * @category Experiments
 */
export interface ChiSquareTestResult {
  readonly statistic: number;
  readonly df: number;
  readonly pValue: number;
}

/**
 * Pearson's χ² test of independence on an r × c contingency table (e.g. variants × converted/not,
 * the omnibus test of an A/B/n experiment), as R's `chisq.test`.
 *
 * @param table - rows of non-negative counts, at least 2 × 2, every row and column total > 0
 * @param options - correction
 * @returns χ², degrees of freedom (r − 1)(c − 1), p-value
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` for ragged or negative tables, an empty row or column; `TOO_SHORT` for fewer than 2 rows or columns
 *
 * @example
 * ```ts
 * import { chiSquareTest } from "@dpm/impact";
 *
 * // Converted / not converted for three variants
 * const r = chiSquareTest([[50, 950], [68, 932], [61, 939]]);
 * r.df; // => 2
 * r.pValue.toFixed(3); // => "0.231"
 * ```
 *
 * @category Experiments
 */
export function chiSquareTest(table: readonly (readonly number[])[], options?: ChiSquareTestOptions): ChiSquareTestResult {
  const fn = "chiSquareTest";
  const o = checkOptions(options, ["correction"], fn, "{ correction: true }");
  if (!Array.isArray(table) || table.length < 2) {
    throw new DpmError("TOO_SHORT", `${fn}: table must be an array of at least 2 rows of counts, e.g. [[50, 950], [68, 932]].`, { path: "table" });
  }
  const r = table.length;
  const c = Array.isArray(table[0]) ? (table[0] as readonly number[]).length : 0;
  if (c < 2) throw new DpmError("TOO_SHORT", `${fn}: each row needs at least 2 columns (e.g. converted, not converted).`, { path: "table[0]" });
  const rows = new Float64Array(r);
  const cols = new Float64Array(c);
  let total = 0;
  for (let i = 0; i < r; i++) {
    const row = table[i];
    if (!Array.isArray(row) || row.length !== c) {
      throw new DpmError("LENGTH_MISMATCH", `${fn}: table[${i}] must have ${c} counts like the first row.`, { path: `table[${i}]` });
    }
    for (let j = 0; j < c; j++) {
      const v = row[j] as unknown;
      if (typeof v !== "number" || !Number.isFinite(v) || v < 0) {
        throw new DpmError("INVALID_ARGUMENT", `${fn}: table[${i}][${j}] must be a count ≥ 0, got ${String(v)}.`, { path: `table[${i}][${j}]` });
      }
      rows[i] = (rows[i] as number) + v;
      cols[j] = (cols[j] as number) + v;
      total += v;
    }
  }
  for (let i = 0; i < r; i++) if (rows[i] === 0) throw new DpmError("INVALID_ARGUMENT", `${fn}: row ${i} has no counts; remove it.`, { path: `table[${i}]` });
  for (let j = 0; j < c; j++) if (cols[j] === 0) throw new DpmError("INVALID_ARGUMENT", `${fn}: column ${j} has no counts, so there is nothing to compare; remove it.`, { path: `table[*][${j}]` });
  const yates = o.correction === true && r === 2 && c === 2;
  let minAbs = Infinity;
  if (yates) {
    for (let i = 0; i < r; i++) for (let j = 0; j < c; j++) {
      minAbs = Math.min(minAbs, Math.abs(((table[i] as readonly number[])[j] as number) - ((rows[i] as number) * (cols[j] as number)) / total));
    }
  }
  const corr = yates ? Math.min(0.5, minAbs) : 0;
  let x2 = 0;
  for (let i = 0; i < r; i++) {
    for (let j = 0; j < c; j++) {
      const e = ((rows[i] as number) * (cols[j] as number)) / total;
      const dev = Math.abs(((table[i] as readonly number[])[j] as number) - e) - corr;
      x2 += (dev * dev) / e;
    }
  }
  const df = (r - 1) * (c - 1);
  return { statistic: x2, df, pValue: chiSquareUpper(x2, df) };
}
