import { checkOptions } from "../errors/checkOptions.js";
import { DpmError, isDpmError } from "../errors/DpmError.js";
import { dayNumber } from "../time/Period.js";
import type { CsvTable } from "./CsvTable.js";
import { numberColumnOf, stringColumnOf } from "./columnAccess.js";

/**
 * Options for {@link transactionsFromColumns}: which columns hold the customer, date and amount.
 *
 * @category Input
 */
export interface TransactionsFromColumnsOptions {
  /** The customer id column (default `"customer_id"`). */
  readonly customer?: string;
  /** The purchase date column, `YYYY-MM-DD` (default `"date"`). */
  readonly date?: string;
  /** The amount column, finite and ≥ 0 (default `"amount"`). */
  readonly amount?: string;
}

/**
 * One purchase: the shape `@dpm/segment`'s `summarizeTransactions` reads.
 *
 * @category Input
 */
export interface TransactionRecord {
  readonly customerId: string;
  readonly date: string;
  readonly amount: number;
}

const KNOWN = ["customer", "date", "amount"];

/**
 * Reads purchases (customer, date, amount) from a CSV table as the records that
 * `summarizeTransactions` in `@dpm/segment` takes, checking every date and amount so that a bad
 * row is reported with its file line.
 *
 * @param table - from {@link parseCsv} or {@link readCsv}
 * @param options - the column names (defaults `customer_id`, `date`, `amount`)
 * @returns one record per row, in file order
 * @throws {@link DpmError} `INVALID_ARGUMENT` for an unknown column (the message lists the
 *   columns); `PARSE_ERROR` for a bad date, `NON_FINITE`/`INVALID_ARGUMENT` for a bad or negative
 *   amount — each with `details: { line, column }`
 *
 * @example
 * ```ts
 * import { parseCsv, transactionsFromColumns } from "@dpm/core";
 *
 * const table = parseCsv("customer_id,date,amount\nc1,2025-01-03,12.5\nc2,2025-01-04,8");
 * transactionsFromColumns(table)[0]; // => { customerId: "c1", date: "2025-01-03", amount: 12.5 }
 * ```
 *
 * @category Input
 */
export function transactionsFromColumns(table: CsvTable, options?: TransactionsFromColumnsOptions): TransactionRecord[] {
  const fn = "transactionsFromColumns";
  const o = checkOptions(options, KNOWN, fn, '{ customer: "customer_id", date: "date", amount: "amount" }');
  const customerName = o.customer ?? "customer_id";
  const dateName = o.date ?? "date";
  const amountName = o.amount ?? "amount";
  const customers = stringColumnOf(table, customerName, fn, "customer");
  const dates = stringColumnOf(table, dateName, fn, "date");
  const amounts = numberColumnOf(table, amountName, fn, "amount");
  const out: TransactionRecord[] = new Array(table.rowCount);
  for (let i = 0; i < table.rowCount; i++) {
    const line = table.lines[i] as number;
    const date = dates[i] as string;
    try {
      dayNumber(date, fn);
    } catch (error) {
      if (!isDpmError(error)) throw error;
      throw new DpmError("PARSE_ERROR", `${fn}: line ${line}, column "${dateName}": ${JSON.stringify(date)} is not a date; use YYYY-MM-DD.`, {
        path: "date",
        details: { line, column: dateName, value: date },
        cause: error,
      });
    }
    const amount = amounts[i] as number;
    if (!Number.isFinite(amount)) {
      throw new DpmError("NON_FINITE", `${fn}: line ${line}, column "${amountName}" is ${amount}; every amount must be a finite number.`, {
        path: "amount",
        details: { line, column: amountName, value: amount },
      });
    }
    if (amount < 0) {
      throw new DpmError("INVALID_ARGUMENT", `${fn}: line ${line}, column "${amountName}" is ${amount}; amounts must be ≥ 0 (leave refunds out or net them into the purchase).`, {
        path: "amount",
        details: { line, column: amountName, value: amount },
      });
    }
    out[i] = { customerId: customers[i] as string, date, amount };
  }
  return out;
}
