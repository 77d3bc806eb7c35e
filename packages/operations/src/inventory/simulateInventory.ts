import { checkOptions, DpmError, normalQuantile } from "@dpm/core";
import { checkInteger, checkNonNegative, checkProbability, requireOptions, show } from "../internal/check.js";

/**
 * A replenishment policy: continuous review (s, S) — when the inventory position falls to `s` or
 * below, order up to `S` (with S = s + Q it is (s, Q) for unit demand) — or periodic review
 * (R, S) — every `review` periods order up to `S`.
 *
 * @category Inventory
 */
export type InventoryPolicy =
  | { readonly type: "sS"; readonly s: number; readonly S: number }
  | { readonly type: "RS"; readonly review: number; readonly S: number };

/**
 * Options for {@link simulateInventory}.
 *
 * @category Inventory
 */
export interface SimulateInventoryOptions {
  readonly policy: InventoryPolicy;
  /** Periods from order to delivery (integer ≥ 0). */
  readonly leadTime: number;
  /** Stock on hand at the start (default the policy's S). */
  readonly initialStock?: number;
  /** Holding cost per unit on hand at the end of a period (default 0). */
  readonly holdingCost?: number;
  /** Fixed cost per order (default 0). */
  readonly orderCost?: number;
  /** Cost per unit of demand not met from stock (default 0). */
  readonly shortageCost?: number;
  /** Unmet demand waits for the next delivery (`true`) or is lost (default `false`). */
  readonly backorders?: boolean;
  /** Periods at the start not counted in the statistics (default 0). */
  readonly warmup?: number;
  /** Confidence level of the intervals over paths (default 0.95). */
  readonly confidence?: number;
}

/**
 * A mean over sample paths with a normal-approximation confidence interval.
 *
 * @category Inventory
 */
export interface PathEstimate {
  readonly mean: number;
  readonly lower: number;
  readonly upper: number;
}

/**
 * Results of {@link simulateInventory}; costs and counts are per path over the measured periods.
 *
 * @category Inventory
 */
export interface InventorySimulation {
  readonly paths: number;
  readonly periods: number;
  /** Share of demand met from stock on hand. */
  readonly fillRate: PathEstimate;
  /** Share of replenishment cycles (delivery to delivery) without a stock-out. */
  readonly cycleServiceLevel: PathEstimate;
  /** Share of periods with unmet demand. */
  readonly stockoutRate: PathEstimate;
  /** Mean stock on hand at the end of a period. */
  readonly meanOnHand: PathEstimate;
  readonly orders: PathEstimate;
  /** Units short (lost or backordered). */
  readonly shortage: PathEstimate;
  readonly holdingCost: PathEstimate;
  readonly orderingCost: PathEstimate;
  readonly shortageCost: PathEstimate;
  readonly totalCost: PathEstimate;
}

const KEYS = ["policy", "leadTime", "initialStock", "holdingCost", "orderCost", "shortageCost", "backorders", "warmup", "confidence"];
const EXAMPLE = '{ policy: { type: "sS", s: 180, S: 400 }, leadTime: 2 }';

/**
 * Simulates an inventory policy over demand sample paths (e.g. a forecast's simulated futures):
 * each period the delivery due arrives, demand is served from stock (the rest lost or
 * backordered), and the policy reviews the inventory position (on hand + on order − backorders).
 * Reports fill rate, cycle service level, stock-outs, holding, ordering and shortage cost, each
 * with a confidence interval over paths. A tight loop over typed arrays: 10,000 paths × 365 days
 * take a fraction of a second.
 *
 * @param paths - demand per period, one array per path (all at least as long as the first)
 * @param options - `policy`, `leadTime`, optional costs, `backorders`, `initialStock`, `warmup`, `confidence`
 * @returns the {@link InventorySimulation}
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` for s ≥ S, negative levels or lead time, a review period < 1;
 *   `EMPTY`/`TOO_SHORT` for no paths, paths shorter than the warm-up plus one period or not longer than the lead time; `NON_FINITE` for bad demand
 *
 * @example
 * ```ts
 * import { createRng } from "@dpm/core";
 * import { simulateInventory } from "@dpm/operations";
 *
 * // 500 paths of 90 days of demand ~ N(40, 8); order up to 400 when the position drops to 180.
 * const rng = createRng(1);
 * const paths = Array.from({ length: 500 }, () => Float64Array.from({ length: 90 }, () => Math.max(0, rng.normal(40, 8))));
 * const sim = simulateInventory(paths, { policy: { type: "sS", s: 180, S: 400 }, leadTime: 3, holdingCost: 0.01, orderCost: 25 });
 * sim.fillRate.mean > 0.99; // => true
 * ```
 *
 * @category Inventory
 */
