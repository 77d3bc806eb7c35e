import { checkOptions, DpmError, fitLinearModel } from "@dpm/core";
import { twoStageLeastSquares } from "../causal/twoStageLeastSquares.js";
import { readSeries } from "../marketing/internal/validate.js";
import { type DemandCurve, optimalPrice } from "./optimalPrice.js";

/**
 * Data of {@link priceElasticity}: one row per period (or store-week…).
 *
 * @category Pricing
 */
export interface PriceElasticityData {
  /** Units sold (> 0 for the log models). */
  readonly quantity: ArrayLike<number>;
  /** Own price (> 0 for the log-log model). */
  readonly price: ArrayLike<number>;
  /** Controls entered as given: season dummies, promotion flags, log competitor price… */
  readonly controls?: Readonly<Record<string, ArrayLike<number>>>;
  /** Excluded instruments for the price (cost shifters, taxes): switches to two-stage least squares. */
  readonly instruments?: Readonly<Record<string, ArrayLike<number>>>;
}

/**
 * Options of {@link priceElasticity}.
 *
 * @category Pricing
 */
export interface PriceElasticityOptions {
  /** `"logLog"` (default): log q on log p, the slope is the elasticity; `"logLinear"`: log q on p; `"linear"`: q on p. */
  readonly model?: "logLog" | "logLinear" | "linear";
  /** Standard errors (default `"HC1"`, heteroskedasticity-robust). */
  readonly covariance?: "classical" | "HC0" | "HC1";
  /** Confidence level (default 0.95). */
  readonly level?: number;
}

/**
 * A price optimum with the interval implied by the slope's confidence interval.
 *
 * @category Pricing
 */
export interface PriceOptimumInterval {
  readonly price: number;
  readonly low: number;
  /** `Infinity` when the interval reaches inelastic demand (e ≥ −1, or slope ≥ 0). */
  readonly high: number;
  readonly volume: number;
  readonly profit: number;
}

/**
 * Result of {@link priceElasticity}.
 *
 * @category Pricing
 */
export interface PriceElasticityResult {
  readonly model: "logLog" | "logLinear" | "linear";
  readonly method: "OLS" | "2SLS";
  /** Own-price elasticity (log-log: the slope; otherwise at the mean price and quantity). */
  readonly elasticity: number;
  /** Price coefficient and its standard error and interval. */
  readonly slope: number;
  readonly stdError: number;
  readonly ciLow: number;
  readonly ciHigh: number;
  readonly level: number;
  readonly n: number;
  /** The fitted demand curve with the controls at their means. */
  readonly demand: DemandCurve;
  /** First-stage F of the instruments (2SLS only). */
  readonly firstStageF?: number;
  readonly warnings: readonly string[];
  /** The profit-maximising price for a unit cost, with the interval from the slope's interval (the optimum is monotone in the slope). */
  optimalPrice(cost: number): PriceOptimumInterval;
  toString(): string;
}

const KNOWN = ["model", "covariance", "level"];
const FN = "priceElasticity";

/**
 * Price elasticity of demand by regression: log-log (constant elasticity), log-linear or linear,
 * with controls, robust (HC1) standard errors via core's `fitLinearModel` — or, when instruments are
 * given, by two-stage least squares ({@link twoStageLeastSquares}), which removes the bias of prices
 * that respond to demand shocks. The result carries the demand curve and the optimal price with an
 * interval.
 *
 * @param data - quantity, price, optional controls and instruments
 * @param options - model, covariance, level
 * @returns the elasticity with its interval, the demand curve and an optimiser
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` for non-positive quantities/prices in a log model or instruments with the linear model; `LENGTH_MISMATCH`, `NON_FINITE`, `TOO_SHORT`; `SINGULAR` for collinear controls (named)
 *
 * @example
 * ```ts
 * import { priceElasticity } from "@dpm/impact";
 *
 * const price = [8, 9, 10, 11, 12, 8.5, 9.5, 10.5, 11.5, 12.5];
 * const noise = [0.02, -0.01, 0.01, -0.02, 0, 0.01, -0.02, 0.02, 0, -0.01];
 * const quantity = price.map((p, i) => Math.exp(6 - 2 * Math.log(p) + noise[i]!));
 * const e = priceElasticity({ quantity, price });
 * Math.round(e.elasticity * 10) / 10; // => -2
 * Math.round(e.optimalPrice(5).price); // => 10
 * ```
 *
 * @category Pricing
 */
