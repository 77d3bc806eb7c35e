import { checkOptions } from "./checkOptions.js";
import { DpmError } from "./DpmError.js";

/**
 * Describes a value for an error message: short, and never a wall of text.
 * @internal
 */
export function describeValue(value: unknown): string {
  if (typeof value === "number") return Number.isNaN(value) ? "NaN" : String(value);
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? `${value.slice(0, 37)}...` : value);
  if (value === null) return "null";
  if (Array.isArray(value)) return `an array of length ${value.length}`;
  if (ArrayBuffer.isView(value)) return `a ${value.constructor.name}`;
  return typeof value === "object" ? "an object" : typeof value;
}

/**
 * Throws unless `value` is a finite number (not NaN, not ±Infinity).
 *
 * @param value - the value to check
 * @param name - the argument's name as the caller knows it, e.g. `"churnRate"`
 * @param fn - the public function doing the check, for the message
 * @throws {@link DpmError} `INVALID_ARGUMENT` when not a number, `NON_FINITE` when NaN or infinite
 *
 * @example
 * ```ts
 * import { assertFinite } from "@dpm/core";
 *
 * assertFinite(0.05, "churnRate", "cltv"); // passes
 * // assertFinite(NaN, "churnRate", "cltv") throws DpmError NON_FINITE
 * ```
 *
 * @category Validation
 */
export function assertFinite(value: unknown, name: string, fn: string): asserts value is number {
  if (typeof value !== "number") {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: ${name} must be a number, got ${describeValue(value)}.`, {
      path: name,
    });
  }
  if (!Number.isFinite(value)) {
    throw new DpmError("NON_FINITE", `${fn}: ${name} must be a finite number, got ${describeValue(value)}.`, {
      path: name,
      details: { value },
    });
  }
}

/**
 * Throws unless `value` is an integer within `[min, max]`.
 *
 * @param value - the value to check
 * @param name - the argument's name
 * @param fn - the public function doing the check
 * @param min - smallest allowed value (default 0)
 * @param max - largest allowed value (default `Number.MAX_SAFE_INTEGER`)
 * @throws {@link DpmError} `INVALID_ARGUMENT`
 *
 * @example
 * ```ts
 * import { assertInteger } from "@dpm/core";
 *
 * assertInteger(12, "horizon", "forecast", 1); // passes
 * // assertInteger(0, "horizon", "forecast", 1) throws: horizon must be an integer ≥ 1
 * ```
 *
 * @category Validation
 */
export function assertInteger(
  value: unknown,
  name: string,
  fn: string,
  min = 0,
  max = Number.MAX_SAFE_INTEGER,
): asserts value is number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? `≥ ${min}` : `between ${min} and ${max}`;
    throw new DpmError("INVALID_ARGUMENT", `${fn}: ${name} must be an integer ${range}, got ${describeValue(value)}.`, {
      path: name,
      details: { value },
    });
  }
}

/**
 * Copies numbers into a new `Float64Array`, throwing on the first one that is not finite.
 * The caller's array is never aliased, so later changes to it cannot leak in.
 *
 * @param values - any array-like of numbers
 * @param name - the argument's name
 * @param fn - the public function doing the check
 * @param options - `allowNaN` lets NaN through as an explicit "missing" marker; `minLength`
 *   (default 1) is the fewest values accepted
 * @returns a fresh `Float64Array` with the same values
 * @throws {@link DpmError} `INVALID_ARGUMENT`, `EMPTY`, `TOO_SHORT` or `NON_FINITE` (with the index)
 *
 * @example
 * ```ts
 * import { toFiniteArray } from "@dpm/core";
 *
 * toFiniteArray([1, 2, 3], "sales", "forecast"); // => Float64Array [1, 2, 3]
 * ```
 *
 * @category Validation
 */
export function toFiniteArray(
  values: unknown,
  name: string,
  fn: string,
  options: { readonly allowNaN?: boolean; readonly minLength?: number } = {},
): Float64Array {
  checkOptions(options, ["allowNaN", "minLength"], "toFiniteArray");
  if (!isArrayLikeOfNumbers(values)) {
    throw new DpmError(
      "INVALID_ARGUMENT",
      `${fn}: ${name} must be an array of numbers, got ${describeValue(values)}.`,
      { path: name },
    );
  }
  const minLength = options.minLength ?? 1;
  if (values.length === 0 && minLength > 0) {
    throw new DpmError("EMPTY", `${fn}: ${name} is empty; pass at least ${minLength} value(s).`, { path: name });
  }
  if (values.length < minLength) {
    throw new DpmError(
      "TOO_SHORT",
      `${fn}: ${name} has ${values.length} value(s); at least ${minLength} are needed.`,
      { path: name, details: { length: values.length, minLength } },
    );
  }
  const out = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as unknown;
    if (typeof v !== "number") {
      throw new DpmError("INVALID_ARGUMENT", `${fn}: ${name}[${i}] must be a number, got ${describeValue(v)}.`, {
        path: `${name}[${i}]`,
      });
    }
    if (!Number.isFinite(v) && !(options.allowNaN === true && Number.isNaN(v))) {
      throw new DpmError(
        "NON_FINITE",
        `${fn}: ${name}[${i}] is ${describeValue(v)}; every value must be finite` +
          (options.allowNaN === true ? " or NaN (missing)." : ". Remove or fill missing values first."),
        { path: `${name}[${i}]`, details: { index: i, value: v } },
      );
    }
    out[i] = v;
  }
  return out;
}

function isArrayLikeOfNumbers(value: unknown): value is ArrayLike<unknown> {
  if (Array.isArray(value)) return true;
  return ArrayBuffer.isView(value) && !(value instanceof DataView);
}

/**
 * @internal Like {@link toFiniteArray}, but a `Float64Array` whose values are all finite is
 * returned as it is (no copy) — for hot paths that only read their input during the call.
 */
export function readFiniteArray(values: unknown, name: string, fn: string): Float64Array {
  if (values instanceof Float64Array && values.length > 0) {
    let z = 0;
    for (let i = 0; i < values.length; i++) z += (values[i] as number) * 0;
    if (z === 0) return values;
  }
  return toFiniteArray(values, name, fn);
}
