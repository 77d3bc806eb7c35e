import { checkOptions, DpmError, formatPeriod, isFrequency, period, type Frequency, type Period } from "@dpm/core";
import { describe } from "../internal/checks.js";
import { periodOrdinal } from "./periodCoder.js";

/**
 * One purchase, the default row shape of {@link cohortTable}.
 *
 * @category Cohorts
 */
export interface Transaction {
  /** Who bought (ids are compared as Map keys: `1` and `"1"` are different customers). */
  readonly customerId: string | number;
  /** When: a `YYYY-MM-DD` string (a time after `T` is ignored) or a Date (read in UTC). */
  readonly date: string | Date;
  /** How much (any finite amount; refunds may be negative). */
  readonly amount: number;
}

/**
 * Options for {@link cohortTable}.
 *
 * @category Cohorts
 */
export interface CohortTableOptions<R> {
  /**
   * The period of a cohort and the unit of "periods since acquisition" (default `"month"`;
   * `"week"` (ISO weeks), `"quarter"`, `"year"` and `"day"` also work).
   */
  readonly freq?: Frequency;
  /** Reads a row's customer id (default `row.customerId`). */
  readonly customerId?: (row: R) => string | number;
  /** Reads a row's date (default `row.date`). */
  readonly date?: (row: R) => string | Date;
  /** Reads a row's amount (default `row.amount`). */
  readonly amount?: (row: R) => number;
}

/**
 * Acquisition cohorts × periods since acquisition, as row-major matrices.
 *
 * A customer's cohort is the period of their first transaction; offset `k` is `k` periods (of
 * `freq`) after it. Row `r` is cohort `cohorts[r]`, column `k` is offset `k`, and the cell of every
 * matrix is at index `r × columns + k`. Cells a cohort has not reached yet — later than the last
 * period in the data — are NaN in every matrix; `observedPeriods[r]` says how many cells of row `r`
 * are observed (the table is a triangle). Only periods in which someone was acquired have a row.
 *
 * @category Cohorts
 */
export interface CohortTable {
  /** The frequency of cohorts and offsets (the time unit of a column). */
  readonly freq: Frequency;
  /** Cohort labels, one per row, in time order (e.g. `"2025-01"`). */
  readonly cohorts: readonly string[];
  /** Cohort periods, one per row. */
  readonly cohortPeriods: readonly Period[];
  /** Number of rows (cohorts). */
  readonly rows: number;
  /** Number of columns: offsets 0 … columns − 1. */
  readonly columns: number;
  /** The column offsets, `[0, 1, …, columns − 1]`, in periods since acquisition. */
  readonly offsets: Int32Array;
  /** Customers acquired per cohort. */
  readonly cohortSizes: Float64Array;
  /** Observed cells per row: offsets up to the last period of the data. */
  readonly observedPeriods: Int32Array;
  /** Distinct customers of the cohort with at least one transaction in the period. */
  readonly activeCustomers: Float64Array;
  /** Sum of the cohort's amounts in the period. */
  readonly revenue: Float64Array;
  /** `activeCustomers / cohortSize` (1 at offset 0). */
  readonly customerRetention: Float64Array;
  /** `revenue / revenue at offset 0` of the cohort; NaN for a cohort whose first-period revenue is not positive. */
  readonly revenueRetention: Float64Array;
  /** Revenue of offsets 0 … k divided by the cohort size. */
  readonly cumulativeRevenuePerCustomer: Float64Array;
  /** Distinct customers in the data. */
  readonly customers: number;
  /** Transactions read. */
  readonly transactions: number;
}

/**
 * Builds acquisition-cohort tables from transactions (customer id, date, amount): customer
 * retention, revenue, revenue retention and cumulative revenue per customer for every cohort and
 * period since acquisition — as typed row-major matrices (see {@link CohortTable}); use
 * {@link cohortRows} for a tidy row form and {@link cohortPivot} for printing.
 *
 * Rows may come in any order. The work is linear in the number of transactions: customer ids are
 * mapped to dense integers once, dates are read to period ordinals without allocating, and
 * distinct active customers per cell come from a counting sort by customer — no per-row objects.
 *
 * @param transactions - the rows (by default {@link Transaction}s; see the accessors)
 * @param options - frequency (default `"month"`) and accessors
 * @returns the cohort table
 * @throws {@link @dpm/core!DpmError} `EMPTY` for no rows; `INVALID_ARGUMENT` naming a row with a bad customer
 *   id or date type, or a bad `freq`; `PARSE_ERROR` naming an unreadable date; `NON_FINITE` naming
 *   a bad amount
 *
 * @example
 * ```ts
 * import { cohortTable } from "@dpm/kpi";
 *
 * const table = cohortTable([
 *   { customerId: "ana", date: "2025-01-05", amount: 30 },
 *   { customerId: "ben", date: "2025-01-20", amount: 30 },
 *   { customerId: "ana", date: "2025-02-03", amount: 30 },
 *   { customerId: "cai", date: "2025-02-11", amount: 40 },
 * ]);
 * table.cohorts; // => ["2025-01", "2025-02"]
 * table.customerRetention; // => Float64Array [1, 0.5, 1, NaN]
 * table.cumulativeRevenuePerCustomer; // => Float64Array [30, 45, 40, NaN]
 * ```
 *
 * @category Cohorts
 */
