import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { DpmError, isDpmError, type DpmErrorCode } from "./DpmError.js";

const ALL_CODES: readonly DpmErrorCode[] = [
  "INVALID_ARGUMENT",
  "NON_FINITE",
  "EMPTY",
  "TOO_SHORT",
  "LENGTH_MISMATCH",
  "NON_MONOTONIC",
  "FREQUENCY_MISMATCH",
  "GAP",
  "PARSE_ERROR",
  "UNKNOWN_NODE",
  "DUPLICATE_NODE",
  "CYCLE",
  "NOT_CONVERGED",
  "NO_SOLUTION",
  "SINGULAR",
];

describe("DpmError", () => {
  it("is an Error carrying its code, message, path and details", () => {
    const details = { index: 3 };
    const error = new DpmError("EMPTY", "mean needs at least one value", { path: "values", details });
    expect(error).toBeInstanceOf(Error);
    expect(error).toBeInstanceOf(DpmError);
    expect(error.name).toBe("DpmError");
    expect(error.code).toBe("EMPTY");
    expect(error.message).toBe("mean needs at least one value");
    expect(error.path).toBe("values");
    expect(error.details).toEqual({ index: 3 });
    expect(typeof error.stack).toBe("string");
  });

  it("leaves path, details and cause undefined when no options are given", () => {
    const error = new DpmError("CYCLE", "a → b → a");
    expect(error.path).toBeUndefined();
    expect(error.details).toBeUndefined();
    expect(error.cause).toBeUndefined();
    expect("cause" in error).toBe(false);
  });

  it("keeps the cause it was given", () => {
    const cause = new RangeError("low level");
    const error = new DpmError("PARSE_ERROR", "outer", { cause });
    expect(error.cause).toBe(cause);
  });

  it("can be thrown and caught with its code intact", () => {
    expect(() => {
      throw new DpmError("SINGULAR", "matrix is singular");
    }).toThrow(expect.objectContaining({ code: "SINGULAR", message: "matrix is singular" }));
  });

  it("brands itself with a non-enumerable, non-writable registry symbol", () => {
    const error = new DpmError("GAP", "gap", { path: "gaps" });
    const descriptor = Object.getOwnPropertyDescriptor(error, Symbol.for("@dpm/core/DpmError"));
    expect(descriptor?.value).toBe(true);
    expect(descriptor?.enumerable).toBe(false);
    expect(descriptor?.writable).toBe(false);
    expect(Object.getOwnPropertySymbols({ ...error })).toEqual([]);
  });
});

describe("isDpmError", () => {
  it("is true for every DpmError, whatever its code", () => {
    for (const code of ALL_CODES) expect(isDpmError(new DpmError(code, "x"))).toBe(true);
  });

  it("is false for plain errors, null, undefined, strings, numbers and plain objects", () => {
    expect(isDpmError(new Error("boom"))).toBe(false);
    expect(isDpmError(new TypeError("boom"))).toBe(false);
    expect(isDpmError(null)).toBe(false);
    expect(isDpmError(undefined)).toBe(false);
    expect(isDpmError("DpmError")).toBe(false);
    expect(isDpmError(42)).toBe(false);
    expect(isDpmError({ name: "DpmError", code: "EMPTY", message: "x" })).toBe(false);
  });

  it("is false for anything fast-check can make that lacks the brand", () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        expect(isDpmError(value)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it("recognises an error from another copy of @dpm/core through the registry-wide symbol", () => {
    // A second copy of the package would build its own class but brand it with the same
    // Symbol.for key, so instanceof fails while the guard must still succeed.
    class OtherCopyError extends Error {
      readonly code = "EMPTY";
      constructor() {
        super("from the other copy");
        Object.defineProperty(this, Symbol.for("@dpm/core/DpmError"), { value: true });
      }
    }
    const foreign = new OtherCopyError();
    expect(foreign instanceof DpmError).toBe(false);
    expect(isDpmError(foreign)).toBe(true);
    expect(isDpmError(foreign, "EMPTY")).toBe(true);
    expect(isDpmError(foreign, "CYCLE")).toBe(false);

    const plainBranded = { code: "GAP", [Symbol.for("@dpm/core/DpmError")]: true };
    expect(isDpmError(plainBranded)).toBe(true);
    expect(isDpmError(plainBranded, "GAP")).toBe(true);
  });

  it("requires the brand to be exactly true, and to use the registry key", () => {
    expect(isDpmError({ code: "GAP", [Symbol.for("@dpm/core/DpmError")]: "yes" })).toBe(false);
    expect(isDpmError({ code: "GAP", [Symbol.for("@dpm/core/DpmError")]: 1 })).toBe(false);
    expect(isDpmError({ code: "GAP", [Symbol("@dpm/core/DpmError")]: true })).toBe(false);
  });

  it("filters by code when one is given", () => {
    const error = new DpmError("CYCLE", "a → b → a");
    expect(isDpmError(error, "CYCLE")).toBe(true);
    expect(isDpmError(error, "EMPTY")).toBe(false);
    expect(isDpmError(new Error("x"), "CYCLE")).toBe(false);
    for (const code of ALL_CODES) {
      for (const asked of ALL_CODES) expect(isDpmError(new DpmError(code, "x"), asked)).toBe(code === asked);
    }
  });
});
