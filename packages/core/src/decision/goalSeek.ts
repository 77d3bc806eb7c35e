import { checkOptions } from "../errors/checkOptions.js";
import { DpmError } from "../errors/DpmError.js";
import { assertFinite, assertInteger } from "../errors/validate.js";
import { overrideFeeds } from "../model/feeds.js";
import { nodeIndex, planOf, type InputValue, type Model } from "../model/Model.js";
import { zeroin } from "../optim/brent.js";
import { pick, periodLabel, resolvePeriod, SUM } from "./periodSelector.js";
import type { PeriodSelector } from "./DecisionVariable.js";
import { runCandidates } from "./runCandidates.js";

/**
 * Options of {@link goalSeek}.
 *
 * @category Decision
 */
export interface GoalSeekOptions<Name extends string, Input extends string> {
  /** The input to change (held at one value over every period). */
  readonly input: Input;
  /** The node that must reach the target. */
  readonly node: NoInfer<Name>;
  /** The value the node must reach. */
  readonly target: number;
  /** Which period of the node counts (default `"sum"`: the total over the periods). */
  readonly period?: PeriodSelector;
  /** Smallest value of the input to try (finite). */
  readonly lower: number;
  /** Largest value of the input to try (finite, > lower). */
  readonly upper: number;
  /** Other inputs fixed for the search (a scenario). */
  readonly overrides?: Partial<Record<Input, InputValue>>;
  /** Tolerance on the input's value (default `1e-12 · max(1, |lower|, |upper|)`). */
  readonly tolerance?: number;
  /** Points of the bracket scan across [lower, upper], evaluated in one vectorized run (default 33). */
  readonly points?: number;
}

/**
 * Result of {@link goalSeek}.
 *
 * @category Decision
 */
export interface GoalSeekResult {
  /** The input's value that makes the node reach the target. */
  readonly value: number;
  /** The node's value there (equal to the target up to the tolerance). */
  readonly achieved: number;
  readonly target: number;
  /** Model evaluations (scan + Brent). */
  readonly evaluations: number;
  /** Brent iterations. */
  readonly iterations: number;
}

const KEYS = ["input", "node", "target", "period", "lower", "upper", "overrides", "tolerance", "points"];

/**
 * Goal seek, as in a spreadsheet: the value of one input that makes a node reach a target in a
 * period. Scans [lower, upper] in one vectorized run for a sign change of `node − target`, then
 * refines it by Brent's method (R's `zeroin`). When several values reach the target, returns the
 * lowest the scan brackets.
 *
 * @param model - the driver model
 * @param options - the input and its bounds, the node, target and period
 * @returns the input value, the node's value there and the evaluation count
 * @throws {@link DpmError} `NO_SOLUTION` when no value in the bounds reaches the target (the
 *   message gives the node's range over the bounds), `UNKNOWN_NODE` / `INVALID_ARGUMENT` for
 *   names the model lacks, a non-input, lower ≥ upper or an unknown option, `NON_FINITE` when the
 *   model produces NaN/±Infinity at some input value
 *
 * @example
 * ```ts
 * import { defineModel, goalSeek } from "@dpm/core";
 *
 * const bakery = defineModel({
 *   start: "2026-01",
 *   periods: 1,
 *   nodes: {
 *     loaves: { input: 3_000 },
 *     price: { input: 3.2 },
 *     unitCost: { input: 0.7 },
 *     fixedCosts: { input: 6_000 },
 *     profit: { formula: "loaves * (price - unitCost) - fixedCosts" },
 *   },
 * });
 * // Break-even volume: fixed costs / unit margin = 6000 / 2.5.
 * goalSeek(bakery, { input: "loaves", node: "profit", target: 0, lower: 0, upper: 10_000 }).value; // => 2400
 * ```
 *
 * @category Decision
 */
export function goalSeek<Name extends string, Input extends string>(model: Model<Name, Input>, options: GoalSeekOptions<Name, Input>): GoalSeekResult {
  const fn = "goalSeek";
  const plan = planOf(model, fn);
  if (options === undefined) throw new DpmError("INVALID_ARGUMENT", `${fn}: pass options such as { input: "loaves", node: "profit", target: 0, lower: 0, upper: 10000 }.`, { path: "options" });
  const o = checkOptions(options, KEYS, fn, '{ input: "loaves", node: "profit", target: 0, lower: 0, upper: 10000 }') as GoalSeekOptions<Name, Input>;
  const input = nodeIndex(plan, o.input, "input", fn, true);
  const node = nodeIndex(plan, o.node, "node", fn);
  assertFinite(o.target, "target", fn);
  assertFinite(o.lower, "lower", fn);
  assertFinite(o.upper, "upper", fn);
  if (!(o.lower < o.upper)) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: lower (${o.lower}) must be less than upper (${o.upper}); swap them or widen the range.`, { path: "lower", details: { lower: o.lower, upper: o.upper } });
  }
  const t = resolvePeriod(plan, o.period, "period", fn, SUM);
  const tol = o.tolerance ?? 1e-12 * Math.max(1, Math.abs(o.lower), Math.abs(o.upper));
  assertFinite(tol, "tolerance", fn);
  if (tol <= 0) throw new DpmError("INVALID_ARGUMENT", `${fn}: tolerance must be positive, got ${tol}.`, { path: "tolerance" });
  const points = o.points ?? 33;
  assertInteger(points, "points", fn, 2, 100_000);
  const feeds = overrideFeeds(plan, o.overrides, "overrides", fn);
  feeds.delete(input);
  const T = plan.periods;
  const { target } = o;
  const name = String(o.input);
  let evaluations = 0;
  const evaluate = (xs: Float64Array): Float64Array => {
    const values = runCandidates(plan, [input], [name], feeds, [node], xs, xs.length, fn).get(node) as Float64Array;
    evaluations += xs.length;
    return Float64Array.from({ length: xs.length }, (_, k) => pick(values, t, xs.length, T, k));
  };

  const grid = Float64Array.from({ length: points }, (_, k) => (k === points - 1 ? o.upper : o.lower + ((o.upper - o.lower) * k) / (points - 1)));
  const scan = evaluate(grid);
  let min = Infinity;
  let max = -Infinity;
  let bracket = -1;
  for (let k = 0; k < points; k++) {
    const y = scan[k] as number;
    if (y < min) min = y;
    if (y > max) max = y;
    if (y === target) return { value: grid[k] as number, achieved: y, target, evaluations, iterations: 0 };
    if (bracket < 0 && k > 0 && ((scan[k - 1] as number) - target) * (y - target) < 0) bracket = k;
  }
  if (bracket < 0) {
    const where = periodLabel(plan, t);
    throw new DpmError(
      "NO_SOLUTION",
      `${fn}: no value of "${name}" in [${o.lower}, ${o.upper}] makes "${String(o.node)}"${where === "sum" ? " (summed over the periods)" : ` in ${where}`} reach ${target}: over those bounds it ranges over [${min}, ${max}] (at ${points} points). Widen the bounds, or change the target.`,
      { path: "target", details: { min, max, lower: o.lower, upper: o.upper } },
    );
  }
  const single = new Float64Array(1);
  const f = (x: number): number => {
    single[0] = x;
    return (evaluate(single)[0] as number) - target;
  };
  const a = grid[bracket - 1] as number;
  const b = grid[bracket] as number;
  const r = zeroin(f, a, b, (scan[bracket - 1] as number) - target, (scan[bracket] as number) - target, tol, 1000);
  return { value: r.x, achieved: r.fx + target, target, evaluations, iterations: r.iterations };
}
