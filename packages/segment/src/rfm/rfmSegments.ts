import { checkOptions, DpmError } from "@dpm/core";
import type { RfmScores } from "./rfmScores.js";

/**
 * One named RFM rule: a customer matches when every given range contains its score.
 *
 * @category RFM
 */
export interface RfmRule {
  /** Segment name. */
  readonly name: string;
  /** Inclusive [min, max] range of the R score. */
  readonly r?: readonly [number, number];
  /** Inclusive [min, max] range of the F score. */
  readonly f?: readonly [number, number];
  /** Inclusive [min, max] range of the M score. */
  readonly m?: readonly [number, number];
}

/**
 * The default rule set for 1–5 scores (first match wins; anything unmatched is "others").
 *
 * @example
 * ```ts
 * import { DEFAULT_RFM_RULES } from "@dpm/segment";
 *
 * DEFAULT_RFM_RULES[0].name; // => "champions"
 * ```
 *
 * @category RFM
 */
export const DEFAULT_RFM_RULES: readonly RfmRule[] = Object.freeze([
  { name: "champions", r: [4, 5], f: [4, 5] },
  { name: "loyal", r: [3, 5], f: [3, 5] },
  { name: "potential loyalists", r: [4, 5], f: [1, 2] },
  { name: "at risk", r: [1, 2], f: [3, 5] },
  { name: "needs attention", r: [3, 3], f: [1, 2] },
  { name: "hibernating", r: [2, 2], f: [1, 2] },
  { name: "lost", r: [1, 1], f: [1, 2] },
] as const);

/**
 * Options of {@link rfmSegments}.
 *
 * @category RFM
 */
export interface RfmSegmentsOptions {
  /** Rules in priority order (first match wins). Default {@link DEFAULT_RFM_RULES}. */
  readonly rules?: readonly RfmRule[];
  /** Name for customers no rule matches, default `"others"`. */
  readonly fallback?: string;
}

const FN = "rfmSegments";

function inRange(v: number, range: readonly [number, number] | undefined): boolean {
  return range === undefined || (v >= range[0] && v <= range[1]);
}

/**
 * Names an RFM segment for every customer with a replaceable rule set.
 *
 * @param scores - output of {@link rfmScores}
 * @param options - rules and fallback name
 * @returns segment name per customer, in the order of `scores.ids`
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` for a rule without a name or a bad range
 *
 * @example
 * ```ts
 * import { rfmSegments } from "@dpm/segment";
 *
 * const scores = { ids: ["a", "b"], r: Uint8Array.of(5, 1), f: Uint8Array.of(5, 1), m: Uint8Array.of(5, 1) };
 * rfmSegments(scores); // => ["champions", "lost"]
 * ```
 *
 * @category RFM
 */
export function rfmSegments(scores: RfmScores, options?: RfmSegmentsOptions): string[] {
  const opts = checkOptions(options, ["rules", "fallback"], FN, '{ fallback: "others" }');
  if (scores === null || typeof scores !== "object" || !Array.isArray(scores.ids)) {
    throw new DpmError("INVALID_ARGUMENT", `${FN}: scores must be the result of rfmScores ({ ids, r, f, m })`, { path: "scores" });
  }
  for (const key of ["r", "f", "m"] as const) {
    const col: unknown = scores[key];
    if (!(ArrayBuffer.isView(col) || Array.isArray(col))) throw new DpmError("INVALID_ARGUMENT", `${FN}: scores.${key} must be an array of scores; pass the result of rfmScores`, { path: `scores.${key}` });
  }
  const rules = opts.rules ?? DEFAULT_RFM_RULES;
  if (!Array.isArray(rules)) throw new DpmError("INVALID_ARGUMENT", `${FN}: options.rules must be an array of { name, r?, f?, m? }`, { path: "options.rules" });
  rules.forEach((rule: RfmRule, i: number) => {
    if (typeof rule?.name !== "string" || rule.name === "") throw new DpmError("INVALID_ARGUMENT", `${FN}: options.rules[${i}].name must be a non-empty string`, { path: `options.rules[${i}].name` });
    for (const key of ["r", "f", "m"] as const) {
      const rg = rule[key];
      if (rg !== undefined && (!Array.isArray(rg) || rg.length !== 2 || !(rg[0] <= rg[1]))) {
        throw new DpmError("INVALID_ARGUMENT", `${FN}: options.rules[${i}].${key} must be [min, max] with min ≤ max`, { path: `options.rules[${i}].${key}` });
      }
    }
  });
  const n = scores.ids.length;
  if (scores.r.length !== n || scores.f.length !== n || scores.m.length !== n) throw new DpmError("LENGTH_MISMATCH", `${FN}: scores.r, f, m must have one entry per id`, { path: "scores" });
  const fallback = opts.fallback ?? "others";
  if (typeof fallback !== "string") throw new DpmError("INVALID_ARGUMENT", `${FN}: options.fallback must be a string such as "others"`, { path: "options.fallback" });
  const out = new Array<string>(n);
  for (let i = 0; i < n; i++) {
    const r = scores.r[i]!;
    const f = scores.f[i]!;
    const m = scores.m[i]!;
    let name = fallback;
    for (const rule of rules) {
      if (inRange(r, rule.r) && inRange(f, rule.f) && inRange(m, rule.m)) {
        name = rule.name;
        break;
      }
    }
    out[i] = name;
  }
  return out;
}
