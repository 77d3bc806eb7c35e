// The bench's synthetic data, in plain JavaScript so that the memory probe (bench/memory.mjs) can
// run on bare node without the TypeScript loader's own ~35 MB.
import { createRng } from "@dpm/core";

export const CUSTOMERS = 100_000;
export const PER_CUSTOMER = 10; // 1,000,000 transactions
export const MONTHS = 36; // 2023-01 … 2025-12
const FIRST_YEAR = 2023;

/**
 * Deterministic synthetic point-of-sale export, sorted by date: each customer joins in a random
 * month, stays a geometric number of months (monthly retention 0.8), and buys PER_CUSTOMER times —
 * first in the month they join, then in random months while active. Rows are allocated in file
 * order with distinct id and date strings per row, as a CSV or JSON parser would produce them.
 *
 * @returns {{ customerId: string, date: string, amount: number }[]}
 */
export function makeTransactions() {
  const rng = createRng(2026);
  const n = CUSTOMERS * PER_CUSTOMER;
  const key = new Int32Array(n); // month * 32 + day, for a counting sort by date
  const who = new Int32Array(n);
  const cents = new Int32Array(n);
  for (let c = 0, i = 0; c < CUSTOMERS; c++) {
    const joined = Math.floor(rng.uniform() * MONTHS);
    let months = 1;
    while (joined + months < MONTHS && rng.uniform() < 0.8) months++;
    for (let j = 0; j < PER_CUSTOMER; j++, i++) {
      const month = j === 0 ? joined : joined + Math.floor(rng.uniform() * months);
      key[i] = month * 32 + 1 + Math.floor(rng.uniform() * 28);
      who[i] = c;
      cents[i] = 500 + Math.floor(rng.uniform() * 9_500);
    }
  }
  // Counting sort by date (stable), then build the rows in that order.
  const start = new Int32Array(MONTHS * 32 + 1);
  for (let i = 0; i < n; i++) start[key[i] + 1]++;
  for (let k = 1; k < start.length; k++) start[k] += start[k - 1];
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[start[key[i]]++] = i;
  const rows = new Array(n);
  for (let r = 0; r < n; r++) {
    const i = order[r];
    const k = key[i];
    const month = Math.floor(k / 32);
    const day = k % 32;
    const y = FIRST_YEAR + Math.floor(month / 12);
    const m = (month % 12) + 1;
    const date = `${y}-${m < 10 ? "0" : ""}${m}-${day < 10 ? "0" : ""}${day}`;
    rows[r] = { customerId: `C${who[i]}`, date, amount: cents[i] / 100 };
  }
  return rows;
}
