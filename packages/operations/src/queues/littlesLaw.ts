import { DpmError } from "@dpm/core";
import { checkNonNegative, requireOptions } from "../internal/check.js";

/**
 * The three quantities of Little's law, L = λ·W; give any two to {@link littlesLaw}.
 *
 * @category Queues
 */
export interface LittlesLawValues {
  /** Mean number in the system (or in the queue), L. */
  readonly number?: number;
  /** Arrival (throughput) rate, λ. */
  readonly arrivalRate?: number;
  /** Mean time in the system (or in the queue), W. */
  readonly time?: number;
}

/**
 * Little's law, L = λ·W: from any two of the mean number in the system, the arrival rate and the
 * mean time in the system, the third. Holds for any stable system, whatever the distributions.
 *
 * @param values - exactly two of `number`, `arrivalRate`, `time`
 * @returns all three
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` unless exactly two non-negative values are given
 *
 * @example
 * ```ts
 * import { littlesLaw } from "@dpm/operations";
 *
 * // 40 customers an hour staying 12 minutes on average: 8 in the café at any time.
 * littlesLaw({ arrivalRate: 40, time: 0.2 }).number; // => 8
 * ```
 *
 * @category Queues
 */
export function littlesLaw(values: LittlesLawValues): Required<LittlesLawValues> {
  const fn = "littlesLaw";
  const v = requireOptions(values, fn, "{ arrivalRate: 40, time: 0.2 }");
  const known = ["number", "arrivalRate", "time"] as const;
  for (const key of Object.keys(v)) {
    if (!(known as readonly string[]).includes(key)) {
      throw new DpmError("INVALID_ARGUMENT", `${fn}: unknown key "${key}"; give two of number, arrivalRate, time.`, { path: key });
    }
  }
  const given = known.filter((k) => v[k] !== undefined);
  if (given.length !== 2) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: give exactly two of number, arrivalRate and time (got ${given.length}: ${given.join(", ") || "none"}).`, { path: "values" });
  }
  const L = v.number === undefined ? undefined : checkNonNegative(v.number, "number", fn);
  const lambda = v.arrivalRate === undefined ? undefined : checkNonNegative(v.arrivalRate, "arrivalRate", fn);
  const W = v.time === undefined ? undefined : checkNonNegative(v.time, "time", fn);
  if (L === undefined) return { number: (lambda as number) * (W as number), arrivalRate: lambda as number, time: W as number };
  if (lambda === undefined) {
    if (W === 0) throw new DpmError("INVALID_ARGUMENT", `${fn}: time is 0, so the arrival rate is undetermined; give arrivalRate instead.`, { path: "time" });
    return { number: L, arrivalRate: L / (W as number), time: W as number };
  }
  if (lambda === 0) throw new DpmError("INVALID_ARGUMENT", `${fn}: arrivalRate is 0, so the time in system is undetermined; give time instead.`, { path: "arrivalRate" });
  return { number: L, arrivalRate: lambda, time: L / lambda };
}
