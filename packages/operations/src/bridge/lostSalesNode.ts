import { checkOptions, DpmError, type FunctionNode } from "@dpm/core";
import { checkNonNegative, requireOptions, show } from "../internal/check.js";
import { normalLoss } from "../inventory/distributions.js";

/**
 * Options for {@link lostSalesNode}.
 *
 * @category Driver model
 */
export interface LostSalesNodeOptions<D extends string, S extends string> {
  /** The node holding expected demand in the period. */
  readonly demand: D;
  /** The node holding the stock available for the period. */
  readonly stock: S;
  /** Coefficient of variation of demand (sd / mean); demand is normal with sd = cv × demand. */
  readonly cv: number;
  /** `"lostSales"` (expected units short, default) or `"fillRate"`. */
  readonly output?: "lostSales" | "fillRate";
}

/**
 * A driver-model node (a core `FunctionNode`) for expected lost sales — E[(D − stock)+] with
 * normal demand of mean `demand` and sd `cv × demand` — or the fill rate, so stock-outs become
 * lost revenue in the model and the order level an input to optimise or simulate.
 *
 * @param options - the demand and stock node names, `cv`, optional `output`
 * @returns a node definition for `defineModel({ nodes })`
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` for a negative cv, bad output or node names
 *
 * @example
 * ```ts
 * import { defineModel, runModel } from "@dpm/core";
 * import { lostSalesNode } from "@dpm/operations";
 *
 * const model = defineModel({
 *   start: "2026-01",
 *   periods: 1,
 *   nodes: {
 *     demand: { input: 100 },
 *     stock: { input: 100 },
 *     short: lostSalesNode({ demand: "demand", stock: "stock", cv: 0.2 }),
 *     lostMargin: { formula: "short * 3" },
 *   },
 * });
 * Number(runModel(model).value("short", 0).toFixed(2)); // => 7.98 (σ·φ(0) = 20 × 0.399)
 * ```
 *
 * @category Driver model
 */
export function lostSalesNode<const D extends string, const S extends string>(options: LostSalesNodeOptions<D, S>): FunctionNode<D | S> {
  const fn = "lostSalesNode";
  const example = '{ demand: "demand", stock: "stock", cv: 0.2 }';
  const o = checkOptions(requireOptions(options, fn, example), ["demand", "stock", "cv", "output"], fn, example);
  if (typeof o.demand !== "string" || typeof o.stock !== "string") {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: demand and stock must be node names, e.g. ${example}.`, { path: "options.demand" });
  }
  const cv = checkNonNegative(o.cv, "cv", fn);
  const output = o.output ?? "lostSales";
  if (output !== "lostSales" && output !== "fillRate") {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: output must be "lostSales" or "fillRate", got ${show(output)}.`, { path: "options.output" });
  }
  const compute = (demand: number, stock: number): number => {
    const mu = demand > 0 ? demand : 0;
    const q = stock > 0 ? stock : 0;
    const sd = cv * mu;
    const short = sd === 0 ? Math.max(0, mu - q) : sd * normalLoss((q - mu) / sd);
    return output === "lostSales" ? short : mu > 0 ? 1 - short / mu : 1;
  };
  return { deps: [o.demand as D, o.stock as S], compute: (...v: number[]) => compute(v[0] as number, v[1] as number) };
}