export function simulateInventory(paths: readonly ArrayLike<number>[], options: SimulateInventoryOptions): InventorySimulation {
  const fn = "simulateInventory";
  const o = checkOptions(requireOptions(options, fn, EXAMPLE), KEYS, fn, EXAMPLE);
  if (!Array.isArray(paths) || paths.length === 0) throw new DpmError("EMPTY", `${fn}: paths must be a non-empty array of demand paths (one array per path).`, { path: "paths" });
  const policy = o.policy;
  if (typeof policy !== "object" || policy === null) throw new DpmError("INVALID_ARGUMENT", `${fn}: options.policy is required, e.g. ${EXAMPLE}.`, { path: "options.policy" });
  let sLevel: number;
  let review = 1;
  const S = checkNonNegative(policy.S, "policy.S", fn);
  if (policy.type === "sS") {
    sLevel = checkNonNegative(policy.s, "policy.s", fn);
    if (sLevel >= S) throw new DpmError("INVALID_ARGUMENT", `${fn}: policy.s (${sLevel}) must be below policy.S (${S}); S is the level ordered up to.`, { path: "policy.s" });
  } else if (policy.type === "RS") {
    review = checkInteger(policy.review, "policy.review", fn, 1);
    sLevel = Infinity;
  } else throw new DpmError("INVALID_ARGUMENT", `${fn}: policy.type must be "sS" or "RS", got ${show((policy as { type: unknown }).type)}.`, { path: "policy.type" });
  const L = checkInteger(o.leadTime, "leadTime", fn, 0, 10_000);
  const h = o.holdingCost === undefined ? 0 : checkNonNegative(o.holdingCost, "holdingCost", fn);
  const K = o.orderCost === undefined ? 0 : checkNonNegative(o.orderCost, "orderCost", fn);
  const p = o.shortageCost === undefined ? 0 : checkNonNegative(o.shortageCost, "shortageCost", fn);
  const init = o.initialStock === undefined ? S : checkNonNegative(o.initialStock, "initialStock", fn);
  const backorders = o.backorders ?? false;
  const warm = o.warmup === undefined ? 0 : checkInteger(o.warmup, "warmup", fn, 0);
  const conf = o.confidence === undefined ? 0.95 : checkProbability(o.confidence, "confidence", fn);
  const first = paths[0] as ArrayLike<number> | null | undefined;
  if (first === null || typeof first !== "object" || typeof first.length !== "number") {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: paths[0] must be an array of demand per period, got ${show(first)}.`, { path: "paths[0]" });
  }
  const T = first.length;
  if (typeof T !== "number" || T <= warm) {
    throw new DpmError("TOO_SHORT", `${fn}: paths have ${String(T)} periods, not more than the warm-up (${warm}); use longer paths or a shorter warm-up.`, { path: "paths[0]" });
  }
  if (L >= T) {
    throw new DpmError(
      "TOO_SHORT",
      `${fn}: the lead time (${L} periods) is as long as the demand paths (${T} periods), so no order could arrive; forecast more periods ahead or shorten the lead time.`,
      { path: "options.leadTime", details: { leadTime: L, pathLength: T } },
    );
  }
  const n = paths.length;
  const M = 10; // metrics
  const acc = new Float64Array(M * 2); // sum and sum of squares per metric
  const pipe = new Float64Array(L + 1);
  for (let k = 0; k < n; k++) {
    const d = paths[k] as ArrayLike<number>;
    if (d === null || typeof d !== "object" || typeof d.length !== "number" || d.length < T) {
      throw new DpmError("LENGTH_MISMATCH", `${fn}: paths[${k}] must have at least ${T} periods like paths[0].`, { path: `paths[${k}]` });
    }
    pipe.fill(0);
    let onHand = init;
    let back = 0;
    let onOrder = 0;
    let demand = 0;
    let met = 0;
    let short = 0;
    let stockoutPeriods = 0;
    let orders = 0;
    let holding = 0;
    let cycles = 0;
    let badCycles = 0;
    let cycleShort = false;
    for (let t = 0; t < T; t++) {
      const measured = t >= warm;
      // deliveries due now
      const slot = t % (L + 1);
      const arriving = pipe[slot] as number;
      if (arriving > 0) {
        pipe[slot] = 0;
        onOrder -= arriving;
        onHand += arriving;
        if (back > 0) {
          const served = Math.min(back, onHand);
          onHand -= served;
          back -= served;
        }
        if (measured) {
          cycles++;
          if (cycleShort) badCycles++;
        }
        cycleShort = false;
      }
      // review and order (before demand, so a zero lead time delivers at once)
      const position = onHand + onOrder - back;
      if (policy.type === "sS" ? position <= sLevel : t % review === 0) {
        const q = S - position;
        if (q > 0) {
          if (L === 0) onHand += q;
          else {
            const due = (t + L) % (L + 1);
            pipe[due] = (pipe[due] as number) + q;
            onOrder += q;
          }
          if (measured) orders++;
        }
      }
      const dt = d[t] as number;
      if (!(dt >= 0) || dt === Infinity) {
        throw new DpmError("NON_FINITE", `${fn}: paths[${k}][${t}] is ${String(dt)}; demand must be finite and ≥ 0.`, { path: `paths[${k}][${t}]` });
      }
      const fromStock = dt < onHand ? dt : onHand;
      onHand -= fromStock;
      const unmet = dt - fromStock;
      if (unmet > 0) {
        if (backorders) back += unmet;
        cycleShort = true;
      }
      if (measured) {
        demand += dt;
        met += fromStock;
        short += unmet;
        if (unmet > 0) stockoutPeriods++;
        holding += onHand;
      }
    }
    const periods = T - warm;
    const values = [
      demand > 0 ? met / demand : 1,
      cycles > 0 ? 1 - badCycles / cycles : cycleShort ? 0 : 1,
      stockoutPeriods / periods,
      holding / periods,
      orders,
      short,
      holding * h,
      orders * K,
      short * p,
      holding * h + orders * K + short * p,
    ];
    for (let j = 0; j < M; j++) {
      const v = values[j] as number;
      acc[2 * j] = (acc[2 * j] as number) + v;
      acc[2 * j + 1] = (acc[2 * j + 1] as number) + v * v;
    }
  }
  const z = normalQuantile(1 - (1 - conf) / 2);
  const est = (j: number): PathEstimate => {
    const mean = (acc[2 * j] as number) / n;
    const variance = n > 1 ? Math.max(0, ((acc[2 * j + 1] as number) - n * mean * mean) / (n - 1)) : 0;
    const half = n > 1 ? z * Math.sqrt(variance / n) : Infinity;
    return { mean, lower: mean - half, upper: mean + half };
  };
  return {
    paths: n,
    periods: T - warm,
    fillRate: est(0),
    cycleServiceLevel: est(1),
    stockoutRate: est(2),
    meanOnHand: est(3),
    orders: est(4),
    shortage: est(5),
    holdingCost: est(6),
    orderingCost: est(7),
    shortageCost: est(8),
    totalCost: est(9),
  };
}
