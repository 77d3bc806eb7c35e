import { DpmError } from "../errors/DpmError.js";
import { describeValue } from "../errors/validate.js";
import type { OnNotConverged, OptimizeResult, OptimizeStatus } from "./types.js";

// Shared argument checks and result finishing of the minimisers (internal, not exported from the barrel).

/** @internal A fresh Float64Array copy of a finite, non-empty start point. */
export function readStart(x0: unknown, fn: string, name = "x0"): Float64Array {
  if (x0 === null || typeof x0 !== "object" || typeof (x0 as ArrayLike<number>).length !== "number") {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: ${name} must be an array or Float64Array of numbers, got ${describeValue(x0)}.`, { path: name });
  }
  const src = x0 as ArrayLike<unknown>;
  if (src.length === 0) throw new DpmError("EMPTY", `${fn}: ${name} is empty; pass at least one starting value.`, { path: name });
  const x = new Float64Array(src.length);
  for (let i = 0; i < src.length; i++) {
    const v = src[i];
    if (typeof v !== "number") throw new DpmError("INVALID_ARGUMENT", `${fn}: ${name}[${i}] must be a number, got ${describeValue(v)}.`, { path: `${name}[${i}]` });
    if (!Number.isFinite(v)) throw new DpmError("NON_FINITE", `${fn}: ${name}[${i}] is ${describeValue(v)}; the starting point must be finite.`, { path: `${name}[${i}]` });
    x[i] = v;
  }
  return x;
}

/** @internal Box bounds as Float64Arrays (±Infinity where absent); `bounded` false when none is finite. */
export function readBounds(lower: unknown, upper: unknown, n: number, fn: string): { lo: Float64Array; hi: Float64Array; bounded: boolean } {
  const lo = new Float64Array(n).fill(-Infinity);
  const hi = new Float64Array(n).fill(Infinity);
  let bounded = false;
  for (const [arr, out, name] of [[lower, lo, "lower"], [upper, hi, "upper"]] as const) {
    if (arr === undefined) continue;
    if (arr === null || typeof arr !== "object" || typeof (arr as ArrayLike<number>).length !== "number") {
      throw new DpmError("INVALID_ARGUMENT", `${fn}: options.${name} must be an array of numbers (one bound per coordinate), got ${describeValue(arr)}.`, { path: `options.${name}` });
    }
    const a = arr as ArrayLike<unknown>;
    if (a.length !== n) throw new DpmError("LENGTH_MISMATCH", `${fn}: options.${name} has ${a.length} entries but x0 has ${n}; give one bound per coordinate (±Infinity for none).`, { path: `options.${name}` });
    for (let i = 0; i < n; i++) {
      const v = a[i];
      if (typeof v !== "number" || Number.isNaN(v)) throw new DpmError("INVALID_ARGUMENT", `${fn}: options.${name}[${i}] must be a number (±Infinity for no bound), got ${describeValue(v)}.`, { path: `options.${name}[${i}]` });
      out[i] = v;
      if (Number.isFinite(v)) bounded = true;
    }
  }
  for (let i = 0; i < n; i++) {
    if ((lo[i] as number) > (hi[i] as number)) {
      throw new DpmError("INVALID_ARGUMENT", `${fn}: options.lower[${i}] = ${lo[i]} is above options.upper[${i}] = ${hi[i]}; swap them or widen the box.`, { path: `options.lower[${i}]` });
    }
    if (lo[i] === Infinity || hi[i] === -Infinity) {
      throw new DpmError("INVALID_ARGUMENT", `${fn}: coordinate ${i} has an empty box (lower = ${lo[i]}, upper = ${hi[i]}); use finite bounds or −Infinity/Infinity.`, { path: `options.lower[${i}]` });
    }
  }
  return { lo, hi, bounded };
}

/** @internal An integer option ≥ min, or the default. */
export function readCount(value: unknown, name: string, fn: string, fallback: number, min = 1): number {
  if (value === undefined) return fallback;
  if (typeof value !== "number" || !Number.isInteger(value) || value < min) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: options.${name} must be an integer ≥ ${min}, got ${describeValue(value)}.`, { path: `options.${name}` });
  }
  return value;
}

/** @internal A finite number option ≥ 0 (or > 0 when `positive`), or the default. */
export function readTolerance(value: unknown, name: string, fn: string, fallback: number, positive = false): number {
  if (value === undefined) return fallback;
  if (typeof value !== "number" || !Number.isFinite(value) || value < 0 || (positive && value === 0)) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: options.${name} must be a finite number ${positive ? "> 0" : "≥ 0"}, got ${describeValue(value)}.`, { path: `options.${name}` });
  }
  return value;
}

/** @internal The onNotConverged option. */
export function readOnNotConverged(value: unknown, fn: string): OnNotConverged {
  if (value === undefined) return "throw";
  if (value !== "throw" && value !== "return") {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: options.onNotConverged must be "throw" or "return", got ${describeValue(value)}.`, { path: "options.onNotConverged" });
  }
  return value;
}

/** @internal The error for an objective that returned NaN (or −Infinity) at x. */
export function nonFiniteObjective(fn: string, x: Float64Array, value: number, what = "objective"): DpmError {
  return new DpmError(
    "NON_FINITE",
    `${fn}: the ${what} returned ${describeValue(value)} at x = [${Array.from(x.slice(0, 6), (v) => v.toPrecision(6)).join(", ")}${x.length > 6 ? ", …" : ""}]; return a finite number, or Infinity for a point outside the domain.`,
    { details: { x: Array.from(x), value } },
  );
}

/** @internal The error for an objective that is not finite at the starting point. */
export function badStart(fn: string, x: Float64Array, value: number): DpmError {
  return new DpmError("NON_FINITE", `${fn}: the objective is ${describeValue(value)} at the starting point; pass an x0 where it is finite.`, {
    path: "x0",
    details: { x: Array.from(x), value },
  });
}

const MESSAGES: Record<OptimizeStatus, string> = {
  converged: "converged: a tolerance was met",
  maxIterations: "stopped at the iteration limit (options.maxIterations) before meeting the tolerance",
  maxEvaluations: "stopped at the evaluation limit (options.maxEvaluations) before meeting the tolerance",
  lineSearch: "the line search could not decrease the objective (blocked by points where it is Infinity, or a kink)",
  stalled: "the simplex stopped shrinking before meeting the tolerance",
};

/** @internal The message of a status. */
export function statusMessage(status: OptimizeStatus): string {
  return MESSAGES[status];
}

/** @internal Builds the result, or throws NOT_CONVERGED (best point in details) when asked to. */
export function finish<T extends OptimizeResult>(result: T, onNotConverged: OnNotConverged, fn: string): T {
  if (result.converged || onNotConverged === "return") return result;
  throw new DpmError(
    "NOT_CONVERGED",
    `${fn}: ${result.message} (${result.iterations} iterations, ${result.evaluations} evaluations, best value ${result.value}); raise the limits, loosen the tolerance, start closer, or pass { onNotConverged: "return" } to get the best point so far.`,
    { details: { x: Array.from(result.x), value: result.value, iterations: result.iterations, evaluations: result.evaluations, status: result.status } },
  );
}
