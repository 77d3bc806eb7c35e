import { checkOptions, DpmError } from "@dpm/core";
import { checkUnit, dayNumber, UNIT_DAYS } from "../internal/days.js";
import type { TimeUnit } from "../internal/days.js";
import { summarizeTransactions } from "../summary/summarizeTransactions.js";
import type { CustomerSummary, Transaction } from "../summary/summarizeTransactions.js";

/**
 * Options of {@link calibrationHoldoutSummary}.
 *
 * @category Holdout
 */
export interface CalibrationHoldoutOptions {
  /** Last day of the calibration period, inclusive (`"YYYY-MM-DD"`, `"YYYYMMDD"` or a `Date`). Required. */
  readonly calibrationEnd: string | Date;
  /** Last day of the holdout period, inclusive; rows after it are ignored. Default: last date in the data. */
  readonly holdoutEnd?: string | Date;
  /** Time unit of every duration: days, weeks (7 days) or months (365.25/12 days). Required — no hidden default. */
  readonly unit: TimeUnit;
}

/**
 * Calibration summary (as {@link summarizeTransactions} gives for the calibration period) plus the
 * holdout outcome of the same customers.
 *
 * @category Holdout
 */
export interface CalibrationHoldoutSummary extends CustomerSummary {
  /** Last day of the holdout period as `YYYY-MM-DD`. */
  readonly holdoutEnd: string;
  /** Length of the holdout period, `holdoutEnd − calibrationEnd`, in `unit`. */
  readonly holdoutLength: number;
  /** Transactions (same-day rows merged) of each calibration customer in the holdout period; all are repeat transactions. */
  readonly holdoutFrequency: Float64Array;
  /** Total holdout spend of each calibration customer. */
  readonly holdoutRevenue: Float64Array;
  /** First purchase day of the earliest customer as `YYYY-MM-DD`: time 0 of `repeatTimes` and of the cumulative curve. */
  readonly start: string;
  /** `calibrationEnd − start` in `unit`; customer i made its first purchase at time `calibrationLength − T[i]`. */
  readonly calibrationLength: number;
  /** Times (in `unit` since `start`, ascending) of every repeat transaction of the calibration customers, calibration and holdout. */
  readonly repeatTimes: Float64Array;
  /** Customers whose first purchase falls in the holdout period (not in the summary: they have no calibration history). */
  readonly newInHoldout: number;
}

const FN = "calibrationHoldoutSummary";

/**
 * Splits a raw transaction log (any order) at `calibrationEnd` into the per-customer calibration
 * summary (x, t_x, T, monetary — see {@link summarizeTransactions}) and each customer's holdout
 * outcome: the number of transactions in (calibrationEnd, holdoutEnd] and their value.
 *
 * Rules: rows of one customer on the same calendar day are one transaction; only customers with a
 * first purchase on or before `calibrationEnd` are summarised (customers first seen in the holdout
 * are counted in `newInHoldout`); rows after `holdoutEnd` are ignored. A time `t` in `unit` means
 * `t · (days per unit)` days after the reference day; durations are whole days divided by the unit.
 *
 * @param transactions - purchase rows (not mutated)
 * @param options - calibration end, holdout end and the time unit
 * @returns column arrays, one entry per calibration customer, plus the repeat-transaction times
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` when holdoutEnd is not after calibrationEnd or the unit is missing;
 *   `EMPTY`, `NON_FINITE`, `PARSE_ERROR` as {@link summarizeTransactions}
 *
 * @example
 * ```ts
 * import { calibrationHoldoutSummary } from "@dpm/segment";
 *
 * const s = calibrationHoldoutSummary([
 *   { customerId: "a", date: "2025-01-01", amount: 10 },
 *   { customerId: "a", date: "2025-01-08", amount: 20 },
 *   { customerId: "a", date: "2025-01-20", amount: 7 },
 *   { customerId: "a", date: "2025-01-20", amount: 3 },
 * ], { calibrationEnd: "2025-01-15", holdoutEnd: "2025-01-29", unit: "days" });
 * s.frequency; // => Float64Array [1]
 * s.holdoutFrequency; // => Float64Array [1]
 * s.holdoutLength; // => 14
 * ```
 *
 * @category Holdout
 */
