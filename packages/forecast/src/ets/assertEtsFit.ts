import { DpmError } from "@dpm/core";
import type { EtsFit } from "./EtsFit.js";
import type { EtsSpec } from "./EtsSpec.js";

// Fits can be hand-built or deserialised (JSON, a worker message): check every field the
// forecasting code reads, so a bad one is a DpmError naming it, never a TypeError or a silent NaN.

function bad(fn: string, path: string, what: string): DpmError {
  return new DpmError("INVALID_ARGUMENT", `${fn}: ${path} must be ${what}; pass a model returned by fitEts (or autoForecast's model).`, { path });
}

/** @internal A model spec `{ error: "A"|"M", trend: "N"|"A"|"M", damped, season: "N"|"A"|"M" }`. */
export function assertEtsSpec(spec: unknown, fn: string, path = "spec"): asserts spec is EtsSpec {
  const s = spec as EtsSpec;
  if (typeof spec !== "object" || spec === null) throw bad(fn, path, "an ETS spec { error, trend, damped, season }");
  if (s.error !== "A" && s.error !== "M") throw bad(fn, `${path}.error`, '"A" or "M"');
  if (s.trend !== "N" && s.trend !== "A" && s.trend !== "M") throw bad(fn, `${path}.trend`, '"N", "A" or "M"');
  if (s.season !== "N" && s.season !== "A" && s.season !== "M") throw bad(fn, `${path}.season`, '"N", "A" or "M"');
  if (typeof s.damped !== "boolean") throw bad(fn, `${path}.damped`, "true or false");
}

const finite = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);

/** @internal An ETS fit whose spec, parameters, states and in-sample arrays are consistent. */
export function assertEtsFit(fit: unknown, fn: string): asserts fit is EtsFit {
  const f = fit as EtsFit;
  if (typeof fit !== "object" || fit === null || typeof f.method !== "string") throw bad(fn, "fit", "a model returned by fitEts");
  assertEtsSpec(f.spec, fn, "fit.spec");
  if (!Number.isSafeInteger(f.period) || f.period < 1) throw bad(fn, "fit.period", "an integer ≥ 1");
  if (!Number.isSafeInteger(f.n) || f.n < 1) throw bad(fn, "fit.n", "an integer ≥ 1");
  if (!Number.isSafeInteger(f.parameterCount) || f.parameterCount < 0) throw bad(fn, "fit.parameterCount", "an integer ≥ 0");
  const p = f.parameters;
  if (typeof p !== "object" || p === null || !finite(p.alpha)) throw bad(fn, "fit.parameters", "{ alpha, beta, gamma, phi } with a finite alpha");
  for (const key of ["beta", "gamma", "phi"] as const) {
    if (p[key] !== null && !finite(p[key])) throw bad(fn, `fit.parameters.${key}`, "a finite number or null");
  }
  if (!Array.isArray(f.stateNames) || f.stateNames.length < 1 || !f.stateNames.every((s) => typeof s === "string")) {
    throw bad(fn, "fit.stateNames", "an array of state names");
  }
  const width = f.stateNames.length;
  if (!(f.states instanceof Float64Array) || f.states.length < (f.n + 1) * width) throw bad(fn, "fit.states", `a Float64Array of (n + 1) × ${width} states`);
  for (let i = f.n * width; i < (f.n + 1) * width; i++) if (!finite(f.states[i])) throw bad(fn, "fit.states", "finite in its last row");
  if (!finite(f.sigma2) || f.sigma2 < 0) throw bad(fn, "fit.sigma2", "a finite number ≥ 0");
  for (const key of ["fitted", "residuals"] as const) {
    const a = f[key];
    if (!(a instanceof Float64Array) || a.length !== f.n || !a.every(Number.isFinite)) throw bad(fn, `fit.${key}`, `a Float64Array of ${f.n} finite values`);
  }
  for (const key of ["loglik", "aic", "aicc", "bic", "mse"] as const) {
    if (typeof f[key] !== "number" || Number.isNaN(f[key])) throw bad(fn, `fit.${key}`, "a number");
  }
  if (f.next !== null && (typeof f.next !== "object" || typeof f.next.freq !== "string" || !Number.isSafeInteger(f.next.ordinal))) {
    throw bad(fn, "fit.next", "a Period or null");
  }
}
