import { checkOptions } from "@dpm/core";
import { checkInteger, checkNonNegative, requireOptions } from "../internal/check.js";

/**
 * Erlang B kernel: blocking probability of M/M/c/c with offered load `a` (erlangs), by the stable
 * recursion B(0) = 1, B(k) = a·B(k−1) / (k + a·B(k−1)). Never overflows, for c in the thousands.
 * @internal
 */
export function erlangBKernel(servers: number, load: number): number {
  let b = 1;
  for (let k = 1; k <= servers; k++) b = (load * b) / (k + load * b);
  return b;
}

/**
 * Options for {@link erlangB}.
 *
 * @category Queues
 */
export interface ErlangBOptions {
  /** Number of servers (lines, agents, tables). */
  readonly servers: number;
}

/**
 * Erlang B: the share of arrivals turned away by an M/M/c/c system (no waiting room) — lost
 * calls, full car parks, every table taken.
 *
 * @param load - offered load in erlangs: arrival rate × mean service time (≥ 0)
 * @param options - `servers`
 * @returns the blocking probability
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` for a negative load or a non-integer server count
 *
 * @example
 * ```ts
 * import { erlangB } from "@dpm/operations";
 *
 * // 2 erlangs offered to 3 lines: 21 % of callers get a busy tone.
 * Number(erlangB(2, { servers: 3 }).toFixed(4)); // => 0.2105
 * ```
 *
 * @category Queues
 */
export function erlangB(load: number, options: ErlangBOptions): number {
  const fn = "erlangB";
  const o = checkOptions(requireOptions(options, fn, "{ servers: 3 }"), ["servers"], fn, "{ servers: 3 }");
  checkNonNegative(load, "load", fn);
  const c = checkInteger(o.servers, "servers", fn, 0, 1_000_000);
  return erlangBKernel(c, load);
}
