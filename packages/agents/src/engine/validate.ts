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
    const range = max === 2 ** 31 - 1 ? `≥ ${min}` : `between ${min} and ${max.toLocaleString("en-US")}`;
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

/** Most agents a population, model or network may hold: 10 million. */
export const MAX_AGENTS = 10_000_000;

/** Most steps a run may take: 100,000. */
export const MAX_STEPS = 100_000;

/** Most agent updates (size × steps, or links × steps) one run may make: 10^9. */
export const MAX_AGENT_STEPS = 1e9;

/** Most runs (parameter sets × replications) a sweep may make: 1 million. */
export const MAX_RUNS = 1_000_000;

/** Most links a generated network may hold: 2^27 (≈ 134 million). */
export const MAX_LINKS = 2 ** 27;

/** @internal Throws unless size × steps is within {@link MAX_AGENT_STEPS}. */
export function assertWork(size: number, steps: number, fn: string): void {
  if (size * steps > MAX_AGENT_STEPS) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: size × steps = ${size * steps} agent updates is over the limit of ${MAX_AGENT_STEPS}; simulate fewer agents (a sample of 10,000 is usually plenty) or fewer steps.`, {
      path: "steps",
      details: { limit: MAX_AGENT_STEPS },
    });
  }
}

/** @internal Throws unless a network of `links` links is within {@link MAX_LINKS}. */
export function assertLinks(links: number, fn: string): void {
  if (links > MAX_LINKS) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: the network would have about ${Math.round(links)} links, over the limit of ${MAX_LINKS}; use fewer agents or a lower degree.`, {
      path: "size",
      details: { limit: MAX_LINKS },
    });
  }
}

/** @internal Short description of a value for messages. */
export function describe(value: unknown): string {
  if (typeof value === "number") return Number.isNaN(value) ? "NaN" : String(value);
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? `${value.slice(0, 37)}...` : value);
  if (value === null) return "null";
  if (typeof value === "bigint") return `the BigInt ${String(value)}n (use a plain number)`;
  if (typeof value === "symbol") return "a symbol";
  if (Array.isArray(value)) return `an array of length ${value.length}`;
  return typeof value === "object" ? "an object" : typeof value;
}
