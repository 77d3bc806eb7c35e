import { DpmError } from "./DpmError.js";
import { describeValue } from "./validate.js";

/**
 * Reads a public function's options argument: `undefined` becomes `{}`; anything that is not a
 * plain object, and any key the function does not know, throws a `DpmError` that says what to
 * write instead (with a "did you mean" hint for near-misses such as `{ h: 12 }` → `horizon`).
 *
 * @param options - the caller's options argument
 * @param known - every key the function accepts
 * @param fn - the public function, for the message
 * @param example - an options literal to suggest when the argument is not an object, e.g. `"{ horizon: 12 }"`
 * @returns the options object itself (never copied, never mutated)
 * @throws {@link DpmError} `INVALID_ARGUMENT` for a non-object or an unknown key (and when `known`
 *   is not an array of strings)
 *
 * @example
 * ```ts
 * import { checkOptions } from "@dpm/core";
 *
 * checkOptions({ horizon: 12 }, ["horizon", "levels"], "autoForecast").horizon; // => 12
 * // checkOptions({ horizn: 12 }, ["horizon"], "autoForecast") throws: unknown option "horizn" — did you mean "horizon"?
 * ```
 *
 * @category Validation
 */
export function checkOptions<T extends object>(
  options: T | undefined,
  known: readonly string[],
  fn: string,
  example?: string,
): Partial<T> {
  if (!Array.isArray(known) || !known.every((k) => typeof k === "string") || typeof fn !== "string") {
    throw new DpmError("INVALID_ARGUMENT", "checkOptions: known must be an array of option names and fn the function's name, e.g. checkOptions(options, [\"horizon\"], \"autoForecast\").", {
      path: Array.isArray(known) ? "fn" : "known",
    });
  }
  if (options === undefined) return {};
  if (typeof options !== "object" || options === null || Array.isArray(options)) {
    const hint = example === undefined ? "" : ` such as ${example}`;
    throw new DpmError("INVALID_ARGUMENT", `${fn}: options must be an object${hint}, got ${describeValue(options)}.`, {
      path: "options",
    });
  }
  for (const key of Object.keys(options)) {
    if (known.includes(key)) continue;
    const near = nearest(key, known);
    const hint = near === undefined ? ` Known options: ${known.join(", ")}.` : ` Did you mean "${near}"?`;
    throw new DpmError("INVALID_ARGUMENT", `${fn}: unknown option "${key}".${hint}`, {
      path: `options.${key}`,
      details: { key, known },
    });
  }
  return options;
}

// The known key closest in edit distance (at most a third of its length away), or a known key
// that starts with the unknown one (`h` → `horizon`).
function nearest(key: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const d = editDistance(key.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  if (best !== undefined && bestDistance <= Math.max(1, Math.floor(best.length / 3))) return best;
  return known.find((candidate) => candidate.toLowerCase().startsWith(key.toLowerCase()));
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
