import { checkOptions, DpmError } from "@dpm/core";
import { checkSnapshot } from "./Snapshot.js";
import type { SegmentAssignment, Snapshot } from "./Snapshot.js";

/**
 * A named predicate over one customer's features.
 *
 * @category Rules
 */
export interface SegmentRule {
  /** Segment name. */
  readonly name: string;
  /** True when the customer belongs to the segment. The record is reused between customers: do not keep it. */
  readonly when: (features: Readonly<Record<string, number>>) => boolean;
}

/**
 * Options of {@link assignSegments}.
 *
 * @category Rules
 */
export interface AssignSegmentsOptions {
  /** Segment of customers no rule matches, default `"other"`. */
  readonly fallback?: string;
}

const FN = "assignSegments";

/**
 * Evaluates rule-based segments on a snapshot (first matching rule wins). Call it again on each new
 * snapshot to re-evaluate the dynamic segments.
 *
 * @param snapshot - customer features
 * @param rules - rules in priority order
 * @param options - fallback segment
 * @returns the segment of each customer
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` for malformed rules or snapshot; `NON_FINITE`; `LENGTH_MISMATCH`
 *
 * @example
 * ```ts
 * import { assignSegments } from "@dpm/segment";
 *
 * const snap = { asOf: "2025-03-31", ids: ["a", "b"], features: { spend: [500, 20] } };
 * assignSegments(snap, [{ name: "vip", when: (f) => f.spend >= 100 }]).segments; // => ["vip", "other"]
 * ```
 *
 * @category Rules
 */
export function assignSegments(snapshot: Snapshot, rules: readonly SegmentRule[], options?: AssignSegmentsOptions): SegmentAssignment {
  const opts = checkOptions(options, ["fallback"], FN, '{ fallback: "other" }');
  const names = checkSnapshot(snapshot, "snapshot", FN);
  if (!Array.isArray(rules)) throw new DpmError("INVALID_ARGUMENT", `${FN}: rules must be an array of { name, when }`, { path: "rules" });
  rules.forEach((r: SegmentRule, i: number) => {
    if (typeof r?.name !== "string" || r.name === "" || typeof r.when !== "function") throw new DpmError("INVALID_ARGUMENT", `${FN}: rules[${i}] must be { name: non-empty string, when: function }`, { path: `rules[${i}]` });
  });
  const fallback = opts.fallback ?? "other";
  if (typeof fallback !== "string") throw new DpmError("INVALID_ARGUMENT", `${FN}: options.fallback must be a string such as "other"`, { path: "options.fallback" });
  const n = snapshot.ids.length;
  const row: Record<string, number> = {};
  const segments = new Array<string>(n);
  for (let i = 0; i < n; i++) {
    for (const name of names) row[name] = snapshot.features[name]![i]!;
    let seg = fallback;
    for (const r of rules) {
      if (r.when(row)) {
        seg = r.name;
        break;
      }
    }
    segments[i] = seg;
  }
  return { asOf: snapshot.asOf, ids: snapshot.ids.slice(), segments };
}
