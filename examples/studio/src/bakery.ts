import { addPeriods, formatPeriod, type ModelDefinition, seriesFromRecords, type TimeSeries } from "@dpm/core";
import { autoForecast, type AutoForecastFamily } from "@dpm/forecast";
import type { DistributionJson } from "@dpm/montecarlo";
import type { BakeryData, CostRow } from "../../src/demo/loadData.js";

/** Days ahead the quarter model covers. */
export const HORIZON = 90;

/** A node of the studio's sheet: JSON-able (formulas as strings), so `modelFromJson` reads it. */
export interface SheetNode {
  readonly input?: number;
  readonly formula?: string;
  readonly unit?: string;
  readonly label?: string;
}
/** The driver model as plain JSON, the form the studio edits, shares and downloads. */
export interface SheetModel {
  readonly start: string;
  readonly freq: "quarter";
  readonly periods: 1;
  readonly nodes: Readonly<Record<string, SheetNode>>;
}

/** Slider range of each input, as multiples of its base value (or absolute for ratios near 0). */
export interface InputRange {
  readonly min: number;
  readonly max: number;
  readonly step: number;
}

/** Daily revenue over the whole history (gaps as zero). */
export function dailyRevenue(data: BakeryData): TimeSeries {
  return seriesFromRecords(data.sales, { freq: "day", value: (s) => s.units * s.unitPrice, gaps: "zero", name: "revenue" }).series;
}

export type ForecastChoice = "ets" | "theta" | "arima" | "combination";
export const FORECAST_CHOICES: readonly { readonly value: ForecastChoice; readonly label: string }[] = [
  { value: "ets", label: "Exponential smoothing (ETS)" },
  { value: "theta", label: "Theta" },
  { value: "arima", label: "Seasonal ARIMA" },
  { value: "combination", label: "Combination of ETS, Theta and ARIMA" },
];

/** The 90-day forecast with 80 % and 95 % intervals by the chosen method. */
export function forecastRevenue(history: TimeSeries, choice: ForecastChoice) {
  const methods: readonly AutoForecastFamily[] = choice === "combination" ? ["ets", "theta", "arima"] : [choice];
  const f = autoForecast(history, { horizon: HORIZON, levels: [80, 95], methods, combine: choice === "combination", seed: "bakery" });
  const band = (level: number) => f.intervals.find((i) => i.level === level) ?? f.intervals[0];
  const start = f.start;
  if (start === null) throw new Error("autoForecast returned no start period");
  return {
    method: f.method,
    days: Array.from({ length: HORIZON }, (_, h) => formatPeriod(addPeriods(start, h))),
    point: f.point,
    bands: [band(95), band(80)].filter((b) => b !== undefined).map((b) => ({ level: b.level, lower: b.lower, upper: b.upper })),
  };
}

const mean = (xs: ArrayLike<number>) => Array.from(xs).reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
const sd = (xs: ArrayLike<number>) => {
  const m = mean(xs);
  return Math.sqrt(Array.from(xs).reduce((a, b) => a + (b - m) ** 2, 0) / Math.max(1, xs.length - 1));
};
const round = (x: number, digits: number) => Number(x.toFixed(digits));

/** The sheet built from the data, with the default uncertainty of each input and slider ranges. */
export interface BakerySetup {
  readonly model: SheetModel;
  readonly distributions: Readonly<Record<string, DistributionJson>>;
  readonly ranges: Readonly<Record<string, InputRange>>;
}

/**
 * Next quarter's profit as a driver model (the demo's quarter model): sales from an ETS forecast
 * of daily revenue (mean of 1,000 simulated 90-day totals), costs from the last 12 months of the
 * cost ledger. Deterministic: the same data give the same model in the browser and in Node.
 */
