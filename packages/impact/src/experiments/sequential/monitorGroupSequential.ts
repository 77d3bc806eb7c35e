import { checkOptions, DpmError } from "@dpm/core";
import { groupSequentialBounds } from "./groupSequentialKernel.js";
import { readDesignOptions } from "./groupSequentialDesign.js";
import { alphaSpending } from "./spending.js";
import type { SpendingType } from "./spending.js";

/**
 * One interim look of a running experiment.
 *
 * @category Sequential
 */
export interface SequentialLook {
  /** The z statistic at this look (e.g. `proportionTest(...).statistic`). */
  readonly z: number;
  /** Information so far over the planned maximum, e.g. units observed / units planned (in (0, 1]). */
  readonly informationRate: number;
}

/**
 * Options of {@link monitorGroupSequential}.
 *
 * @category Sequential
 */
export interface MonitorGroupSequentialOptions {
  /** Overall significance level (default 0.025 one-sided). */
  readonly alpha?: number;
  /** 1 (default) or 2. */
  readonly sided?: 1 | 2;
  /** `"OF"` (default) or `"P"`. */
  readonly type?: SpendingType;
  /** The last look is the final analysis: spend all remaining alpha there even if its rate is < 1 (default false). */
  readonly final?: boolean;
}

/**
 * The decision after the latest look.
 *
 * @category Sequential
 */
export interface SequentialDecision {
  /** `"efficacy"`: stop, the effect is significant; `"continue"`: keep collecting; `"no effect shown"`: final look without crossing. */
  readonly decision: "efficacy" | "continue" | "no effect shown";
  /** The 1-based look at which the boundary was crossed, if any. */
  readonly stoppedAt: number | undefined;
  /** Boundaries at the actual information rates of the looks so far. */
  readonly criticalValues: readonly number[];
  readonly alphaSpent: readonly number[];
  readonly informationRates: readonly number[];
}

/**
 * Monitors a running experiment with Lan–DeMets alpha spending at the *actual* information rates
 * of its looks (a look may come early or late): recomputes each boundary from the looks so far and
 * says whether to stop for efficacy or continue.
 *
 * @param looks - the looks so far, in order: z statistic and information rate
 * @param options - alpha, sided, type, final
 * @returns the decision, the look that crossed, and the boundaries
 * @throws {@link @dpm/core!DpmError} `EMPTY` for no looks; `INVALID_ARGUMENT` for rates not increasing in (0, 1], non-finite z, alpha outside (0, 1)
 *
 * @example
 * ```ts
 * import { monitorGroupSequential } from "@dpm/impact";
 *
 * const m = monitorGroupSequential([{ z: 1.2, informationRate: 0.26 }, { z: 3.1, informationRate: 0.49 }]);
 * m.decision; // => "efficacy"
 * m.stoppedAt; // => 2
 * ```
 *
 * @category Sequential
 */
export function monitorGroupSequential(looks: readonly SequentialLook[], options?: MonitorGroupSequentialOptions): SequentialDecision {
  const fn = "monitorGroupSequential";
  const o = checkOptions(options, ["alpha", "sided", "type", "final"], fn, '{ type: "OF" }');
  if (!Array.isArray(looks) || looks.length === 0) throw new DpmError("EMPTY", `${fn}: looks is empty; pass at least one { z, informationRate }.`, { path: "looks" });
  for (let i = 0; i < looks.length; i++) {
    const z = (looks[i] as SequentialLook | undefined)?.z;
    if (typeof z !== "number" || !Number.isFinite(z)) throw new DpmError("NON_FINITE", `${fn}: looks[${i}].z must be a finite z statistic, got ${String(z)}.`, { path: `looks[${i}].z` });
  }
  const { rates, alpha, sided, type } = readDesignOptions({ alpha: o.alpha, sided: o.sided, type: o.type, informationRates: looks.map((l) => l.informationRate) }, fn);
  const cumulative = new Float64Array(rates.length);
  for (let i = 0; i < rates.length; i++) cumulative[i] = alphaSpending(rates[i] as number, alpha, sided, type);
  if (o.final === true) cumulative[rates.length - 1] = alpha;
  const bounds = groupSequentialBounds(rates, cumulative, sided);
  let stoppedAt: number | undefined;
  for (let i = 0; i < looks.length && stoppedAt === undefined; i++) {
    const z = (looks[i] as SequentialLook).z;
    if ((sided === 2 ? Math.abs(z) : z) >= (bounds[i] as number)) stoppedAt = i + 1;
  }
  const last = rates[rates.length - 1] as number;
  const decision = stoppedAt !== undefined ? "efficacy" : o.final === true || last >= 1 ? "no effect shown" : "continue";
  return { decision, stoppedAt, criticalValues: Array.from(bounds), alphaSpent: Array.from(cumulative), informationRates: Array.from(rates) };
}
