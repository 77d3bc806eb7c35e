import { DpmError } from "@dpm/core";

/**
 * Every combination of the listed parameter values (a full factorial grid), last key varying fastest.
 *
 * @param grid - for each parameter, the values to try
 * @returns one parameter object per combination
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` for a parameter with no values, or more than 100,000 combinations
 *
 * @example
 * ```ts
 * import { parameterGrid } from "@dpm/agents";
 *
 * parameterGrid({ p: [0.01, 0.03], q: [0.4] }); // => [{ p: 0.01, q: 0.4 }, { p: 0.03, q: 0.4 }]
 * ```
 *
 * @category Runs
 */
export function parameterGrid<const G extends Readonly<Record<string, readonly unknown[]>>>(
  grid: G,
): { [K in keyof G]: G[K][number] }[] {
  if (typeof grid !== "object" || grid === null || Array.isArray(grid)) {
    throw new DpmError("INVALID_ARGUMENT", "parameterGrid: grid must be an object of value lists, e.g. { p: [0.01, 0.03] }.", { path: "grid" });
  }
  const keys = Object.keys(grid);
  let total = 1;
  for (const k of keys) {
    const values = grid[k];
    if (!Array.isArray(values) || values.length === 0) {
      throw new DpmError("INVALID_ARGUMENT", `parameterGrid: grid.${k} must be a non-empty array of values.`, { path: `grid.${k}` });
    }
    total *= values.length;
  }
  if (total > 100_000) {
    throw new DpmError("INVALID_ARGUMENT", `parameterGrid: ${total} combinations is too many; sample parameter sets instead (pass a list to sweep).`, {
      path: "grid",
    });
  }
  let out: Record<string, unknown>[] = [{}];
  for (const k of keys) {
    const values = grid[k] as readonly unknown[];
    const grown: Record<string, unknown>[] = [];
    for (const row of out) for (const v of values) grown.push({ ...row, [k]: v });
    out = grown;
  }
  return out as { [K in keyof G]: G[K][number] }[];
}
