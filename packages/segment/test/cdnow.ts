import { readFileSync } from "node:fs";
import type { Transaction } from "../src/index.js";

/** Reads a whitespace-separated CDNOW-style file (…, customer id, date YYYYMMDD, CDs, dollars); header lines are skipped. */
export function readCdnow(url: URL): Transaction[] {
  const out: Transaction[] = [];
  for (const l of readFileSync(url, "utf8").split(/\r?\n/)) {
    const cols = l.trim().split(/\s+/);
    if (cols.length < 4 || !/^\d{8}$/.test(cols[cols.length - 3]!)) continue;
    out.push({ customerId: String(Number(cols[cols.length - 4])), date: cols[cols.length - 3]!, amount: Number(cols[cols.length - 1]) });
  }
  return out;
}

export const SHARED = (p: string, from: string) => new URL(`../../../../../shared/${p}`, from);
