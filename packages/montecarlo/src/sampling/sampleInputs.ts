import { assertInteger, checkOptions, DpmError } from "@dpm/core";
import { MAX_SAMPLE_VALUES } from "../random/UniformStream.js";
import { BLOCK, ChunkSampler } from "../simulate/sampleChunk.js";
import { buildSamplingPlan, type InputSpec, type SamplingOptions } from "../simulate/samplingPlan.js";

/**
 * Options of {@link sampleInputs}.
 *
 * @category Sampling
 */
export interface SampleInputsOptions extends SamplingOptions {
  /** Periods for inputs drawn per period (default 1). */
  readonly periods?: number;
}

/**
 * Draws named inputs exactly as `simulate` does — same streams, chunks, Latin hypercube strata
 * and correlation — without a model: for charts of the inputs, custom models, or checks.
 *
 * @param inputs - name → distribution (or `{ distribution, perPeriod: true }`)
 * @param options - iterations, seed, sampling, correlations, chunkSize, periods
 * @returns name → draws (`iterations` values; per-period inputs: `iterations × periods`,
 *   period-major)
 * @throws {@link @dpm/core!DpmError} like `simulate` (iterations ≤ 0, a correlation matrix that is not
 *   PSD, …), and `INVALID_ARGUMENT` when iterations × periods exceeds {@link MAX_SAMPLE_VALUES} (2^27)
 *
 * @example
 * ```ts
 * import { normal, sampleInputs, spearmanCorrelation, uniform } from "@dpm/montecarlo";
 *
 * const draws = sampleInputs(
 *   { demand: normal(500, 50), price: uniform(9, 11) },
 *   { iterations: 10_000, seed: 1, sampling: "lhs", correlations: { inputs: ["demand", "price"], matrix: [[1, -0.7], [-0.7, 1]] } },
 * );
 * draws.demand?.length; // => 10000
 * spearmanCorrelation(draws.demand ?? [], draws.price ?? []).toFixed(2); // => "-0.70"
 * ```
 *
 * @category Sampling
 */
export function sampleInputs(inputs: Readonly<Record<string, InputSpec>>, options: SampleInputsOptions): Record<string, Float64Array> {
  const fn = "sampleInputs";
  if (typeof options !== "object" || options === null) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: options must be an object with iterations, e.g. { iterations: 10000, seed: 1 }.`, { path: "options" });
  }
  checkOptions(options, ["iterations", "seed", "sampling", "correlations", "chunkSize", "periods"], fn, "{ iterations: 10000, seed: 1 }");
  const periods = options.periods ?? 1;
  assertInteger(periods, "periods", fn, 1, MAX_SAMPLE_VALUES);
  const iterations = options.iterations;
  if (typeof iterations === "number" && Number.isFinite(iterations) && iterations * periods > MAX_SAMPLE_VALUES) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: iterations × periods = ${iterations * periods} draws per input is over the limit of ${MAX_SAMPLE_VALUES}; use simulate (which streams) or fewer iterations.`, {
      path: "iterations",
      details: { limit: MAX_SAMPLE_VALUES },
    });
  }
  const plan = buildSamplingPlan(inputs, options, periods, fn);
  const N = plan.iterations;
  const out = plan.inputs.map((x) => new Float64Array(N * (x.perPeriod ? periods : 1)));
  const sampler = new ChunkSampler(plan);
  for (let c = 0; c < plan.chunks; c++) {
    const first = c * plan.chunkSize;
    const n = Math.min(plan.chunkSize, N - first);
    sampler.begin(c, n);
    for (let from = 0; from < n; from += BLOCK) {
      const to = Math.min(n, from + BLOCK);
      const m = to - from;
      const draws = sampler.block(from, to);
      plan.inputs.forEach((x, i) => {
        const d = draws[i] as Float64Array;
        for (let t = 0; t < (x.perPeriod ? periods : 1); t++) (out[i] as Float64Array).set(d.subarray(t * m, (t + 1) * m), t * N + first + from);
      });
    }
  }
  const result: Record<string, Float64Array> = {};
  plan.inputs.forEach((x, i) => Object.defineProperty(result, x.name, { value: out[i], enumerable: true, writable: true, configurable: true }));
  return result;
}
