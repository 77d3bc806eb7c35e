import { checkOptions, DpmError } from "@dpm/core";
import { readPeriods } from "../mstl/periods.js";

/**
 * Options for {@link fourierTerms}.
 *
 * @category ARIMA
 */
export interface FourierTermsOptions {
  /** Seasonal periods in observations, e.g. `[12]`, `[24, 168]` or `[52.18]` (non-integer allowed). */
  readonly periods: readonly number[];
  /** Number of sine/cosine pairs K per period (K ≤ period / 2), one per period. */
  readonly harmonics: readonly number[];
  /** Observations before the first row (default 0: rows for t = 1…length; use n for the n + 1… future rows). */
  readonly offset?: number;
}

const KEYS = ["harmonics", "offset", "periods"] as const;
const FN = "fourierTerms";

/**
 * Fourier terms for seasonal regression, as R's `forecast::fourier`: for each period m and k = 1…K
 * the columns `S{k}-{m}` = sin(2πkt/m) and `C{k}-{m}` = cos(2πkt/m) at t = offset + 1 …
 * offset + length (a sine that is zero at every t, k = m/2, is left out, as are duplicates of a
 * shorter period's terms). Pass them as `xreg` to {@link fitArima} — and the same call with
 * `offset: n` to {@link forecastArima} — for dynamic harmonic regression.
 *
 * @param length - number of rows (observations), an integer ≥ 1 (at most 10,000,000)
 * @param options - `periods`, `harmonics` (one K per period), `offset`
 * @returns the columns by name, in R's order
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` for a bad length, periods, harmonics (K must be an integer from 1 to m/2) or offset
 *
 * @example
 * ```ts
 * import { fourierTerms } from "@dpm/forecast";
 *
 * const X = fourierTerms(24, { periods: [12], harmonics: [2] });
 * Object.keys(X); // => ["S1-12", "C1-12", "S2-12", "C2-12"]
 * Math.abs(X["C1-12"][11] - 1) < 1e-12; // => true
 * Object.keys(fourierTerms(4, { periods: [4], harmonics: [2] })); // => ["S1-4", "C1-4", "C2-4"]
 * ```
 *
 * @category ARIMA
 */
export function fourierTerms(length: number, options: FourierTermsOptions): Record<string, Float64Array> {
  const opts = checkOptions(options, KEYS, FN, "{ periods: [12], harmonics: [2] }");
  if (options === undefined) throw new DpmError("INVALID_ARGUMENT", `${FN}: options { periods, harmonics } are required, e.g. { periods: [12], harmonics: [2] }.`, { path: "options" });
  if (!Number.isInteger(length) || length < 1 || length > 10_000_000) {
    throw new DpmError("INVALID_ARGUMENT", `${FN}: length must be an integer from 1 to 10,000,000 (the number of rows), got ${String(length)}.`, { path: "length" });
  }
  const periods = readPeriods(opts.periods, FN);
  // keep each K with its period after sorting
  const raw = opts.harmonics as unknown;
  if (!Array.isArray(raw) || raw.length !== (opts.periods as unknown[]).length) {
    throw new DpmError("INVALID_ARGUMENT", `${FN}: options.harmonics must give one K per period (${(opts.periods as unknown[]).length}), e.g. [2].`, { path: "options.harmonics" });
  }
  const byPeriod = new Map<number, number>();
  (opts.periods as number[]).forEach((p, i) => {
    const k = raw[i] as unknown;
    if (typeof k !== "number" || !Number.isInteger(k) || k < 1 || k > p / 2) {
      throw new DpmError("INVALID_ARGUMENT", `${FN}: options.harmonics[${i}] must be an integer from 1 to ${Math.floor(p / 2)} (at most half the period ${p}), got ${String(k)}.`, { path: `options.harmonics[${i}]` });
    }
    byPeriod.set(p, k);
  });
  const offset = opts.offset ?? 0;
  if (!Number.isInteger(offset) || offset < 0 || offset > 1e9) {
    throw new DpmError("INVALID_ARGUMENT", `${FN}: options.offset must be an integer ≥ 0 (observations before the first row), got ${String(offset)}.`, { path: "options.offset" });
  }
  const out: Record<string, Float64Array> = {};
  const seen: number[] = [];
  for (const m of periods) {
    const K = byPeriod.get(m) as number;
    for (let k = 1; k <= K; k++) {
      const f = k / m;
      if (seen.some((s) => Math.abs(s - f) < 1e-12)) continue;
      seen.push(f);
      const label = Math.round(m);
      const hasSin = Math.abs(2 * f - Math.round(2 * f)) > Number.EPSILON;
      const s = new Float64Array(length);
      const c = new Float64Array(length);
      for (let t = 0; t < length; t++) {
        // reduce the argument mod 1 for accuracy at large t (R uses sinpi/cospi)
        const x = f * (offset + t + 1);
        const a = 2 * Math.PI * (x - Math.floor(x));
        s[t] = Math.sin(a);
        c[t] = Math.cos(a);
      }
      if (hasSin) out[`S${k}-${label}`] = s;
      out[`C${k}-${label}`] = c;
    }
  }
  return out;
}
