import { checkOptions, DpmError, normalCdf, normalQuantile } from "@dpm/core";
import { checkNonNegative, checkPositive, checkProbability, requireOptions } from "../internal/check.js";
import { normalLoss } from "./distributions.js";

/**
 * One item of a multi-item stocking decision.
 *
 * @category Inventory
 */
export interface StockItem {
  readonly name: string;
  /** Mean demand over the lead time. */
  readonly leadTimeDemandMean: number;
  /** Standard deviation of demand over the lead time (normal). */
  readonly leadTimeDemandSd: number;
  /** Resource per unit of safety stock: money (unit cost) under a budget, or shelf space. */
  readonly unitResource: number;
  /** Cost of one unit short (lost margin, goodwill), per replenishment cycle. */
  readonly shortageCost: number;
}

/**
 * Options for {@link allocateService}.
 *
 * @category Inventory
 */
export interface AllocateServiceOptions {
  /** Total resource for safety stock: Σ unitResource × safetyStock ≤ budget. */
  readonly budget: number;
  /** Lowest cycle service level allowed per item (default 0.5: no negative safety stock). */
  readonly minServiceLevel?: number;
  /** Highest cycle service level per item (default 0.999). */
  readonly maxServiceLevel?: number;
}

/**
 * Per-item result of {@link allocateService}.
 *
 * @category Inventory
 */
export interface StockAllocation {
  readonly name: string;
  /** Cycle service level Φ(z). */
  readonly serviceLevel: number;
  readonly safetyStock: number;
  readonly reorderPoint: number;
  /** unitResource × safetyStock. */
  readonly resource: number;
  /** Expected units short per cycle, σ·L(z). */
  readonly expectedShortage: number;
}

/**
 * The multi-item allocation.
 *
 * @category Inventory
 */
export interface AllocateServiceResult {
  readonly items: readonly StockAllocation[];
  /** Σ resource used. */
  readonly used: number;
  /** The Lagrange multiplier: expected shortage cost saved per extra unit of budget. */
  readonly shadowPrice: number;
  /** Σ shortageCost × expectedShortage per cycle. */
  readonly expectedShortageCost: number;
}

/**
 * Several items competing for one budget or shelf: service levels that minimise the total
 * expected shortage cost subject to Σ unitResource·safetyStock ≤ budget. The Lagrangian
 * optimality condition gives each item P(stock-out) = λ·unitResource / shortageCost — cheap,
 * compact, costly-to-miss items get the high service levels — with λ found by bisection.
 *
 * @param items - the {@link StockItem}s
 * @param options - `budget`, optional `minServiceLevel`, `maxServiceLevel`
 * @returns the {@link AllocateServiceResult}
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` for bad items or levels; `NO_SOLUTION` when the budget
 *   cannot cover every item at `minServiceLevel` (the message says how much is needed)
 *
 * @example
 * ```ts
 * import { allocateService } from "@dpm/operations";
 *
 * const plan = allocateService(
 *   [
 *     { name: "milk", leadTimeDemandMean: 160, leadTimeDemandSd: 16, unitResource: 1, shortageCost: 3 },
 *     { name: "oat milk", leadTimeDemandMean: 30, leadTimeDemandSd: 9, unitResource: 2.5, shortageCost: 3 },
 *   ],
 *   { budget: 40 },
 * );
 * plan.used <= 40; // => true
 * plan.items[0]!.serviceLevel > plan.items[1]!.serviceLevel; // => true
 * ```
 *
 * @category Inventory
 */
export function allocateService(items: readonly StockItem[], options: AllocateServiceOptions): AllocateServiceResult {
  const fn = "allocateService";
  const example = "{ budget: 500 }";
  const o = checkOptions(requireOptions(options, fn, example), ["budget", "minServiceLevel", "maxServiceLevel"], fn, example);
  const budget = checkNonNegative(o.budget, "budget", fn);
  const lo = o.minServiceLevel === undefined ? 0.5 : checkProbability(o.minServiceLevel, "minServiceLevel", fn);
  const hi = o.maxServiceLevel === undefined ? 0.999 : checkProbability(o.maxServiceLevel, "maxServiceLevel", fn);
  if (lo > hi) throw new DpmError("INVALID_ARGUMENT", `${fn}: minServiceLevel (${lo}) exceeds maxServiceLevel (${hi}).`, { path: "options.minServiceLevel" });
  if (!Array.isArray(items) || items.length === 0) throw new DpmError("EMPTY", `${fn}: items must be a non-empty array of { name, leadTimeDemandMean, leadTimeDemandSd, unitResource, shortageCost }.`, { path: "items" });
  const checked = items.map((it, i) => ({
    name: typeof it?.name === "string" ? it.name : `item ${i + 1}`,
    mu: checkNonNegative(it?.leadTimeDemandMean, `items[${i}].leadTimeDemandMean`, fn),
    sd: checkNonNegative(it?.leadTimeDemandSd, `items[${i}].leadTimeDemandSd`, fn),
    c: checkPositive(it?.unitResource, `items[${i}].unitResource`, fn),
    p: checkPositive(it?.shortageCost, `items[${i}].shortageCost`, fn),
  }));
  const zLo = normalQuantile(lo);
  const zHi = normalQuantile(hi);
  const zFor = (lambda: number, c: number, p: number) => {
    const stockout = (lambda * c) / p;
    if (stockout >= 1 - lo) return zLo;
    if (stockout <= 1 - hi) return zHi;
    return normalQuantile(1 - stockout);
  };
  const use = (lambda: number) => checked.reduce((sum, it) => sum + it.c * it.sd * zFor(lambda, it.c, it.p), 0);
  const minUse = checked.reduce((sum, it) => sum + it.c * it.sd * zLo, 0);
  if (minUse > budget + 1e-9) {
    throw new DpmError("NO_SOLUTION", `${fn}: even at minServiceLevel ${lo} the safety stock needs ${minUse.toFixed(2)}, above the budget ${budget}; raise the budget by ${(minUse - budget).toFixed(2)} or lower minServiceLevel.`, { path: "options.budget", details: { needed: minUse } });
  }
  let lambda: number;
  if (use(0) <= budget) lambda = 0;
  else {
    let a = 0;
    let b = 1;
    while (use(b) > budget) b *= 2;
    for (let i = 0; i < 200; i++) {
      const mid = (a + b) / 2;
      if (use(mid) > budget) a = mid;
      else b = mid;
    }
    lambda = b;
  }
  let used = 0;
  let cost = 0;
  const out = checked.map((it): StockAllocation => {
    const z = zFor(lambda, it.c, it.p);
    const ss = it.sd * z;
    const short = it.sd * normalLoss(z);
    used += it.c * ss;
    cost += it.p * short;
    return { name: it.name, serviceLevel: normalCdf(z), safetyStock: ss, reorderPoint: it.mu + ss, resource: it.c * ss, expectedShortage: short };
  });
  return { items: out, used, shadowPrice: lambda, expectedShortageCost: cost };
}
