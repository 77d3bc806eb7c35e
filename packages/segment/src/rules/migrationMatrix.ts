import { checkOptions, DpmError } from "@dpm/core";
import type { SegmentAssignment } from "./Snapshot.js";

/**
 * Options of {@link migrationMatrix}.
 *
 * @category Rules
 */
export interface MigrationMatrixOptions {
  /** Row/column order of segments; default: sorted names seen in either snapshot. */
  readonly segments?: readonly string[];
  /**
   * How to treat ids present in only one snapshot: `"error"` (default) throws; `"track"` adds a
   * `"(new)"` row for customers only in `to` and a `"(gone)"` column for customers only in `from`.
   */
  readonly unmatched?: "error" | "track";
}

/**
 * Segment-migration (transition) matrix between two snapshots.
 *
 * @category Rules
 */
export interface MigrationMatrix {
  /** Row labels (segment in `from`). */
  readonly rows: readonly string[];
  /** Column labels (segment in `to`). */
  readonly columns: readonly string[];
  /** counts[i][j]: customers moving from rows[i] to columns[j]. */
  readonly counts: readonly (readonly number[])[];
  /** Row-normalised transition probabilities (0 for empty rows). */
  readonly shares: readonly (readonly number[])[];
}

const FN = "migrationMatrix";

/**
 * Counts customers moving between segments from one snapshot to a later one.
 *
 * @param from - earlier assignment
 * @param to - later assignment
 * @param options - segment order and handling of unmatched ids
 * @returns counts and row shares
 * @throws {@link @dpm/core!DpmError} `NON_MONOTONIC` when `to.asOf` is before `from.asOf`;
 *   `INVALID_ARGUMENT` for ids in only one snapshot (unless `unmatched: "track"`), duplicated ids or
 *   a segment missing from `options.segments`
 *
 * @example
 * ```ts
 * import { migrationMatrix } from "@dpm/segment";
 *
 * const jan = { asOf: "2025-01-31", ids: ["a", "b", "c"], segments: ["new", "new", "vip"] };
 * const feb = { asOf: "2025-02-28", ids: ["a", "b", "c"], segments: ["vip", "new", "vip"] };
 * migrationMatrix(jan, feb).counts; // => [[1, 1], [0, 1]]
 * ```
 *
 * @category Rules
 */
export function migrationMatrix(from: SegmentAssignment, to: SegmentAssignment, options?: MigrationMatrixOptions): MigrationMatrix {
  const opts = checkOptions(options, ["segments", "unmatched"], FN, '{ unmatched: "track" }');
  for (const [a, p] of [[from, "from"], [to, "to"]] as const) {
    if (a === null || typeof a !== "object" || !Array.isArray(a.ids) || !Array.isArray(a.segments) || a.ids.length !== a.segments.length) {
      throw new DpmError("INVALID_ARGUMENT", `${FN}: ${p} must be { asOf, ids, segments } with one segment per id`, { path: p });
    }
    if (typeof a.asOf !== "string") {
      throw new DpmError("INVALID_ARGUMENT", `${FN}: ${p}.asOf must be a date string such as "2025-01-31"`, { path: `${p}.asOf` });
    }
  }
  if (!(String(from.asOf) <= String(to.asOf))) throw new DpmError("NON_MONOTONIC", `${FN}: snapshots out of time order (from.asOf ${from.asOf} is after to.asOf ${to.asOf}); swap the arguments`, { path: "to.asOf" });
  const unmatched = opts.unmatched ?? "error";
  if (unmatched !== "error" && unmatched !== "track") throw new DpmError("INVALID_ARGUMENT", `${FN}: options.unmatched must be "error" or "track"`, { path: "options.unmatched" });
  if (opts.segments !== undefined && !(Array.isArray(opts.segments) && opts.segments.every((s: unknown) => typeof s === "string"))) {
    throw new DpmError("INVALID_ARGUMENT", `${FN}: options.segments must be an array of segment names`, { path: "options.segments" });
  }
  const fromMap = new Map<string, string>();
  from.ids.forEach((id, i) => {
    if (fromMap.has(id)) throw new DpmError("INVALID_ARGUMENT", `${FN}: from.ids has duplicate id ${JSON.stringify(id)}`, { path: `from.ids[${i}]` });
    fromMap.set(id, from.segments[i]!);
  });
  const seen = new Set<string>();
  const pairs: [string, string][] = [];
  to.ids.forEach((id, i) => {
    if (seen.has(id)) throw new DpmError("INVALID_ARGUMENT", `${FN}: to.ids has duplicate id ${JSON.stringify(id)}`, { path: `to.ids[${i}]` });
    seen.add(id);
    const f = fromMap.get(id);
    if (f === undefined) {
      if (unmatched === "error") throw new DpmError("INVALID_ARGUMENT", `${FN}: customer ${JSON.stringify(id)} of to (${to.asOf}) is unknown in from (${from.asOf}); pass { unmatched: "track" } to count new customers`, { path: `to.ids[${i}]` });
      pairs.push(["(new)", to.segments[i]!]);
    } else pairs.push([f, to.segments[i]!]);
  });
  for (const [id, seg] of fromMap) {
    if (!seen.has(id)) {
      if (unmatched === "error") throw new DpmError("INVALID_ARGUMENT", `${FN}: customer ${JSON.stringify(id)} of from (${from.asOf}) is missing in to (${to.asOf}); pass { unmatched: "track" } to count lost customers`, { path: "to.ids" });
      pairs.push([seg, "(gone)"]);
    }
  }
  const segs = opts.segments ? [...opts.segments] : [...new Set([...from.segments, ...to.segments])].sort();
  const index = new Map(segs.map((s, i) => [s, i]));
  const rows = pairs.some((p) => p[0] === "(new)") ? [...segs, "(new)"] : segs;
  const columns = pairs.some((p) => p[1] === "(gone)") ? [...segs, "(gone)"] : segs;
  const counts = rows.map(() => new Array<number>(columns.length).fill(0));
  for (const [f, t] of pairs) {
    const i = f === "(new)" ? rows.length - 1 : index.get(f);
    const j = t === "(gone)" ? columns.length - 1 : index.get(t);
    if (i === undefined || j === undefined) throw new DpmError("INVALID_ARGUMENT", `${FN}: segment ${JSON.stringify(i === undefined ? f : t)} is not in options.segments`, { path: "options.segments" });
    counts[i]![j]! += 1;
  }
  const shares = counts.map((row) => {
    const s = row.reduce((a, b) => a + b, 0);
    return row.map((c) => (s > 0 ? c / s : 0));
  });
  return { rows, columns, counts, shares };
}
