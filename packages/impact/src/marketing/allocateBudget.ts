import { checkOptions, DpmError } from "@dpm/core";
import { allocateOnCurves, type Curve, marginal, response } from "./internal/allocate.js";
import { bootstrapQuantile } from "./internal/bootstrapQuantile.js";
import { readNumber } from "./internal/validate.js";
import type { MarketingMixFit } from "./fitMarketingMix.js";

/**
 * Options of {@link allocateBudget}. Spends are per week (the unit of the fitted data).
 *
 * @category Marketing mix
 */
export interface AllocateBudgetOptions {
  /** Weekly budget to split (default: the current total). With `objective: "profit"` it is a cap. */
  readonly total?: number;
  /** Current weekly spend per channel (default: the fitted period's mean weekly spend). */
  readonly current?: Readonly<Record<string, number>>;
  /** Lowest weekly spend per channel (default 0). */
  readonly lower?: Readonly<Record<string, number>>;
  /** Highest weekly spend per channel (default: the total). */
  readonly upper?: Readonly<Record<string, number>>;
  /** `"sales"` (default): maximise predicted sales with the whole budget; `"profit"`: maximise margin·sales − spend, spending less than the total if that pays more. */
  readonly objective?: "sales" | "profit";
  /** Profit per unit of sales (required for `objective: "profit"`). */
  readonly margin?: number;
  /** Interval level of the lift (default: the fit's level). */
  readonly level?: number;
}

/**
 * One channel's line of a {@link BudgetAllocation}.
 *
 * @category Marketing mix
 */
export interface ChannelAllocation {
  readonly name: string;
  readonly current: number;
  readonly optimal: number;
  readonly currentResponse: number;
  readonly optimalResponse: number;
  /** Sales from the next unit of weekly spend at the optimal split (equal across interior channels). */
  readonly marginalRoas: number;
}

/**
 * Result of {@link allocateBudget}.
 *
 * @category Marketing mix
 */
export interface BudgetAllocation {
  readonly channels: readonly ChannelAllocation[];
  readonly total: number;
  /** Predicted weekly media-driven sales at the optimal and the current split. */
  readonly expectedSales: number;
  readonly currentSales: number;
  /** expectedSales − currentSales, with its bootstrap interval (the same two splits on each draw's curves). */
  readonly lift: number;
  readonly liftLow: number;
  readonly liftHigh: number;
  readonly level: number;
  toString(): string;
}

const KNOWN = ["total", "current", "lower", "upper", "objective", "margin", "level"];
const FN = "allocateBudget";

/**
 * Splits a weekly budget across channels to maximise predicted sales (or profit) on the fitted
 * steady-state response curves r_j(s) = β_j·hill(s / (1 − decay_j)), within per-channel bounds.
 * The sum constraint is handled exactly by a Lagrange multiplier: each channel's best spend for a
 * multiplier is a bound or where its marginal ROAS equals it (core's `brentRoot` on the concave
 * branch), and the multiplier is bisected until the spends use the budget — so at the optimum
 * every channel strictly inside its bounds has the same marginal ROAS. The lift over the current
 * split gets a percentile interval over the fit's bootstrap draws.
 *
 * @param fit - a {@link fitMarketingMix} result
 * @param options - total, current split, bounds, objective, margin, level
 * @returns the optimal split, expected sales and the lift with its interval
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` for unknown channels, negative or inconsistent bounds (Σ lower > total or Σ upper < total), or `objective: "profit"` without a margin
 *
 * @example
 * ```ts
 * import { allocateBudget, fitMarketingMix } from "@dpm/impact";
 *
 * const weeks = 104;
 * const tv = Array.from({ length: weeks }, (_, t) => (t % 4 === 0 ? 100 : 20 + (t % 3) * 10));
 * const search = Array.from({ length: weeks }, (_, t) => 30 + ((t * 7) % 11) * 5);
 * const sales = tv.map((_, t) => 500 + 300 * (search[t]! / (search[t]! + 50)) + 200 * (tv[t]! / (tv[t]! + 40)));
 * const fit = fitMarketingMix({ sales, spend: { tv, search } }, { searchBudget: 20, bootstrap: 20 });
 * const plan = allocateBudget(fit); // the current weekly total, split better
 * Math.abs(plan.channels[0]!.optimal + plan.channels[1]!.optimal - plan.total) < 1e-6; // => true
 * plan.expectedSales >= plan.currentSales - 1e-9; // => true
 * ```
 *
 * @category Marketing mix
 */
