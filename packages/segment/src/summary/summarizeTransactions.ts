import { checkOptions, DpmError } from "@dpm/core";
import { checkUnit, dayNumber, UNIT_DAYS } from "../internal/days.js";
import type { TimeUnit } from "../internal/days.js";

/**
 * One purchase row. Several rows of one customer on the same calendar day are merged into one
 * transaction by {@link summarizeTransactions}.
 *
 * @category Summary
 */
export interface Transaction {
  /** Customer identifier. */
  readonly customerId: string | number;
  /** Purchase date: `"YYYY-MM-DD"`, `"YYYYMMDD"` (string or number) or a `Date` (UTC day is used). */
  readonly date: string | number | Date;
  /** Amount spent (≥ 0, finite). */
  readonly amount: number;
}

/**
 * Options of {@link summarizeTransactions}.
 *
 * @category Summary
 */
export interface SummarizeTransactionsOptions {
  /** Last day of the observation (calibration) period, inclusive; rows after it are ignored. Default: last date in the data. */
  readonly calibrationEnd?: string | Date;
  /** Time unit of `recency`, `T` and `daysSinceLast`-style outputs: days, weeks (7 days) or months (365.25/12 days). Default `"weeks"`. */
  readonly unit?: TimeUnit;
}

/**
 * Per-customer summary in column form (one entry per customer, in order of `ids`).
 *
 * @category Summary
 */
export interface CustomerSummary {
  /** Customer ids as strings, sorted by first purchase day, then id. */
  readonly ids: readonly string[];
  /** Time unit of `recency`, `T` and `age`. */
  readonly unit: TimeUnit;
  /** Last day of the observation period as `YYYY-MM-DD`. */
  readonly calibrationEnd: string;
  /** Repeat transactions x (transactions − 1). */
  readonly frequency: Float64Array;
  /** t_x: time from first to last transaction. */
  readonly recency: Float64Array;
  /** T: time from first transaction to the end of the period (customer age). */
  readonly T: Float64Array;
  /** Time from the last transaction to the end of the period (the "R" of RFM). */
  readonly sinceLast: Float64Array;
  /** Mean value of the repeat transactions (first excluded); 0 when frequency is 0. */
  readonly monetary: Float64Array;
  /** Total spend including the first transaction. */
  readonly revenue: Float64Array;
}

const FN = "summarizeTransactions";

/**
 * Turns a raw transaction log (any order) into per-customer recency/frequency/monetary/tenure.
 *
 * The rule of Fader, Hardie & Lee (2005): all rows of one customer on the same calendar day are one
 * transaction (their amounts add up); `frequency` counts repeat transactions only; `recency` is the
 * time from the first to the last transaction; `T` the time from the first transaction to
 * `calibrationEnd`; `monetary` is the mean of the repeat transactions (first excluded).
 *
 * @param transactions - purchase rows (not mutated)
 * @param options - calibration end and time unit
 * @returns column arrays, one entry per customer
 * @throws {@link @dpm/core!DpmError} `EMPTY` for no transactions in the period; `NON_FINITE` /
 *   `INVALID_ARGUMENT` for a non-finite or negative amount; `PARSE_ERROR` for an unparseable date
 *
 * @example
 * ```ts
 * import { summarizeTransactions } from "@dpm/segment";
 *
 * const s = summarizeTransactions([
 *   { customerId: "a", date: "2025-01-01", amount: 10 },
 *   { customerId: "a", date: "2025-01-01", amount: 5 },
 *   { customerId: "a", date: "2025-01-15", amount: 20 },
 * ], { calibrationEnd: "2025-01-29", unit: "weeks" });
 * s.frequency; // => Float64Array [1]
 * s.recency; // => Float64Array [2]
 * s.T; // => Float64Array [4]
 * s.monetary; // => Float64Array [20]
 * ```
 *
 * @category Summary
 */
