import { checkOptions, DpmError } from "@dpm/core";
import { checkInteger, checkNonNegative, checkPositive, checkProbability, requireOptions, show } from "../internal/check.js";
import { gammaQuantile, normalQuantile } from "./distributions.js";

/**
 * Per-period demand given by its distribution: mean and standard deviation, assumed normal or gamma
 * (gamma suits skewed, non-negative demand).
 *
 * @category Inventory
 */
export interface DemandDistribution {
  readonly mean: number;
  readonly sd: number;
  /** Default `"normal"`. */
  readonly dist?: "normal" | "gamma";
}

/**
 * Options for {@link reorderPoint}.
 *
 * @category Inventory
 */
export interface ReorderPointOptions {
  /** Lead time in periods (for sample paths: a whole number of periods, at most the path length). */
  readonly leadTime: number;
  /** Cycle service level: P(no stock-out while an order is on its way), in (0, 1). */
  readonly serviceLevel: number;
  /** Standard deviation of the lead time (analytic only; default 0). */
  readonly leadTimeSd?: number;
}

/**
 * Reorder point and safety stock.
 *
 * @category Inventory
 */
export interface ReorderPointResult {
  /** Order when the inventory position falls to this level. */
  readonly reorderPoint: number;
  /** reorderPoint − mean lead-time demand. */
  readonly safetyStock: number;
  /** Mean demand over the lead time. */
  readonly leadTimeDemandMean: number;
  /** Standard deviation of demand over the lead time. */
  readonly leadTimeDemandSd: number;
}

/**
 * Safety stock and reorder point for a cycle service level, from the demand over the lead time —
 * analytic (normal or gamma; σ_LT = √(L·σ² + μ²·σ_L²)) or from forecast sample paths (an array of
 * `Float64Array` paths, as `@dpm/forecast`'s simulations produce), where the lead-time demand of
 * each path is the sum of its first `leadTime` periods and its empirical quantile is the reorder
 * point — so intermittent and skewed demand need no distributional assumption.
 *
 * @param demand - a {@link DemandDistribution} per period, or sample paths of future demand
 * @param options - `leadTime`, `serviceLevel`, optional `leadTimeSd`
 * @returns the {@link ReorderPointResult}
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` for a service level outside (0, 1), a negative sd, a
 *   lead time longer than the paths ("lead times longer than the data"), or no paths; `NON_FINITE` for non-finite path
 *   values or lead-time demand beyond double precision
 *
 * @example
 * ```ts
 * import { reorderPoint } from "@dpm/operations";
 *
 * // Milk: 40 litres a day (sd 8), 4-day lead time, 95 % cycle service level.
 * const r = reorderPoint({ mean: 40, sd: 8 }, { leadTime: 4, serviceLevel: 0.95 });
 * Number(r.safetyStock.toFixed(1)); // => 26.3 litres (1.645 × 8 × √4)
 * Number(r.reorderPoint.toFixed(1)); // => 186.3
 * ```
 *
 * @category Inventory
 */
export function reorderPoint(demand: DemandDistribution | readonly ArrayLike<number>[], options: ReorderPointOptions): ReorderPointResult {
  const fn = "reorderPoint";
  const example = "{ leadTime: 4, serviceLevel: 0.95 }";
  const o = checkOptions(requireOptions(options, fn, example), ["leadTime", "serviceLevel", "leadTimeSd"], fn, example);
  const sl = checkProbability(o.serviceLevel, "serviceLevel", fn);
  if (Array.isArray(demand)) {
    if (demand.length === 0) throw new DpmError("EMPTY", `${fn}: no sample paths; pass an array of demand paths.`, { path: "demand" });
    if (o.leadTimeSd !== undefined) throw new DpmError("INVALID_ARGUMENT", `${fn}: leadTimeSd applies to a demand distribution; with sample paths the lead time is fixed.`, { path: "options.leadTimeSd" });
    const L = checkInteger(o.leadTime, "leadTime", fn, 1);
    const sums = new Float64Array(demand.length);
    for (let p = 0; p < demand.length; p++) {
      const path = demand[p] as ArrayLike<number>;
      if (path === null || typeof path !== "object" || typeof path.length !== "number") {
        throw new DpmError("INVALID_ARGUMENT", `${fn}: demand[${p}] must be an array of numbers.`, { path: `demand[${p}]` });
      }
      if (path.length < L) {
        throw new DpmError("TOO_SHORT", `${fn}: the lead time (${L} periods) is longer than demand path ${p} (${path.length} periods); forecast at least ${L} periods ahead or shorten the lead time.`, { path: "options.leadTime", details: { leadTime: L, pathLength: path.length } });
      }
      let s = 0;
      for (let t = 0; t < L; t++) {
        const v = path[t] as number;
        if (!Number.isFinite(v)) throw new DpmError("NON_FINITE", `${fn}: demand[${p}][${t}] is ${String(v)}; paths must be finite.`, { path: `demand[${p}][${t}]` });
        s += v;
      }
      sums[p] = s;
    }
    sums.sort();
    let mean = 0;
    for (const v of sums) mean += v;
    mean /= sums.length;
    let ss = 0;
    for (const v of sums) ss += (v - mean) ** 2;
    const rop = sums[Math.min(sums.length - 1, Math.ceil(sl * sums.length) - 1)] as number;
    if (!Number.isFinite(mean) || !Number.isFinite(ss)) {
      throw new DpmError("NON_FINITE", `${fn}: lead-time demand summed over the paths overflows double precision; express demand in larger units (e.g. thousands).`, { path: "demand" });
    }
    return { reorderPoint: rop, safetyStock: rop - mean, leadTimeDemandMean: mean, leadTimeDemandSd: Math.sqrt(ss / Math.max(1, sums.length - 1)) };
  }
  if (typeof demand !== "object" || demand === null) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: demand must be { mean, sd } per period or an array of sample paths.`, { path: "demand" });
  }
  const d = demand as DemandDistribution;
  const mean = checkNonNegative(d.mean, "demand.mean", fn);
  const sd = checkNonNegative(d.sd, "demand.sd", fn);
  const L = checkPositive(o.leadTime, "leadTime", fn);
  const sdL = o.leadTimeSd === undefined ? 0 : checkNonNegative(o.leadTimeSd, "leadTimeSd", fn);
  const mu = mean * L;
  const sigma = Math.sqrt(L * sd * sd + mean * mean * sdL * sdL);
  const dist = d.dist ?? "normal";
  let rop: number;
  if (dist === "normal") rop = mu + normalQuantile(sl) * sigma;
  else if (dist === "gamma") {
    if (mu === 0 || sigma === 0) rop = mu;
    else rop = gammaQuantile(sl, (mu * mu) / (sigma * sigma), (sigma * sigma) / mu);
  } else throw new DpmError("INVALID_ARGUMENT", `${fn}: demand.dist must be "normal" or "gamma", got ${show(dist)}.`, { path: "demand.dist" });
  if (!Number.isFinite(rop) || !Number.isFinite(sigma)) {
    throw new DpmError(
      "NON_FINITE",
      `${fn}: lead-time demand overflows double precision (mean ${mu}, sd ${sigma}); express demand in larger units (e.g. thousands).`,
      { path: "demand" },
    );
  }
  return { reorderPoint: rop, safetyStock: rop - mu, leadTimeDemandMean: mu, leadTimeDemandSd: sigma };
}