export function allocateBudget(fit: MarketingMixFit, options?: AllocateBudgetOptions): BudgetAllocation {
  const opts = checkOptions(options, KNOWN, FN, "{ total: 5000 }");
  if (typeof fit !== "object" || fit === null || !Array.isArray(fit.channels) || typeof fit.draws !== "object") {
    throw new DpmError("INVALID_ARGUMENT", `${FN}: fit must be the result of fitMarketingMix.`, { path: "fit" });
  }
  const names = fit.channels.map((c) => c.name);
  const k = names.length;
  const dr = fit.draws as unknown as Record<string, unknown>;
  const drawCount = dr.count;
  const drawsOk =
    typeof drawCount === "number" && Number.isInteger(drawCount) && drawCount >= 0 &&
    ["decay", "halfSaturation", "shape", "coefficient"].every((key) => dr[key] instanceof Float64Array && (dr[key] as Float64Array).length === drawCount * k);
  if (!drawsOk) throw new DpmError("INVALID_ARGUMENT", `${FN}: fit.draws is malformed; pass the result of fitMarketingMix unchanged.`, { path: "fit.draws" });
  const perChannel = (rec: unknown, path: string, fallback: (j: number) => number): number[] => {
    if (rec === undefined) return names.map((_, j) => fallback(j));
    if (typeof rec !== "object" || rec === null) throw new DpmError("INVALID_ARGUMENT", `${FN}: ${path} must be { channel: weekly spend }.`, { path });
    for (const key of Object.keys(rec)) {
      if (!names.includes(key)) throw new DpmError("INVALID_ARGUMENT", `${FN}: ${path}.${key} is not a fitted channel; the channels are ${names.map((s) => `"${s}"`).join(", ")}.`, { path: `${path}.${key}` });
    }
    const r = rec as Record<string, unknown>;
    return names.map((name, j) => (r[name] === undefined ? fallback(j) : readNumber(r[name], FN, `${path}.${name}`, 0, Number.MAX_VALUE)));
  };
  const current = perChannel(opts.current, "options.current", (j) => fit.channels[j]!.weeklySpend);
  const total = readNumber(opts.total, FN, "options.total", 0, Number.MAX_VALUE, current.reduce((a, b) => a + b, 0));
  const lower = perChannel(opts.lower, "options.lower", () => 0);
  const upper = perChannel(opts.upper, "options.upper", () => total);
  lower.forEach((l, j) => {
    if (l > upper[j]!) throw new DpmError("INVALID_ARGUMENT", `${FN}: the lower bound of "${names[j]}" (${l}) exceeds its upper bound (${upper[j]}).`, { path: `options.lower.${names[j]}` });
  });
  const objective = opts.objective ?? "sales";
  if (objective !== "sales" && objective !== "profit") throw new DpmError("INVALID_ARGUMENT", `${FN}: options.objective must be "sales" or "profit", got ${String(objective)}.`, { path: "options.objective" });
  const margin = objective === "profit" ? readNumber(opts.margin, FN, "options.margin", 0, Number.MAX_VALUE, undefined, true) : undefined;
  const sumLower = lower.reduce((a, b) => a + b, 0);
  const sumUpper = upper.reduce((a, b) => a + b, 0);
  if (sumLower > total * (1 + 1e-12)) throw new DpmError("INVALID_ARGUMENT", `${FN}: the lower bounds add up to ${sumLower}, more than the total ${total}; lower them or raise the total.`, { path: "options.lower" });
  if (objective === "sales" && sumUpper < total * (1 - 1e-12)) throw new DpmError("INVALID_ARGUMENT", `${FN}: the upper bounds add up to ${sumUpper}, less than the total ${total}; raise them or lower the total.`, { path: "options.upper" });
  const fitLevel = typeof fit.level === "number" && fit.level > 0 && fit.level < 1 ? fit.level : 0.9;
  const level = readNumber(opts.level, FN, "options.level", 0, 1, fitLevel, true, true);

  const curves: Curve[] = fit.channels.map((c) => ({ coefficient: c.coefficient, carry: 1 / (1 - c.decay), halfSaturation: c.halfSaturation, shape: c.shape }));
  const optimal = allocateOnCurves(curves, total, lower, upper, margin);
  const sales = (cs: readonly Curve[], s: ArrayLike<number>) => cs.reduce((acc, c, j) => acc + response(c, s[j]!), 0);
  const expectedSales = sales(curves, optimal);
  const currentSales = sales(curves, current);
  const { count, coefficient, decay, halfSaturation, shape } = fit.draws;
  const lifts = new Float64Array(count);
  for (let b = 0; b < count; b++) {
    const cs = names.map((_, j) => ({ coefficient: coefficient[b * k + j]!, carry: 1 / (1 - decay[b * k + j]!), halfSaturation: halfSaturation[b * k + j]!, shape: shape[b * k + j]! }));
    lifts[b] = sales(cs, optimal) - sales(cs, current);
  }
  lifts.sort();
  const q = (p: number) => bootstrapQuantile(lifts, p);
  const alpha = (1 - level) / 2;
  const channels: ChannelAllocation[] = names.map((name, j) => ({
    name,
    current: current[j]!,
    optimal: optimal[j]!,
    currentResponse: response(curves[j]!, current[j]!),
    optimalResponse: response(curves[j]!, optimal[j]!),
    marginalRoas: marginal(curves[j]!, optimal[j]!),
  }));
  const lift = expectedSales - currentSales;
  const liftLow = q(alpha);
  const liftHigh = q(1 - alpha);
  const toString = () => {
    const f = (x: number) => (Math.abs(x) >= 100 ? Math.round(x).toLocaleString("en-US") : Number(x.toPrecision(3)).toString());
    const lines = [`Budget ${f(total)} per week: expected media sales ${f(expectedSales)} vs ${f(currentSales)} now, lift ${f(lift)} [${f(liftLow)}, ${f(liftHigh)}] (${Math.round(level * 100)} %)`];
    for (const c of channels) lines.push(`  ${c.name.padEnd(12)} ${f(c.current).padStart(8)} → ${f(c.optimal).padStart(8)}   marginal ROAS ${f(c.marginalRoas)}`);
    return lines.join("\n");
  };
  return { channels, total, expectedSales, currentSales, lift, liftLow, liftHigh, level, toString };
}
