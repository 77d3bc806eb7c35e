import { checkOptions, DpmError } from "@dpm/core";
import { checkChoice } from "../internal/validate.js";

/**
 * Options of {@link adjustPValues}.
 *
 * @category Experiments
 */
export interface AdjustPValuesOptions {
  /** `"holm"` (default; controls the family-wise error), `"bh"` (Benjamini–Hochberg false discovery rate) or `"bonferroni"`. */
  readonly method?: "holm" | "bh" | "bonferroni";
}

/**
 * Adjusts p-values for multiple comparisons (several variants against one control), exactly as R's
 * `p.adjust(p, "holm" | "BH" | "bonferroni")`. Compare the adjusted values with your alpha.
 *
 * @param pValues - raw p-values, each in [0, 1]
 * @param options - method
 * @returns the adjusted p-values, in the input order
 * @throws {@link @dpm/core!DpmError} `EMPTY` for no p-values; `INVALID_ARGUMENT` for a value outside [0, 1]
 *
 * @example
 * ```ts
 * import { adjustPValues } from "@dpm/impact";
 *
 * Array.from(adjustPValues([0.01, 0.04, 0.03], { method: "holm" }), (p) => +p.toFixed(2)); // => [0.03, 0.06, 0.06]
 * Array.from(adjustPValues([0.01, 0.04, 0.03], { method: "bh" }), (p) => +p.toFixed(2)); // => [0.03, 0.04, 0.04]
 * ```
 *
 * @category Experiments
 */
export function adjustPValues(pValues: ArrayLike<number>, options?: AdjustPValuesOptions): Float64Array {
  const fn = "adjustPValues";
  const o = checkOptions(options, ["method"], fn, '{ method: "holm" }');
  const method = checkChoice(o.method ?? "holm", ["holm", "bh", "bonferroni"], fn, "method");
  if (pValues === null || typeof pValues !== "object" || typeof pValues.length !== "number") {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: pValues must be an array of probabilities, e.g. [0.01, 0.04].`, { path: "pValues" });
  }
  const m = pValues.length;
  if (m === 0) throw new DpmError("EMPTY", `${fn}: pValues is empty; pass at least one p-value.`, { path: "pValues" });
  for (let i = 0; i < m; i++) {
    const p = pValues[i];
    if (typeof p !== "number" || !(p >= 0 && p <= 1)) {
      throw new DpmError("INVALID_ARGUMENT", `${fn}: pValues[${i}] must be a probability in [0, 1], got ${String(p)}.`, { path: `pValues[${i}]` });
    }
  }
  const out = new Float64Array(m);
  if (method === "bonferroni") {
    for (let i = 0; i < m; i++) out[i] = Math.min(1, (pValues[i] as number) * m);
    return out;
  }
  const order = Array.from({ length: m }, (_, i) => i).sort((a, b) => (pValues[a] as number) - (pValues[b] as number));
  if (method === "holm") {
    let running = 0;
    for (let r = 0; r < m; r++) {
      const i = order[r] as number;
      running = Math.max(running, Math.min(1, (m - r) * (pValues[i] as number)));
      out[i] = running;
    }
    return out;
  }
  let running = 1;
  for (let r = m - 1; r >= 0; r--) {
    const i = order[r] as number;
    running = Math.min(running, ((pValues[i] as number) * m) / (r + 1));
    out[i] = Math.min(1, running);
  }
  return out;
}
