import { DpmError } from "@dpm/core";
import { beta } from "./beta.js";
import { binomial } from "./binomial.js";
import { discrete } from "./discrete.js";
import type { ContinuousDistribution, Distribution } from "./Distribution.js";
import { empirical } from "./empirical.js";
import { exponential } from "./exponential.js";
import { gamma } from "./gamma.js";
import { lognormal } from "./lognormal.js";
import { normal } from "./normal.js";
import { pert } from "./pert.js";
import { poisson } from "./poisson.js";
import { triangular } from "./triangular.js";
import { truncate } from "./truncate.js";
import { uniform } from "./uniform.js";

/**
 * Rebuilds a distribution from its JSON (`toJSON()` output, or hand-written): how inputs travel
 * to worker threads and into saved scenario files. The same validation applies as in the
 * factories.
 *
 * @param json - e.g. `{ "type": "triangular", "min": 8, "mode": 10, "max": 13 }`
 * @returns the distribution
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` for an unknown type or `truncated` nested more than
 *   {@link MAX_DISTRIBUTION_DEPTH} (32) deep, and every error of the factory
 *
 * @example
 * ```ts
 * import { distributionFromJson, lognormal } from "@dpm/montecarlo";
 *
 * const cost = lognormal({ mean: 6, sd: 0.8 });
 * const copy = distributionFromJson(JSON.parse(JSON.stringify(cost)));
 * copy.quantile(0.9) === cost.quantile(0.9); // => true
 * distributionFromJson({ type: "uniform", min: 0, max: 4 }).mean; // => 2
 * ```
 *
 * @category Distributions
 */
export function distributionFromJson(json: unknown): Distribution {
  return readDistribution(json, 0);
}

/** How deep `truncated` distributions may nest in {@link distributionFromJson} (JSON may come from outside). */
export const MAX_DISTRIBUTION_DEPTH = 32;

function readDistribution(json: unknown, depth: number): Distribution {
  const fn = "distributionFromJson";
  if (depth > MAX_DISTRIBUTION_DEPTH) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: "truncated" distributions nest more than ${MAX_DISTRIBUTION_DEPTH} deep; truncate the base distribution once with both bounds instead.`, {
      path: "json.base",
      details: { maxDepth: MAX_DISTRIBUTION_DEPTH },
    });
  }
  if (typeof json !== "object" || json === null) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: expected an object with a "type", e.g. { "type": "normal", "mean": 0, "sd": 1 }.`, { path: "json" });
  }
  const j = json as Record<string, unknown>;
  const num = (k: string) => j[k] as number;
  switch (j.type) {
    case "normal":
      return normal(num("mean"), num("sd"));
    case "lognormal":
      return "mu" in j ? lognormal({ mu: num("mu"), sigma: num("sigma") }) : lognormal({ mean: num("mean"), sd: num("sd") });
    case "triangular":
      return triangular(num("min"), num("mode"), num("max"));
    case "pert":
      return pert(num("min"), num("mode"), num("max"), j.lambda === undefined ? {} : { lambda: num("lambda") });
    case "uniform":
      return uniform(num("min"), num("max"));
    case "beta":
      return beta(num("alpha"), num("beta"), { min: (j.min as number | undefined) ?? 0, max: (j.max as number | undefined) ?? 1 });
    case "gamma":
      return j.rate !== undefined ? gamma(num("shape"), { rate: num("rate") }) : gamma(num("shape"), { scale: (j.scale as number | undefined) ?? 1 });
    case "exponential":
      return exponential(num("rate"));
    case "poisson":
      return poisson(num("lambda"));
    case "binomial":
      return binomial(num("n"), num("p"));
    case "discrete":
      return discrete(j.values as number[], j.weights as number[] | undefined);
    case "empirical":
      return empirical(j.data as number[], {
        smoothing: (j.smoothing as "none" | "kernel" | undefined) ?? "none",
        ...(j.bandwidth === undefined ? {} : { bandwidth: num("bandwidth") }),
      });
    case "truncated": {
      const base = readDistribution(j.base, depth + 1);
      return truncate(base as ContinuousDistribution, {
        ...(j.lower === undefined || j.lower === null ? {} : { lower: num("lower") }),
        ...(j.upper === undefined || j.upper === null ? {} : { upper: num("upper") }),
      });
    }
    default:
      throw new DpmError(
        "INVALID_ARGUMENT",
        `${fn}: unknown type ${JSON.stringify(j.type)}; use one of normal, lognormal, triangular, pert, uniform, beta, gamma, exponential, poisson, binomial, discrete, empirical, truncated.`,
        { path: "json.type" },
      );
  }
}
