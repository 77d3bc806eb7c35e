import { DpmError } from "../errors/DpmError.js";
import { makeSeries, type TimeSeries } from "../time/TimeSeries.js";
import { evaluatePlan, type InputFeed } from "./evaluatePlan.js";
import { overrideFeeds } from "./feeds.js";
import { nodeIndex, planOf, setOwn, type InputValue, type Model } from "./Model.js";

/**
 * Named scenarios, each a set of input overrides (an empty object is the model as defined).
 *
 * @category Model
 */
export type Scenarios<Input extends string, S extends string> = Readonly<Record<S, Partial<Record<Input, InputValue>>>>;

/**
 * Scenario results aligned node by node and period by period.
 *
 * @category Model
 */
export interface ScenarioComparison<Name extends string, S extends string> {
  readonly scenarios: readonly S[];
  readonly periodLabels: readonly string[];
  /** A node's series in one scenario. */
  series(name: Name, scenario: S): TimeSeries;
  /** A node's series in `scenario` minus its series in `baseline`, period by period. */
  difference(name: Name, scenario: S, baseline: S): TimeSeries;
  /** Tidy rows `{ node, period, <scenario>: value, … }` for the nodes asked for (default all). */
  rows(names?: readonly Name[]): Array<{ node: Name; period: string } & Record<S, number>>;
}

/**
 * Runs the same model under several scenarios (base / best / worst / what-if) in one vectorized
 * pass and lines the results up, so every node can be compared across scenarios period by period.
 *
 * @param model - the model
 * @param scenarios - scenario name → input overrides
 * @returns the aligned results
 * @throws {@link DpmError} `EMPTY` without scenarios, and the errors of {@link runModel}
 *
 * @example
 * ```ts
 * import { compareScenarios, defineModel } from "@dpm/core";
 *
 * const bakery = defineModel({
 *   start: "2025-01",
 *   periods: 1,
 *   nodes: {
 *     loaves: { input: 3000 },
 *     flourCost: { input: 0.4 },
 *     price: { input: 3.2 },
 *     margin: { formula: "loaves * (price - flourCost)" },
 *   },
 * });
 * const cmp = compareScenarios(bakery, { base: {}, flourSpike: { flourCost: 0.7 } });
 * cmp.difference("margin", "flourSpike", "base").values[0]; // => -900
 * ```
 *
 * @category Model
 */
export function compareScenarios<Name extends string, Input extends string, S extends string>(
  model: Model<Name, Input>,
  scenarios: Scenarios<Input, S>,
): ScenarioComparison<Name, S> {
  const fn = "compareScenarios";
  const plan = planOf(model, fn);
  const names = Object.keys(scenarios ?? {}) as S[];
  if (names.length === 0) {
    throw new DpmError("EMPTY", `${fn}: pass at least one scenario, e.g. { base: {}, worst: { price: 3 } }.`, { path: "scenarios" });
  }
  const n = names.length;
  const T = plan.periods;
  const perScenario = names.map((s) => overrideFeeds(plan, scenarios[s], `scenarios.${s}`, fn));
  // An input any scenario overrides becomes a per-vector, per-period input; the rest stay scalar.
  const feeds = new Map<number, InputFeed>();
  for (const i of new Set(perScenario.flatMap((f) => [...f.keys()]))) {
    const values = new Float64Array(n * T);
    perScenario.forEach((f, s) => {
      const own = (f.get(i)?.values ?? (plan.nodes[i] as { base: Float64Array }).base) as Float64Array;
      for (let t = 0; t < T; t++) values[t * n + s] = own[t] as number;
    });
    feeds.set(i, { kind: "vectorPeriod", values });
  }
  const record = plan.nodes.map((_, i) => i);
  const values = evaluatePlan(plan, { count: n, feeds, record, describeVector: (i) => `scenario "${names[i]}"`, fn });
  const scenarioIndex = (s: S): number => {
    const k = names.indexOf(s);
    if (k < 0) throw new DpmError("INVALID_ARGUMENT", `${fn}: there is no scenario "${s}"; scenarios: ${names.join(", ")}.`, { path: "scenario" });
    return k;
  };
  const pick = (name: Name, s: S): Float64Array => {
    const all = values.get(nodeIndex(plan, name, "name", fn)) as Float64Array;
    const k = scenarioIndex(s);
    const out = new Float64Array(T);
    for (let t = 0; t < T; t++) out[t] = all[t * n + k] as number;
    return out;
  };
  return {
    scenarios: names,
    periodLabels: model.periodLabels,
    series: (name, s) => makeSeries(plan.start, pick(name, s), name),
    difference: (name, s, base) => {
      const a = pick(name, s);
      const b = pick(name, base);
      return makeSeries(plan.start, a.map((v, t) => v - (b[t] as number)), name);
    },
    rows: (wanted = model.nodeNames) =>
      wanted.flatMap((name) => {
        const series = names.map((s) => pick(name, s));
        return model.periodLabels.map((label, t) => {
          const row: Record<string, string | number> = { node: name, period: label };
          names.forEach((s, k) => setOwn(row, s, series[k]?.[t] as number));
          return row as { node: Name; period: string } & Record<S, number>;
        });
      }),
  };
}
