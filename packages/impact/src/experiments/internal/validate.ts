import { DpmError, toFiniteArray } from "@dpm/core";

/** @internal Conversion counts of one group. */
export interface Counts {
  readonly n: number;
  readonly conversions: number;
}

/** @internal Sufficient statistics of one group of per-unit values. */
export interface Summary {
  readonly n: number;
  readonly mean: number;
  /** Sample variance (divisor n − 1). */
  readonly variance: number;
}

/** @internal Throws unless `alpha` is a number strictly between 0 and 1. */
export function checkAlpha(alpha: unknown, fn: string, name = "alpha"): number {
  if (typeof alpha !== "number" || !(alpha > 0 && alpha < 1)) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: ${name} must be a probability strictly between 0 and 1 (e.g. 0.05), got ${String(alpha)}.`, {
      path: `options.${name}`,
      details: { value: alpha },
    });
  }
  return alpha;
}

/** @internal Throws unless `value` is one of `allowed`. */
export function checkChoice<T extends string>(value: unknown, allowed: readonly T[], fn: string, name: string): T {
  if (typeof value !== "string" || !(allowed as readonly string[]).includes(value)) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: ${name} must be one of ${allowed.map((a) => `"${a}"`).join(", ")}, got ${JSON.stringify(value)}.`, {
      path: `options.${name}`,
    });
  }
  return value as T;
}

/** @internal Throws unless `value` is a finite number in (min, max) (open) or [min, max] when `closed`. */
export function checkNumber(value: unknown, fn: string, name: string, min: number, max: number, must: string): number {
  if (typeof value !== "number" || !Number.isFinite(value) || value < min || value > max) {
    throw new DpmError(Number.isNaN(value) || value === Infinity || value === -Infinity ? "NON_FINITE" : "INVALID_ARGUMENT", `${fn}: ${name} must be ${must}, got ${String(value)}.`, {
      path: name,
      details: { value },
    });
  }
  return value;
}

/** @internal Throws unless `value` is a positive integer. */
export function checkPositiveInteger(value: unknown, fn: string, name: string, max = Number.MAX_SAFE_INTEGER): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < 1 || value > max) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: ${name} must be a whole number between 1 and ${max}, got ${String(value)}.`, {
      path: name,
      details: { value },
    });
  }
  return value;
}

/** @internal Reads `{ n, conversions }`: non-negative whole numbers, conversions ≤ n, n ≥ 1. */
export function readCounts(group: unknown, fn: string, name: string): Counts {
  if (typeof group !== "object" || group === null) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: ${name} must be an object { n, conversions }, e.g. { n: 1000, conversions: 50 }.`, { path: name });
  }
  const { n, conversions } = group as { n?: unknown; conversions?: unknown };
  for (const [key, v] of [["n", n], ["conversions", conversions]] as const) {
    if (typeof v !== "number" || !Number.isFinite(v)) {
      throw new DpmError(typeof v === "number" ? "NON_FINITE" : "INVALID_ARGUMENT", `${fn}: ${name}.${key} must be a finite whole number, got ${String(v)}.`, { path: `${name}.${key}` });
    }
    if (v < 0) throw new DpmError("INVALID_ARGUMENT", `${fn}: ${name}.${key} is negative (${v}); counts are ≥ 0.`, { path: `${name}.${key}`, details: { value: v } });
    if (!Number.isInteger(v)) throw new DpmError("INVALID_ARGUMENT", `${fn}: ${name}.${key} must be a whole number, got ${v}.`, { path: `${name}.${key}` });
  }
  const nn = n as number;
  const c = conversions as number;
  if (nn === 0) throw new DpmError("EMPTY", `${fn}: ${name}.n is 0; a group needs at least one visitor.`, { path: `${name}.n` });
  if (c > nn) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: ${name}.conversions (${c}) exceeds ${name}.n (${nn}); count each visitor at most once.`, {
      path: `${name}.conversions`,
      details: { n: nn, conversions: c },
    });
  }
  return { n: nn, conversions: c };
}

/** @internal Reads an array of per-unit values (at least two) or a summary `{ n, mean, variance }`. */
export function readSummary(group: unknown, fn: string, name: string): Summary {
  if (typeof group === "object" && group !== null && !Array.isArray(group) && !ArrayBuffer.isView(group)) {
    const { n, mean, variance } = group as { n?: unknown; mean?: unknown; variance?: unknown };
    if (typeof n !== "number" || !Number.isInteger(n) || n < 2) {
      throw new DpmError(typeof n === "number" && n >= 0 ? "TOO_SHORT" : "INVALID_ARGUMENT", `${fn}: ${name}.n must be a whole number ≥ 2 (a variance needs two units), got ${String(n)}.`, { path: `${name}.n` });
    }
    checkNumber(mean, fn, `${name}.mean`, -Number.MAX_VALUE, Number.MAX_VALUE, "a finite number");
    checkNumber(variance, fn, `${name}.variance`, 0, Number.MAX_VALUE, "a finite number ≥ 0 (the sample variance)");
    return { n, mean: mean as number, variance: variance as number };
  }
  const values = toFiniteArray(group, name, fn, { minLength: 2 });
  return summarize(values);
}

/** @internal Mean and sample variance (two-pass, for accuracy). */
export function summarize(values: Float64Array): Summary {
  const n = values.length;
  let s = 0;
  for (let i = 0; i < n; i++) s += values[i] as number;
  const mean = s / n;
  let ss = 0;
  let c = 0;
  for (let i = 0; i < n; i++) {
    const d = (values[i] as number) - mean;
    ss += d * d;
    c += d;
  }
  return { n, mean, variance: Math.max(0, (ss - (c * c) / n) / (n - 1)) };
}

/** @internal Reads a numeric array of at least `minLength` values. */
export function readValues(values: unknown, fn: string, name: string, minLength = 2): Float64Array {
  return toFiniteArray(values, name, fn, { minLength });
}

/** @internal The p-value of a z (or t via `cdf`) statistic for the alternative. */
export function pFromCdf(lowerTail: number, upperTail: number, alternative: Alternative): number {
  if (alternative === "greater") return upperTail;
  if (alternative === "less") return lowerTail;
  return Math.min(1, 2 * Math.min(lowerTail, upperTail));
}

/**
 * The alternative hypothesis about treatment − control: `"two-sided"` (≠ 0), `"greater"` (> 0) or
 * `"less"` (< 0).
 *
 * @category Experiments
 */
export type Alternative = "two-sided" | "greater" | "less";

export const ALTERNATIVES: readonly Alternative[] = ["two-sided", "greater", "less"];
