import { DpmError } from "@dpm/core";

/**
 * @internal Throws unless `value` is a probability in [0, 1].
 */
export function assertProbability(value: unknown, name: string, fn: string): asserts value is number {
  if (typeof value !== "number" || !(value >= 0 && value <= 1)) {
    throw new DpmError(
      "INVALID_ARGUMENT",
      `${fn}: ${name} must be a probability in [0, 1], got ${describe(value)}. Express rates per step as fractions (3% → 0.03).`,
      { path: name, details: { value } },
    );
  }
}

/**
 * @internal Throws unless `value` is a whole number of agents/steps within [min, max].
 */
export function assertCount(value: unknown, name: string, fn: string, min = 0, max = 2 ** 31 - 1): asserts value is number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max) {
    const range = max === 2 ** 31 - 1 ? `≥ ${min}` : `between ${min} and ${max}`;
    throw new DpmError("INVALID_ARGUMENT", `${fn}: ${name} must be a whole number ${range}, got ${describe(value)}.`, {
      path: name,
      details: { value },
    });
  }
}

/**
 * @internal Throws unless `value` is a finite number.
 */
export function assertNumber(value: unknown, name: string, fn: string): asserts value is number {
  if (typeof value !== "number" || !Number.isFinite(value)) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: ${name} must be a finite number, got ${describe(value)}.`, {
      path: name,
      details: { value },
    });
  }
}

/**
 * @internal Throws unless `value` is a plain object (an options bag).
 */
export function assertObject(value: unknown, name: string, fn: string): asserts value is Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: ${name} must be an options object, got ${describe(value)}.`, { path: name });
  }
}

/** @internal Short description of a value for messages. */
export function describe(value: unknown): string {
  if (typeof value === "number") return Number.isNaN(value) ? "NaN" : String(value);
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? `${value.slice(0, 37)}...` : value);
  if (value === null) return "null";
  if (Array.isArray(value)) return `an array of length ${value.length}`;
  return typeof value === "object" ? "an object" : typeof value;
}
