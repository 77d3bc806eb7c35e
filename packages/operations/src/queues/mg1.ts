import { checkOptions, DpmError } from "@dpm/core";
import { checkNonNegative, checkPositive, requireOptions } from "../internal/check.js";

/**
 * Options for {@link mg1}.
 *
 * @category Queues
 */
export interface Mg1Options {
  /** Mean service time. */
  readonly serviceTime: number;
  /** Standard deviation of the service time (0 = deterministic, = serviceTime for exponential). */
  readonly serviceSd: number;
}

/**
 * Steady state of an M/G/1 queue.
 *
 * @category Queues
 */
export interface Mg1Metrics {
  readonly utilisation: number;
  /** Mean wait in queue (Pollaczek–Khinchine). */
  readonly meanWait: number;
  /** Mean number waiting. */
  readonly meanQueueLength: number;
  /** Mean time in system (wait + service). */
  readonly meanSojourn: number;
  /** Mean number in system. */
  readonly meanInSystem: number;
}

/**
 * The M/G/1 queue by the Pollaczek–Khinchine formula: Wq = λ·E[S²] / (2(1 − ρ)), with any
 * service-time distribution given by its mean and standard deviation. Variability costs waiting:
 * deterministic service halves the M/M/1 wait.
 *
 * @param arrivalRate - arrivals per time unit (≥ 0)
 * @param options - `serviceTime` (mean) and `serviceSd`
 * @returns the {@link Mg1Metrics}
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` when ρ = λ·serviceTime ≥ 1 (saying by how much), or for negative inputs
 *
 * @example
 * ```ts
 * import { mg1 } from "@dpm/operations";
 *
 * // An espresso machine: 50 shots an hour, 1 minute each exactly (ρ = 0.83).
 * const m = mg1(50 / 60, { serviceTime: 1, serviceSd: 0 });
 * Number(m.meanWait.toFixed(3)); // => 2.5 minutes
 * ```
 *
 * @category Queues
 */
export function mg1(arrivalRate: number, options: Mg1Options): Mg1Metrics {
  const fn = "mg1";
  const example = "{ serviceTime: 1, serviceSd: 0.5 }";
  const o = checkOptions(requireOptions(options, fn, example), ["serviceTime", "serviceSd"], fn, example);
  const lambda = checkNonNegative(arrivalRate, "arrivalRate", fn);
  const s = checkPositive(o.serviceTime, "serviceTime", fn);
  if (o.serviceSd === undefined) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: options.serviceSd is required (0 for a fixed service time, serviceTime for exponential), e.g. ${example}.`, { path: "options.serviceSd" });
  }
  const sd = checkNonNegative(o.serviceSd, "serviceSd", fn);
  const rho = lambda * s;
  if (rho >= 1) {
    throw new DpmError(
      "INVALID_ARGUMENT",
      `${fn}: utilisation is ${rho.toFixed(3)} (arrival rate ${lambda} × service time ${s}), ${((rho - 1) * 100).toFixed(1)} % over capacity — a single server cannot keep up. ` +
        `Cut the service time below ${(1 / lambda).toPrecision(4)} or add servers (erlangC).`,
      { path: "arrivalRate", details: { utilisation: rho } },
    );
  }
  const meanWait = (lambda * (sd * sd + s * s)) / (2 * (1 - rho));
  return { utilisation: rho, meanWait, meanQueueLength: lambda * meanWait, meanSojourn: meanWait + s, meanInSystem: lambda * (meanWait + s) };
}
