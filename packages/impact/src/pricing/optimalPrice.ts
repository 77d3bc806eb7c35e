import { checkOptions, DpmError } from "@dpm/core";

/**
 * A demand curve: volume as a function of price.
 * - `constantElasticity`: q = scale · p^elasticity (the log-log model)
 * - `linear`: q = intercept + slope · p
 * - `logLinear`: q = exp(intercept + slope · p)
 *
 * @category Pricing
 */
export type DemandCurve =
  | { readonly kind: "constantElasticity"; readonly elasticity: number; readonly scale?: number }
  | { readonly kind: "linear"; readonly intercept: number; readonly slope: number }
  | { readonly kind: "logLinear"; readonly intercept: number; readonly slope: number };

/**
 * Options of {@link optimalPrice}.
 *
 * @category Pricing
 */
export interface OptimalPriceOptions {
  /** Unit cost c ≥ 0. */
  readonly cost: number;
}

/**
 * Result of {@link optimalPrice}.
 *
 * @category Pricing
 */
export interface PriceOptimum {
  readonly price: number;
  readonly volume: number;
  readonly profit: number;
  /** (price − cost) / price. */
  readonly margin: number;
}

const KNOWN = ["cost"];
const FN = "optimalPrice";

/** @internal Volume at a price. */
export function demandAt(d: DemandCurve, p: number): number {
  switch (d.kind) {
    case "constantElasticity":
      return (d.scale ?? 1) * Math.pow(p, d.elasticity);
    case "linear":
      return Math.max(0, d.intercept + d.slope * p);
    case "logLinear":
      return Math.exp(d.intercept + d.slope * p);
  }
}

/** @internal Validates a demand curve (finite numbers, known kind). */
export function readDemand(d: unknown, fn: string): DemandCurve {
  const ok = (v: unknown) => typeof v === "number" && Number.isFinite(v);
  if (typeof d === "object" && d !== null) {
    const r = d as Record<string, unknown>;
    if (r.kind === "constantElasticity" && ok(r.elasticity) && (r.scale === undefined || (ok(r.scale) && (r.scale as number) > 0))) return d as DemandCurve;
    if ((r.kind === "linear" || r.kind === "logLinear") && ok(r.intercept) && ok(r.slope)) return d as DemandCurve;
  }
  throw new DpmError("INVALID_ARGUMENT", `${fn}: demand must be { kind: "constantElasticity", elasticity, scale? }, { kind: "linear", intercept, slope } or { kind: "logLinear", intercept, slope } with finite numbers.`, { path: "demand" });
}

/**
 * The profit-maximising price max_p (p − c)·q(p), in closed form:
 * constant elasticity e < −1 → p* = c·e / (1 + e) (the Lerner rule); linear q = a + b·p with
 * b < 0 → p* = (b·c − a) / (2b); log-linear q = exp(a + b·p) with b < 0 → p* = c − 1/b.
 *
 * @param demand - the demand curve (e.g. `priceElasticity(...).demand`)
 * @param options - `{ cost }`, the unit cost
 * @returns price, volume, profit and margin at the optimum
 * @throws {@link @dpm/core!DpmError} `NO_SOLUTION` when demand is inelastic (e ≥ −1) or does not fall with price (slope ≥ 0) — profit then grows without bound inside the model, so the model cannot set the price; `INVALID_ARGUMENT` for a bad curve or cost
 *
 * @example
 * ```ts
 * import { optimalPrice } from "@dpm/impact";
 *
 * // elasticity −3, unit cost 10: p* = 10 · (−3) / (1 − 3) = 15
 * optimalPrice({ kind: "constantElasticity", elasticity: -3 }, { cost: 10 }).price; // => 15
 * ```
 *
 * @category Pricing
 */
export function optimalPrice(demand: DemandCurve, options: OptimalPriceOptions): PriceOptimum {
  const opts = checkOptions(options, KNOWN, FN, "{ cost: 10 }");
  const d = readDemand(demand, FN);
  const c = opts.cost;
  if (typeof c !== "number" || !Number.isFinite(c) || c < 0) throw new DpmError("INVALID_ARGUMENT", `${FN}: options.cost must be a finite number ≥ 0, got ${String(c)}.`, { path: "options.cost" });
  let price: number;
  if (d.kind === "constantElasticity") {
    if (!(d.elasticity < -1)) {
      throw new DpmError("NO_SOLUTION", `${FN}: elasticity ${d.elasticity} is not below −1 — demand is inelastic, so raising the price raises profit without limit inside this model; the optimum lies outside the data (check the estimate or cap the price).`, { path: "demand.elasticity" });
    }
    if (c === 0) throw new DpmError("INVALID_ARGUMENT", `${FN}: with constant elasticity a zero cost gives price 0 and unbounded demand; pass the positive unit cost.`, { path: "options.cost" });
    price = (c * d.elasticity) / (1 + d.elasticity);
  } else {
    if (!(d.slope < 0)) throw new DpmError("NO_SOLUTION", `${FN}: the demand slope ${d.slope} is not negative, so no finite price maximises profit; check the estimate.`, { path: "demand.slope" });
    price = d.kind === "linear" ? (d.slope * c - d.intercept) / (2 * d.slope) : c - 1 / d.slope;
    if (d.kind === "linear" && !(d.intercept + d.slope * price > 0)) throw new DpmError("NO_SOLUTION", `${FN}: at the unit cost ${c} the linear demand sells nothing; no price covers the cost.`, { path: "options.cost" });
  }
  const volume = demandAt(d, price);
  const profit = (price - c) * volume;
  if (!Number.isFinite(price) || !Number.isFinite(volume) || !Number.isFinite(profit)) {
    throw new DpmError("NON_FINITE", `${FN}: the optimum overflows (price ${price}, volume ${volume}); rescale the demand curve (e.g. prices in euros, volume in units).`, { path: "demand" });
  }
  return { price, volume, profit, margin: price > 0 ? (price - c) / price : Number.NaN };
}
