import { compileModel } from "./compileModel.js";
import { makeModel, type Model } from "./Model.js";
import type { CheckedNodes, InputNames, ModelDefinition, NodeDefinition } from "./ModelDefinition.js";

/**
 * Defines a driver model and compiles it: node names checked, formulas parsed, references
 * resolved, the evaluation order fixed and same-period cycles rejected.
 *
 * In TypeScript the definition is checked at compile time too: a formula, lag or stock that
 * reads a node the model does not define is a type error naming that node.
 *
 * @param definition - the axis (`start`, `periods`) and the nodes
 * @returns the compiled model
 * @throws {@link DpmError} `UNKNOWN_NODE` (with a "did you mean"), `CYCLE` (naming the loop,
 *   e.g. `a → b → a`), `PARSE_ERROR`, `NON_FINITE`, `LENGTH_MISMATCH`, `INVALID_ARGUMENT`
 *
 * @example
 * ```ts
 * import { defineModel, runModel } from "@dpm/core";
 *
 * // The boutique's next quarters: traffic grows, sales follow conversion and basket size.
 * const boutique = defineModel({
 *   start: "2025-Q1",
 *   periods: 3,
 *   nodes: {
 *     previousTraffic: { input: 40_000, unit: "visits" },
 *     growth: { input: 0.05 },
 *     conversion: { input: 0.025 },
 *     aov: { input: 62, unit: "EUR" },
 *     lastTraffic: { lag: "traffic", initial: "previousTraffic" },
 *     traffic: { formula: "lastTraffic * (1 + growth)", unit: "visits" },
 *     onlineSales: { formula: "traffic * conversion * aov", unit: "EUR" },
 *   },
 * });
 * runModel(boutique).value("onlineSales", 0); // => 65100 (42,000 visits × 2.5% × 62)
 * ```
 *
 * @category Model
 */
export function defineModel<const Nodes extends Record<string, NodeDefinition>>(
  definition: ModelDefinition<Nodes> & { readonly nodes: CheckedNodes<Nodes> },
): Model<keyof Nodes & string, InputNames<Nodes>> {
  return makeModel(compileModel(definition, "defineModel"));
}
