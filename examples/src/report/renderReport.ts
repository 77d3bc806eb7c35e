import { formatPeriod, periodAt } from "@dpm/core";
import { euro, fixed, pct } from "../demo/format.js";
import type { BakeryResult } from "../demo/runBakery.js";
import { barChart } from "./barChart.js";
import { fanChart } from "./fanChart.js";
import { histogramChart } from "./histogramChart.js";
import { lineChart } from "./lineChart.js";
import { escapeXml } from "./svg.js";
import { STYLES } from "./styles.js";
import { htmlTable } from "./table.js";
import { tornadoChart } from "./tornadoChart.js";

const LABELS: Readonly<Record<string, string>> = {
  sales: "Sales (forecast)",
  flourPrice: "Flour price",
  flourKgPerEuro: "Flour per € of sales",
  otherRatio: "Other ingredients ratio",
  wages: "Wages",
  energy: "Energy",
};

/** Days of history shown before the forecast in the fan chart. */
const SHOWN_HISTORY = 120;

/**
 * The bakery report as one self-contained HTML page: inline CSS and inline SVG charts, no scripts,
 * no external files or URLs; every chart is followed by the table it was drawn from.
 */
export function renderReport(r: BakeryResult, meta: { readonly generatedIn: number }): string {
  const f = r.forecast;
  const h = f.history;
  const from = Math.max(0, h.length - SHOWN_HISTORY);
  // Day labels of the shown history: the forecast's first day minus k days.
  const firstForecast = Date.parse(`${f.days[0] as string}T00:00:00Z`);
  const shown = h.length - from;
  const historyLabels = Array.from({ length: shown }, (_, i) => new Date(firstForecast - (shown - i) * 86_400_000).toISOString().slice(0, 10));
  const forecastChart = fanChart(
    {
      historyLabels,
      history: h.values.slice(from),
      forecastLabels: f.days,
      point: f.point,
      bands: [
        { level: 95, lower: f.lower95, upper: f.upper95 },
        { level: 80, lower: f.lower80, upper: f.upper80 },
      ],
    },
    "Daily revenue: the last 120 days and the 90-day forecast with 80 % and 95 % intervals",
  );
  const weekly = [];
  for (let w = 0; w * 7 < f.point.length; w++) {
    const to = Math.min(f.point.length, (w + 1) * 7);
    let point = 0;
    let lo = 0;
    let hi = 0;
    for (let i = w * 7; i < to; i++) {
      point += f.point[i] as number;
      lo += f.lower80[i] as number;
      hi += f.upper80[i] as number;
    }
    weekly.push([`${f.days[w * 7] as string} … ${f.days[to - 1] as string}`, euro(point), euro(lo), euro(hi)]);
  }

  const spike = r.risk.scenarios.find((s) => s.scenario === "flour spike");
  const histogram = histogramChart(
    {
      edges: r.risk.histogram.edges,
      counts: r.risk.histogram.counts,
      markers:
        spike === undefined
          ? []
          : [
              { value: spike.p5, label: `VaR 95 %: P5 = ${euro(spike.p5)}`, className: "var-line" },
              { value: spike.mean, label: `mean ${euro(spike.mean)}`, className: "mean-line" },
            ],
    },
    "Next quarter's profit under the flour price spike: distribution of 20,000 simulated quarters",
  );
  const tornado = tornadoChart(
    { base: r.risk.tornado.base, bars: r.risk.tornado.bars.map((b) => ({ ...b, input: LABELS[b.input] ?? b.input })) },
    "What drives the quarter's profit: each input from its 10th to its 90th percentile, the others at their median",
  );
  const segments = barChart(
    r.segments.lines.map((l) => ({ label: l.segment, value: l.customers })),
    "segments",
    "Loyalty-card customers per RFM segment",
    (v) => String(Math.round(v)),
  );
  const m = r.market;
  const share = lineChart(
    [
      { label: "our bakery", values: m.shares["our bakery"] ?? [], colour: 0, band: { lower: m.oursLower, upper: m.oursUpper } },
      { label: "supermarket", values: m.shares.supermarket ?? [], colour: 1 },
      { label: "new bakery", values: m.shares["new bakery"] ?? [], colour: 2, band: { lower: m.rivalLower, upper: m.rivalUpper } },
    ],
    m.weeks,
    "market",
    "Market share of the neighbourhood's bread purchases, week by week (mean and 90 % band of the runs)",
    { yMax: 1, format: (v) => `${Math.round(100 * v)}%`, marker: { at: m.opensAt, label: "new bakery opens" } },
  );

  const kpiRows = r.kpis.lines.map((k) => [k.name, k.period, k.value, k.target, k.status, k.trend]);
  const pnl = r.kpis.pnl;
  const pnlRows = Array.from({ length: pnl.revenue.length }, (_, i) => {
    const month = formatPeriod(periodAt(pnl.revenue, i));
    return [month, euro(pnl.revenue.values[i] as number), euro(pnl.cogs.values[i] as number), euro(pnl.opex.values[i] as number), euro(pnl.netIncome.values[i] as number)];
  });
  const s = r.segments;
  const segmentRows = s.lines.map((l) => [l.segment, String(l.customers), pct(l.revenueShare), pct(l.meanProbabilityAlive, 0), fixed(l.visitsNextQuarter, 1), euro(l.meanClv), euro(l.totalClv)]);
  const scenarioRows = r.risk.scenarios.map((x) => [
    x.scenario,
    euro(x.mean),
    euro(x.p5),
    euro(x.p95),
    euro(x.valueAtRisk95),
    euro(x.conditionalValueAtRisk95),
    pct(x.probabilityOfLoss),
    x.versusCurrent === 0 ? "—" : euro(x.versusCurrent),
  ]);
  const histogramRows = r.risk.histogram.counts.map((c, i) => [`${euro(r.risk.histogram.edges[i] as number)} … ${euro(r.risk.histogram.edges[i + 1] as number)}`, String(c)]);
  const tornadoRows = [...r.risk.tornado.bars]
    .sort((a, b) => Math.abs(b.highOutput - b.lowOutput) - Math.abs(a.highOutput - a.lowOutput))
    .map((b) => [LABELS[b.input] ?? b.input, fixed(b.lowInput, b.lowInput < 10 ? 3 : 0), fixed(b.highInput, b.highInput < 10 ? 3 : 0), euro(b.lowOutput), euro(b.highOutput), euro(Math.abs(b.highOutput - b.lowOutput))]);
  const marketRows = m.weeks
    .map((week, t) => [week, pct(m.shares["our bakery"]?.[t] ?? 0), `${pct(m.oursLower[t] ?? 0)} – ${pct(m.oursUpper[t] ?? 0)}`, pct(m.shares.supermarket?.[t] ?? 0), pct(m.shares["new bakery"]?.[t] ?? 0)])
    .filter((_, t) => t % 4 === 0 || t === m.opensAt);

  const section = (id: string, title: string, lead: string, body: string) =>
    `<section id="${id}"><h2>${escapeXml(title)}</h2><p class="lead">${escapeXml(lead)}</p>${body}</section>`;
  const figure = (chart: string, caption: string) => `<figure>${chart}<figcaption>${escapeXml(caption)}</figcaption></figure>`;
  const details = (summary: string, table: string, open = false) => `<details${open ? " open" : ""}><summary>${escapeXml(summary)}</summary>${table}</details>`;
  const statusCells = (html: string) => html.replace(/<td>(on-track|warning|critical|missing)<\/td>/g, '<td class="status-$1">$1</td>');

  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Bakery report — @dpm demo</title>
<style>${STYLES}</style>
</head>
<body>
<header>
<h1>The bakery across the street</h1>
<p class="lead">${escapeXml(`A competitor is opening and flour prices are spiking. What do the data say? ${r.data.salesRows.toLocaleString("en")} daily sales rows (${r.data.products} products, ${r.data.firstDay} … ${r.data.lastDay}), ${r.data.transactions.toLocaleString("en")} loyalty-card purchases and ${r.data.months} months of costs, run through every @dpm package.`)}</p>
<p class="meta">${escapeXml(`Data: ${r.data.files.sales}, ${r.data.files.transactions}, ${r.data.files.costs}. Computed in ${meta.generatedIn.toFixed(1)} s.`)}</p>
</header>
${section(
  "kpis",
  "1. KPIs against targets",
  "Monthly P&L from the sales and the cost ledger; each KPI's latest month against its target and warning/critical thresholds, with a t-tested trend (@dpm/kpi trackKpi).",
  statusCells(htmlTable(["KPI", "month", "value", "target", "status", "trend"], kpiRows)) + details("Monthly P&L", htmlTable(["month", "revenue", "ingredients (COGS)", "wages, rent, energy", "net income"], pnlRows)),
)}
${section(
  "forecast",
  "2. The next 90 days",
  `${f.description}. Weekly pattern strength ${fixed(f.weeklyStrength)} (0 = none, 1 = dominant). Backtest (7 days ahead, weekly origins over the last 12 weeks): MASE ${fixed(f.backtestMase)} against ${fixed(f.seasonalNaiveMase)} for "same weekday last week".`,
  figure(forecastChart, "Black: actual daily revenue; orange: forecast; shading: 80 % and 95 % prediction intervals (@dpm/forecast autoForecast).") +
    details("Forecast by week (sum of daily forecasts and of the daily 80 % bounds)", htmlTable(["week", "forecast", "80 % low", "80 % high"], weekly)) +
    details(
      `Unusual days (${f.unusualDays.length}): revenue far from its trend and weekday pattern, robust STL remainder beyond 5 robust standard deviations (@dpm/forecast detectAnomalies)`,
      htmlTable(["day", "revenue", "expected", "score"], f.unusualDays.map((d) => [d.day, euro(d.revenue), euro(d.expected), fixed(d.score, 1)])),
    ),
)}
${section(
  "segments",
  "3. Who the customers are",
  `${s.customers} loyalty-card customers (${s.repeaters} came back at least once). RFM segments from recency, frequency and spend quintiles; BG/NBD (r=${fixed(s.bgnbd.r, 3)}, α=${fixed(s.bgnbd.alpha, 2)}, a=${fixed(s.bgnbd.a, 3)}, b=${fixed(s.bgnbd.b, 3)}) and Gamma-Gamma (p=${fixed(s.gammaGamma.p)}, q=${fixed(s.gammaGamma.q)}, v=${fixed(s.gammaGamma.v)}) give each customer's chance of still being a customer and a 12-month CLV at 1 % a month (@dpm/segment).`,
  figure(segments, "Customers per segment.") +
    details("Segments", htmlTable(["segment", "customers", "share of revenue", "P(alive)", "visits next 13 weeks", "mean CLV", "total CLV"], segmentRows), true),
)}
${section(
  "risk",
  "4. Next quarter's profit under a flour price spike",
  `Flour at €${fixed(r.risk.flourPriceNow)}/kg today; the spike is a PERT distribution from €${fixed(r.risk.flourSpike.min)} via €${fixed(r.risk.flourSpike.mode)} to €${fixed(r.risk.flourSpike.max)}/kg. A driver model (@dpm/core) turns forecast sales, flour use, other ingredients, wages, rent and energy into profit; ${r.risk.iterations.toLocaleString("en")} Latin hypercube iterations per scenario with common random numbers (@dpm/montecarlo). VaR 95 % is minus the 5th percentile of profit: a positive VaR is a loss not exceeded in 19 quarters of 20.`,
  figure(histogram, "Simulated profit of the quarter under the spike; the red line is the 5th percentile (VaR 95 %).") +
    details("Scenarios", htmlTable(["scenario", "mean profit", "P5", "P95", "VaR 95 %", "CVaR 95 %", "P(loss)", "vs current price"], scenarioRows), true) +
    figure(tornado, `Green: the input at its 90th percentile; red: at its 10th. Centre line: profit with every input at its median (${euro(r.risk.tornado.base)}).`) +
    details("Tornado", htmlTable(["input", "P10 value", "P90 value", "profit at P10", "profit at P90", "swing"], tornadoRows)) +
    details("Histogram", htmlTable(["profit bin", "quarters"], histogramRows)),
)}
${section(
  "market",
  "5. A competitor opens across the street",
  `3,000 households on a small-world network choose their bakery each week by price, quality, loyalty and what their neighbours buy; the new bakery opens in ${m.weeks[m.opensAt] ?? ""}; ${m.replications} seeded runs (@dpm/agents). Our share goes from ${pct(m.shareBefore)} to ${pct(m.shareAfterQuarter)} on average over the next 13 weeks and ${pct(m.shareAfterYear)} after a year; fed back into the driver model, the quarter's profit at the spike's most likely flour price goes from ${euro(m.profitWithoutRival)} to ${euro(m.profitWithRival)}.`,
  figure(share, "Lines: mean share over the runs; shading: 90 % band for our bakery and the newcomer.") +
    details("Market share (every 4th week)", htmlTable(["week", "our bakery", "our 90 % band", "supermarket", "new bakery"], marketRows)),
)}
<footer>Generated by <code>pnpm demo</code> (examples/src/demo) from the @dpm packages; data generated with a fixed seed by examples/data/generate.ts.</footer>
</body>
</html>
`;
}
