// Generated from docs/guides/getting-started.md by examples/scripts/extractGuides.ts; do not edit.
import { checkGuide } from "../../scripts/guideCheck.ts";
import { formatPeriod, isDpmError, resampleSeries, seriesFromRecords, timeSeries } from "@dpm/core";
import { defineKpi, grossMargin, trackKpi } from "@dpm/kpi";
import { autoForecast } from "@dpm/forecast";

// docs/guides/getting-started.md:42
{

const rows = [
  { date: "2026-03-02", value: 410 },
  { date: "2026-03-02", value: 95 },
  { date: "2026-03-03", value: 388 },
  { date: "2026-03-05", value: 452 },
];
const { series: daily, gaps } = seriesFromRecords(rows, { freq: "day", gaps: "zero" });
checkGuide(() => (Array.from(daily.values)), "[505, 388, 0, 452]", "docs/guides/getting-started.md:52");
checkGuide(() => (gaps.map(formatPeriod)), "[\"2026-03-04\"]", "docs/guides/getting-started.md:53");
}

// docs/guides/getting-started.md:59
{

const monthly = timeSeries("2026-01", [31_000, 29_500, 33_200, 34_100, 35_900, 36_400]);
const quarterly = resampleSeries(monthly, "quarter");
checkGuide(() => (Array.from(quarterly.values)), "[93700, 106400]", "docs/guides/getting-started.md:64");
}

// docs/guides/getting-started.md:69
{

const revenue = timeSeries("2026-01", [40_000, 42_000, 41_000, 44_000]);
const cogs = timeSeries("2026-01", [10_000, 11_340, 11_480, 13_200]);
const margin = grossMargin(revenue, cogs);
checkGuide(() => (Array.from(margin.values, (m) => m.toFixed(2))), "[\"0.75\", \"0.73\", \"0.72\", \"0.70\"]", "docs/guides/getting-started.md:76");

const target = defineKpi({ name: "Gross margin", unit: "ratio", direction: "higher-is-better", target: 0.75, warning: 0.72, critical: 0.68 });
checkGuide(() => (trackKpi(target, margin).latest.status), "\"warning\"", "docs/guides/getting-started.md:79");
}

// docs/guides/getting-started.md:84
{

const loaves = timeSeries("2025-01", [
  820, 790, 860, 880, 910, 950, 930, 900, 880, 920, 980, 1150,
  860, 830, 900, 930, 960, 1000, 980, 950, 930, 970, 1030, 1210,
]);
const next = autoForecast(loaves, { horizon: 6 });
console.log(next.description); // the model it chose, and why
checkGuide(() => (next.point.length), "6", "docs/guides/getting-started.md:94");
checkGuide(() => (next.intervals.map((i) => i.level)), "[80, 95]", "docs/guides/getting-started.md:95");
}

// docs/guides/getting-started.md:103
{

try {
  timeSeries("2026-01", [1, Number.NaN, 3]);
} catch (error) {
  if (isDpmError(error)) console.log(error.code, error.message);
}
}
export {};
