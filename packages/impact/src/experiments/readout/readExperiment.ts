import { checkOptions, DpmError } from "@dpm/core";
import type { Comparison } from "../internal/results.js";
import { checkAlpha, checkChoice, readCounts, readSummary } from "../internal/validate.js";
import type { Counts, Summary } from "../internal/validate.js";
import { adjustPValues } from "../tests/adjustPValues.js";
import { chiSquareTest } from "../tests/chiSquareTest.js";
import type { ChiSquareTestResult } from "../tests/chiSquareTest.js";
import { proportionKernel } from "../tests/proportionTest.js";
import { srmCheck } from "../tests/srmCheck.js";
import type { SrmCheckResult } from "../tests/srmCheck.js";
import { welchKernel } from "../tests/welchTTest.js";

/**
 * One arm of an experiment for {@link readExperiment}: a name plus either conversion counts
 * `{ n, conversions }`, per-unit `values`, or sufficient statistics `{ n, mean, variance }`.
 *
 * @category Readout
 */
export type ReadoutGroup =
  | { readonly name: string; readonly n: number; readonly conversions: number }
  | { readonly name: string; readonly values: ArrayLike<number> }
  | { readonly name: string; readonly n: number; readonly mean: number; readonly variance: number };

/**
 * Options of {@link readExperiment}.
 *
 * @category Readout
 */
export interface ReadExperimentOptions {
  /** Significance level (default 0.05). */
  readonly alpha?: number;
  /** The planned split, one weight per group (default equal). */
  readonly weights?: readonly number[];
  /** Multiple-comparison correction with more than one variant: `"holm"` (default) or `"bh"`. */
  readonly correction?: "holm" | "bh";
  /** The metric's name in sentences (default `"conversion"` or `"the mean"`). */
  readonly metric?: string;
  /** Formats a metric value in sentences (default: a percentage for conversion, 2 decimals otherwise). */
  readonly format?: (value: number) => string;
  /** SRM p-value below which the split is flagged (default 0.001). */
  readonly srmThreshold?: number;
}

/**
 * One variant compared with control.
 *
 * @category Readout
 */
export interface VariantReadout {
  readonly name: string;
  readonly result: Comparison;
  readonly controlValue: number;
  readonly variantValue: number;
  /** The p-value after the multiple-comparison correction (equal to `result.pValue` with one variant). */
  readonly adjustedPValue: number;
  readonly significant: boolean;
}

/**
 * A plain-language experiment readout: every variant against control, the omnibus test of an
 * A/B/n conversion test, and the sample-ratio-mismatch check. `toString()` writes it as sentences.
 *
 * @category Readout
 */
export interface ExperimentReadout {
  readonly kind: "conversion" | "mean";
  readonly metric: string;
  readonly control: string;
  readonly variants: readonly VariantReadout[];
  /** χ² test across all groups (conversion tests with 3 or more groups). */
  readonly omnibus: ChiSquareTestResult | undefined;
  readonly srm: SrmCheckResult;
  readonly alpha: number;
  readonly correction: "holm" | "bh" | "none";
  /** The readout as sentences, one per variant, ending with the SRM verdict. */
  toString(): string;
}

const KEYS = ["alpha", "weights", "correction", "metric", "format", "srmThreshold"];

const pct = (v: number) => `${(100 * v).toFixed(1)} %`;
const signedPct = (v: number) => `${v >= 0 ? "+" : "−"}${Math.abs(Math.round(100 * v))} %`;
const pText = (p: number) => (p < 0.001 ? "p < 0.001" : `p = ${p < 0.01 ? p.toFixed(3) : p.toFixed(2)}`);

function splitLabel(shares: readonly number[]): string {
  return shares.map((s) => String(Math.round(100 * s))).join("/");
}

/**
 * Reads an A/B or A/B/n experiment out: compares each variant with the first group (control) —
 * two-proportion z-test for conversion counts, Welch's t-test for values — corrects the p-values
 * for several variants (Holm or Benjamini–Hochberg), runs the χ² omnibus test, and always checks
 * the split for sample-ratio mismatch. `String(readout)` gives sentences such as
 * "Variant B lifts conversion from 5.0 % to 5.6 % (+12 %, 95 % CI +3 % … +21 %), p = 0.008; the
 * 50/50 split looks healthy (SRM p = 0.61)".
 *
 * @param groups - control first, then the variants (at least 2; all counts, or all values/summaries)
 * @param options - alpha, weights, correction, metric, format, srmThreshold
 * @returns the readout object
 * @throws {@link @dpm/core!DpmError} `TOO_SHORT` for fewer than 2 groups; `INVALID_ARGUMENT` for mixed group kinds, duplicate or missing names, bad counts, alpha outside (0, 1)
 *
 * @example
 * ```ts
 * import { readExperiment } from "@dpm/impact";
 *
 * const readout = readExperiment([
 *   { name: "Control", n: 20050, conversions: 1003 },
 *   { name: "Variant B", n: 19950, conversions: 1117 },
 * ]);
 * readout.variants[0]?.significant; // => true
 * String(readout).startsWith("Variant B lifts conversion from 5.0 % to 5.6 % (+12 %, 95 % CI +3 % … +21 %), p = 0.008"); // => true
 * ```
 *
 * @category Readout
 */
