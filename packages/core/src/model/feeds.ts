import { DpmError } from "../errors/DpmError.js";
import { describeValue } from "../errors/validate.js";
import { inputValues } from "./compileModel.js";
import { type InputFeed } from "./evaluatePlan.js";
import { nodeIndex, type InputValue } from "./Model.js";
import type { ModelPlan } from "./plan.js";

/** @internal Uniform feeds (same for every vector) from a scenario's input overrides. */
export function overrideFeeds(plan: ModelPlan, overrides: unknown, path: string, fn: string): Map<number, InputFeed> {
  const feeds = new Map<number, InputFeed>();
  if (overrides === undefined) return feeds;
  if (typeof overrides !== "object" || overrides === null || Array.isArray(overrides)) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: ${path} must be an object mapping input names to values, got ${describeValue(overrides)}.`, { path });
  }
  for (const [name, value] of Object.entries(overrides as Record<string, InputValue | undefined>)) {
    if (value === undefined) continue;
    const i = nodeIndex(plan, name, `${path}.${name}`, fn, true);
    feeds.set(i, { kind: "uniform", values: inputValues(value, `${path}.${name}`, { start: plan.start, periods: plan.periods, fn }) });
  }
  return feeds;
}
