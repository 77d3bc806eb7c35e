import { isDpmError, type DpmError, type DpmErrorCode } from "@dpm/core";

/** Runs `fn`, which must throw a DpmError, and returns it. */
export function catchDpm(fn: () => unknown): DpmError {
  try {
    fn();
  } catch (error) {
    if (isDpmError(error)) return error;
    throw new Error(`expected a DpmError, got ${String(error)}`);
  }
  throw new Error("expected a DpmError, but nothing was thrown");
}

/** Asserts that `fn` throws a DpmError with this code (and path, when given); returns it. */
export function expectDpm(fn: () => unknown, code: DpmErrorCode, path?: string): DpmError {
  const error = catchDpm(fn);
  if (error.code !== code) throw new Error(`expected code ${code}, got ${error.code}: ${error.message}`);
  if (path !== undefined && error.path !== path) throw new Error(`expected path ${path}, got ${String(error.path)}: ${error.message}`);
  return error;
}

/** Relative-or-absolute closeness: |a − b| ≤ tol · max(1, |b|). */
export function close(a: number, b: number, tol = 1e-12): boolean {
  return Math.abs(a - b) <= tol * Math.max(1, Math.abs(b));
}
