import { DpmError } from "../errors/DpmError.js";
import { describeValue } from "../errors/validate.js";
import type { Frequency } from "../time/Frequency.js";
import { formatPeriod, period, type Period } from "../time/Period.js";
import type { TimeSeries } from "../time/TimeSeries.js";
import type { ModelPlan } from "./plan.js";

/**
 * A compiled driver model: validated, cycle-free, with its evaluation order fixed. Make one with
 * {@link defineModel} or {@link modelFromJson}; run it with {@link runModel},
 * {@link runVectorized} or {@link compareScenarios}.
 *
 * @typeParam Name - the node names
 * @typeParam Input - the names of the input nodes (what runs may override)
 *
 * @category Model
 */
export interface Model<Name extends string = string, Input extends string = Name> {
  /** First period of the model's axis. */
  readonly start: Period;
  /** Number of periods. */
  readonly periods: number;
  /** Frequency of the axis. */
  readonly freq: Frequency;
  /** Every node, in definition order. */
  readonly nodeNames: readonly Name[];
  /** The input nodes, in definition order. */
  readonly inputNames: readonly Input[];
  /** The nodes in the order each period evaluates them (dependencies first). */
  readonly evaluationOrder: readonly Name[];
  /** Labels of the model's periods, e.g. `["2025-01", "2025-02", …]`. */
  readonly periodLabels: readonly string[];
}

/**
 * The value given to an input for a run: a constant, one value per period, or a series covering
 * the model's periods.
 *
 * @category Model
 */
export type InputValue = number | readonly number[] | TimeSeries;

// The plan rides on the model under a registry-wide symbol, out of the public type and readable by
// every copy of @dpm/core in a process (an ESM and a CJS copy side by side, nested installs).
const PLAN = Symbol.for("@dpm/core/ModelPlan");

/** @internal */
export function makeModel<Name extends string, Input extends string>(plan: ModelPlan): Model<Name, Input> {
  const names = plan.nodes.map((n) => n.name) as Name[];
  const model: Model<Name, Input> = {
    start: plan.start,
    periods: plan.periods,
    freq: plan.start.freq,
    nodeNames: Object.freeze(names),
    inputNames: Object.freeze(plan.nodes.filter((n) => n.kind === "input").map((n) => n.name) as Input[]),
    evaluationOrder: Object.freeze(plan.order.map((i) => names[i] as Name)),
    periodLabels: Object.freeze(Array.from({ length: plan.periods }, (_, t) => formatPeriod(period(plan.start.freq, plan.start.ordinal + t)))),
  };
  Object.defineProperty(model, PLAN, { value: plan });
  return Object.freeze(model);
}

/** @internal */
export function planOf(model: unknown, fn: string): ModelPlan {
  const plan = typeof model === "object" && model !== null ? ((model as Record<symbol, unknown>)[PLAN] as ModelPlan | undefined) : undefined;
  if (plan === undefined || !Array.isArray(plan.nodes)) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: expected a model made by defineModel or modelFromJson, got ${describeValue(model)}.`, { path: "model" });
  }
  return plan;
}

/** @internal Index of a node by name, with an actionable error. */
export function nodeIndex(plan: ModelPlan, name: unknown, path: string, fn: string, inputOnly = false): number {
  const i = typeof name === "string" ? plan.index.get(name) : undefined;
  if (i === undefined) {
    throw new DpmError("UNKNOWN_NODE", `${fn}: ${path} names ${describeValue(name)}, which the model does not define; nodes: ${[...plan.index.keys()].join(", ")}.`, { path });
  }
  if (inputOnly && plan.nodes[i]?.kind !== "input") {
    const inputs = plan.nodes.filter((n) => n.kind === "input").map((n) => n.name);
    throw new DpmError("INVALID_ARGUMENT", `${fn}: ${path} names "${name as string}", which is a ${plan.nodes[i]?.kind} node; only inputs can be set (${inputs.join(", ")}).`, { path });
  }
  return i;
}

/**
 * @internal Sets an own data property, even for keys such as `__proto__` that plain assignment
 * would route to a prototype setter (node and scenario names may come from JSON).
 */
export function setOwn(target: object, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}