export function priceElasticity(data: PriceElasticityData, options?: PriceElasticityOptions): PriceElasticityResult {
  const opts = checkOptions(options, KNOWN, FN, '{ model: "logLog" }');
  if (typeof data !== "object" || data === null) throw new DpmError("INVALID_ARGUMENT", `${FN}: data must be { quantity, price, controls?, instruments? }.`, { path: "data" });
  const model = opts.model ?? "logLog";
  if (model !== "logLog" && model !== "logLinear" && model !== "linear") throw new DpmError("INVALID_ARGUMENT", `${FN}: options.model must be "logLog", "logLinear" or "linear", got ${String(model)}.`, { path: "options.model" });
  const covariance = opts.covariance ?? "HC1";
  const level = opts.level ?? 0.95;
  const q = readSeries(data.quantity, FN, "data.quantity");
  const n = q.length;
  const p = readSeries(data.price, FN, "data.price", false, n);
  if (model !== "linear") q.forEach((v, i) => {
    if (!(v > 0)) throw new DpmError("INVALID_ARGUMENT", `${FN}: data.quantity[${i}] is ${v}; the ${model} model takes logs, so quantities must be > 0 (drop zero-sale periods or use model "linear").`, { path: `data.quantity[${i}]` });
  });
  if (model === "logLog") p.forEach((v, i) => {
    if (!(v > 0)) throw new DpmError("INVALID_ARGUMENT", `${FN}: data.price[${i}] is ${v}; prices must be > 0 for the log-log model.`, { path: `data.price[${i}]` });
  });
  const controls = Object.entries(data.controls ?? {}).map(([name, v]) => ({ name, values: readSeries(v, FN, `data.controls.${name}`, false, n) }));
  const instruments = Object.entries(data.instruments ?? {}).map(([name, v]) => ({ name, values: readSeries(v, FN, `data.instruments.${name}`, false, n) }));
  if (instruments.length > 0 && model === "linear") throw new DpmError("INVALID_ARGUMENT", `${FN}: instruments are supported with the "logLog" and "logLinear" models.`, { path: "data.instruments" });
  if (n < controls.length + instruments.length + 4) throw new DpmError("TOO_SHORT", `${FN}: ${n} rows are too few for ${controls.length + 2} coefficients; need at least ${controls.length + instruments.length + 4}.`, { path: "data.quantity" });
  const y = model === "linear" ? q : q.map(Math.log);
  const x = model === "logLog" ? p.map(Math.log) : p;
  const warnings: string[] = [];
  let slope: number;
  let se: number;
  let lo: number;
  let hi: number;
  let intercept: number;
  let firstStageF: number | undefined;
  const means = controls.map((c) => c.values.reduce((a, b) => a + b, 0) / n);
  const method = instruments.length > 0 ? "2SLS" : "OLS";
  if (instruments.length === 0) {
    const fit = fitLinearModel(y, [{ name: "price", values: x }, ...controls], { covariance, level });
    const row = fit.coefficient("price");
    slope = row.estimate;
    se = row.stdError;
    lo = row.ciLow;
    hi = row.ciHigh;
    intercept = fit.coefficient("(Intercept)").estimate + controls.reduce((a, c, i) => a + fit.coefficient(c.name).estimate * means[i]!, 0);
  } else {
    const iv = twoStageLeastSquares(
      { outcome: y, endogenous: { price: x }, instruments: Object.fromEntries(instruments.map((c) => [c.name, c.values])), exogenous: Object.fromEntries(controls.map((c) => [c.name, c.values])) },
      { covariance: covariance === "classical" ? "classical" : covariance, level },
    );
    slope = iv.estimate;
    se = iv.stdError;
    lo = iv.ciLow;
    hi = iv.ciHigh;
    const coef = (name: string) => iv.coefficients.find((r) => r.name === name)!.estimate;
    intercept = coef("(Intercept)") + controls.reduce((a, c, i) => a + coef(c.name) * means[i]!, 0);
    firstStageF = iv.firstStages[0]!.fStatistic;
    warnings.push(...iv.warnings);
  }
  const pBar = p.reduce((a, b) => a + b, 0) / n;
  const qBar = q.reduce((a, b) => a + b, 0) / n;
  const elasticity = model === "logLog" ? slope : model === "logLinear" ? slope * pBar : (slope * pBar) / qBar;
  const demand: DemandCurve = model === "logLog" ? { kind: "constantElasticity", elasticity: slope, scale: Math.exp(intercept) } : { kind: model, intercept, slope };
  if (model === "logLog" && hi >= -1) warnings.push(`The ${Math.round(level * 100)} % interval of the elasticity reaches ${hi.toFixed(2)} ≥ −1 (inelastic): the data cannot rule out that a higher price always pays.`);
  const priceFor = (cost: number, s: number): number => {
    if (model === "logLog") return s < -1 ? (cost * s) / (1 + s) : Infinity;
    if (model === "logLinear") return s < 0 ? cost - 1 / s : Infinity;
    return s < 0 ? (s * cost - intercept) / (2 * s) : Infinity;
  };
  const result: PriceElasticityResult = {
    model,
    method,
    elasticity,
    slope,
    stdError: se,
    ciLow: lo,
    ciHigh: hi,
    level,
    n,
    demand,
    ...(firstStageF === undefined ? {} : { firstStageF }),
    warnings,
    optimalPrice(cost: number): PriceOptimumInterval {
      const best = optimalPrice(demand, { cost });
      // p*(slope) is increasing in the slope on the elastic side, so the interval maps through.
      const a = priceFor(cost, lo);
      const b = priceFor(cost, hi);
      return { price: best.price, low: Math.min(a, b), high: Math.max(a, b), volume: best.volume, profit: best.profit };
    },
    toString() {
      const pct = Math.round(level * 100);
      const lines = [`Price elasticity (${model}, ${method}${covariance === "classical" ? "" : `, ${covariance} SE`}): ${elasticity.toFixed(3)}; slope ${slope.toFixed(3)} (SE ${se.toFixed(3)}, ${pct} % CI [${lo.toFixed(3)}, ${hi.toFixed(3)}]), n = ${n}`];
      if (firstStageF !== undefined) lines.push(`first-stage F ${firstStageF.toFixed(1)}`);
      for (const w of warnings) lines.push(`! ${w}`);
      return lines.join("\n");
    },
  };
  return result;
}
