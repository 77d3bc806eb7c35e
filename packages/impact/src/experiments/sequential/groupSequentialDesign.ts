import { checkOptions, DpmError, normalCdf } from "@dpm/core";
import { checkAlpha, checkChoice } from "../internal/validate.js";
import { groupSequentialBounds } from "./groupSequentialKernel.js";
import { alphaSpending } from "./spending.js";
import type { SpendingType } from "./spending.js";

/**
 * Options of {@link groupSequentialDesign}.
 *
 * @category Sequential
 */
export interface GroupSequentialDesignOptions {
  /** Number of looks (1 … 20), equally spaced unless `informationRates` is given. */
  readonly kMax?: number;
  /** Information fraction at each look (increasing, in (0, 1], last = 1 at the planned end); planned or actual. */
  readonly informationRates?: readonly number[];
  /** Overall significance level (default 0.025 one-sided, as rpact; 0.05 is common two-sided). */
  readonly alpha?: number;
  /** 1 (default, reject for Z ≥ c) or 2 (reject for |Z| ≥ c). */
  readonly sided?: 1 | 2;
  /** Spending function: `"OF"` (O'Brien–Fleming type, default) or `"P"` (Pocock type). */
  readonly type?: SpendingType;
}

/**
 * A group-sequential design.
 *
 * @category Sequential
 */
export interface GroupSequentialDesign {
  readonly kMax: number;
  readonly alpha: number;
  readonly sided: 1 | 2;
  readonly type: SpendingType;
  readonly informationRates: readonly number[];
  /** z boundary per look: stop for efficacy when Z ≥ c (or |Z| ≥ c two-sided). */
  readonly criticalValues: readonly number[];
  /** Cumulative alpha spent by each look. */
  readonly alphaSpent: readonly number[];
  /** The nominal p-value per look that corresponds to its boundary (one-sided, as rpact's `stageLevels`). */
  readonly stageLevels: readonly number[];
}

const KEYS = ["kMax", "informationRates", "alpha", "sided", "type"];
const MAX_LOOKS = 20;

/** @internal Validates options and reads the information rates. */
export function readDesignOptions(o: Partial<GroupSequentialDesignOptions>, fn: string): { rates: Float64Array; alpha: number; sided: 1 | 2; type: SpendingType } {
  const alpha = checkAlpha(o.alpha ?? 0.025, fn);
  const sided = o.sided ?? 1;
  if (sided !== 1 && sided !== 2) throw new DpmError("INVALID_ARGUMENT", `${fn}: sided must be 1 or 2, got ${String(sided)}.`, { path: "options.sided" });
  const type = checkChoice(o.type ?? "OF", ["OF", "P"], fn, "type");
  let rates: Float64Array;
  if (o.informationRates !== undefined) {
    const r = o.informationRates;
    if (!Array.isArray(r) || r.length === 0 || r.length > MAX_LOOKS) {
      throw new DpmError("INVALID_ARGUMENT", `${fn}: informationRates must list 1 to ${MAX_LOOKS} increasing fractions, e.g. [0.25, 0.5, 0.75, 1].`, { path: "options.informationRates" });
    }
    rates = new Float64Array(r.length);
    for (let i = 0; i < r.length; i++) {
      const v = r[i] as unknown;
      if (typeof v !== "number" || !Number.isFinite(v) || v <= 0 || v > 1 || (i > 0 && v <= (r[i - 1] as number))) {
        throw new DpmError("INVALID_ARGUMENT", `${fn}: informationRates[${i}] must be in (0, 1] and larger than the previous rate, got ${String(v)}.`, { path: `options.informationRates[${i}]` });
      }
      rates[i] = v;
    }
    if (o.kMax !== undefined && o.kMax !== r.length) {
      throw new DpmError("LENGTH_MISMATCH", `${fn}: kMax (${String(o.kMax)}) differs from the ${r.length} informationRates; give one of them.`, { path: "options.kMax" });
    }
  } else {
    const k = o.kMax ?? 3;
    if (typeof k !== "number" || !Number.isInteger(k) || k < 1 || k > MAX_LOOKS) {
      throw new DpmError("INVALID_ARGUMENT", `${fn}: kMax must be a whole number of looks from 1 to ${MAX_LOOKS}, got ${String(k)}.`, { path: "options.kMax" });
    }
    rates = new Float64Array(k);
    for (let i = 0; i < k; i++) rates[i] = (i + 1) / k;
  }
  return { rates, alpha, sided, type };
}

/** @internal Design from validated inputs. */
export function designKernel(rates: Float64Array, alpha: number, sided: 1 | 2, type: SpendingType): GroupSequentialDesign {
  const cumulative = new Float64Array(rates.length);
  for (let i = 0; i < rates.length; i++) cumulative[i] = alphaSpending(rates[i] as number, alpha, sided, type);
  const bounds = groupSequentialBounds(rates, cumulative, sided);
  return {
    kMax: rates.length,
    alpha,
    sided,
    type,
    informationRates: Array.from(rates),
    criticalValues: Array.from(bounds),
    alphaSpent: Array.from(cumulative),
    stageLevels: Array.from(bounds, (c) => 1 - normalCdf(c)),
  };
}

/**
 * A group-sequential design with Lan–DeMets alpha spending, so an experiment can be checked at
 * interim looks without inflating false positives. Returns the z boundary of every look — the
 * numbers of rpact's `getDesignGroupSequential(typeOfDesign = "asOF" | "asP")`. Pass the actual
 * information fractions of the looks so far (units observed / units planned) to recompute the
 * boundaries for looks that did not happen on schedule.
 *
 * @param options - kMax or informationRates, alpha, sided, type
 * @returns critical values, cumulative alpha spent and nominal levels per look
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` for kMax outside 1 … 20, rates that are not increasing in (0, 1], alpha outside (0, 1), sided not 1 or 2, an unknown type
 *
 * @example
 * ```ts
 * import { groupSequentialDesign } from "@dpm/impact";
 *
 * const d = groupSequentialDesign({ kMax: 3, alpha: 0.025, type: "OF" });
 * d.criticalValues.map((c) => +c.toFixed(3)); // => [3.71, 2.511, 1.993]
 * ```
 *
 * @category Sequential
 */
export function groupSequentialDesign(options?: GroupSequentialDesignOptions): GroupSequentialDesign {
  const fn = "groupSequentialDesign";
  const o = checkOptions(options, KEYS, fn, '{ kMax: 4, type: "OF" }');
  const { rates, alpha, sided, type } = readDesignOptions(o, fn);
  return designKernel(rates, alpha, sided, type);
}
