import { DpmError, isTimeSeries } from "@dpm/core";
import { describe } from "../internal/checks.js";

/**
 * Net Promoter Score from raw 0–10 survey answers ("How likely are you to recommend us?"):
 * the percentage of promoters (9–10) minus the percentage of detractors (0–6); passives (7–8)
 * count in the total only. For counts per period (a series), use {@link npsFromCounts}.
 *
 * - **Unit:** points from −100 to 100 (not a ratio).
 * - **Direction:** higher is better.
 *
 * @param scores - the answers: integers from 0 to 10
 * @returns the NPS
 * @throws {@link @dpm/core!DpmError} `EMPTY` for no answers; `INVALID_ARGUMENT` naming the first answer that
 *   is not an integer in 0–10
 *
 * @example
 * ```ts
 * import { nps } from "@dpm/kpi";
 *
 * nps([10, 9, 9, 8, 7, 6, 3, 10, 9, 5]); // => 20 (5 promoters, 3 detractors of 10)
 * ```
 *
 * @category Customers
 */
export function nps(scores: ArrayLike<number>): number {
  const fn = "nps";
  if (isTimeSeries(scores) || !(Array.isArray(scores) || (ArrayBuffer.isView(scores) && !(scores instanceof DataView)))) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: scores must be an array of 0–10 answers, got ${describe(scores)}; for counts per period use npsFromCounts.`, {
      path: "scores",
    });
  }
  if (scores.length === 0) throw new DpmError("EMPTY", `${fn}: scores is empty; pass at least one survey answer.`, { path: "scores" });
  let promoters = 0;
  let detractors = 0;
  for (let i = 0; i < scores.length; i++) {
    const s = scores[i] as unknown;
    if (typeof s !== "number" || !Number.isInteger(s) || s < 0 || s > 10) {
      throw new DpmError("INVALID_ARGUMENT", `${fn}: scores[${i}] must be an integer from 0 to 10, got ${describe(s)}.`, {
        path: `scores[${i}]`,
        details: { index: i, value: s },
      });
    }
    if (s >= 9) promoters++;
    else if (s <= 6) detractors++;
  }
  return ((promoters - detractors) * 100) / scores.length;
}
