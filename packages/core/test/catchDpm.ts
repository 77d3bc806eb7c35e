import { type DpmError, isDpmError } from "../src/errors/DpmError.js";

/** Runs `fn`, which must throw, and returns the DpmError it threw. */
export function catchDpm(fn: () => unknown): DpmError {
  try {
    fn();
  } catch (error) {
    if (isDpmError(error)) return error;
    throw new Error(`expected a DpmError, got ${String(error)}`);
  }
  throw new Error("expected a DpmError, but nothing was thrown");
}
