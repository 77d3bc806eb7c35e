import { DpmError } from "@dpm/core";
import { assertCount } from "../engine/validate.js";
import { makeNetwork, type Network } from "./Network.js";

/**
 * The complete graph: every agent is connected to every other (degree n − 1).
 *
 * @param size - number of agents, at most 20,000 (n(n−1) stored neighbour entries)
 * @returns the network
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` for a bad size; use {@link randomMixing} for large populations
 *
 * @example
 * ```ts
 * import { completeGraph } from "@dpm/agents";
 *
 * const g = completeGraph(4);
 * g.edges; // => 6
 * g.degree(0); // => 3
 * ```
 *
 * @category Networks
 */
export function completeGraph(size: number): Network {
  assertCount(size, "size", "completeGraph");
  if (size > 20_000) {
    throw new DpmError("INVALID_ARGUMENT", `completeGraph: size ${size} would store ${size * (size - 1)} neighbour entries; use randomMixing(size) for large populations.`, {
      path: "size",
    });
  }
  const offsets = new Uint32Array(size + 1);
  const targets = new Uint32Array(size * Math.max(0, size - 1));
  let k = 0;
  for (let i = 0; i < size; i++) {
    offsets[i] = k;
    for (let j = 0; j < size; j++) if (j !== i) targets[k++] = j;
  }
  offsets[size] = k;
  return makeNetwork("complete", size, offsets, targets);
}
