import { checkOptions, DpmError } from "@dpm/core";
import { checkSnapshot } from "./Snapshot.js";
import type { SegmentAssignment, Snapshot } from "./Snapshot.js";

/**
 * Profile of one segment.
 *
 * @category Rules
 */
export interface SegmentProfile {
  /** Segment name. */
  readonly segment: string;
  /** Number of customers. */
  readonly size: number;
  /** size / all customers. */
  readonly share: number;
  /** Share of the revenue feature (0 when no revenue feature is named or the total is 0). */
  readonly revenueShare: number;
  /** Mean of every feature over the segment's customers. */
  readonly means: Readonly<Record<string, number>>;
}

/**
 * Options of {@link segmentProfiles}.
 *
 * @category Rules
 */
export interface SegmentProfilesOptions {
  /** Name of the feature holding revenue, used for `revenueShare`. */
  readonly revenue?: string;
}

const FN = "segmentProfiles";

/**
 * Size, share of customers, share of revenue and mean features of each segment, sorted by size (desc) then name.
 *
 * @param snapshot - the customer features
 * @param assignment - segments of the same snapshot (same ids in the same order)
 * @param options - name of the revenue feature
 * @returns one profile per segment
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` when the assignment's ids differ from the snapshot's or the revenue feature is unknown
 *
 * @example
 * ```ts
 * import { segmentProfiles } from "@dpm/segment";
 *
 * const snap = { asOf: "2025-03-31", ids: ["a", "b", "c"], features: { spend: [300, 60, 40] } };
 * const seg = { asOf: "2025-03-31", ids: ["a", "b", "c"], segments: ["vip", "base", "base"] };
 * segmentProfiles(snap, seg, { revenue: "spend" })[0]; // => { segment: "base", size: 2, share: 0.6666666666666666, revenueShare: 0.25, means: { spend: 50 } }
 * ```
 *
 * @category Rules
 */
export function segmentProfiles(snapshot: Snapshot, assignment: SegmentAssignment, options?: SegmentProfilesOptions): SegmentProfile[] {
  const opts = checkOptions(options, ["revenue"], FN, '{ revenue: "spend" }');
  const names = checkSnapshot(snapshot, "snapshot", FN);
  const n = snapshot.ids.length;
  if (assignment?.ids?.length !== n || assignment.segments?.length !== n) throw new DpmError("LENGTH_MISMATCH", `${FN}: assignment must have one segment per snapshot id (${n})`, { path: "assignment" });
  for (let i = 0; i < n; i++) {
    if (assignment.ids[i] !== snapshot.ids[i]) throw new DpmError("INVALID_ARGUMENT", `${FN}: assignment.ids[${i}] = ${JSON.stringify(assignment.ids[i])} is not snapshot.ids[${i}]; assign segments on this snapshot`, { path: `assignment.ids[${i}]` });
  }
  if (opts.revenue !== undefined && !names.includes(opts.revenue)) throw new DpmError("INVALID_ARGUMENT", `${FN}: options.revenue ${JSON.stringify(opts.revenue)} is not a feature (have ${names.join(", ")})`, { path: "options.revenue" });
  const groups = new Map<string, number[]>();
  for (let i = 0; i < n; i++) {
    const s = assignment.segments[i]!;
    let g = groups.get(s);
    if (!g) groups.set(s, (g = []));
    g.push(i);
  }
  let totalRevenue = 0;
  if (opts.revenue !== undefined) {
    const col = snapshot.features[opts.revenue]!;
    for (let i = 0; i < n; i++) totalRevenue += col[i]!;
  }
  const out: SegmentProfile[] = [];
  for (const [segment, idx] of groups) {
    const means: Record<string, number> = {};
    for (const name of names) {
      const col = snapshot.features[name]!;
      let s = 0;
      for (const i of idx) s += col[i]!;
      means[name] = s / idx.length;
    }
    let rev = 0;
    if (opts.revenue !== undefined) {
      const col = snapshot.features[opts.revenue]!;
      for (const i of idx) rev += col[i]!;
    }
    out.push({ segment, size: idx.length, share: idx.length / n, revenueShare: totalRevenue > 0 ? rev / totalRevenue : 0, means });
  }
  return out.sort((p, q) => q.size - p.size || (p.segment < q.segment ? -1 : 1));
}
