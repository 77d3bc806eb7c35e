import { DpmError } from "../errors/DpmError.js";
import { describeValue } from "../errors/validate.js";

/** @internal Throws INVALID_ARGUMENT unless `ok`; the message says what the argument must be. */
export function checkArgument(ok: boolean, fn: string, name: string, must: string, value: unknown): void {
  if (!ok) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: ${name} must be ${must}, got ${describeValue(value)}.`, { path: name });
  }
}
