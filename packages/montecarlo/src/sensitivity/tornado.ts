import { assertModel } from "../simulate/assertModel.js";
import { assertInteger, checkOptions, DpmError, runVectorized, type InputValue, type Model } from "@dpm/core";
import { buildSamplingPlan, type InputSpec } from "../simulate/samplingPlan.js";

/**
 * Options of {@link tornado}.
 *
 * @category Sensitivity
 */
export interface TornadoOptions<Name extends string = string, Input extends string = string> {
  /** The output node whose swing is measured. */
  readonly output: Name;
  /** Its period (default: the last). */
  readonly period?: number;
  /** Lower percentile each input moves to (default 0.1). */
  readonly low?: number;
  /** Upper percentile (default 0.9). */
  readonly high?: number;
  /** Where the other inputs stay: their `"median"` (default) or `"mean"`. */
  readonly base?: "median" | "mean";
  /** Inputs fixed to another value than the model's. */
  readonly overrides?: Partial<Record<Input, InputValue>>;
}

/**
 * One bar of a tornado chart.
 *
 * @category Sensitivity
 */
export interface TornadoBar {
  readonly input: string;
  /** The input's value at the low and high percentile. */
  readonly lowInput: number;
  readonly highInput: number;
  /** The output with this input at its low / high value and every other input at base. */
  readonly lowOutput: number;
  readonly highOutput: number;
  /** |highOutput − lowOutput|. */
  readonly swing: number;
}

/**
 * Tornado analysis result: bars sorted by swing, widest first.
 *
 * @category Sensitivity
 */
export interface TornadoResult {
  readonly output: string;
  readonly period: number;
  /** The output with every input at base. */
  readonly base: number;
  readonly bars: readonly TornadoBar[];
}

/**
 * Tornado sensitivity: how far the output swings when each uncertain input moves from its low to
 * its high percentile (default P10 → P90) while all others stay at base (median by default). One
 * vectorized run of 2k + 1 input vectors; deterministic.
 *
 * @param model - the driver model
 * @param inputs - the uncertain inputs (as for `simulate`)
 * @param options - output, period, low/high percentiles, base
 * @returns bars sorted by swing
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` for low ≥ high or percentiles outside (0, 1), and
 *   the input/output errors of `simulate`
 *
 * @example
 * ```ts
 * import { defineModel } from "@dpm/core";
 * import { normal, tornado, uniform } from "@dpm/montecarlo";
 *
 * const model = defineModel({
 *   start: "2026",
 *   periods: 1,
 *   nodes: {
 *     units: { input: 1000 },
 *     price: { input: 10 },
 *     cost: { input: 4000 },
 *     profit: { formula: "units * price - cost" },
 *   },
 * });
 * const t = tornado(model, { units: normal(1000, 100), price: uniform(9, 11), cost: uniform(3500, 4500) }, { output: "profit" });
 * t.bars.map((b) => b.input); // => ["units", "price", "cost"]
 * t.base; // => 6000
 * ```
 *
 * @category Sensitivity
 */
export function tornado<Name extends string, Input extends string>(
  model: Model<Name, Input>,
  inputs: Partial<Record<Input, InputSpec>>,
  options: TornadoOptions<NoInfer<Name>, NoInfer<Input>>,
): TornadoResult {
  const fn = "tornado";
  assertModel(model, fn);
  if (typeof options !== "object" || options === null) throw new DpmError("INVALID_ARGUMENT", `${fn}: options must be an object with an output, e.g. { output: "profit" }.`, { path: "options" });
  checkOptions(options, ["output", "period", "low", "high", "base", "overrides"], fn, '{ output: "profit" }');
  const plan = buildSamplingPlan(inputs, { iterations: 1 }, model.periods, fn, model.inputNames);
  const low = options.low ?? 0.1;
  const high = options.high ?? 0.9;
  if (!(low > 0 && low < high && high < 1)) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: need 0 < low < high < 1, got low = ${String(low)} and high = ${String(high)}.`, { path: "options.low" });
  }
  const base = options.base ?? "median";
  if (base !== "median" && base !== "mean") throw new DpmError("INVALID_ARGUMENT", `${fn}: base must be "median" or "mean", got ${String(base)}.`, { path: "options.base" });
  if (!model.nodeNames.includes(options.output)) {
    throw new DpmError("UNKNOWN_NODE", `${fn}: output "${String(options.output)}" is not a node of the model; nodes: ${model.nodeNames.join(", ")}.`, { path: "options.output" });
  }
  const T = model.periods;
  const period = options.period ?? T - 1;
  assertInteger(period, "period", fn, 0, T - 1);
  const k = plan.inputs.length;
  const count = 2 * k + 1;
  const vectors: Record<string, Float64Array> = {};
  const values = plan.inputs.map((x) => ({
    base: base === "mean" ? x.dist.mean : x.dist._quantile(0.5),
    low: x.dist._quantile(low),
    high: x.dist._quantile(high),
  }));
  plan.inputs.forEach((x, i) => {
    const v = values[i] as (typeof values)[number];
    const col = new Float64Array(count).fill(v.base);
    col[1 + 2 * i] = v.low;
    col[2 + 2 * i] = v.high;
    vectors[x.name] = col;
  });
  const run = runVectorized(model, {
    count,
    inputs: vectors as never,
    outputs: [options.output],
    ...(options.overrides === undefined ? {} : { overrides: options.overrides }),
  });
  const y = run.column(options.output, period);
  const bars = plan.inputs.map((x, i): TornadoBar => {
    const lowOutput = y[1 + 2 * i] as number;
    const highOutput = y[2 + 2 * i] as number;
    const v = values[i] as (typeof values)[number];
    return { input: x.name, lowInput: v.low, highInput: v.high, lowOutput, highOutput, swing: Math.abs(highOutput - lowOutput) };
  });
  bars.sort((a, b) => b.swing - a.swing);
  return { output: options.output, period, base: y[0] as number, bars };
}
