import type { Frequency } from "../time/Frequency.js";
import type { PeriodLike } from "../time/Period.js";
import type { TimeSeries } from "../time/TimeSeries.js";
import type { FormulaRefs } from "./formulaRefs.js";

/**
 * What every node may carry besides its definition: documentation for reports and UIs.
 *
 * @category Model
 */
export interface NodeMeta {
  /** A human label, e.g. `"Projected online sales"`. */
  readonly label?: string;
  /** The unit, e.g. `"EUR"`, `"visits"`, `"%"`. */
  readonly unit?: string;
  /** A longer description. */
  readonly description?: string;
}

/**
 * A model input: a constant, one value per model period, or a series covering the model's
 * periods. Any input can be overridden per run (scenarios, Monte Carlo draws).
 *
 * @category Model
 */
export interface InputNode extends NodeMeta {
  readonly input: number | readonly number[] | TimeSeries;
}

/**
 * A node computed by a formula string over other nodes of the same period, e.g.
 * `{ formula: "traffic * conversion * aov" }`. See {@link parseFormula} for the language.
 *
 * @category Model
 */
export interface FormulaNode<F extends string = string> extends NodeMeta {
  readonly formula: F;
}

/**
 * A node computed by a TypeScript function of other nodes of the same period, for logic the
 * formula language cannot say. `deps` names the nodes; `compute` receives their values in order.
 * Slower than a formula string in vectorized runs (one call per value), and not JSON.
 *
 * @category Model
 */
export interface FunctionNode<D extends string = string> extends NodeMeta {
  readonly deps: readonly D[];
  readonly compute: (...values: number[]) => number;
}

/**
 * The value another node had `periods` periods earlier (default 1): the "previous value".
 * Before enough history exists it is `initial` — a number or the name of a node read in the same
 * period (default 0). A lag breaks a dependency cycle.
 *
 * @category Model
 */
export interface LagNode<S extends string = string> extends NodeMeta {
  readonly lag: S;
  readonly periods?: number;
  readonly initial?: number | S;
}

/**
 * A stock (level) in the system-dynamics sense, on the model's period axis with a step of one
 * period: its value in period t is the level at the start of period t,
 * `stock[0] = initial` and `stock[t] = stock[t−1] + Σ inflows[t−1] − Σ outflows[t−1]`.
 * Flows may depend on the stock itself: a stock breaks a dependency cycle.
 *
 * @category Model
 */
export interface StockNode<S extends string = string> extends NodeMeta {
  readonly stock: {
    readonly initial: number | S;
    readonly inflows?: readonly S[];
    readonly outflows?: readonly S[];
  };
}

/**
 * Any node of a driver model.
 *
 * @category Model
 */
export type NodeDefinition = InputNode | FormulaNode | FunctionNode | LagNode | StockNode;

/**
 * A driver model: a calendar axis and named nodes.
 *
 * @category Model
 */
export interface ModelDefinition<Nodes extends Record<string, NodeDefinition> = Record<string, NodeDefinition>> {
  /** The first period, e.g. `"2025-01"` or `"2025-Q3"`. */
  readonly start: PeriodLike;
  /** How many periods the model runs. */
  readonly periods: number;
  /** The frequency, when `start` is a Date or a finer label than wanted. */
  readonly freq?: Frequency;
  /** The nodes by name. Names are identifiers: letters, digits and `_`, not starting with a digit. */
  readonly nodes: Nodes;
}

/** The node names a definition refers to. @category Model */
export type NodeRefs<D> = D extends { readonly formula: infer F extends string }
  ? FormulaRefs<F>
  : D extends { readonly deps: readonly (infer R extends string)[] }
    ? R
    : D extends { readonly lag: infer S extends string }
      ? S | StringsOf<D extends { readonly initial?: infer I } ? I : never>
      : D extends { readonly stock: infer S }
        ? StringsOf<S extends { readonly initial: infer I } ? I : never> |
          (S extends { readonly inflows?: readonly (infer A)[] } ? StringsOf<A> : never) |
          (S extends { readonly outflows?: readonly (infer B)[] } ? StringsOf<B> : never)
        : never;

type StringsOf<T> = T extends string ? T : never;

/**
 * Checks a definition's references at compile time: a node that reads a name the model does not
 * define becomes a type error that names the unknown node.
 *
 * @category Model
 */
export type CheckedNodes<Nodes> = {
  readonly [K in keyof Nodes]: [Exclude<NodeRefs<Nodes[K]>, keyof Nodes>] extends [never]
    ? Nodes[K]
    : { readonly "unknown node": Exclude<NodeRefs<Nodes[K]>, keyof Nodes> };
};

/** The names of a definition's input nodes. @category Model */
export type InputNames<Nodes> = {
  [K in keyof Nodes]: Nodes[K] extends { readonly input: unknown } ? K : never;
}[keyof Nodes] & string;
