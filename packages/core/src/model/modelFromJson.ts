import { DpmError } from "../errors/DpmError.js";
import { compileModel } from "./compileModel.js";
import { makeModel, type Model } from "./Model.js";
import type { ModelDefinition } from "./ModelDefinition.js";

/**
 * Builds a model from JSON (a string or an already parsed value): the same shape as
 * {@link defineModel}, with formulas as strings. `nodes` may be an object keyed by name or an
 * array of `{ name, … }` entries (where a repeated name is reported as `DUPLICATE_NODE`).
 * Function nodes (`deps` + `compute`) cannot come from JSON. Formulas are parsed by `@dpm`'s own
 * parser: no `eval`, no property access, names only resolve to the model's nodes.
 *
 * @param json - the definition as JSON text or a parsed object
 * @returns the compiled model (node names are plain strings: they are only known at run time)
 * @throws {@link DpmError} `PARSE_ERROR` for malformed JSON or formulas, and every error of
 *   {@link defineModel}
 *
 * @example
 * ```ts
 * import { modelFromJson, runModel } from "@dpm/core";
 *
 * const model = modelFromJson(`{
 *   "start": "2025-01", "periods": 2,
 *   "nodes": {
 *     "orders": { "input": [100, 120] },
 *     "aov": { "input": 25 },
 *     "revenue": { "formula": "orders * aov" }
 *   }
 * }`);
 * runModel(model).value("revenue", 1); // => 3000
 * ```
 *
 * @category Model
 */
export function modelFromJson(json: string | unknown): Model {
  let value: unknown = json;
  if (typeof json === "string") {
    try {
      value = JSON.parse(json);
    } catch (error) {
      throw new DpmError("PARSE_ERROR", `modelFromJson: the text is not valid JSON (${(error as Error).message}).`, { path: "json", cause: error });
    }
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new DpmError("INVALID_ARGUMENT", "modelFromJson: expected an object with start, periods and nodes.", { path: "json" });
  }
  const nodes = (value as { nodes?: unknown }).nodes;
  const entries: [string, unknown][] = Array.isArray(nodes)
    ? nodes.map((node: unknown, i) => [`nodes[${i}]`, node])
    : Object.entries((nodes ?? {}) as object).map(([name, node]) => [`nodes.${name}`, node]);
  for (const [path, node] of entries) {
    if (typeof node === "object" && node !== null && ("deps" in node || "compute" in node)) {
      throw new DpmError("INVALID_ARGUMENT", `modelFromJson: ${path} is a function node, which JSON cannot carry; write it as a formula string.`, { path });
    }
  }
  return makeModel(compileModel(value as ModelDefinition, "modelFromJson"));
}
