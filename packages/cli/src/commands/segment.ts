import { Command } from "commander";

export interface SegmentFlags {
  input: string;
  customer: string;
  date: string;
  amount: string;
  output: string;
  periods: string;
  discount: string;
  json?: boolean;
}

export function segmentCommand(): Command {
  return new Command("segment")
    .description("Transactions (customer, date, amount) → RFM scores and segment, BG/NBD + Gamma-Gamma CLV per customer")
    .requiredOption("-i, --input <file>", "transactions CSV")
    .option("--customer <column>", "customer id column", "customer_id")
    .option("--date <column>", "purchase date column (YYYY-MM-DD)", "date")
    .option("--amount <column>", "amount column", "amount")
    .option("--periods <n>", "CLV horizon in months", "12")
    .option("--discount <rate>", "monthly discount rate", "0.01")
    .requiredOption("-o, --output <file>", "per-customer CSV: customer, frequency, recency, T, monetary, r, f, m, segment, clv")
    .option("--json", "print a JSON summary on stdout")
    .addHelpText("after", "\nExit codes: 0 done, 2 usage, 3 bad input data (the message names the line and column).\n\nExample:\n  dpm segment --input transactions.csv --output customers.csv")
    .action(async (flags: SegmentFlags) => (await import("./segmentRun.js")).runSegment(flags));
}

