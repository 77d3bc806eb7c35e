import { DpmError, toFiniteArray } from "@dpm/core";

/** @internal Reads `actual` and `forecast` as equally long finite arrays. */
export function readPair(actual: unknown, forecast: unknown, fn: string, names: [string, string] = ["actual", "forecast"]): [Float64Array, Float64Array] {
  const y = toFiniteArray(actual, names[0], fn);
  const f = toFiniteArray(forecast, names[1], fn);
  if (y.length !== f.length) {
    throw new DpmError(
      "LENGTH_MISMATCH",
      `${fn}: ${names[0]} has ${y.length} values but ${names[1]} has ${f.length}; pass one forecast per actual value.`,
      { path: names[1], details: { actual: y.length, forecast: f.length } },
    );
  }
  return [y, f];
}

/** @internal Reads an interval level in percent, strictly between 0 and 100. */
export function readLevel(level: unknown, fn: string): number {
  if (typeof level !== "number" || !(level > 0 && level < 100)) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: level must be a percentage strictly between 0 and 100 (e.g. 95), got ${String(level)}.`, { path: "level" });
  }
  return level;
}
