import { DpmError, type Model } from "@dpm/core";

/** @internal Throws unless `model` looks like a model made by `defineModel` or `modelFromJson`. */
export function assertModel(model: unknown, fn: string): asserts model is Model {
  const m = model as Partial<Model> | null;
  if (typeof m !== "object" || m === null || !Array.isArray(m.inputNames) || !Array.isArray(m.nodeNames) || !Number.isInteger(m.periods) || (m.periods as number) < 1) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: expected a model made by defineModel or modelFromJson (with nodeNames, inputNames and periods).`, { path: "model" });
  }
}
