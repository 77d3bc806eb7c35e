import { DpmError } from "../errors/DpmError.js";
import { describeValue } from "../errors/validate.js";
import { formatPeriod, toPeriod, type PeriodLike } from "../time/Period.js";
import type { ModelPlan } from "../model/plan.js";

/** @internal A period index, SUM (total over the periods) or EVERY (each period). */
export const SUM = -1;
/** @internal */
export const EVERY = -2;

/** @internal Resolves a period selector against a model's axis. */
export function resolvePeriod(plan: ModelPlan, sel: unknown, path: string, fn: string, fallback: number, allowEvery = false): number {
  if (sel === undefined) return fallback;
  if (sel === "sum") return SUM;
  if (sel === "every") {
    if (allowEvery) return EVERY;
    throw new DpmError("INVALID_ARGUMENT", `${fn}: ${path} "every" is only for constraints; use a period or "sum".`, { path });
  }
  const last = formatPeriod({ freq: plan.start.freq, ordinal: plan.start.ordinal + plan.periods - 1 });
  const range = `${formatPeriod(plan.start)}…${last} (indices 0…${plan.periods - 1})`;
  let t: number;
  if (typeof sel === "number") t = sel;
  else {
    try {
      t = toPeriod(sel as PeriodLike, plan.start.freq).ordinal - plan.start.ordinal;
    } catch (cause) {
      throw new DpmError("INVALID_ARGUMENT", `${fn}: ${path} must be a period index, a period label of the model's axis ${range}, or "sum"${allowEvery ? ' or "every"' : ""}; got ${describeValue(sel)}.`, { path, cause });
    }
  }
  if (!Number.isInteger(t) || t < 0 || t >= plan.periods) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: ${path} ${describeValue(sel)} is outside the model's periods ${range}.`, { path });
  }
  return t;
}

/** @internal A node's value for vector k given period-major values. */
export function pick(values: Float64Array, t: number, count: number, periods: number, k: number): number {
  if (t >= 0) return values[t * count + k] as number;
  let s = 0;
  for (let p = 0; p < periods; p++) s += values[p * count + k] as number;
  return s;
}

/** @internal Label of a selector for reports. */
export function periodLabel(plan: ModelPlan, t: number): string {
  if (t === SUM) return "sum";
  if (t === EVERY) return "every";
  return formatPeriod({ freq: plan.start.freq, ordinal: plan.start.ordinal + t });
}
