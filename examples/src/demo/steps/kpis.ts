import { seriesEnd, seriesFromRecords, sliceSeries, timeSeries, type TimeSeries, zipSeries } from "@dpm/core";
import { aov, defineKpi, grossMargin, type KpiDefinition, netMargin, trackKpi, yearOverYear } from "@dpm/kpi";
import type { BakeryData, CostRow } from "../loadData.js";

/** One KPI line of the report: latest value, status against its target, trend. */
export interface KpiLine {
  readonly name: string;
  readonly period: string;
  readonly value: string;
  readonly target: string;
  readonly status: string;
  readonly trend: string;
  readonly alerts: readonly string[];
}

/** The monthly P&L the KPIs are computed from (months where sales and costs overlap). */
export interface MonthlyPnl {
  readonly revenue: TimeSeries;
  readonly cogs: TimeSeries;
  readonly opex: TimeSeries;
  readonly netIncome: TimeSeries;
  readonly flourCost: TimeSeries;
}

export interface KpiStep {
  readonly pnl: MonthlyPnl;
  readonly lines: readonly KpiLine[];
}

const pct = (x: number) => `${(100 * x).toFixed(1)} %`;
const eur = (x: number) => `€${x.toFixed(2)}`;

/** Monthly revenue, COGS, opex and net income; KPIs tracked against the bakery's targets. */
export function kpiStep(data: BakeryData): KpiStep {
  const revenueAll = seriesFromRecords(data.sales, { freq: "month", value: (s) => s.units * s.unitPrice, name: "revenue" }).series;
  const costSeries = (f: (c: CostRow) => number) => timeSeries((data.costs[0] as CostRow).month, data.costs.map(f));
  const flourAll = costSeries((c) => c.flourKg * c.flourPrice);
  const cogsAll = costSeries((c) => c.flourKg * c.flourPrice + c.otherIngredients);
  const opexAll = costSeries((c) => c.wages + c.rent + c.energy);
  // Months both files cover: the later of the two starts to the earlier of the two ends.
  const from = revenueAll.start.ordinal > cogsAll.start.ordinal ? revenueAll.start : cogsAll.start;
  const endRevenue = seriesEnd(revenueAll);
  const endCost = seriesEnd(cogsAll);
  const to = endRevenue.ordinal < endCost.ordinal ? endRevenue : endCost;
  const cut = (s: TimeSeries) => sliceSeries(s, from, to);
  const revenue = cut(revenueAll);
  const cogs = cut(cogsAll);
  const opex = cut(opexAll);
  const netIncome = zipSeries(zipSeries(revenue, cogs, (r, c) => r - c), opex, (g, o) => g - o);
  const pnl = { revenue, cogs, opex, netIncome, flourCost: cut(flourAll) };

  const tracked: { kpi: KpiDefinition; series: TimeSeries; show: (x: number) => string }[] = [
    {
      kpi: defineKpi({ name: "Gross margin", unit: "ratio", direction: "higher-is-better", target: 0.75, warning: 0.73, critical: 0.7 }),
      series: grossMargin(revenue, cogs),
      show: pct,
    },
    {
      kpi: defineKpi({ name: "Net margin", unit: "ratio", direction: "higher-is-better", target: 0.15, warning: 0.1, critical: 0.05 }),
      series: netMargin(revenue, netIncome),
      show: pct,
    },
    {
      kpi: defineKpi({ name: "Flour cost / revenue", unit: "ratio", direction: "lower-is-better", target: 0.05, warning: 0.06, critical: 0.08 }),
      series: zipSeries(pnl.flourCost, revenue, (f, r) => f / r),
      show: pct,
    },
  ];
  if (revenue.length >= 13) {
    tracked.push({
      kpi: defineKpi({ name: "Revenue growth (year on year)", unit: "ratio", direction: "higher-is-better", target: 0.05, warning: 0.03, critical: 0 }),
      series: yearOverYear(revenue),
      show: pct,
    });
  }
  const txRevenue = seriesFromRecords(data.transactions, { freq: "month", value: (t) => t.amount, sort: true, gaps: "zero" }).series;
  const visits = seriesFromRecords(data.transactions, { freq: "month", aggregate: "count", sort: true, gaps: "zero" }).series;
  if (txRevenue.length >= 3) {
    // The last month may be partial; loyalty-card spend per visit from the months with visits.
    tracked.push({
      kpi: defineKpi({ name: "Loyalty-card spend per visit", unit: "EUR", direction: "higher-is-better", target: 12, warning: 11.75, critical: 11 }),
      series: aov(txRevenue, visits, { whenUndefined: "missing" }),
      show: eur,
    });
  }
  const lines = tracked.map(({ kpi, series, show }) => {
    const report = trackKpi(kpi, series, { horizon: 3 });
    const trend = report.trend === null ? "—" : `${report.trend.direction}${report.trend.significant ? "" : " (not significant)"}`;
    return {
      name: kpi.name,
      period: report.latest.period,
      value: show(report.latest.value),
      target: kpi.target === undefined ? "—" : show(kpi.target),
      status: report.latest.status,
      trend,
      alerts: report.alerts.filter((a) => a.severity !== "info").slice(-2).map((a) => `${a.period}: ${a.message}`),
    };
  });
  return { pnl, lines };
}
