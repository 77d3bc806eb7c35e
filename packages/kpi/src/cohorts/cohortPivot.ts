import { checkOptions, DpmError } from "@dpm/core";
import { describe } from "../internal/checks.js";
import { assertCohortTable } from "./cohortRows.js";
import type { CohortTable } from "./cohortTable.js";

/**
 * A matrix of a {@link CohortTable} that {@link cohortPivot} can lay out.
 *
 * @category Cohorts
 */
export type CohortMetric = "activeCustomers" | "revenue" | "customerRetention" | "revenueRetention" | "cumulativeRevenuePerCustomer";

/**
 * Options for {@link cohortPivot}.
 *
 * @category Cohorts
 */
export interface CohortPivotOptions {
  /** Round values to this many decimals (default: no rounding). */
  readonly digits?: number;
  /** Show ratios as percentages (×100) — for the retention metrics (default false). */
  readonly percent?: boolean;
}

const METRICS: readonly string[] = ["activeCustomers", "revenue", "customerRetention", "revenueRetention", "cumulativeRevenuePerCustomer"];

/**
 * One metric of a cohort table laid out the classic way, one object per cohort:
 * `{ cohort, size, "+0": …, "+1": …, … }` with a key per observed offset (`+k` = k periods after acquisition) — what `console.table` prints as
 * the familiar retention triangle. Unobserved cells are left out (blank).
 *
 * @param table - a table from {@link cohortTable}
 * @param metric - which matrix
 * @param options - rounding and percentages
 * @returns one record per cohort
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` for an unknown metric, bad digits or a non-table
 *
 * @example
 * ```ts
 * import { cohortPivot, cohortTable } from "@dpm/kpi";
 *
 * const table = cohortTable([
 *   { customerId: 1, date: "2025-01-05", amount: 30 },
 *   { customerId: 2, date: "2025-01-09", amount: 30 },
 *   { customerId: 3, date: "2025-01-21", amount: 30 },
 *   { customerId: 1, date: "2025-02-03", amount: 30 },
 * ]);
 * cohortPivot(table, "customerRetention", { digits: 1, percent: true });
 * // => [{ cohort: "2025-01", size: 3, +0: 100, +1: 33.3 }]
 * ```
 *
 * @category Cohorts
 */
export function cohortPivot(table: CohortTable, metric: CohortMetric, options: CohortPivotOptions = {}): Record<string, string | number>[] {
  checkOptions(options, ["digits", "percent"], "cohortPivot");
  const fn = "cohortPivot";
  assertCohortTable(table, fn);
  if (!METRICS.includes(metric)) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: metric must be one of ${METRICS.join(", ")}, got ${describe(metric)}.`, { path: "metric" });
  }
  const { digits, percent = false } = options;
  if (digits !== undefined && (!Number.isInteger(digits) || digits < 0 || digits > 15)) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: options.digits must be an integer from 0 to 15, got ${describe(digits)}.`, { path: "options.digits" });
  }
  const matrix = table[metric];
  const scale = percent ? 100 : 1;
  const out: Record<string, string | number>[] = [];
  for (let r = 0; r < table.rows; r++) {
    const record: Record<string, string | number> = { cohort: table.cohorts[r] as string, size: table.cohortSizes[r] as number };
    for (let k = 0; k < (table.observedPeriods[r] as number); k++) {
      const v = (matrix[r * table.columns + k] as number) * scale;
      record[`+${k}`] = digits === undefined ? v : Number(v.toFixed(digits));
    }
    out.push(record);
  }
  return out;
}
