import { evaluatePlan, type InputFeed, type RunValues } from "../model/evaluatePlan.js";
import type { ModelPlan } from "../model/plan.js";

/**
 * @internal Runs the model once per candidate decision vector (points row-major, count × n) in
 * one vectorized evaluation; decisions are held over every period.
 */
export function runCandidates(
  plan: ModelPlan,
  decisionNodes: readonly number[],
  names: readonly string[],
  baseFeeds: ReadonlyMap<number, InputFeed>,
  record: readonly number[],
  points: ArrayLike<number>,
  count: number,
  fn: string,
): RunValues {
  const n = decisionNodes.length;
  const feeds = new Map(baseFeeds);
  decisionNodes.forEach((node, i) => {
    const values = new Float64Array(count);
    for (let k = 0; k < count; k++) values[k] = points[k * n + i] as number;
    feeds.set(node, { kind: "vector", values });
  });
  const describeVector = (k: number): string => `decisions { ${names.map((name, i) => `${name}: ${points[k * n + i] as number}`).join(", ")} }`;
  return evaluatePlan(plan, { count, feeds, record, describeVector, fn });
}
