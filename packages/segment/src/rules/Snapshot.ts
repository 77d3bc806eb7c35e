import { DpmError } from "@dpm/core";

/**
 * Customer features at one point in time, in column form.
 *
 * @category Rules
 */
export interface Snapshot {
  /** Date of the snapshot, `YYYY-MM-DD` (used to order snapshots). */
  readonly asOf: string;
  /** Customer ids. */
  readonly ids: readonly string[];
  /** Feature columns, each with one finite value per id. */
  readonly features: Readonly<Record<string, ArrayLike<number>>>;
}

/**
 * Segment of every customer of one snapshot.
 *
 * @category Rules
 */
export interface SegmentAssignment {
  /** Date of the snapshot. */
  readonly asOf: string;
  /** Customer ids. */
  readonly ids: readonly string[];
  /** Segment name per id. */
  readonly segments: readonly string[];
}

export function checkSnapshot(s: Snapshot, path: string, fn: string): string[] {
  if (s === null || typeof s !== "object" || !Array.isArray(s.ids) || typeof s.features !== "object" || s.features === null) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: ${path} must be { asOf, ids, features }`, { path });
  }
  if (typeof s.asOf !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(s.asOf)) throw new DpmError("PARSE_ERROR", `${fn}: ${path}.asOf must be a "YYYY-MM-DD" date, got ${JSON.stringify(s.asOf)}`, { path: `${path}.asOf` });
  const names = Object.keys(s.features);
  for (const name of names) {
    const raw: unknown = s.features[name];
    if (!(ArrayBuffer.isView(raw) || Array.isArray(raw))) throw new DpmError("INVALID_ARGUMENT", `${fn}: ${path}.features.${name} must be an array of numbers, one per id`, { path: `${path}.features.${name}` });
    const col = raw as ArrayLike<number>;
    if (col.length !== s.ids.length) throw new DpmError("LENGTH_MISMATCH", `${fn}: ${path}.features.${name} has ${col.length} values for ${s.ids.length} ids`, { path: `${path}.features.${name}` });
    for (let i = 0; i < col.length; i++) {
      if (!Number.isFinite(col[i])) throw new DpmError("NON_FINITE", `${fn}: ${path}.features.${name}[${i}] must be finite, got ${String(col[i])}`, { path: `${path}.features.${name}[${i}]` });
    }
  }
  return names;
}
