import { checkOptions, DpmError, fitLinearModel } from "@dpm/core";
import { readSeries } from "../marketing/internal/validate.js";

/**
 * Data of {@link crossPriceElasticities}: quantity and price columns per product (same names).
 *
 * @category Pricing
 */
export interface CrossPriceData {
  readonly quantities: Readonly<Record<string, ArrayLike<number>>>;
  readonly prices: Readonly<Record<string, ArrayLike<number>>>;
  /** Shared controls (season, promotions…), entered in every equation. */
  readonly controls?: Readonly<Record<string, ArrayLike<number>>>;
}

/**
 * Options of {@link crossPriceElasticities}.
 *
 * @category Pricing
 */
export interface CrossPriceOptions {
  readonly covariance?: "classical" | "HC0" | "HC1";
  readonly level?: number;
}

/**
 * Result of {@link crossPriceElasticities}: m×m row-major matrices, row i = demand of product i,
 * column j = price of product j (diagonal: own-price elasticities; off-diagonal > 0: substitutes,
 * < 0: complements).
 *
 * @category Pricing
 */
export interface CrossPriceElasticities {
  readonly products: readonly string[];
  readonly elasticities: Float64Array;
  readonly stdErrors: Float64Array;
  readonly ciLow: Float64Array;
  readonly ciHigh: Float64Array;
  /** Elasticity of product `of` with respect to the price of product `to`. */
  get(of: string, to: string): number;
  toString(): string;
}

const KNOWN = ["covariance", "level"];
const FN = "crossPriceElasticities";

/**
 * Own- and cross-price elasticities of a few products: for each product, log quantity on the log
 * prices of all products plus shared controls. This is the seemingly-unrelated-regressions system;
 * with the same regressors in every equation SUR's GLS equals equation-by-equation OLS (Zellner
 * 1962), so each equation is fitted by core's `fitLinearModel` with robust (HC1) errors.
 *
 * @param data - quantities and prices per product, optional shared controls
 * @param options - covariance, level
 * @returns the elasticity matrix with standard errors and intervals
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` when products differ between quantities and prices, fewer than 2 or more than 20 products, or non-positive values; `TOO_SHORT`; `SINGULAR` for prices that move together exactly
 *
 * @example
 * ```ts
 * import { crossPriceElasticities } from "@dpm/impact";
 *
 * const pa = [4, 5, 4.5, 5.5, 4.2, 5.2, 4.8, 5.8, 4.4, 5.4];
 * const pb = [3, 3.2, 3.6, 3.1, 3.9, 3.4, 3.3, 3.7, 3.5, 3.8];
 * const u = [1, -2, 0, 2, -1, 1, 0, -1, 2, -2].map((v) => v / 1000);
 * const qa = pa.map((p, i) => Math.exp(5 - 2 * Math.log(p) + 0.5 * Math.log(pb[i]!) + u[i]!));
 * const qb = pb.map((p, i) => Math.exp(4 - 1.5 * Math.log(p) + 0.3 * Math.log(pa[i]!) - u[i]!));
 * const m = crossPriceElasticities({ quantities: { a: qa, b: qb }, prices: { a: pa, b: pb } });
 * Math.round(m.get("a", "b") * 10) / 10; // => 0.5
 * ```
 *
 * @category Pricing
 */
export function crossPriceElasticities(data: CrossPriceData, options?: CrossPriceOptions): CrossPriceElasticities {
  const opts = checkOptions(options, KNOWN, FN, '{ covariance: "HC1" }');
  if (typeof data !== "object" || data === null || typeof data.quantities !== "object" || typeof data.prices !== "object" || data.quantities === null || data.prices === null) {
    throw new DpmError("INVALID_ARGUMENT", `${FN}: data must be { quantities: { product: values }, prices: { product: values }, controls? }.`, { path: "data" });
  }
  const products = Object.keys(data.quantities);
  const priceNames = Object.keys(data.prices);
  if (products.length < 2 || products.length > 20) throw new DpmError("INVALID_ARGUMENT", `${FN}: pass 2 to 20 products, got ${products.length}.`, { path: "data.quantities" });
  if (priceNames.length !== products.length || !products.every((p) => priceNames.includes(p))) {
    throw new DpmError("INVALID_ARGUMENT", `${FN}: data.prices must have the same products as data.quantities (${products.join(", ")}).`, { path: "data.prices" });
  }
  const first = data.quantities[products[0]!] as ArrayLike<number> | undefined;
  const n = first?.length ?? 0;
  const logOf = (v: unknown, path: string) =>
    readSeries(v, FN, path, false, n).map((x, i) => {
      if (!(x > 0)) throw new DpmError("INVALID_ARGUMENT", `${FN}: ${path}[${i}] is ${x}; quantities and prices must be > 0 (the model is log-log).`, { path: `${path}[${i}]` });
      return Math.log(x);
    });
  const lq = products.map((p) => logOf(data.quantities[p], `data.quantities.${p}`));
  const lp = products.map((p) => ({ name: `price:${p}`, values: logOf(data.prices[p], `data.prices.${p}`) }));
  const controls = Object.entries(data.controls ?? {}).map(([name, v]) => ({ name, values: readSeries(v, FN, `data.controls.${name}`, false, n) }));
  const m = products.length;
  if (n < m + controls.length + 3) throw new DpmError("TOO_SHORT", `${FN}: ${n} rows are too few for ${m + controls.length + 1} coefficients per equation.`, { path: "data.quantities" });
  const E = new Float64Array(m * m);
  const S = new Float64Array(m * m);
  const L = new Float64Array(m * m);
  const H = new Float64Array(m * m);
  for (let i = 0; i < m; i++) {
    const fit = fitLinearModel(lq[i]!, [...lp, ...controls], { covariance: opts.covariance ?? "HC1", level: opts.level ?? 0.95 });
    for (let j = 0; j < m; j++) {
      const row = fit.coefficient(`price:${products[j]}`);
      E[i * m + j] = row.estimate;
      S[i * m + j] = row.stdError;
      L[i * m + j] = row.ciLow;
      H[i * m + j] = row.ciHigh;
    }
  }
  return {
    products,
    elasticities: E,
    stdErrors: S,
    ciLow: L,
    ciHigh: H,
    get(of: string, to: string) {
      const i = products.indexOf(of);
      const j = products.indexOf(to);
      if (i < 0 || j < 0) throw new DpmError("INVALID_ARGUMENT", `${FN}: unknown product "${i < 0 ? of : to}"; the products are ${products.join(", ")}.`, { path: "product" });
      return E[i * m + j]!;
    },
    toString() {
      const w = Math.max(8, ...products.map((p) => p.length)) + 2;
      const lines = [`Price elasticities (row: demand of, column: price of)`, " ".repeat(w) + products.map((p) => p.padStart(w)).join("")];
      for (let i = 0; i < m; i++) lines.push(products[i]!.padEnd(w) + products.map((_, j) => E[i * m + j]!.toFixed(3).padStart(w)).join(""));
      return lines.join("\n");
    },
  };
}
