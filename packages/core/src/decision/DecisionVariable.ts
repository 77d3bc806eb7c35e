import { DpmError } from "../errors/DpmError.js";
import { assertFinite, describeValue } from "../errors/validate.js";
import type { PeriodLike } from "../time/Period.js";

/**
 * A decision: an input the optimiser may set, within bounds, optionally on a grid.
 *
 * @category Decision
 */
export interface DecisionVariable {
  /** Smallest value (finite). */
  readonly lower: number;
  /** Largest value (finite, ≥ lower; equal bounds fix the decision). */
  readonly upper: number;
  /** Grid step: the decision takes the values `lower + k·step` (e.g. 0.05 for prices). Default: continuous. */
  readonly step?: number;
  /** Whole numbers only (step 1 from `ceil(lower)`). */
  readonly integer?: boolean;
  /** Where to start the search (default: the best point of a coarse grid over all decisions). */
  readonly initial?: number;
}

/**
 * Which period of a node counts: an index (0 = first), a period or label (`"2026-03"`), or
 * `"sum"`, the total over the model's periods.
 *
 * @category Decision
 */
export type PeriodSelector = number | PeriodLike | "sum";

/**
 * A constraint on a node for `optimizeModel`: `node op value` in one period, summed over the
 * periods, or (`"every"`, the default) in every period.
 *
 * @category Decision
 */
export interface ModelConstraint<Name extends string = string> {
  readonly node: Name;
  readonly period?: PeriodSelector | "every";
  readonly op: "<=" | ">=" | "=";
  readonly value: number;
}

/** @internal Validated decisions. */
export interface DecisionSet {
  readonly names: string[];
  readonly lower: number[];
  readonly upper: number[];
  readonly steps: number[];
  /** Start point when every decision gives `initial`. */
  readonly initial?: number[];
}

const DECISION_KEYS = new Set(["lower", "upper", "step", "integer", "initial"]);

/** @internal Reads `decisions` (name → DecisionVariable); `inputs` are the names allowed. */
export function readDecisions(decisions: unknown, inputs: readonly string[], fn: string): DecisionSet {
  if (typeof decisions !== "object" || decisions === null || Array.isArray(decisions)) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: decisions must map input names to { lower, upper }, e.g. { price: { lower: 2, upper: 5 } }; got ${describeValue(decisions)}.`, { path: "decisions" });
  }
  const set: DecisionSet = { names: [], lower: [], upper: [], steps: [] };
  const initial: number[] = [];
  for (const [name, d] of Object.entries(decisions as Record<string, unknown>)) {
    if (d === undefined) continue;
    const path = `decisions.${name}`;
    if (!inputs.includes(name)) {
      throw new DpmError("UNKNOWN_NODE", `${fn}: ${path} names "${name}", which is not an input of the model; inputs: ${inputs.join(", ")}.`, { path });
    }
    if (typeof d !== "object" || d === null) throw new DpmError("INVALID_ARGUMENT", `${fn}: ${path} must be { lower, upper }, got ${describeValue(d)}.`, { path });
    for (const key of Object.keys(d)) {
      if (!DECISION_KEYS.has(key)) throw new DpmError("INVALID_ARGUMENT", `${fn}: ${path} has an unknown key "${key}"; use lower, upper, step, integer, initial.`, { path: `${path}.${key}` });
    }
    const v = d as DecisionVariable;
    assertFinite(v.lower, `${path}.lower`, fn);
    assertFinite(v.upper, `${path}.upper`, fn);
    let lower = v.lower;
    let step = 0;
    if (v.integer !== undefined && typeof v.integer !== "boolean") throw new DpmError("INVALID_ARGUMENT", `${fn}: ${path}.integer must be true or false.`, { path: `${path}.integer` });
    if (v.step !== undefined) {
      assertFinite(v.step, `${path}.step`, fn);
      if (v.step < 0) throw new DpmError("INVALID_ARGUMENT", `${fn}: ${path}.step must be ≥ 0 (0 = continuous), got ${v.step}.`, { path: `${path}.step` });
      step = v.step;
    }
    if (v.integer === true) {
      if (step !== 0 && !Number.isInteger(step)) throw new DpmError("INVALID_ARGUMENT", `${fn}: ${path} is integer but its step ${step} is not a whole number.`, { path: `${path}.step` });
      step = Math.max(1, step);
      lower = Math.ceil(lower);
    }
    if (lower > v.upper) {
      throw new DpmError("INVALID_ARGUMENT", `${fn}: ${path} has lower ${v.lower} above upper ${v.upper}${v.integer === true ? " (no whole number between them)" : ""}; swap the bounds or widen the range.`, {
        path,
        details: { lower: v.lower, upper: v.upper },
      });
    }
    if (v.initial !== undefined) {
      assertFinite(v.initial, `${path}.initial`, fn);
      if (v.initial < v.lower || v.initial > v.upper) throw new DpmError("INVALID_ARGUMENT", `${fn}: ${path}.initial (${v.initial}) is outside [${v.lower}, ${v.upper}].`, { path: `${path}.initial` });
      initial.push(v.initial);
    }
    set.names.push(name);
    set.lower.push(lower);
    set.upper.push(v.upper);
    set.steps.push(step);
  }
  if (set.names.length === 0) {
    throw new DpmError("EMPTY", `${fn}: decisions is empty; name at least one input to choose, e.g. { price: { lower: 2, upper: 5 } }.`, { path: "decisions" });
  }
  return initial.length === set.names.length ? { ...set, initial } : set;
}

/** @internal A decision vector as a record, in decision order. */
export function decisionRecord(names: readonly string[], x: ArrayLike<number>): Record<string, number> {
  const out: Record<string, number> = {};
  names.forEach((name, i) => Object.defineProperty(out, name, { value: x[i], enumerable: true, writable: true, configurable: true }));
  return out;
}
