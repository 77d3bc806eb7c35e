import { checkOptions, DpmError } from "@dpm/core";
import type { CustomerSummary } from "../summary/summarizeTransactions.js";
import { quantileScores } from "./quantileScores.js";

/**
 * RFM quantile scores per customer (1 = worst, `bins` = best).
 *
 * @category RFM
 */
export interface RfmScores {
  /** Customer ids, same order as the summary. */
  readonly ids: readonly string[];
  /** Recency score: a more recent last purchase (small `sinceLast`) scores higher. */
  readonly r: Uint8Array;
  /** Frequency score on the number of transactions (frequency + 1). */
  readonly f: Uint8Array;
  /** Monetary score on total revenue. */
  readonly m: Uint8Array;
}

/**
 * Options of {@link rfmScores}.
 *
 * @category RFM
 */
export interface RfmScoresOptions {
  /** Number of score levels, default 5. */
  readonly bins?: number;
}

/**
 * RFM scores from a customer summary, via {@link quantileScores}: R on time since the last purchase
 * (reversed), F on the number of transactions, M on total revenue.
 *
 * @param summary - output of {@link summarizeTransactions}
 * @param options - number of bins
 * @returns r, f, m scores per customer
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` when summary is not a customer summary
 *
 * @example
 * ```ts
 * import { rfmScores, summarizeTransactions } from "@dpm/segment";
 *
 * const s = summarizeTransactions([
 *   { customerId: "a", date: "2025-01-01", amount: 10 },
 *   { customerId: "b", date: "2025-01-01", amount: 50 },
 *   { customerId: "b", date: "2025-01-20", amount: 50 },
 * ], { calibrationEnd: "2025-01-31", unit: "days" });
 * rfmScores(s, { bins: 2 }).r; // => Uint8Array [1, 2]
 * ```
 *
 * @category RFM
 */
export function rfmScores(summary: CustomerSummary, options?: RfmScoresOptions): RfmScores {
  const opts = checkOptions(options, ["bins"], "rfmScores", "{ bins: 5 }");
  if (summary === null || typeof summary !== "object" || !(summary.sinceLast instanceof Float64Array)) {
    throw new DpmError("INVALID_ARGUMENT", "rfmScores: summary must be the result of summarizeTransactions", { path: "summary" });
  }
  const n = summary.sinceLast.length;
  for (const key of ["frequency", "revenue"] as const) {
    const col: unknown = summary[key];
    if (!(col instanceof Float64Array || Array.isArray(col)) || col.length !== n) {
      throw new DpmError("INVALID_ARGUMENT", `rfmScores: summary.${key} must hold one number per customer (${n}); pass the result of summarizeTransactions`, { path: `summary.${key}` });
    }
  }
  if (!Array.isArray(summary.ids) || summary.ids.length !== n) throw new DpmError("INVALID_ARGUMENT", `rfmScores: summary.ids must hold one id per customer (${n}); pass the result of summarizeTransactions`, { path: "summary.ids" });
  const bins = opts.bins ?? 5;
  const tx = Float64Array.from(summary.frequency, (v) => v + 1);
  return {
    ids: summary.ids,
    r: quantileScores(summary.sinceLast, { bins, reverse: true }),
    f: quantileScores(tx, { bins }),
    m: quantileScores(summary.revenue, { bins }),
  };
}
