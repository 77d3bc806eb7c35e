import { checkOptions, DpmError } from "@dpm/core";
import { type DemandCurve, demandAt, readDemand } from "./optimalPrice.js";

/**
 * Options of {@link priceWhatIf}.
 *
 * @category Pricing
 */
export interface PriceWhatIfOptions {
  readonly cost: number;
  /** Candidate prices (> 0, at most 10,000). */
  readonly prices: ArrayLike<number>;
}

/**
 * One row of a {@link priceWhatIf} table.
 *
 * @category Pricing
 */
export interface PriceWhatIfRow {
  readonly price: number;
  readonly volume: number;
  readonly revenue: number;
  readonly profit: number;
}

const KNOWN = ["cost", "prices"];
const FN = "priceWhatIf";

/**
 * A what-if table: for each candidate price, the volume the demand curve predicts, the revenue and
 * the profit (price − cost) · volume.
 *
 * @param demand - the demand curve
 * @param options - `{ cost, prices }`
 * @returns one row per price
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` for a bad curve, cost or price list
 *
 * @example
 * ```ts
 * import { priceWhatIf } from "@dpm/impact";
 *
 * const rows = priceWhatIf({ kind: "linear", intercept: 100, slope: -5 }, { cost: 4, prices: [8, 12] });
 * rows.map((r) => r.profit); // => [240, 320]
 * ```
 *
 * @category Pricing
 */
export function priceWhatIf(demand: DemandCurve, options: PriceWhatIfOptions): PriceWhatIfRow[] {
  const opts = checkOptions(options, KNOWN, FN, "{ cost: 4, prices: [8, 10, 12] }");
  const d = readDemand(demand, FN);
  const c = opts.cost;
  if (typeof c !== "number" || !Number.isFinite(c) || c < 0) throw new DpmError("INVALID_ARGUMENT", `${FN}: options.cost must be a finite number ≥ 0, got ${String(c)}.`, { path: "options.cost" });
  const ps = opts.prices;
  if (!(Array.isArray(ps) || ArrayBuffer.isView(ps)) || ps.length === 0 || ps.length > 10_000) {
    throw new DpmError("INVALID_ARGUMENT", `${FN}: options.prices must be a list of 1 to 10,000 prices, e.g. [8, 10, 12].`, { path: "options.prices" });
  }
  return Array.from(ps as ArrayLike<unknown>, (p, i) => {
    if (typeof p !== "number" || !Number.isFinite(p) || p <= 0) throw new DpmError("INVALID_ARGUMENT", `${FN}: options.prices[${i}] must be a positive number, got ${String(p)}.`, { path: `options.prices[${i}]` });
    const volume = demandAt(d, p);
    return { price: p, volume, revenue: p * volume, profit: (p - c) * volume };
  });
}
