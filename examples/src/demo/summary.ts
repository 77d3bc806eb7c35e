import { euro, pct } from "./format.js";
import type { BakeryResult } from "./runBakery.js";

/** The concise terminal summary: one short paragraph per step, the numbers a baker acts on. */
export function summaryLines(r: BakeryResult): string[] {
  const f = r.forecast;
  const sum = (xs: Float64Array) => xs.reduce((a, b) => a + b, 0);
  const spike = r.risk.scenarios.find((s) => s.scenario === "flour spike");
  const now = r.risk.scenarios.find((s) => s.scenario === "current flour price");
  const rise = r.risk.scenarios.find((s) => s.scenario.includes("price rise"));
  const top = [...r.risk.tornado.bars].sort((a, b) => Math.abs(b.highOutput - b.lowOutput) - Math.abs(a.highOutput - a.lowOutput))[0];
  const best = [...r.segments.lines].sort((a, b) => b.totalClv - a.totalClv)[0];
  const lines = [
    "",
    `Bakery — ${r.data.salesRows.toLocaleString("en")} daily sales rows (${r.data.products} products, ${r.data.firstDay} … ${r.data.lastDay}), ${r.data.transactions.toLocaleString("en")} loyalty-card purchases, ${r.data.months} months of costs`,
    "",
    "KPIs (latest month vs target):",
    ...r.kpis.lines.map((k) => `  ${k.name.padEnd(30)} ${k.value.padStart(9)}  target ${k.target.padStart(8)}  ${k.status.padEnd(8)} trend ${k.trend}`),
    "",
    `Forecast: ${f.method}; next 90 days ${euro(sum(f.point))} (95 % interval of the daily values ${euro(Math.min(...f.lower95))} … ${euro(Math.max(...f.upper95))} a day);`,
    `  backtest MASE ${f.backtestMase.toFixed(2)} vs ${f.seasonalNaiveMase.toFixed(2)} for "same weekday last week"; weekly pattern strength ${f.weeklyStrength.toFixed(2)};`,
    `  ${f.unusualDays.length} unusual days in the history` + (f.unusualDays.length === 0 ? "" : ` (${f.unusualDays.slice(0, 3).map((d) => d.day).join(", ")}${f.unusualDays.length > 3 ? ", …" : ""})`),
    `Customers: ${r.segments.customers} card holders, ${r.segments.repeaters} came back; 12-month CLV of the base ${euro(r.segments.totalClv)}` +
      (best === undefined ? "" : `, most of it in "${best.segment}" (${best.customers} customers, ${euro(best.totalClv)})`),
  ];
  if (spike !== undefined && now !== undefined) {
    lines.push(
      `Flour spike (€${r.risk.flourPriceNow.toFixed(2)}/kg → €${r.risk.flourSpike.min.toFixed(2)}–${r.risk.flourSpike.max.toFixed(2)}): next quarter's profit ${euro(spike.mean)} on average (${euro(spike.mean - now.mean)} vs today's price),`,
      `  1 quarter in 20 below ${euro(spike.p5)} (VaR 95 % ${euro(spike.valueAtRisk95)}, CVaR 95 % ${euro(spike.conditionalValueAtRisk95)}; negative = still a profit), P(loss) ${pct(spike.probabilityOfLoss)}` +
        (top === undefined ? "" : `; biggest driver: ${top.input}`),
    );
  }
  if (rise !== undefined) lines.push(`  a 4 % price rise would add ${euro(rise.versusCurrent - (spike?.versusCurrent ?? 0))} to the quarter's expected profit`);
  const m = r.market;
  lines.push(
    `Competitor opens in ${m.weeks[m.opensAt]}: our share ${pct(m.shareBefore)} → ${pct(m.shareAfterQuarter)} over the next 13 weeks → ${pct(m.shareAfterYear)} after a year;`,
    `  quarter's profit at the spike's likely flour price ${euro(m.profitWithoutRival)} → ${euro(m.profitWithRival)} with the rival`,
  );
  return lines;
}
