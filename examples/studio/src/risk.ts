import { modelFromJson } from "@dpm/core";
import { compareSimulations, type DistributionJson, distributionFromJson, type InputSpec, summarize } from "@dpm/montecarlo";
import { asDefinition, type SheetModel } from "./bakery.js";

/** A named what-if: input values that replace the sheet's for that scenario. */
export interface Scenario {
  readonly name: string;
  readonly overrides: Readonly<Record<string, number>>;
}

/** Everything a Monte Carlo run needs; plain JSON so it can be posted to the worker. */
export interface RiskRequest {
  readonly model: SheetModel;
  /** Uncertain inputs; the others keep their sheet values. */
  readonly distributions: Readonly<Record<string, DistributionJson>>;
  readonly iterations: number;
  readonly seed: string;
  /** Saved scenarios, compared with the current sheet using common random numbers. */
  readonly scenarios: readonly Scenario[];
  readonly output: string;
}

/** One scenario's outcome distribution. */
export interface ScenarioOutcome {
  readonly name: string;
  readonly mean: number;
  readonly sd: number;
  readonly standardError: number;
  readonly p5: number;
  readonly p50: number;
  readonly p95: number;
  readonly probabilityOfLoss: number;
  readonly valueAtRisk95: number;
  readonly conditionalValueAtRisk95: number;
  /** Mean difference against the current sheet, same random numbers in both. */
  readonly versusCurrent: number;
  readonly versusCurrentStandardError: number;
}

export interface RiskResult {
  readonly iterations: number;
  readonly current: ScenarioOutcome;
  readonly scenarios: readonly ScenarioOutcome[];
  readonly histogram: { readonly edges: readonly number[]; readonly counts: readonly number[] };
  readonly seconds: number;
}

/** Iterations per batch: the worker reports progress after each. */
export const BATCH = 2_000;
/** Largest run the studio accepts (the worker keeps every sample for the histogram and VaR). */
export const MAX_ITERATIONS = 1_000_000;
export const CURRENT = "Current sheet";

/**
 * Runs the Monte Carlo in batches of {@link BATCH} iterations (batch b seeded `seed/b`, Latin
 * hypercube within each), every scenario on the same draws (common random numbers), and
 * summarises the pooled samples. Deterministic: the same request gives the same numbers in the
 * browser's worker and in Node.
 * @param request - model, distributions, iterations, seed, scenarios
 * @param onBatch - called after each batch with the iterations done; return false to stop early
 */
export function runRisk(request: RiskRequest, onBatch?: (done: number, total: number) => boolean | void): RiskResult | null {
  const started = performance.now();
  if (!Number.isInteger(request.iterations) || request.iterations < 100 || request.iterations > MAX_ITERATIONS) {
    throw new RangeError(`iterations must be a whole number from 100 to ${MAX_ITERATIONS.toLocaleString("en")}, got ${request.iterations}`);
  }
  const model = modelFromJson(asDefinition(request.model));
  const inputs: Record<string, InputSpec> = {};
  for (const [name, json] of Object.entries(request.distributions)) inputs[name] = distributionFromJson(json);
  const names = [CURRENT, ...request.scenarios.map((s) => s.name)];
  const scenarios: Record<string, { overrides?: Record<string, number> }> = { [CURRENT]: {} };
  for (const s of request.scenarios) scenarios[s.name] = { overrides: { ...s.overrides } };
  const pooled = names.map(() => new Float64Array(request.iterations));
  for (let done = 0, b = 0; done < request.iterations; b++) {
    const n = Math.min(BATCH, request.iterations - done);
    const run = compareSimulations(model, { inputs, iterations: n, seed: `${request.seed}/${b}`, sampling: "lhs", outputs: [request.output], keepSamples: true, scenarios, baseline: CURRENT });
    names.forEach((s, k) => (pooled[k] as Float64Array).set(run.result(s).samples(request.output), done));
    done += n;
    if (onBatch?.(done, request.iterations) === false) return null;
  }
  const base = pooled[0] as Float64Array;
  const outcome = (name: string, xs: Float64Array): ScenarioOutcome => {
    const s = summarize(xs, { riskLevels: [0.95], percentiles: [0.05, 0.5, 0.95] });
    const diff = new Float64Array(xs.length);
    for (let i = 0; i < xs.length; i++) diff[i] = (xs[i] as number) - (base[i] as number);
    const d = summarize(diff, {});
    return {
      name,
      mean: s.mean,
      sd: s.sd,
      standardError: s.standardError,
      p5: s.percentile(0.05),
      p50: s.percentile(0.5),
      p95: s.percentile(0.95),
      probabilityOfLoss: s.probabilityBelow(0),
      valueAtRisk95: s.valueAtRisk(0.95),
      conditionalValueAtRisk95: s.conditionalValueAtRisk(0.95),
      versusCurrent: d.mean,
      versusCurrentStandardError: d.standardError,
    };
  };
  const histogram = summarize(base, {}).histogramWith(40);
  return {
    iterations: request.iterations,
    current: outcome(CURRENT, base),
    scenarios: names.slice(1).map((n, k) => outcome(n, pooled[k + 1] as Float64Array)),
    histogram: { edges: [...histogram.edges], counts: [...histogram.counts] },
    seconds: (performance.now() - started) / 1000,
  };
}