export function readExperiment(groups: readonly ReadoutGroup[], options?: ReadExperimentOptions): ExperimentReadout {
  const fn = "readExperiment";
  const o = checkOptions(options, KEYS, fn, '{ correction: "holm" }');
  const alpha = checkAlpha(o.alpha ?? 0.05, fn);
  const correction = checkChoice(o.correction ?? "holm", ["holm", "bh"], fn, "correction");
  if (!Array.isArray(groups) || groups.length < 2) {
    throw new DpmError("TOO_SHORT", `${fn}: pass control and at least one variant, e.g. [{ name: "A", n: 1000, conversions: 50 }, { name: "B", n: 1000, conversions: 60 }].`, { path: "groups" });
  }
  const names = new Set<string>();
  groups.forEach((g, i) => {
    const name = (g as { name?: unknown } | null)?.name;
    if (typeof name !== "string" || name === "") throw new DpmError("INVALID_ARGUMENT", `${fn}: groups[${i}] needs a name, e.g. "Control".`, { path: `groups[${i}].name` });
    if (names.has(name)) throw new DpmError("INVALID_ARGUMENT", `${fn}: the name "${name}" is used twice; give every group its own name.`, { path: `groups[${i}].name` });
    names.add(name);
  });
  const isCounts = (g: ReadoutGroup) => "conversions" in g;
  const kind = isCounts(groups[0] as ReadoutGroup) ? "conversion" : "mean";
  groups.forEach((g, i) => {
    if (isCounts(g) !== (kind === "conversion")) {
      throw new DpmError("INVALID_ARGUMENT", `${fn}: groups[${i}] is a different kind of metric than control; give all groups conversion counts, or all values.`, { path: `groups[${i}]` });
    }
  });
  const metric = o.metric ?? (kind === "conversion" ? "conversion" : "the mean");
  const format = o.format ?? (kind === "conversion" ? pct : (v: number) => v.toFixed(2));
  const counts: Counts[] = [];
  const summaries: Summary[] = [];
  groups.forEach((g, i) => {
    if (kind === "conversion") counts.push(readCounts(g, fn, `groups[${i}]`));
    else summaries.push(readSummary("values" in g ? g.values : g, fn, `groups[${i}]`));
  });
  const sizes = kind === "conversion" ? counts.map((c) => c.n) : summaries.map((s) => s.n);
  const srm = srmCheck(sizes, o.weights === undefined ? { threshold: o.srmThreshold ?? 0.001 } : { weights: o.weights, threshold: o.srmThreshold ?? 0.001 });
  const raw: Comparison[] = [];
  for (let i = 1; i < groups.length; i++) {
    raw.push(kind === "conversion"
      ? proportionKernel(counts[0] as Counts, counts[i] as Counts, alpha, "two-sided", "delta")
      : welchKernel(summaries[0] as Summary, summaries[i] as Summary, alpha, "two-sided", "delta"));
  }
  const adjusted = raw.length > 1 ? adjustPValues(raw.map((r) => r.pValue), { method: correction }) : Float64Array.from(raw, (r) => r.pValue);
  const value = (i: number) => (kind === "conversion" ? (counts[i] as Counts).conversions / (counts[i] as Counts).n : (summaries[i] as Summary).mean);
  const variants: VariantReadout[] = raw.map((result, j) => ({
    name: (groups[j + 1] as ReadoutGroup).name,
    result,
    controlValue: value(0),
    variantValue: value(j + 1),
    adjustedPValue: adjusted[j] as number,
    significant: result.measurable && (adjusted[j] as number) < alpha,
  }));
  let omnibus: ChiSquareTestResult | undefined;
  if (kind === "conversion" && groups.length > 2 && counts.some((c) => c.conversions > 0) && counts.some((c) => c.conversions < c.n)) {
    omnibus = chiSquareTest(counts.map((c) => [c.conversions, c.n - c.conversions]));
  }
  const level = `${Math.round(100 * (1 - alpha))} %`;
  const controlName = (groups[0] as ReadoutGroup).name;
  const adjustedNote = raw.length > 1 ? ` (${correction === "holm" ? "Holm" : "BH"}-adjusted)` : "";
  const toString = () => {
    const lines = variants.map((v) => {
      const r = v.result;
      if (!r.measurable) return `${v.name} vs ${controlName}: no difference measurable — ${r.note ?? "the metric has no variance"}`;
      const rel = r.relative;
      const verb = !v.significant ? "changes" : r.difference > 0 ? "lifts" : "lowers";
      const effect = rel === undefined
        ? `${r.difference >= 0 ? "+" : "−"}${format(Math.abs(r.difference))}, ${level} CI ${format(r.ciLow)} … ${format(r.ciHigh)}`
        : `${signedPct(rel.lift)}, ${level} CI ${signedPct(rel.ciLow)} … ${signedPct(rel.ciHigh)}`;
      const tail = v.significant ? "" : " — not significant";
      return `${v.name} ${verb} ${metric} from ${format(v.controlValue)} to ${format(v.variantValue)} (${effect}), ${pText(v.adjustedPValue)}${adjustedNote}${tail}`;
    });
    const split = splitLabel(srm.expectedShares);
    const srmText = srm.healthy
      ? `the ${split} split looks healthy (SRM ${pText(srm.pValue)})`
      : `WARNING: the ${split} split is off (observed ${splitLabel(srm.observedShares)}, SRM ${pText(srm.pValue)}) — check assignment and logging before trusting this result`;
    const omni = omnibus === undefined ? "" : `; across all ${groups.length} groups χ² ${pText(omnibus.pValue)}`;
    return `${lines.join(";\n")}${omni}; ${srmText}`;
  };
  return { kind, metric, control: controlName, variants, omnibus, srm, alpha, correction: raw.length > 1 ? correction : "none", toString };
}
