import { checkOptions, DpmError, poissonPmf } from "@dpm/core";
import { checkArray, checkNonNegative, checkPositive, requireOptions, show } from "../internal/check.js";
import { normalLoss, normalQuantile } from "./distributions.js";

/**
 * Demand for {@link newsvendor}: normal, Poisson, or an empirical sample (history or forecast paths' totals).
 *
 * @category Inventory
 */
export type NewsvendorDemand =
  | { readonly dist: "normal"; readonly mean: number; readonly sd: number }
  | { readonly dist: "poisson"; readonly mean: number }
  | ArrayLike<number>;

/**
 * Options for {@link newsvendor}: the selling price, unit cost and salvage value (or the
 * underage/overage costs directly).
 *
 * @category Inventory
 */
export interface NewsvendorOptions {
  /** Selling price per unit. */
  readonly price?: number;
  /** Cost per unit bought or baked. */
  readonly cost?: number;
  /** Value per unit left over (default 0). */
  readonly salvage?: number;
  /** Cost of one unit short (instead of price/cost): lost margin plus goodwill. */
  readonly underage?: number;
  /** Cost of one unit left over (instead of cost/salvage). */
  readonly overage?: number;
}

/**
 * The newsvendor's order and what it gives.
 *
 * @category Inventory
 */
export interface NewsvendorResult {
  /** The quantity to stock. */
  readonly quantity: number;
  /** Critical fractile cu / (cu + co): the optimal P(demand ≤ quantity). */
  readonly criticalFractile: number;
  readonly expectedSales: number;
  readonly expectedLeftover: number;
  readonly expectedShortage: number;
  /** Expected sales / expected demand. */
  readonly fillRate: number;
  /** Expected profit (price·sales − cost·q + salvage·leftover) with prices; −(cu·shortage + co·leftover) otherwise. */
  readonly expectedProfit: number;
}

/** Largest Poisson mean {@link newsvendor} sums exactly (above it, use the normal with sd = √mean). @internal */
export const MAX_POISSON_MEAN = 1_000_000;

/**
 * The newsvendor model for perishable goods — the bakery's daily bread: stock the critical
 * fractile cu/(cu + co) of demand, where cu = price − cost is the margin lost per unit short and
 * co = cost − salvage the loss per unit left over. Normal (q = μ + σ·z), Poisson (smallest q with
 * F(q) ≥ fractile) or empirical demand (the sample quantile; pass forecast path totals or history).
 *
 * @param demand - a {@link NewsvendorDemand}
 * @param options - `price`, `cost`, optional `salvage` — or `underage` and `overage`
 * @returns the {@link NewsvendorResult}
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` when cost ≥ price (nothing worth stocking), salvage ≥ cost, or bad demand
 *   (a Poisson mean above 10⁶: use the normal); `NON_FINITE` when demand × prices overflow double precision
 *
 * @example
 * ```ts
 * import { newsvendor } from "@dpm/operations";
 *
 * // Sourdough loaves: sell at €6, bake at €2, unsold go to the food bank (€0). Demand ~ N(80, 15).
 * const r = newsvendor({ dist: "normal", mean: 80, sd: 15 }, { price: 6, cost: 2 });
 * r.criticalFractile; // => 0.6666666666666666
 * Math.round(r.quantity); // => 86
 * ```
 *
 * @category Inventory
 */