export function calibrationHoldoutSummary(transactions: readonly Transaction[], options: CalibrationHoldoutOptions): CalibrationHoldoutSummary {
  checkOptions(options, ["calibrationEnd", "holdoutEnd", "unit"], FN, '{ calibrationEnd: "1997-09-30", unit: "weeks" }');
  if (options === null || typeof options !== "object" || options.calibrationEnd === undefined) {
    throw new DpmError("INVALID_ARGUMENT", `${FN}: options.calibrationEnd is required (last day of the calibration period)`, { path: "options.calibrationEnd" });
  }
  if (options.unit === undefined) throw new DpmError("INVALID_ARGUMENT", `${FN}: options.unit is required ("days", "weeks" or "months")`, { path: "options.unit" });
  const unit = checkUnit(options.unit, FN);
  // validates every row and builds the calibration summary
  const cal = summarizeTransactions(transactions, { calibrationEnd: options.calibrationEnd, unit });
  const n = transactions.length;
  const calEnd = dayNumber(options.calibrationEnd, "options.calibrationEnd", FN);
  let maxDay = -Infinity;
  for (let i = 0; i < n; i++) {
    const d = dayNumber(transactions[i]!.date, `transactions[${i}].date`, FN);
    if (d > maxDay) maxDay = d;
  }
  const holdEnd = options.holdoutEnd === undefined ? maxDay : dayNumber(options.holdoutEnd, "options.holdoutEnd", FN);
  if (!(holdEnd > calEnd)) throw new DpmError("INVALID_ARGUMENT", `${FN}: options.holdoutEnd (${dateString(holdEnd)}) must be after options.calibrationEnd (${dateString(calEnd)}); the data ends ${dateString(maxDay)}`, { path: "options.holdoutEnd" });
  const u = UNIT_DAYS[unit];
  const c = cal.ids.length;
  const index = new Map<string, number>();
  for (let i = 0; i < c; i++) index.set(cal.ids[i]!, i);
  // first purchase day of each customer: calibrationEnd − T (T in units, back to whole days)
  const first = new Float64Array(c);
  let start = Infinity;
  for (let i = 0; i < c; i++) {
    first[i] = calEnd - Math.round(cal.T[i]! * u);
    if (first[i]! < start) start = first[i]!;
  }
  // (customer, day) keys of all rows up to holdoutEnd, sorted, to merge same-day rows without per-customer objects
  const span = holdEnd - start + 1;
  const keys = new Float64Array(n);
  const amounts = new Float64Array(n);
  let m = 0;
  const newIds = new Set<string>();
  for (let i = 0; i < n; i++) {
    const t = transactions[i]!;
    const d = dayNumber(t.date, `transactions[${i}].date`, FN);
    if (d > holdEnd) continue;
    const id = String(t.customerId);
    const j = index.get(id);
    if (j === undefined) {
      newIds.add(id);
      continue;
    }
    keys[m] = j * span + (d - start);
    amounts[m] = t.amount;
    m++;
  }
  const order = new Uint32Array(m);
  for (let i = 0; i < m; i++) order[i] = i;
  const ks = keys.subarray(0, m);
  order.sort((p, q) => ks[p]! - ks[q]!);
  const holdoutFrequency = new Float64Array(c);
  const holdoutRevenue = new Float64Array(c);
  const times: number[] = [];
  let prev = -1;
  for (let r = 0; r < m; r++) {
    const o = order[r]!;
    const key = ks[o]!;
    const j = Math.floor(key / span);
    const d = start + (key - j * span);
    if (d > calEnd) holdoutRevenue[j] = holdoutRevenue[j]! + amounts[o]!;
    if (key === prev) continue; // same customer, same day: one transaction
    prev = key;
    if (d === first[j]) continue; // the first purchase is not a repeat
    times.push((d - start) / u);
    if (d > calEnd) holdoutFrequency[j] = holdoutFrequency[j]! + 1;
  }
  const repeatTimes = Float64Array.from(times).sort();
  return {
    ...cal,
    holdoutEnd: dateString(holdEnd),
    holdoutLength: (holdEnd - calEnd) / u,
    holdoutFrequency,
    holdoutRevenue,
    start: dateString(start),
    calibrationLength: (calEnd - start) / u,
    repeatTimes,
    newInHoldout: newIds.size,
  };
}

function dateString(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}
