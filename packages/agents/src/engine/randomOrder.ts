import type { Rng } from "@dpm/core";
import { DpmError } from "@dpm/core";
import { assertCount, MAX_AGENTS } from "./validate.js";

/**
 * The random-activation scheduler: a fresh uniformly random order of agents `0 … n−1`
 * (Fisher–Yates), written into `out` so a run reuses one buffer for every step.
 *
 * @param n - number of agents
 * @param rng - the random stream
 * @param out - optional buffer of length ≥ n to fill (no allocation when given)
 * @returns the order (the first n entries of `out` when given)
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` for a bad n (up to {@link MAX_AGENTS}), an rng that is
 *   not from `createRng`, or a too-short buffer
 *
 * @example
 * ```ts
 * import { createRng } from "@dpm/core";
 * import { randomOrder } from "@dpm/agents";
 *
 * const order = randomOrder(5, createRng(1));
 * Array.from(order).sort(); // => [0, 1, 2, 3, 4]
 * ```
 *
 * @category Engine
 */
export function randomOrder(n: number, rng: Rng, out?: Uint32Array): Uint32Array {
  assertCount(n, "n", "randomOrder", 0, MAX_AGENTS);
  if (typeof rng !== "object" || rng === null || typeof rng.next !== "function") {
    throw new DpmError("INVALID_ARGUMENT", "randomOrder: rng must be a random stream from createRng(seed) (from @dpm/core).", { path: "rng" });
  }
  if (out !== undefined && (!(out instanceof Uint32Array) || out.length < n)) {
    throw new DpmError("INVALID_ARGUMENT", `randomOrder: out must be a Uint32Array of length ≥ ${n}.`, { path: "out" });
  }
  const order = out === undefined ? new Uint32Array(n) : out;
  shuffleInto(order, n, rng.next);
  return out === undefined ? order : order.subarray(0, n);
}

/** @internal Fills order[0..n) with a random permutation. */
export function shuffleInto(order: Uint32Array, n: number, next: () => number): void {
  for (let i = 0; i < n; i++) order[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    const t = order[i] as number;
    order[i] = order[j] as number;
    order[j] = t;
  }
}