export function newsvendor(demand: NewsvendorDemand, options: NewsvendorOptions): NewsvendorResult {
  const fn = "newsvendor";
  const example = "{ price: 6, cost: 2, salvage: 0.5 }";
  const o = checkOptions(requireOptions(options, fn, example), ["price", "cost", "salvage", "underage", "overage"], fn, example);
  let cu: number;
  let co: number;
  const priced = o.price !== undefined || o.cost !== undefined;
  if (priced) {
    if (o.underage !== undefined || o.overage !== undefined) throw new DpmError("INVALID_ARGUMENT", `${fn}: give price/cost/salvage or underage/overage, not both.`, { path: "options" });
    const price = checkPositive(o.price, "price", fn);
    const cost = checkPositive(o.cost, "cost", fn);
    const salvage = o.salvage === undefined ? 0 : checkNonNegative(o.salvage, "salvage", fn);
    if (cost >= price) throw new DpmError("INVALID_ARGUMENT", `${fn}: cost (${cost}) is not below price (${price}) — every unit loses money; stock nothing or raise the price.`, { path: "options.cost" });
    if (salvage >= cost) throw new DpmError("INVALID_ARGUMENT", `${fn}: salvage (${salvage}) is not below cost (${cost}) — leftovers cost nothing, so stock without limit; check the salvage value.`, { path: "options.salvage" });
    cu = price - cost;
    co = cost - salvage;
  } else {
    cu = checkPositive(o.underage, "underage", fn);
    co = checkPositive(o.overage, "overage", fn);
  }
  const cf = cu / (cu + co);
  let q: number;
  let mean: number;
  let shortage: number;
  if (typeof demand === "object" && demand !== null && "dist" in demand) {
    if (demand.dist === "normal") {
      const mu = checkNonNegative(demand.mean, "demand.mean", fn);
      const sd = checkPositive(demand.sd, "demand.sd", fn);
      const z = normalQuantile(cf);
      q = mu + sd * z;
      mean = mu;
      shortage = sd * normalLoss(z);
    } else if (demand.dist === "poisson") {
      mean = checkPositive(demand.mean, "demand.mean", fn);
      if (mean > MAX_POISSON_MEAN) {
        throw new DpmError(
          "INVALID_ARGUMENT",
          `${fn}: a Poisson mean of ${mean} is above ${MAX_POISSON_MEAN.toExponential(0)}; there use the normal approximation, { dist: "normal", mean: ${mean}, sd: ${Math.sqrt(mean).toPrecision(6)} }.`,
          { path: "demand.mean" },
        );
      }
      let cdf = 0;
      let k = 0;
      let partial = 0; // Σ k·p(k) for k ≤ q
      for (;; k++) {
        const p = poissonPmf(k, mean);
        cdf += p;
        partial += k * p;
        if (cdf >= cf || k > mean + 50 * Math.sqrt(mean) + 50) break;
      }
      q = k;
      // E[(D − q)+] = E[D] − E[min(D, q)] = mean − (partial + q(1 − cdf))
      shortage = mean - (partial + q * (1 - cdf));
    } else {
      throw new DpmError("INVALID_ARGUMENT", `${fn}: demand.dist must be "normal" or "poisson" (or pass a sample array), got ${show((demand as { dist: unknown }).dist)}.`, { path: "demand.dist" });
    }
  } else {
    const sample = checkArray(demand, "demand", fn, 0).sort();
    const n = sample.length;
    q = sample[Math.min(n - 1, Math.max(0, Math.ceil(cf * n) - 1))] as number;
    mean = 0;
    shortage = 0;
    for (const d of sample) {
      mean += d / n;
      if (d > q) shortage += (d - q) / n;
    }
  }
  const sales = mean - shortage;
  const leftover = q - sales;
  const profit = priced
    ? (o.price as number) * sales - (o.cost as number) * q + (o.salvage ?? 0) * leftover
    : -(cu * shortage + co * leftover);
  if (!Number.isFinite(profit) || !Number.isFinite(q) || !Number.isFinite(leftover)) {
    throw new DpmError(
      "NON_FINITE",
      `${fn}: the figures overflow (order quantity ${q}, expected profit ${profit}); demand or prices are too large for double precision — express them in larger units (thousands, or € k).`,
      { path: "demand" },
    );
  }
  return { quantity: q, criticalFractile: cf, expectedSales: sales, expectedLeftover: leftover, expectedShortage: shortage, fillRate: mean > 0 ? sales / mean : 1, expectedProfit: profit };
}
