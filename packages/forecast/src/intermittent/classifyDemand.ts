import { checkOptions, DpmError } from "@dpm/core";
import type { SeriesInput } from "../internal/input.js";
import { readDemand } from "./intermittentInput.js";

/**
 * The demand pattern of a series (Syntetos, Boylan & Croston 2005), see {@link classifyDemand}.
 *
 * @category Intermittent demand
 */
export interface DemandClass {
  /** Average demand interval: periods per non-zero demand (n / number of demands). */
  readonly adi: number;
  /** Squared coefficient of variation of the non-zero demand sizes (0 with a single demand). */
  readonly cv2: number;
  /** Share of periods with zero demand. */
  readonly zeroShare: number;
  /** `"smooth"` (ADI < 1.32, CV² < 0.49), `"erratic"` (ADI < 1.32), `"intermittent"` (CV² < 0.49) or `"lumpy"`. */
  readonly kind: "smooth" | "erratic" | "intermittent" | "lumpy";
}

/**
 * Options for {@link classifyDemand}.
 *
 * @category Intermittent demand
 */
export interface ClassifyDemandOptions {
  /** ADI cut-off (default 1.32). */
  readonly adiCutoff?: number;
  /** CV² cut-off (default 0.49). */
  readonly cv2Cutoff?: number;
}

const FN = "classifyDemand";

/**
 * Classifies a demand series by its average demand interval (ADI) and the squared coefficient of
 * variation of its non-zero sizes (CV²), with Syntetos–Boylan–Croston's cut-offs 1.32 and 0.49:
 * smooth, erratic, intermittent or lumpy. {@link autoForecast} uses it to send intermittent and
 * lumpy series (ADI ≥ 1.32) to the SBA method.
 *
 * @param series - demand per period (≥ 0, at least one non-zero), a TimeSeries or an array
 * @param options - `adiCutoff`, `cv2Cutoff`
 * @returns ADI, CV², the share of zeros and the class
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` for negative or huge (> 1e100) values, an all-zero series or bad cut-offs; `NON_FINITE`; `TOO_SHORT` for fewer than 2 values
 *
 * @example
 * ```ts
 * import { classifyDemand } from "@dpm/forecast";
 *
 * const c = classifyDemand([0, 0, 3, 0, 0, 0, 5, 0, 2, 0, 0, 4]);
 * c.adi; // => 3
 * c.kind; // => "intermittent"
 * classifyDemand([5, 6, 4, 5, 7, 5]).kind; // => "smooth"
 * ```
 *
 * @category Intermittent demand
 */
export function classifyDemand(series: SeriesInput, options?: ClassifyDemandOptions): DemandClass {
  const opts = checkOptions(options, ["adiCutoff", "cv2Cutoff"], FN, "{ adiCutoff: 1.32 }");
  const cut = (v: unknown, d: number, name: string) => {
    if (v === undefined) return d;
    if (typeof v !== "number" || !(v > 0 && Number.isFinite(v))) throw new DpmError("INVALID_ARGUMENT", `${FN}: options.${name} must be a positive number, got ${String(v)}.`, { path: `options.${name}` });
    return v;
  };
  const adiCut = cut(opts.adiCutoff, 1.32, "adiCutoff");
  const cv2Cut = cut(opts.cv2Cutoff, 0.49, "cv2Cutoff");
  return classifyValues(readDemand(series, FN).values, adiCut, cv2Cut);
}

/** @internal {@link classifyDemand} on validated values. */
export function classifyValues(y: Float64Array, adiCut = 1.32, cv2Cut = 0.49): DemandClass {
  let k = 0;
  let s = 0;
  for (const v of y) if (v > 0) {
    k++;
    s += v;
  }
  const mean = s / k;
  let ss = 0;
  for (const v of y) if (v > 0) ss += (v - mean) ** 2;
  const cv2 = k > 1 ? ss / (k - 1) / (mean * mean) : 0;
  const adi = y.length / k;
  const kind = adi < adiCut ? (cv2 < cv2Cut ? "smooth" : "erratic") : cv2 < cv2Cut ? "intermittent" : "lumpy";
  return { adi, cv2, zeroShare: 1 - k / y.length, kind };
}