export function summarizeTransactions(transactions: readonly Transaction[], options?: SummarizeTransactionsOptions): CustomerSummary {
  const opts = checkOptions(options, ["calibrationEnd", "unit"], FN, '{ unit: "weeks" }');
  if (!Array.isArray(transactions)) throw new DpmError("INVALID_ARGUMENT", `${FN}: transactions must be an array of { customerId, date, amount }`, { path: "transactions" });
  const unit = checkUnit(opts.unit ?? "weeks", FN);
  if (opts.calibrationEnd !== undefined && typeof opts.calibrationEnd !== "string" && !(opts.calibrationEnd instanceof Date)) {
    throw new DpmError("INVALID_ARGUMENT", `${FN}: options.calibrationEnd must be a date string (e.g. "2025-01-29") or a Date`, { path: "options.calibrationEnd" });
  }
  const n = transactions.length;
  const days = new Float64Array(n);
  const amounts = new Float64Array(n);
  const keys: string[] = new Array<string>(n);
  let maxDay = -Infinity;
  for (let i = 0; i < n; i++) {
    const t = transactions[i] as Transaction;
    if (t === null || typeof t !== "object") throw new DpmError("INVALID_ARGUMENT", `${FN}: transactions[${i}] must be an object { customerId, date, amount }`, { path: `transactions[${i}]` });
    const id = t.customerId;
    if ((typeof id !== "string" && typeof id !== "number") || id === "") throw new DpmError("INVALID_ARGUMENT", `${FN}: transactions[${i}].customerId must be a non-empty string or a number`, { path: `transactions[${i}].customerId` });
    const a = t.amount;
    if (typeof a !== "number" || !Number.isFinite(a)) throw new DpmError("NON_FINITE", `${FN}: transactions[${i}].amount must be a finite number, got ${String(a)}`, { path: `transactions[${i}].amount` });
    if (a < 0) throw new DpmError("INVALID_ARGUMENT", `${FN}: transactions[${i}].amount must be ≥ 0 (record refunds separately), got ${a}`, { path: `transactions[${i}].amount` });
    keys[i] = String(id);
    days[i] = dayNumber(t.date, `transactions[${i}].date`, FN);
    amounts[i] = a;
    if (days[i]! > maxDay) maxDay = days[i]!;
  }
  const endDay = opts.calibrationEnd === undefined ? maxDay : dayNumber(opts.calibrationEnd, "options.calibrationEnd", FN);
  // group rows by customer, then by day
  const byCustomer = new Map<string, Map<number, number>>();
  for (let i = 0; i < n; i++) {
    if (days[i]! > endDay) continue;
    const k = keys[i]!;
    let m = byCustomer.get(k);
    if (m === undefined) byCustomer.set(k, (m = new Map()));
    m.set(days[i]!, (m.get(days[i]!) ?? 0) + amounts[i]!);
  }
  if (byCustomer.size === 0) throw new DpmError("EMPTY", `${FN}: no transactions on or before the calibration end; check options.calibrationEnd`, { path: "transactions" });
  const rows: { id: string; first: number; last: number; x: number; repeatSum: number; total: number }[] = [];
  for (const [id, m] of byCustomer) {
    const ds = [...m.keys()].sort((p, q) => p - q);
    const first = ds[0]!;
    let total = 0;
    for (const v of m.values()) total += v;
    rows.push({ id, first, last: ds[ds.length - 1]!, x: ds.length - 1, repeatSum: total - m.get(first)!, total });
  }
  rows.sort((p, q) => p.first - q.first || (p.id < q.id ? -1 : p.id > q.id ? 1 : 0));
  const c = rows.length;
  const u = UNIT_DAYS[unit];
  const out = {
    ids: rows.map((r) => r.id),
    unit,
    calibrationEnd: new Date(endDay * 86_400_000).toISOString().slice(0, 10),
    frequency: new Float64Array(c),
    recency: new Float64Array(c),
    T: new Float64Array(c),
    sinceLast: new Float64Array(c),
    monetary: new Float64Array(c),
    revenue: new Float64Array(c),
  };
  for (let i = 0; i < c; i++) {
    const r = rows[i]!;
    out.frequency[i] = r.x;
    out.recency[i] = (r.last - r.first) / u;
    out.T[i] = (endDay - r.first) / u;
    out.sinceLast[i] = (endDay - r.last) / u;
    out.monetary[i] = r.x > 0 ? r.repeatSum / r.x : 0;
    out.revenue[i] = r.total;
  }
  return out;
}
