import { assertEtsFit } from "./assertEtsFit.js";
import { checkOptions, DpmError, createRng, type Seed } from "@dpm/core";
import { assertInteger } from "@dpm/core";
import type { SamplePaths } from "../intervals/Forecast.js";
import { readHorizon, readOptions } from "../internal/input.js";
import type { EtsFit } from "./EtsFit.js";
import { codes } from "./fitEtsModel.js";
import { etsSimulate } from "./kernel/etsSimulate.js";

/**
 * Options for {@link simulateEts}.
 *
 * @category Exponential smoothing
 */
export interface SimulateEtsOptions {
  /** Steps per path (an integer ≥ 1). */
  readonly horizon: number;
  /** Number of paths (default 1000). */
  readonly paths?: number;
  /** Seed (default 42): the same seed gives the same paths on every platform. */
  readonly seed?: Seed;
}

/**
 * Simulates future sample paths from a fitted ETS model: each step draws a Gaussian innovation
 * with the model's variance and runs it through the model's own equations from the last state —
 * the draws a Monte Carlo simulation of the business can consume.
 *
 * @param fit - a model from {@link fitEts}
 * @param options - `horizon`, number of `paths`, `seed`
 * @returns the paths, row-major (see {@link SamplePaths})
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` for a bad horizon, path count or seed
 *
 * @example
 * ```ts
 * import { fitEts, simulateEts } from "@dpm/forecast";
 *
 * const fit = fitEts([20, 22, 21, 24, 23, 25, 27, 26, 28, 30], { model: "ANN" });
 * const paths = simulateEts(fit, { horizon: 4, paths: 500, seed: 1 });
 * paths.values.length; // => 2000
 * simulateEts(fit, { horizon: 4, paths: 500, seed: 1 }).values[7] === paths.values[7]; // => true
 * ```
 *
 * @category Exponential smoothing
 */
export function simulateEts(fit: EtsFit, options: SimulateEtsOptions): SamplePaths {
  checkOptions(options, ["horizon", "paths", "seed"], "simulateEts");
  const fn = "simulateEts";
  assertEtsFit(fit, fn);
  const opts = readOptions(options, fn);
  const horizon = readHorizon(opts.horizon, fn);
  const count = opts.paths ?? 1000;
  assertInteger(count, "options.paths", fn, 1, 10_000_000);
  const rng = createRng(opts.seed ?? 42);
  const [error, trend, season] = codes(fit.spec);
  const width = fit.stateNames.length;
  const x = fit.states.slice(fit.n * width, (fit.n + 1) * width);
  const normals = rng.fillNormal(new Float64Array(count * horizon));
  const values = etsSimulate(error, trend, season, fit.parameters.alpha, fit.parameters.beta ?? 0, fit.parameters.gamma ?? 0, fit.parameters.phi ?? 1, x, fit.period, Math.sqrt(Math.max(fit.sigma2, 0)), horizon, count, normals);
  return { count, horizon, values };
}
