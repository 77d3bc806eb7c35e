/**
 * What every causal estimator in `@dpm/impact` returns: the effect with its standard error,
 * confidence interval and p value, the one-sentence assumption it rests on, whether the
 * diagnostics that test that assumption passed, and plain-language warnings when they did not.
 *
 * @category Causal impact
 */
export interface CausalEstimate {
  /** The method, e.g. `"two-way fixed effects DiD"`. */
  readonly method: string;
  /** What is estimated: `"ATT"` (effect on the treated), `"ATE"` (average effect), `"LATE"`… */
  readonly estimand: string;
  readonly estimate: number;
  readonly stdError: number;
  readonly ciLow: number;
  readonly ciHigh: number;
  /** Confidence level of the interval (0.95 by default). */
  readonly level: number;
  /** Two-sided p value for "no effect". */
  readonly pValue: number;
  /** The identifying assumption, in one sentence. */
  readonly assumption: string;
  /** False when a diagnostic says the estimate cannot be trusted; `warnings` says why. */
  readonly trustworthy: boolean;
  /** Plain-language findings of the diagnostics (empty when all passed). */
  readonly warnings: readonly string[];
  /** A short readout: estimate, interval, assumption, warnings. */
  toString(): string;
}

function fmt(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  const a = Math.abs(x);
  if (a !== 0 && (a >= 1e6 || a < 1e-3)) return x.toExponential(3);
  return Number(x.toPrecision(4)).toString();
}

/** @internal The shared readout text. */
export function formatEstimate(e: Omit<CausalEstimate, "toString">, extra: readonly string[] = []): string {
  const p = e.pValue < 1e-4 ? "< 0.0001" : `= ${e.pValue.toFixed(4)}`;
  const lines = [
    `${e.method} — ${e.estimand}: ${fmt(e.estimate)} (${Math.round(e.level * 100)}% CI ${fmt(e.ciLow)} to ${fmt(e.ciHigh)}; SE ${fmt(e.stdError)}; p ${p})`,
    ...extra,
    `Assumes: ${e.assumption}`,
    e.trustworthy ? "Diagnostics: passed." : "Diagnostics: the estimate cannot be trusted as it stands.",
    ...e.warnings.map((w) => `Warning: ${w}`),
  ];
  return lines.join("\n");
}

/** @internal Attaches toString to a plain result object. */
export function withReadout<T extends Omit<CausalEstimate, "toString">>(e: T, extra: () => readonly string[] = () => []): T & { toString(): string } {
  return Object.assign(e, { toString: () => formatEstimate(e, extra()) });
}

/** @internal Formats a number for readouts. */
export { fmt as formatNumber };
