import { DpmError } from "@dpm/core";

/** An optional whole-number option in [min, max]; `fallback` when undefined. */
export function intOption(value: unknown, fallback: number, min: number, max: number, path: string, fn: string): number {
  if (value === undefined) return fallback;
  if (!(typeof value === "number" && Number.isInteger(value) && value >= min && value <= max)) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: ${path} must be a whole number from ${min} to ${max}, got ${describe(value)}.`, { path });
  }
  return value;
}

/** An optional finite number option in [min, max]; `fallback` when undefined. */
export function numberOption(value: unknown, fallback: number, min: number, max: number, path: string, fn: string): number {
  if (value === undefined) return fallback;
  if (!(typeof value === "number" && Number.isFinite(value) && value >= min && value <= max)) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: ${path} must be a finite number from ${min} to ${max}, got ${describe(value)}.`, { path });
  }
  return value;
}

/** A short description of a bad value for error messages (never throws, also for Symbols and BigInts). */
export function describe(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === "bigint") return `${value}n (a BigInt; pass a number)`;
  if (typeof value === "symbol") return "a Symbol";
  if (typeof value === "function") return "a function";
  if (Array.isArray(value)) return `an array of length ${value.length}`;
  if (value === null) return "null";
  if (typeof value === "object") return "an object";
  return String(value);
}
