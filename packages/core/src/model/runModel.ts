import { checkOptions } from "../errors/checkOptions.js";
import { DpmError } from "../errors/DpmError.js";
import { formatPeriod, toPeriod, type PeriodLike } from "../time/Period.js";
import { makeSeries, type TimeSeries } from "../time/TimeSeries.js";
import { evaluatePlan } from "./evaluatePlan.js";
import { overrideFeeds } from "./feeds.js";
import { nodeIndex, planOf, setOwn, type InputValue, type Model } from "./Model.js";
import type { ModelPlan } from "./plan.js";

/**
 * Options for {@link runModel}.
 *
 * @category Model
 */
export interface RunModelOptions<Input extends string> {
  /** Values that replace the defined inputs for this run (a scenario). */
  readonly overrides?: Partial<Record<Input, InputValue>>;
}

/**
 * The result of one model run: every node's value in every period.
 *
 * @category Model
 */
export interface ModelRun<Name extends string> {
  /** Labels of the periods, e.g. `"2025-Q1"`. */
  readonly periodLabels: readonly string[];
  /** A node's values as a series on the model's axis. */
  series(name: Name): TimeSeries;
  /** A node's value in one period, given as an index (0 = first) or a period/label. */
  value(name: Name, period: number | PeriodLike): number;
  /** One row per period with every node's value: ready to print with `console.table`. */
  rows(): Array<{ period: string } & Record<Name, number>>;
}

/**
 * Runs a model once, optionally with some inputs overridden.
 *
 * @param model - the model
 * @param options - input overrides
 * @returns every node's values over the model's periods
 * @throws {@link DpmError} `UNKNOWN_NODE` / `INVALID_ARGUMENT` for overrides that name no input,
 *   `NON_FINITE` naming the node and period where a formula produced NaN or ±Infinity
 *
 * @example
 * ```ts
 * import { defineModel, runModel } from "@dpm/core";
 *
 * const shop = defineModel({
 *   start: "2025-01",
 *   periods: 3,
 *   nodes: {
 *     units: { input: [100, 110, 120] },
 *     price: { input: 4.5 },
 *     revenue: { formula: "units * price" },
 *   },
 * });
 * Array.from(runModel(shop).series("revenue").values); // => [450, 495, 540]
 * runModel(shop, { overrides: { price: 5 } }).value("revenue", "2025-02"); // => 550
 * ```
 *
 * @category Model
 */
export function runModel<Name extends string, Input extends string>(
  model: Model<Name, Input>,
  options: RunModelOptions<Input> = {},
): ModelRun<Name> {
  checkOptions(options, ["overrides"], "runModel");
  const fn = "runModel";
  const plan = planOf(model, fn);
  const feeds = overrideFeeds(plan, options.overrides, "overrides", fn);
  const record = plan.nodes.map((_, i) => i);
  const values = evaluatePlan(plan, { count: 1, feeds, record, describeVector: () => "this run", fn });
  return runView<Name>(plan, (i) => values.get(i) as Float64Array, fn);
}

/** @internal A ModelRun over per-node arrays of one value per period. */
export function runView<Name extends string>(plan: ModelPlan, nodeValues: (node: number) => Float64Array, fn: string): ModelRun<Name> {
  const labels = Array.from({ length: plan.periods }, (_, t) => formatPeriod({ freq: plan.start.freq, ordinal: plan.start.ordinal + t }));
  const periodIndex = (p: number | PeriodLike): number => {
    const t = typeof p === "number" ? p : toPeriod(p, plan.start.freq).ordinal - plan.start.ordinal;
    if (!Number.isInteger(t) || t < 0 || t >= plan.periods) {
      throw new DpmError("INVALID_ARGUMENT", `${fn}: period ${String(typeof p === "object" ? formatPeriod(p as never) : p)} is outside the model's ${labels[0]}…${labels[labels.length - 1]}.`, { path: "period" });
    }
    return t;
  };
  return {
    periodLabels: labels,
    series: (name) => {
      const i = nodeIndex(plan, name, "name", fn);
      return makeSeries(plan.start, Float64Array.from(nodeValues(i)), name);
    },
    value: (name, p) => nodeValues(nodeIndex(plan, name, "name", fn))[periodIndex(p)] as number,
    rows: () =>
      labels.map((label, t) => {
        const row: Record<string, number | string> = { period: label };
        plan.nodes.forEach((node, i) => setOwn(row, node.name, nodeValues(i)[t] as number));
        return row as { period: string } & Record<Name, number>;
      }),
  };
}
