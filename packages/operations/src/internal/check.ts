import { DpmError } from "@dpm/core";

// Shared argument checks: every message names the function, the argument, the bad value and
// what to write instead.

export function show(value: unknown): string {
  if (typeof value === "number") return Number.isNaN(value) ? "NaN" : String(value);
  if (value === undefined) return "undefined";
  if (value === null) return "null";
  if (Array.isArray(value)) return `an array of length ${value.length}`;
  if (typeof value === "object") return "an object";
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "bigint") return `the BigInt ${value}n (use a number)`;
  if (typeof value === "function") return "a function";
  if (typeof value === "symbol") return "a symbol";
  return String(value);
}

/** A finite number > 0 (or ≥ 0 when `allowZero`). */
export function checkPositive(value: unknown, name: string, fn: string, allowZero = false): number {
  if (typeof value !== "number") {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: ${name} must be a number, got ${show(value)}.`, { path: name });
  }
  if (!Number.isFinite(value)) {
    throw new DpmError("NON_FINITE", `${fn}: ${name} must be a finite number, got ${show(value)}.`, { path: name });
  }
  if (allowZero ? value < 0 : value <= 0) {
    throw new DpmError(
      "INVALID_ARGUMENT",
      `${fn}: ${name} must be ${allowZero ? "≥ 0" : "> 0"}, got ${value}; rates and times are ${allowZero ? "non-negative" : "positive"} — check the units and sign.`,
      { path: name, details: { value } },
    );
  }
  return value;
}

/** A finite number ≥ 0. */
export function checkNonNegative(value: unknown, name: string, fn: string): number {
  return checkPositive(value, name, fn, true);
}

/** A probability strictly between 0 and 1 (a service level, a critical fractile). */
export function checkProbability(value: unknown, name: string, fn: string): number {
  if (typeof value !== "number" || !Number.isFinite(value) || value <= 0 || value >= 1) {
    throw new DpmError(
      "INVALID_ARGUMENT",
      `${fn}: ${name} must be a probability strictly between 0 and 1 (e.g. 0.9 for 90 %), got ${show(value)}.`,
      { path: name, details: { value } },
    );
  }
  return value;
}

/** An integer in [min, max]. */
export function checkInteger(value: unknown, name: string, fn: string, min = 0, max = Number.MAX_SAFE_INTEGER): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? `≥ ${min}` : `between ${min} and ${max}`;
    throw new DpmError("INVALID_ARGUMENT", `${fn}: ${name} must be an integer ${range}, got ${show(value)}.`, {
      path: name,
      details: { value },
    });
  }
  return value;
}

/** Options present (an object) — `checkOptions` does unknown keys; this does "required". */
export function required<T>(value: T | undefined, name: string, fn: string, example: string): T {
  if (value === undefined) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: options.${name} is required, e.g. ${example}.`, { path: `options.${name}` });
  }
  return value;
}

/** Throws when options is missing entirely although some keys are required. */
export function requireOptions<T extends object>(options: T | undefined, fn: string, example: string): T {
  if (typeof options !== "object" || options === null || Array.isArray(options)) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: options must be an object such as ${example}, got ${show(options)}.`, {
      path: "options",
    });
  }
  return options;
}

/** A finite array of numbers copied into a Float64Array; `min` is the smallest allowed value. */
export function checkArray(values: unknown, name: string, fn: string, min = -Infinity): Float64Array {
  if (
    values === null ||
    typeof values !== "object" ||
    typeof (values as { length?: unknown }).length !== "number"
  ) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: ${name} must be an array of numbers, got ${show(values)}.`, { path: name });
  }
  const src = values as ArrayLike<unknown>;
  if (src.length === 0) throw new DpmError("EMPTY", `${fn}: ${name} is empty; pass at least one value.`, { path: name });
  const out = new Float64Array(src.length);
  for (let i = 0; i < src.length; i++) {
    const v = src[i];
    if (typeof v !== "number" || !Number.isFinite(v)) {
      throw new DpmError("NON_FINITE", `${fn}: ${name}[${i}] must be a finite number, got ${show(v)}.`, {
        path: `${name}[${i}]`,
        details: { index: i },
      });
    }
    if (v < min) {
      throw new DpmError("INVALID_ARGUMENT", `${fn}: ${name}[${i}] is ${v}; values must be ≥ ${min}.`, {
        path: `${name}[${i}]`,
        details: { index: i, value: v },
      });
    }
    out[i] = v;
  }
  return out;
}
