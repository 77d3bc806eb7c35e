import { checkOptions, DpmError } from "@dpm/core";
import { checkNonNegative, checkPositive, requireOptions } from "../internal/check.js";

/**
 * One price break of an all-units quantity discount: orders of at least `minQuantity` pay `unitPrice` for every unit.
 *
 * @category Inventory
 */
export interface PriceBreak {
  readonly minQuantity: number;
  readonly unitPrice: number;
}

/**
 * Options for {@link eoq}.
 *
 * @category Inventory
 */
export interface EoqOptions {
  /** Fixed cost per order (delivery, admin). */
  readonly orderCost: number;
  /** Holding cost per unit per period (same period as the demand rate). Give this or `holdingRate`. */
  readonly holdingCost?: number;
  /** Holding cost as a share of the unit price per period (with `discounts` or `unitPrice`). */
  readonly holdingRate?: number;
  /** Unit price without discount (adds the purchase cost to the total). */
  readonly unitPrice?: number;
  /** All-units price breaks; the cheapest total cost wins. */
  readonly discounts?: readonly PriceBreak[];
}

/**
 * The economic order quantity and its costs per period.
 *
 * @category Inventory
 */
export interface EoqResult {
  /** Units per order. */
  readonly quantity: number;
  /** Orders per period, demand / quantity. */
  readonly ordersPerPeriod: number;
  /** Periods between orders. */
  readonly cycleTime: number;
  readonly orderingCost: number;
  readonly holdingCost: number;
  /** Purchase cost per period (0 without prices). */
  readonly purchaseCost: number;
  /** Ordering + holding + purchase cost per period. */
  readonly totalCost: number;
  /** The unit price paid (NaN-free: 0 without prices). */
  readonly unitPrice: number;
}

/**
 * The economic order quantity Q* = √(2·D·K / h) — the order size balancing ordering and holding
 * cost — optionally with all-units quantity discounts (each price break's best feasible quantity
 * is costed and the cheapest kept).
 *
 * @param demandRate - demand per period (> 0), e.g. units a year
 * @param options - `orderCost` and `holdingCost` (or `holdingRate` with prices); optional `unitPrice`, `discounts`
 * @returns the {@link EoqResult}
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` for non-positive demand or costs, or a missing holding cost
 *
 * @example
 * ```ts
 * import { eoq } from "@dpm/operations";
 *
 * // 1,200 bags of coffee beans a year, €50 per delivery, €3 a year to store a bag.
 * eoq(1200, { orderCost: 50, holdingCost: 3 }).quantity; // => 200
 * // 5 % off from 500 bags (holding 25 % of the price a year, list price €12):
 * eoq(1200, { orderCost: 50, holdingRate: 0.25, discounts: [{ minQuantity: 0, unitPrice: 12 }, { minQuantity: 500, unitPrice: 11.4 }] }).quantity; // => 500
 * ```
 *
 * @category Inventory
 */
export function eoq(demandRate: number, options: EoqOptions): EoqResult {
  const fn = "eoq";
  const example = "{ orderCost: 50, holdingCost: 3 }";
  const o = checkOptions(requireOptions(options, fn, example), ["orderCost", "holdingCost", "holdingRate", "unitPrice", "discounts"], fn, example);
  const D = checkPositive(demandRate, "demandRate", fn);
  const K = checkPositive(o.orderCost, "orderCost", fn);
  if ((o.holdingCost === undefined) === (o.holdingRate === undefined)) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: give exactly one of holdingCost (per unit per period) or holdingRate (share of the unit price), e.g. ${example}.`, { path: "options.holdingCost" });
  }
  const rate = o.holdingRate === undefined ? undefined : checkPositive(o.holdingRate, "holdingRate", fn);
  const fixedH = o.holdingCost === undefined ? undefined : checkPositive(o.holdingCost, "holdingCost", fn);
  let tiers: PriceBreak[];
  if (o.discounts !== undefined) {
    if (!Array.isArray(o.discounts) || o.discounts.length === 0) {
      throw new DpmError("INVALID_ARGUMENT", `${fn}: discounts must be a non-empty array of { minQuantity, unitPrice }.`, { path: "options.discounts" });
    }
    tiers = o.discounts.map((t, i) => ({
      minQuantity: checkNonNegative(t?.minQuantity, `discounts[${i}].minQuantity`, fn),
      unitPrice: checkPositive(t?.unitPrice, `discounts[${i}].unitPrice`, fn),
    }));
    tiers.sort((a, b) => a.minQuantity - b.minQuantity);
    if (o.unitPrice !== undefined) throw new DpmError("INVALID_ARGUMENT", `${fn}: give unitPrice or discounts, not both (the first price break is the list price).`, { path: "options.unitPrice" });
  } else {
    const price = o.unitPrice === undefined ? 0 : checkPositive(o.unitPrice, "unitPrice", fn);
    if (rate !== undefined && price === 0) throw new DpmError("INVALID_ARGUMENT", `${fn}: holdingRate needs a unitPrice or discounts to apply to.`, { path: "options.holdingRate" });
    tiers = [{ minQuantity: 0, unitPrice: price }];
  }
  let best: EoqResult | undefined;
  for (let i = 0; i < tiers.length; i++) {
    const tier = tiers[i] as PriceBreak;
    const next = tiers[i + 1]?.minQuantity ?? Infinity;
    const h = fixedH ?? (rate as number) * tier.unitPrice;
    let q = Math.sqrt((2 * D * K) / h);
    if (q >= next) continue; // a cheaper tier covers this quantity
    if (q < tier.minQuantity) q = tier.minQuantity;
    if (q <= 0) continue;
    const ordering = (D / q) * K;
    const holding = (q / 2) * h;
    const purchase = D * tier.unitPrice;
    const total = ordering + holding + purchase;
    if (best === undefined || total < best.totalCost) {
      best = { quantity: q, ordersPerPeriod: D / q, cycleTime: q / D, orderingCost: ordering, holdingCost: holding, purchaseCost: purchase, totalCost: total, unitPrice: tier.unitPrice };
    }
  }
  if (best === undefined) throw new DpmError("NO_SOLUTION", `${fn}: no price break admits an order quantity; check the discounts' minQuantity values.`, { path: "options.discounts" });
  return best;
}