export function bakerySetup(data: BakeryData): BakerySetup {
  const history = dailyRevenue(data);
  const f = autoForecast(history, { horizon: HORIZON, levels: [80, 95], methods: ["ets"], paths: 1000, seed: "bakery" });
  const paths = f.paths;
  if (paths === undefined || f.start === null) throw new Error("autoForecast returned no sample paths");
  const totals = new Float64Array(paths.count);
  for (let p = 0; p < paths.count; p++) {
    let s = 0;
    for (let h = 0; h < paths.horizon; h++) s += paths.values[p * paths.horizon + h] as number;
    totals[p] = s;
  }
  const revenueByMonth = new Map<string, number>();
  for (const s of data.sales) revenueByMonth.set(s.date.slice(0, 7), (revenueByMonth.get(s.date.slice(0, 7)) ?? 0) + s.units * s.unitPrice);
  const months = HORIZON / (365.25 / 12);
  const recent = data.costs.slice(-12);
  const last = recent[recent.length - 1] as CostRow;
  const ratios = (g: (c: CostRow) => number) => recent.filter((c) => (revenueByMonth.get(c.month) ?? 0) > 0).map((c) => g(c) / (revenueByMonth.get(c.month) as number));
  const flour = ratios((c) => c.flourKg);
  const other = ratios((c) => c.otherIngredients);
  const base = {
    sales: round(mean(totals), 0),
    flourKgPerEuro: round(flour.length > 0 ? mean(flour) : 0.08, 4),
    flourPrice: round(last.flourPrice, 3),
    otherRatio: round(other.length > 0 ? mean(other) : 0.17, 4),
    wages: round(last.wages * months, 0),
    rent: round(last.rent * months, 0),
    energy: round(mean(recent.map((c) => c.energy)) * months, 0),
  };
  const model: SheetModel = {
    start: formatPeriod(f.start).length > 0 ? quarterOf(formatPeriod(f.start)) : "2026-Q1",
    freq: "quarter",
    periods: 1,
    nodes: {
      sales: { input: base.sales, unit: "EUR", label: "Sales at today's prices (forecast)" },
      priceRise: { input: 0, label: "Price rise on the whole menu" },
      elasticity: { input: 0.6, label: "Volume lost per unit of price rise" },
      flourKgPerEuro: { input: base.flourKgPerEuro, unit: "kg/EUR", label: "Flour used per euro of sales" },
      flourPrice: { input: base.flourPrice, unit: "EUR/kg", label: "Flour price" },
      otherRatio: { input: base.otherRatio, label: "Other ingredients per euro of sales" },
      wages: { input: base.wages, unit: "EUR", label: "Wages" },
      rent: { input: base.rent, unit: "EUR", label: "Rent" },
      energy: { input: base.energy, unit: "EUR", label: "Energy" },
      volume: { formula: "sales * (1 - elasticity * priceRise)", unit: "EUR", label: "Sales volume at today's prices" },
      revenue: { formula: "volume * (1 + priceRise)", unit: "EUR", label: "Revenue" },
      flourCost: { formula: "volume * flourKgPerEuro * flourPrice", unit: "EUR", label: "Flour cost" },
      otherCost: { formula: "volume * otherRatio", unit: "EUR", label: "Other ingredients" },
      grossProfit: { formula: "revenue - flourCost - otherCost", unit: "EUR", label: "Gross profit" },
      opex: { formula: "wages + rent + energy", unit: "EUR", label: "Operating costs" },
      profit: { formula: "grossProfit - opex", unit: "EUR", label: "Profit" },
    },
  };
  const p0 = base.flourPrice;
  const distributions: Record<string, DistributionJson> = {
    sales: { type: "normal", mean: base.sales, sd: round(Math.max(1, sd(totals)), 0) },
    flourPrice: { type: "pert", min: round(p0 * 1.1, 3), mode: round(p0 * 1.4, 3), max: round(p0 * 2.2, 3) },
    wages: { type: "triangular", min: base.wages, mode: round(base.wages * 1.02, 0), max: round(base.wages * 1.08, 0) },
    energy: { type: "normal", mean: base.energy, sd: round(base.energy * 0.1, 0) },
  };
  // Slider ends on the base value's grid, so the slider can come back to exactly the base value.
  const span = (x: number, lo: number, hi: number, step: number): InputRange => ({ min: round(x - Math.round((x * (1 - lo)) / step) * step, 6), max: round(x + Math.round((x * (hi - 1)) / step) * step, 6), step });
  const ranges: Record<string, InputRange> = {
    sales: span(base.sales, 0.5, 1.5, 100),
    priceRise: { min: -0.2, max: 0.3, step: 0.005 },
    elasticity: { min: 0, max: 2, step: 0.05 },
    flourKgPerEuro: span(base.flourKgPerEuro, 0.5, 1.5, 0.0005),
    flourPrice: span(base.flourPrice, 0.5, 3, 0.005),
    otherRatio: span(base.otherRatio, 0.5, 1.5, 0.0005),
    wages: span(base.wages, 0.5, 1.5, 100),
    rent: span(base.rent, 0.5, 1.5, 50),
    energy: span(base.energy, 0.5, 2, 50),
  };
  return { model, distributions, ranges };
}

/** "2026-03-02" → "2026-Q1". */
function quarterOf(day: string): string {
  const [y, m] = day.split("-").map(Number) as [number, number];
  return `${y}-Q${Math.floor((m - 1) / 3) + 1}`;
}

/** The inputs of a sheet, in sheet order. */
export const inputNames = (m: SheetModel): string[] => Object.keys(m.nodes).filter((k) => m.nodes[k]?.input !== undefined);
/** The formula nodes of a sheet, in sheet order. */
export const formulaNames = (m: SheetModel): string[] => Object.keys(m.nodes).filter((k) => m.nodes[k]?.formula !== undefined);

/** The sheet as a `ModelDefinition` for `modelFromJson`. */
export const asDefinition = (m: SheetModel): ModelDefinition => m as unknown as ModelDefinition;
