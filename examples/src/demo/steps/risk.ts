import { defineModel, type Model } from "@dpm/core";
import { compareSimulations, empirical, normal, pert, tornado, triangular, truncate } from "@dpm/montecarlo";
import type { BakeryData, CostRow } from "../loadData.js";
import type { ForecastStep } from "./forecast.js";
import { HORIZON } from "./forecast.js";

/** The quarter's profit as a driver model: sales from the forecast, costs from the cost ledger. */
export function quarterModel(start: string, base: {
  sales: number;
  flourKgPerEuro: number;
  flourPrice: number;
  otherRatio: number;
  wages: number;
  rent: number;
  energy: number;
}) {
  return defineModel({
    start,
    freq: "quarter",
    periods: 1,
    nodes: {
      sales: { input: base.sales, unit: "EUR", label: "Sales at today's prices (forecast)" },
      priceRise: { input: 0, label: "Price rise on the whole menu" },
      elasticity: { input: 0.6, label: "Volume lost per unit of price rise" },
      flourKgPerEuro: { input: base.flourKgPerEuro, unit: "kg/EUR", label: "Flour used per euro of sales" },
      flourPrice: { input: base.flourPrice, unit: "EUR/kg", label: "Flour price" },
      otherRatio: { input: base.otherRatio, label: "Other ingredients per euro of sales" },
      wages: { input: base.wages, unit: "EUR" },
      rent: { input: base.rent, unit: "EUR" },
      energy: { input: base.energy, unit: "EUR" },
      volume: { formula: "sales * (1 - elasticity * priceRise)", unit: "EUR", label: "Sales volume at today's prices" },
      revenue: { formula: "volume * (1 + priceRise)", unit: "EUR" },
      flourCost: { formula: "volume * flourKgPerEuro * flourPrice", unit: "EUR" },
      otherCost: { formula: "volume * otherRatio", unit: "EUR" },
      grossProfit: { formula: "revenue - flourCost - otherCost", unit: "EUR" },
      opex: { formula: "wages + rent + energy", unit: "EUR" },
      profit: { formula: "grossProfit - opex", unit: "EUR" },
    },
  });
}
export type QuarterModel = ReturnType<typeof quarterModel>;
type QuarterInput = QuarterModel extends Model<string, infer I> ? I : never;

export interface ScenarioLine {
  readonly scenario: string;
  readonly mean: number;
  readonly p5: number;
  readonly p95: number;
  readonly probabilityOfLoss: number;
  readonly valueAtRisk95: number;
  readonly conditionalValueAtRisk95: number;
  /** Mean difference against the current flour price, with common random numbers. */
  readonly versusCurrent: number;
}

export interface RiskStep {
  readonly model: QuarterModel;
  readonly iterations: number;
  readonly flourPriceNow: number;
  readonly flourSpike: { readonly min: number; readonly mode: number; readonly max: number };
  readonly scenarios: readonly ScenarioLine[];
  /** Histogram of profit under the spike. */
  readonly histogram: { readonly edges: readonly number[]; readonly counts: readonly number[] };
  readonly tornado: { readonly base: number; readonly bars: readonly { input: string; lowOutput: number; highOutput: number; lowInput: number; highInput: number }[] };
  readonly baseInputs: Readonly<Record<QuarterInput, number>>;
}

const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const sd = (xs: readonly number[]) => {
  const m = mean(xs);
  return Math.sqrt(xs.reduce((a, b) => a + (b - m) ** 2, 0) / Math.max(1, xs.length - 1));
};

/** Monte Carlo of next quarter's profit under a flour price spike: VaR/CVaR, tornado, a price-rise answer. */
export function riskStep(data: BakeryData, forecast: ForecastStep, revenueByMonth: ReadonlyMap<string, number>): RiskStep {
  const months = HORIZON / (365.25 / 12);
  const recent = data.costs.slice(-12);
  const last = recent[recent.length - 1] as CostRow;
  const ratios = (f: (c: CostRow) => number) =>
    recent.filter((c) => (revenueByMonth.get(c.month) ?? 0) > 0).map((c) => f(c) / (revenueByMonth.get(c.month) as number));
  const flourPerEuro = ratios((c) => c.flourKg);
  const otherPerEuro = ratios((c) => c.otherIngredients);
  const sales = Float64Array.from(forecast.horizonTotals);
  const base = {
    sales: mean(Array.from(sales)),
    flourKgPerEuro: flourPerEuro.length > 0 ? mean(flourPerEuro) : 0.08,
    flourPrice: last.flourPrice,
    otherRatio: otherPerEuro.length > 0 ? mean(otherPerEuro) : 0.17,
    wages: last.wages * months,
    rent: last.rent * months,
    energy: mean(recent.map((c) => c.energy)) * months,
  };
  const model = quarterModel(forecast.days[0] as string, base);
  const p0 = base.flourPrice;
  const spike = { min: p0 * 1.1, mode: p0 * 1.4, max: p0 * 2.2 };
  const inputs = {
    sales: empirical(sales),
    flourPrice: pert(spike.min, spike.mode, spike.max),
    flourKgPerEuro: truncate(normal(base.flourKgPerEuro, Math.max(1e-4, sd(flourPerEuro))), { lower: 0 }),
    otherRatio: truncate(normal(base.otherRatio, Math.max(1e-4, sd(otherPerEuro))), { lower: 0 }),
    wages: triangular(base.wages, base.wages * 1.02, base.wages * 1.08),
    energy: truncate(normal(base.energy, base.energy * 0.1), { lower: 0 }),
  };
  const iterations = 20_000;
  const run = compareSimulations(model, {
    inputs,
    iterations,
    seed: "flour-spike",
    sampling: "lhs",
    outputs: ["profit"],
    keepSamples: true,
    scenarios: {
      "current flour price": { overrides: { flourPrice: p0 } },
      "flour spike": {},
      "flour spike + 4 % price rise": { overrides: { priceRise: 0.04 } },
    },
  });
  const scenarios = run.scenarios.map((s) => {
    const x = run.summary(s, "profit");
    return {
      scenario: s,
      mean: x.mean,
      p5: x.percentile(0.05),
      p95: x.percentile(0.95),
      probabilityOfLoss: x.probabilityBelow(0),
      valueAtRisk95: x.valueAtRisk(0.95),
      conditionalValueAtRisk95: x.conditionalValueAtRisk(0.95),
      versusCurrent: s === run.baseline ? 0 : run.difference(s, "profit").mean,
    };
  });
  const histogram = run.summary("flour spike", "profit").histogramWith(40);
  const bars = tornado(model, inputs, { output: "profit" });
  return {
    model,
    iterations,
    flourPriceNow: p0,
    flourSpike: spike,
    scenarios,
    histogram: { edges: histogram.edges, counts: histogram.counts },
    tornado: {
      base: bars.base,
      bars: bars.bars.map((b) => ({ input: b.input, lowOutput: b.lowOutput, highOutput: b.highOutput, lowInput: b.lowInput, highInput: b.highInput })),
    },
    baseInputs: { ...base, priceRise: 0, elasticity: 0.6 },
  };
}