export function cohortTable<R = Transaction>(transactions: readonly R[], options: CohortTableOptions<R> = {}): CohortTable {
  checkOptions(options, ["amount", "customerId", "date", "freq"], "cohortTable");
  const fn = "cohortTable";
  const freq = options.freq ?? "month";
  // Hourly cohorts are not offered: customers are acquired and retained over days or longer.
  if (!isFrequency(freq) || freq === "hour") {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: freq must be year, quarter, month, week or day, got ${describe(freq)}.`, { path: "options.freq" });
  }
  if (!Array.isArray(transactions)) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: transactions must be an array of rows, got ${describe(transactions)}.`, { path: "transactions" });
  }
  const n = transactions.length;
  if (n === 0) throw new DpmError("EMPTY", `${fn}: there are no transactions; pass at least one row.`, { path: "transactions" });
  for (const key of ["customerId", "date", "amount"] as const) {
    if (options[key] !== undefined && typeof options[key] !== "function") {
      throw new DpmError("INVALID_ARGUMENT", `${fn}: options.${key} must be a function (row) => value, got ${describe(options[key])}.`, { path: `options.${key}` });
    }
  }
  const custom = options.customerId !== undefined && options.date !== undefined && options.amount !== undefined;
  const readId = options.customerId ?? ((row: R) => (row as unknown as Transaction).customerId);
  const readDate = options.date ?? ((row: R) => (row as unknown as Transaction).date);
  const readAmount = options.amount ?? ((row: R) => (row as unknown as Transaction).amount);

  // Pass 1: dense customer indices, period ordinals, amounts, each customer's first period.
  const customerOf = new Int32Array(n);
  const ordinalOf = new Int32Array(n);
  const amountOf = new Float64Array(n);
  const ids = new Map<string | number, number>();
  let first = new Int32Array(1024);
  let lo = 2147483647;
  let hi = -2147483648;
  for (let i = 0; i < n; i++) {
    const row = transactions[i] as R;
    if (!custom && (typeof row !== "object" || row === null)) {
      throw new DpmError("INVALID_ARGUMENT", `${fn}: transactions[${i}] must be an object { customerId, date, amount }, got ${describe(row)}.`, {
        path: `transactions[${i}]`,
      });
    }
    const id = readId(row);
    let c = ids.get(id);
    if (c === undefined) {
      if (typeof id !== "string" && (typeof id !== "number" || !Number.isFinite(id))) {
        throw new DpmError("INVALID_ARGUMENT", `${fn}: transactions[${i}].customerId must be a string or a finite number, got ${describe(id)}.`, {
          path: `transactions[${i}].customerId`,
        });
      }
      c = ids.size;
      ids.set(id, c);
      if (c === first.length) {
        const grown = new Int32Array(first.length * 2);
        grown.set(first);
        first = grown;
      }
      first[c] = 2147483647;
    }
    const o = periodOrdinal(readDate(row), freq, fn, `transactions[${i}].date`);
    const a = readAmount(row);
    if (typeof a !== "number" || !Number.isFinite(a)) {
      throw new DpmError("NON_FINITE", `${fn}: transactions[${i}].amount is ${describe(a)}; every amount must be a finite number.`, {
        path: `transactions[${i}].amount`,
        details: { index: i, value: a },
      });
    }
    customerOf[i] = c;
    ordinalOf[i] = o;
    amountOf[i] = a;
    if (o < (first[c] as number)) first[c] = o;
    if (o < lo) lo = o;
    if (o > hi) hi = o;
  }
  const customers = ids.size;
  const columns = hi - lo + 1;

  // Cohort rows: the periods in which someone was acquired.
  const slotRow = new Int32Array(columns).fill(-1);
  for (let c = 0; c < customers; c++) slotRow[(first[c] as number) - lo] = 0;
  let rows = 0;
  const cohortPeriods: Period[] = [];
  for (let s = 0; s < columns; s++) {
    if (slotRow[s] === 0) {
      slotRow[s] = rows++;
      cohortPeriods.push(period(freq, lo + s));
    }
  }
  const cohortSizes = new Float64Array(rows);
  const observedPeriods = new Int32Array(rows);
  for (let r = 0; r < rows; r++) observedPeriods[r] = hi - (cohortPeriods[r] as Period).ordinal + 1;
  const rowOf = new Int32Array(customers);
  for (let c = 0; c < customers; c++) {
    const r = slotRow[(first[c] as number) - lo] as number;
    rowOf[c] = r;
    cohortSizes[r] = (cohortSizes[r] as number) + 1;
  }

  // Revenue per cell, in input order.
  const cells = rows * columns;
  const revenue = new Float64Array(cells);
  for (let i = 0; i < n; i++) {
    const c = customerOf[i] as number;
    const k = (rowOf[c] as number) * columns + (ordinalOf[i] as number) - (first[c] as number);
    revenue[k] = (revenue[k] as number) + (amountOf[i] as number);
  }

  // Distinct active customers per cell: group ordinals by customer (counting sort), then mark
  // each customer's offsets once with a stamp array.
  const start = new Int32Array(customers + 1);
  for (let i = 0; i < n; i++) {
    const c1 = (customerOf[i] as number) + 1;
    start[c1] = (start[c1] as number) + 1;
  }
  for (let c = 0; c < customers; c++) start[c + 1] = (start[c + 1] as number) + (start[c] as number);
  const fill = start.slice(0, customers);
  // Offsets since acquisition fit 16 bits unless the data spans more than 65,536 periods.
  const grouped = columns <= 65_536 ? new Uint16Array(n) : new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const c = customerOf[i] as number;
    const at = fill[c] as number;
    grouped[at] = (ordinalOf[i] as number) - (first[c] as number);
    fill[c] = at + 1;
  }
  const activeCustomers = new Float64Array(cells);
  const stamp = new Int32Array(columns);
  for (let c = 0; c < customers; c++) {
    const base = (rowOf[c] as number) * columns;
    const mark = c + 1;
    for (let j = start[c] as number, end = start[c + 1] as number; j < end; j++) {
      const k = grouped[j] as number;
      if (stamp[k] !== mark) {
        stamp[k] = mark;
        activeCustomers[base + k] = (activeCustomers[base + k] as number) + 1;
      }
    }
  }

  const derived = deriveCohortMatrices(rows, columns, cohortSizes, observedPeriods, activeCustomers, revenue);
  const offsets = new Int32Array(columns);
  for (let k = 0; k < columns; k++) offsets[k] = k;
  return {
    freq,
    cohorts: cohortPeriods.map(formatPeriod),
    cohortPeriods,
    rows,
    columns,
    offsets,
    cohortSizes,
    observedPeriods,
    activeCustomers,
    revenue,
    ...derived,
    customers,
    transactions: n,
  };
}

