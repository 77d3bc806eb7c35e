import { checkOptions, DpmError, type FunctionNode } from "@dpm/core";
import { checkNonNegative, checkPositive, requireOptions, show } from "../internal/check.js";
import { erlangAMetrics } from "../queues/erlangA.js";
import { erlangCMetrics } from "../queues/erlangC.js";

/**
 * What a {@link queueNode} computes per period.
 *
 * - `serviceLevel`, `probWait`, `meanWait`, `utilisation`, `probAbandon` — as in {@link erlangC} / {@link erlangA};
 * - `lostCustomers` — arrivals who leave unserved in the interval: abandoners (Erlang A) or, for
 *   an overloaded Erlang C queue, the arrivals above capacity;
 * - `waitingTime` — total customer waiting time in the interval (arrivals × mean wait), to price
 *   as lost goodwill.
 *
 * @category Driver model
 */
export type QueueNodeOutput = "serviceLevel" | "probWait" | "meanWait" | "utilisation" | "probAbandon" | "lostCustomers" | "waitingTime";

/**
 * Options for {@link queueNode}.
 *
 * @category Driver model
 */
export interface QueueNodeOptions<A extends string, S extends string> {
  /** The node holding arrivals per period (a count per `intervalLength`). */
  readonly arrivals: A;
  /** The node holding the number of servers (rounded to the nearest integer). */
  readonly servers: S;
  /** Mean service time, in the unit of `intervalLength`. */
  readonly serviceTime: number;
  /** Length of a model period in that unit (default 60: hourly periods, minutes). */
  readonly intervalLength?: number;
  /** Service-level target wait (default 0). */
  readonly targetWait?: number;
  /** Mean patience: Erlang A instead of Erlang C. */
  readonly patience?: number;
  /** The figure to compute. */
  readonly output: QueueNodeOutput;
}

const OUTPUTS: readonly string[] = ["serviceLevel", "probWait", "meanWait", "utilisation", "probAbandon", "lostCustomers", "waitingTime"];

/**
 * A driver-model node (a core `FunctionNode`) that turns arrivals and a staffing level into a
 * queue figure — service level, wait, lost customers — so staffing cost and lost sales become
 * formulas of the model, Monte Carlo can draw the arrivals (`runVectorized`), and an optimiser or
 * a grid over the servers input can choose the staffing. An overloaded Erlang C period
 * (utilisation ≥ 1, which a random draw can produce) does not throw: it reports service level 0,
 * P(wait) 1, utilisation 1, a mean wait of one whole interval and the excess arrivals as lost —
 * model abandonment with `patience` for a smooth answer.
 *
 * @param options - the arrival and server node names, `serviceTime`, `output`, optional `intervalLength`, `targetWait`, `patience`
 * @returns a node definition to put in `defineModel({ nodes })`
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` for a non-positive service time, an unknown output or node names that are not strings
 *
 * @example
 * ```ts
 * import { defineModel, runModel } from "@dpm/core";
 * import { queueNode } from "@dpm/operations";
 *
 * const model = defineModel({
 *   start: "2026-01-05",
 *   periods: 1,
 *   nodes: {
 *     customers: { input: 72 },
 *     baristas: { input: 4 },
 *     served3: queueNode({ arrivals: "customers", servers: "baristas", serviceTime: 2.5, targetWait: 3, output: "serviceLevel" }),
 *     wages: { formula: "baristas * 14" },
 *   },
 * });
 * Number(runModel(model).value("served3", 0).toFixed(3)); // => 0.847 (85 % served within 3 minutes)
 * ```
 *
 * @category Driver model
 */
export function queueNode<const A extends string, const S extends string>(options: QueueNodeOptions<A, S>): FunctionNode<A | S> {
  const fn = "queueNode";
  const example = '{ arrivals: "customers", servers: "baristas", serviceTime: 2.5, output: "serviceLevel" }';
  const o = checkOptions(requireOptions(options, fn, example), ["arrivals", "servers", "serviceTime", "intervalLength", "targetWait", "patience", "output"], fn, example);
  if (typeof o.arrivals !== "string" || typeof o.servers !== "string") {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: arrivals and servers must be node names, e.g. ${example}.`, { path: "options.arrivals" });
  }
  const s = checkPositive(o.serviceTime, "serviceTime", fn);
  const interval = o.intervalLength === undefined ? 60 : checkPositive(o.intervalLength, "intervalLength", fn);
  const t = o.targetWait === undefined ? 0 : checkNonNegative(o.targetWait, "targetWait", fn);
  const patience = o.patience === undefined ? undefined : checkPositive(o.patience, "patience", fn);
  const output = o.output;
  if (typeof output !== "string" || !OUTPUTS.includes(output)) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: output must be one of ${OUTPUTS.join(", ")}, got ${show(output)}.`, { path: "options.output" });
  }
  const compute = (arrivals: number, servers: number): number => {
    const count = arrivals > 0 ? arrivals : 0;
    const lambda = count / interval;
    const c = Math.max(0, Math.round(servers));
    if (lambda === 0) return output === "serviceLevel" ? 1 : 0;
    const overloaded = patience === undefined && lambda * s >= c;
    if (c === 0 || overloaded) {
      switch (output) {
        case "serviceLevel":
          return 0;
        case "probWait":
        case "utilisation":
          return c === 0 ? (output === "utilisation" ? 0 : 1) : 1;
        case "meanWait":
          return interval;
        case "probAbandon":
          return c === 0 ? 1 : 0;
        case "lostCustomers":
          return count - (c * interval) / s;
        default:
          return count * interval;
      }
    }
    const m = patience === undefined ? { ...erlangCMetrics(lambda, c, s, t), probAbandon: 0 } : erlangAMetrics(lambda, c, s, patience, t, fn);
    switch (output) {
      case "serviceLevel":
        return m.serviceLevel;
      case "probWait":
        return m.probWait;
      case "meanWait":
        return m.meanWait;
      case "utilisation":
        return m.utilisation;
      case "probAbandon":
        return m.probAbandon;
      case "lostCustomers":
        return count * m.probAbandon;
      default:
        return count * m.meanWait;
    }
  };
  return { deps: [o.arrivals as A, o.servers as S], compute: (...values: number[]) => compute(values[0] as number, values[1] as number) };
}
