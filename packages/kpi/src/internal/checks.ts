import { DpmError, assertFinite } from "@dpm/core";

/**
 * @internal Shared validators for the public wrappers. Every message starts with the public
 * function's name and names the argument, and `path` carries the argument's name.
 */

/** @internal Describes a value for a message: short, never a wall of text. */
export function describe(value: unknown): string {
  if (typeof value === "number") return Number.isNaN(value) ? "NaN" : String(value);
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? `${value.slice(0, 37)}...` : value);
  if (value === null) return "null";
  if (Array.isArray(value)) return `an array of length ${value.length}`;
  if (ArrayBuffer.isView(value)) return `a ${value.constructor.name}`;
  return typeof value === "object" ? "an object" : typeof value;
}

/** @internal A finite number, or a DpmError (`INVALID_ARGUMENT` / `NON_FINITE`). */
export function finite(value: unknown, name: string, fn: string): number {
  assertFinite(value, name, fn);
  return value;
}

/** @internal A finite number ≥ 0 — counts, amounts, costs. */
export function nonNegative(value: unknown, name: string, fn: string): number {
  assertFinite(value, name, fn);
  if (value < 0) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: ${name} must be ≥ 0, got ${describe(value)}.`, { path: name, details: { value } });
  }
  return value;
}

/** @internal A finite number > −1: an interest, discount or growth rate per period. */
export function rate(value: unknown, name: string, fn: string): number {
  assertFinite(value, name, fn);
  if (value <= -1) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: ${name} must be greater than -1 (−100 %), got ${describe(value)}.`, {
      path: name,
      details: { value },
    });
  }
  return value;
}

/** @internal A finite number in [lo, hi]. */
export function inRange(value: unknown, lo: number, hi: number, name: string, fn: string): number {
  assertFinite(value, name, fn);
  if (value < lo || value > hi) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: ${name} must be between ${lo} and ${hi}, got ${describe(value)}.`, {
      path: name,
      details: { value },
    });
  }
  return value;
}

/**
 * @internal The error for a KPI that is undefined for these inputs (a zero denominator, no break-even
 * volume). It carries `details.undefinedKpi`, which lets series evaluation turn it into a missing
 * value when the caller asked for `whenUndefined: "missing"`.
 */
export function undefinedKpi(fn: string, name: string, message: string, code: "INVALID_ARGUMENT" | "NO_SOLUTION" = "INVALID_ARGUMENT"): DpmError {
  return new DpmError(code, `${fn}: ${message}`, { path: name, details: { undefinedKpi: true } });
}

/** @internal Throws the zero-denominator error unless `value` ≠ 0. */
export function nonZero(value: number, name: string, fn: string, what: string): number {
  if (value === 0) throw undefinedKpi(fn, name, `${name} is 0, so ${what} is undefined.`);
  return value;
}
