import type { RandomMixing } from "./Network.js";
import { assertCount } from "../engine/validate.js";

/**
 * Random (homogeneous) mixing of `size` agents: the interaction structure of the classic Bass and
 * SIR models, where each agent's contacts are a uniform sample of the population.
 *
 * @param size - number of agents
 * @returns the interaction descriptor (nothing stored per agent)
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` for a negative or fractional size
 *
 * @example
 * ```ts
 * import { randomMixing } from "@dpm/agents";
 *
 * randomMixing(1000).kind; // => "mixing"
 * ```
 *
 * @category Networks
 */
export function randomMixing(size: number): RandomMixing {
  assertCount(size, "size", "randomMixing");
  return Object.freeze({ kind: "mixing" as const, name: "random-mixing" as const, size });
}
