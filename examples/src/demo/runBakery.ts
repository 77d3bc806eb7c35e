import type { BakeryData } from "./loadData.js";
import type { Progress } from "./progress.js";
import { forecastStep, type ForecastStep } from "./steps/forecast.js";
import { kpiStep, type KpiStep } from "./steps/kpis.js";
import { marketStep, type MarketStep } from "./steps/market.js";
import { riskStep, type RiskStep } from "./steps/risk.js";
import { segmentStep, type SegmentStep } from "./steps/segments.js";

/** Everything the bakery story computed, for the terminal summary and the HTML report. */
export interface BakeryResult {
  readonly data: { readonly files: BakeryData["files"]; readonly salesRows: number; readonly products: number; readonly firstDay: string; readonly lastDay: string; readonly transactions: number; readonly months: number };
  readonly kpis: KpiStep;
  readonly forecast: ForecastStep;
  readonly segments: SegmentStep;
  readonly risk: RiskStep;
  readonly market: MarketStep;
}

/** The number of steps {@link runBakery} reports through `progress`. */
export const STEPS = 5;

/** Runs the bakery story on checked data: KPIs → forecast → segments → risk → market. */
export async function runBakery(data: BakeryData, progress: Progress): Promise<BakeryResult> {
  const kpis = await progress.step("KPIs against targets (@dpm/kpi)", () => kpiStep(data));
  const forecast = await progress.step("90-day sales forecast (@dpm/forecast)", () => forecastStep(data));
  const segments = await progress.step("Customer segments and CLV (@dpm/segment)", () => segmentStep(data));
  const revenueByMonth = new Map<string, number>();
  for (const s of data.sales) revenueByMonth.set(s.date.slice(0, 7), (revenueByMonth.get(s.date.slice(0, 7)) ?? 0) + s.units * s.unitPrice);
  const risk = await progress.step("Monte Carlo of next quarter's profit (@dpm/montecarlo)", () => riskStep(data, forecast, revenueByMonth));
  const market = await progress.step("Competitor entry simulation (@dpm/agents)", (tick) => marketStep(risk, forecast.days[0] as string, tick));
  return {
    data: {
      files: data.files,
      salesRows: data.sales.length,
      products: new Set(data.sales.map((s) => s.product)).size,
      firstDay: data.sales[0]?.date ?? "",
      lastDay: data.sales[data.sales.length - 1]?.date ?? "",
      transactions: data.transactions.length,
      months: data.costs.length,
    },
    kpis,
    forecast,
    segments,
    risk,
    market,
  };
}
