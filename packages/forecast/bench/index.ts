// @dpm/forecast bench: the hot paths on real data (the library as users get it: dist/).
// Prints a table and ends with one JSON line. For the comparison with R's forecast::ets and
// @bsull/augurs, plus batch throughput, run `pnpm --filter @dpm/forecast bench:reference`.
import { readFileSync } from "node:fs";
import { Bench } from "tinybench";
import { ensureBuilt } from "./ensureBuilt.ts";

ensureBuilt();
// Typed from the sources, loaded from the bundle (a string specifier keeps tsc off dist/).
const { autoForecast, fitEts, forecastEts, naiveForecast }: typeof import("../src/index.ts") = await import(String("../dist/index.js"));

const series: { name: string; frequency: number; values: number[] }[] = JSON.parse(
  readFileSync(new URL("../../../../shared/data/forecast/series.json", import.meta.url), "utf8"),
);
const air = series.find((s) => s.name === "AirPassengers")?.values ?? [];
const nile = series.find((s) => s.name === "Nile")?.values ?? [];
const fit = fitEts(air, { period: 12, model: "MAM", damped: false });

const bench = new Bench({ time: 1500 });
bench
  .add("autoForecast, monthly (AirPassengers, 144 points, 15 models)", () => {
    autoForecast(air, { horizon: 24, period: 12 });
  })
  .add("autoForecast, annual (Nile, 100 points, 6 models)", () => {
    autoForecast(nile, { horizon: 10 });
  })
  .add("fitEts ETS(M,A,M), AirPassengers", () => {
    fitEts(air, { period: 12, model: "MAM", damped: false });
  })
  .add("forecastEts 24 steps, class 3 intervals", () => {
    forecastEts(fit, { horizon: 24 });
  })
  .add("naiveForecast 24 steps", () => {
    naiveForecast(air, { horizon: 24 });
  });
await bench.run();

const rows = bench.tasks.map((t) => {
  const r = t.result as { latency?: { mean?: number }; mean?: number } | undefined;
  const ms = r?.latency?.mean ?? r?.mean ?? NaN;
  return { task: t.name, ms: Number(ms.toFixed(4)) };
});
console.table(rows);
console.log(JSON.stringify({ package: "@dpm/forecast", benchmarks: rows.length, results: rows }));