/**
 * @internal Ratios from the counts: retention, revenue retention, cumulative revenue per customer;
 * unobserved cells become NaN in every matrix (including the counts passed in).
 */
export function deriveCohortMatrices(
  rows: number,
  columns: number,
  cohortSizes: Float64Array,
  observedPeriods: Int32Array,
  activeCustomers: Float64Array,
  revenue: Float64Array,
): { customerRetention: Float64Array; revenueRetention: Float64Array; cumulativeRevenuePerCustomer: Float64Array } {
  const cells = rows * columns;
  const customerRetention = new Float64Array(cells);
  const revenueRetention = new Float64Array(cells);
  const cumulativeRevenuePerCustomer = new Float64Array(cells);
  for (let r = 0; r < rows; r++) {
    const base = r * columns;
    const size = cohortSizes[r] as number;
    const seen = observedPeriods[r] as number;
    const firstRevenue = revenue[base] as number;
    let cumulative = 0;
    for (let k = 0; k < columns; k++) {
      const i = base + k;
      if (k >= seen) {
        activeCustomers[i] = Number.NaN;
        revenue[i] = Number.NaN;
        customerRetention[i] = Number.NaN;
        revenueRetention[i] = Number.NaN;
        cumulativeRevenuePerCustomer[i] = Number.NaN;
        continue;
      }
      const rev = revenue[i] as number;
      cumulative += rev;
      customerRetention[i] = (activeCustomers[i] as number) / size;
      revenueRetention[i] = firstRevenue > 0 ? rev / firstRevenue : Number.NaN;
      cumulativeRevenuePerCustomer[i] = cumulative / size;
    }
  }
  return { customerRetention, revenueRetention, cumulativeRevenuePerCustomer };
}
