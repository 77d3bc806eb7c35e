/**
 * Stable machine-readable codes carried by every {@link DpmError}.
 *
 * - `INVALID_ARGUMENT` — an argument has the wrong type, shape or range.
 * - `NON_FINITE` — a number is NaN or ±Infinity where a finite number is required.
 * - `EMPTY` — a collection (series, array, record set) has no elements.
 * - `TOO_SHORT` — there is data, but not enough for the method.
 * - `LENGTH_MISMATCH` — two inputs that must align have different lengths.
 * - `NON_MONOTONIC` — dates or periods are not in ascending order.
 * - `FREQUENCY_MISMATCH` — periods or series of different frequencies were combined.
 * - `GAP` — a series built from records has missing periods and the caller asked for an error.
 * - `PARSE_ERROR` — a label, date or formula string could not be parsed.
 * - `UNKNOWN_NODE` — a model refers to a node it does not define.
 * - `DUPLICATE_NODE` — a model defines the same node twice.
 * - `CYCLE` — formulas depend on each other in a loop that no lag or stock breaks.
 * - `NOT_CONVERGED` — an iterative method stopped before meeting its tolerance.
 * - `NO_SOLUTION` — the problem has no solution (e.g. a root that does not exist).
 * - `SINGULAR` — a matrix could not be inverted or factorised.
 *
 * @category Errors
 */
export type DpmErrorCode =
  | "INVALID_ARGUMENT"
  | "NON_FINITE"
  | "EMPTY"
  | "TOO_SHORT"
  | "LENGTH_MISMATCH"
  | "NON_MONOTONIC"
  | "FREQUENCY_MISMATCH"
  | "GAP"
  | "PARSE_ERROR"
  | "UNKNOWN_NODE"
  | "DUPLICATE_NODE"
  | "CYCLE"
  | "NOT_CONVERGED"
  | "NO_SOLUTION"
  | "SINGULAR";

/**
 * Extra context for a {@link DpmError}.
 *
 * @category Errors
 */
export interface DpmErrorOptions {
  /** Where the bad value sits, e.g. `"nodes.revenue.formula"` or `"values[12]"`. */
  readonly path?: string;
  /** Structured facts about the failure (offending value, index, cycle…), for programs. */
  readonly details?: Readonly<Record<string, unknown>>;
  /** The lower-level error that caused this one. */
  readonly cause?: unknown;
}

// A registry-wide symbol survives duplicated copies of @dpm/core (ESM + CJS, nested installs),
// where `instanceof` does not.
const BRAND = Symbol.for("@dpm/core/DpmError");

/**
 * The one error class every `@dpm` package throws for bad input and failed computations.
 *
 * The `code` is stable across releases and safe to branch on; the message says what was wrong and
 * how to fix it; `path` points at the offending argument. Use {@link isDpmError} rather than
 * `instanceof` to recognise it.
 *
 * @example
 * ```ts
 * import { DpmError, isDpmError } from "@dpm/core";
 *
 * try {
 *   throw new DpmError("EMPTY", "mean needs at least one value", { path: "values" });
 * } catch (error) {
 *   if (isDpmError(error)) console.log(error.code, error.path); // "EMPTY" "values"
 * }
 * ```
 *
 * @category Errors
 */
export class DpmError extends Error {
  /** Stable machine-readable code. */
  readonly code: DpmErrorCode;
  /** Where the offending value sits in the caller's input, when known. */
  readonly path: string | undefined;
  /** Structured facts about the failure. */
  readonly details: Readonly<Record<string, unknown>> | undefined;

  constructor(code: DpmErrorCode, message: string, options: DpmErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "DpmError";
    this.code = code;
    this.path = options.path;
    this.details = options.details;
    Object.defineProperty(this, BRAND, { value: true });
  }
}

/**
 * Whether `value` is a {@link DpmError} — also when it comes from another copy of @dpm/core.
 *
 * @param value - anything caught in a `catch` block
 * @param code - when given, also require this error code
 * @returns `true` for a DpmError (with that code)
 *
 * @example
 * ```ts
 * import { DpmError, isDpmError } from "@dpm/core";
 *
 * isDpmError(new DpmError("CYCLE", "a → b → a")); // => true
 * isDpmError(new Error("boom")); // => false
 * isDpmError(new DpmError("CYCLE", "a → b → a"), "EMPTY"); // => false
 * ```
 *
 * @category Errors
 */
export function isDpmError(value: unknown, code?: DpmErrorCode): value is DpmError {
  if (typeof value !== "object" || value === null) return false;
  if ((value as Record<symbol, unknown>)[BRAND] !== true) return false;
  return code === undefined || (value as DpmError).code === code;
}
