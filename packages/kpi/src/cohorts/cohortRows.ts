import { DpmError, addPeriods, formatPeriod, type Period } from "@dpm/core";
import { describe } from "../internal/checks.js";
import type { CohortTable } from "./cohortTable.js";

/**
 * One observed cell of a {@link CohortTable} in tidy form.
 *
 * @category Cohorts
 */
export interface CohortRow {
  /** Cohort label, e.g. `"2025-01"`. */
  readonly cohort: string;
  /** Periods since acquisition (in units of the table's `freq`). */
  readonly offset: number;
  /** The calendar period of the cell, e.g. `"2025-03"`. */
  readonly period: string;
  readonly cohortSize: number;
  readonly activeCustomers: number;
  readonly revenue: number;
  readonly customerRetention: number;
  /** NaN when the cohort's first-period revenue is not positive. */
  readonly revenueRetention: number;
  readonly cumulativeRevenuePerCustomer: number;
}

/**
 * The observed cells of a cohort table as tidy rows — one per cohort and offset, cohort by cohort —
 * ready for `console.table`, a CSV writer or a charting library. Unobserved cells (the lower-right
 * triangle) are left out.
 *
 * @param table - a table from {@link cohortTable}
 * @returns the rows
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` when `table` is not a cohort table
 *
 * @example
 * ```ts
 * import { cohortRows, cohortTable } from "@dpm/kpi";
 *
 * const table = cohortTable([
 *   { customerId: 1, date: "2025-01-05", amount: 30 },
 *   { customerId: 1, date: "2025-02-03", amount: 25 },
 *   { customerId: 2, date: "2025-02-11", amount: 40 },
 * ]);
 * cohortRows(table).map((r) => `${r.cohort}+${r.offset} ${r.period} ${r.customerRetention}`);
 * // => ["2025-01+0 2025-01 1", "2025-01+1 2025-02 1", "2025-02+0 2025-02 1"]
 * ```
 *
 * @category Cohorts
 */
export function cohortRows(table: CohortTable): CohortRow[] {
  assertCohortTable(table, "cohortRows");
  const out: CohortRow[] = [];
  for (let r = 0; r < table.rows; r++) {
    const cohortPeriod = table.cohortPeriods[r] as Period;
    const cohort = table.cohorts[r] as string;
    const cohortSize = table.cohortSizes[r] as number;
    for (let k = 0; k < (table.observedPeriods[r] as number); k++) {
      const i = r * table.columns + k;
      out.push({
        cohort,
        offset: k,
        period: formatPeriod(addPeriods(cohortPeriod, k)),
        cohortSize,
        activeCustomers: table.activeCustomers[i] as number,
        revenue: table.revenue[i] as number,
        customerRetention: table.customerRetention[i] as number,
        revenueRetention: table.revenueRetention[i] as number,
        cumulativeRevenuePerCustomer: table.cumulativeRevenuePerCustomer[i] as number,
      });
    }
  }
  return out;
}

const CELLS = ["activeCustomers", "revenue", "customerRetention", "revenueRetention", "cumulativeRevenuePerCustomer"] as const;

/** @internal A structurally sound cohort table (hand-built tables are checked field by field). */
export function assertCohortTable(table: unknown, fn: string): asserts table is CohortTable {
  const t = table as CohortTable;
  if (
    typeof table !== "object" ||
    table === null ||
    !Number.isSafeInteger(t.rows) ||
    !Number.isSafeInteger(t.columns) ||
    t.rows < 0 ||
    t.columns < 0 ||
    !Array.isArray(t.cohorts) ||
    t.cohorts.length !== t.rows ||
    !Array.isArray(t.cohortPeriods) ||
    t.cohortPeriods.length !== t.rows ||
    !t.cohortPeriods.every((p) => typeof p === "object" && p !== null && p.freq === t.freq && Number.isSafeInteger(p.ordinal)) ||
    !(t.observedPeriods instanceof Int32Array) ||
    t.observedPeriods.length !== t.rows ||
    !t.observedPeriods.every((k) => k >= 0 && k <= t.columns) ||
    !(t.cohortSizes instanceof Float64Array) ||
    t.cohortSizes.length !== t.rows ||
    !t.cohortSizes.every((n) => Number.isFinite(n) && n >= 0) ||
    CELLS.some((key) => !(t[key] instanceof Float64Array) || t[key].length !== t.rows * t.columns)
  ) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: table must be a cohort table from cohortTable(), got ${describe(table)}.`, { path: "table" });
  }
}
