import { DpmError, normalCdf, normalQuantile, studentTQuantile } from "@dpm/core";
import { noncentralTCdf } from "../internal/distributions.js";
import { findRoot } from "../internal/findRoot.js";
import { checkAlpha, checkChoice, checkNumber } from "../internal/validate.js";

/** @internal Shared planning settings after validation. */
export interface PlanSettings {
  readonly alpha: number;
  readonly sided: 1 | 2;
  /** nTreatment / nControl. */
  readonly ratio: number;
}

/** @internal Reads alpha, sided, ratio. */
export function readPlanSettings(o: { alpha?: number; sided?: 1 | 2; ratio?: number }, fn: string): PlanSettings {
  const alpha = checkAlpha(o.alpha ?? 0.05, fn);
  const sided = o.sided ?? 2;
  if (sided !== 1 && sided !== 2) throw new DpmError("INVALID_ARGUMENT", `${fn}: sided must be 1 or 2, got ${String(sided)}.`, { path: "options.sided" });
  const ratio = checkNumber(o.ratio ?? 1, fn, "options.ratio", 1e-6, 1e6, "a positive allocation ratio nTreatment / nControl (e.g. 1 for 50/50, 2 for 1:2)");
  if (ratio <= 0) throw new DpmError("INVALID_ARGUMENT", `${fn}: options.ratio must be > 0.`, { path: "options.ratio" });
  return { alpha, sided, ratio };
}

/** @internal Reads a target power in (0, 1), which must exceed the false-positive rate. */
export function readPower(power: unknown, alpha: number, fn: string): number {
  const p = checkAlpha(power ?? 0.8, fn, "power");
  if (p <= alpha) throw new DpmError("INVALID_ARGUMENT", `${fn}: power (${p}) must exceed alpha (${alpha}); typical values are 0.8 or 0.9.`, { path: "options.power" });
  return p;
}

/** @internal Reads a probability strictly inside (0, 1). */
export function readRate(p: unknown, fn: string, name: string): number {
  return checkNumber(p, fn, name, Number.MIN_VALUE, 1 - Number.EPSILON / 2, "a conversion rate strictly between 0 and 1 (e.g. 0.05 for 5 %)");
}

export type ProportionMethod = "normal" | "arcsine";

/** @internal Power of the two-proportion test with nControl = n, nTreatment = ratio · n. */
export function proportionPower(p1: number, p2: number, n: number, s: PlanSettings, method: ProportionMethod): number {
  const nc = n;
  const nt = s.ratio * n;
  if (method === "arcsine") {
    const h = Math.abs(2 * Math.asin(Math.sqrt(p2)) - 2 * Math.asin(Math.sqrt(p1)));
    const z = normalQuantile(1 - s.alpha / s.sided);
    const shift = h * Math.sqrt((nc * nt) / (nc + nt));
    return s.sided === 2 ? normalCdf(shift - z) + normalCdf(-shift - z) : normalCdf(shift - z);
  }
  const pbar = (p1 * nc + p2 * nt) / (nc + nt);
  const z = normalQuantile(1 - s.alpha / s.sided);
  const num = Math.abs(p1 - p2) - z * Math.sqrt(pbar * (1 - pbar) * (1 / nc + 1 / nt));
  return normalCdf(num / Math.sqrt((p1 * (1 - p1)) / nc + (p2 * (1 - p2)) / nt));
}

/** @internal Continuous nControl reaching `power` (closed form for the normal method). */
export function proportionSampleSize(p1: number, p2: number, power: number, s: PlanSettings, method: ProportionMethod): number {
  if (method === "normal") {
    const k = s.ratio;
    const pbar = (p1 + k * p2) / (1 + k);
    const za = normalQuantile(1 - s.alpha / s.sided);
    const zb = normalQuantile(power);
    const root = za * Math.sqrt(pbar * (1 - pbar) * (1 + 1 / k)) + zb * Math.sqrt(p1 * (1 - p1) + (p2 * (1 - p2)) / k);
    return (root / (p1 - p2)) ** 2;
  }
  return solveN((n) => proportionPower(p1, p2, n, s, method) - power, 1e-3);
}

/** @internal Power of the two-sample t-test (noncentral t), as R's power.t.test / pwr.t2n.test. */
export function meanPower(effect: number, n: number, s: PlanSettings, strict: boolean): number {
  const nc = n;
  const nt = s.ratio * n;
  const df = nc + nt - 2;
  const ncp = Math.abs(effect) / Math.sqrt(1 / nc + 1 / nt);
  const q = studentTQuantile(1 - s.alpha / s.sided, df);
  const upper = noncentralTCdf(q, df, ncp, false);
  return strict && s.sided === 2 ? upper + noncentralTCdf(-q, df, ncp, true) : upper;
}

/** @internal The smallest continuous n ≥ lower with f(n) ≥ 0, for f increasing in n. */
export function solveN(f: (n: number) => number, lower: number): number {
  let hi = Math.max(2 * lower, 4);
  while (f(hi) < 0) {
    hi *= 4;
    if (hi > 1e13) throw new DpmError("NO_SOLUTION", "the required sample size exceeds 10¹³ per group; the effect is too small to detect.", { details: { limit: 1e13 } });
  }
  return findRoot(f, lower, hi, 1e-10 * hi);
}

/** @internal Throws the "power already reached" error. */
export function powerAlreadyReached(fn: string, minimum: number): never {
  throw new DpmError("INVALID_ARGUMENT", `${fn}: the target power is already reached with ${minimum === 1 ? "n = 1" : `n = ${minimum}`} per group, so there is nothing to plan — check that the effect is stated in the metric's unit (e.g. 0.01 for one percentage point, not 1).`, {
    details: { minimum },
  });
}

/** @internal Reads the proportion method option. */
export function readMethod(m: unknown, fn: string): ProportionMethod {
  return checkChoice(m ?? "normal", ["normal", "arcsine"], fn, "method");
}
