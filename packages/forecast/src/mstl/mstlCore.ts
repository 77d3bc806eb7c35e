import type { AutoForecast } from "../autoForecast.js";
import type { SeriesData } from "../internal/input.js";
import { mstlKernel } from "./mstlKernel.js";

/** @internal Seasonal naive forecast of one seasonal component: its last cycle repeated (lag = round(period)). */
export function seasonalComponentForecast(s: Float64Array, period: number, horizon: number): Float64Array {
  const n = s.length;
  const lag = Math.max(1, Math.round(period));
  const out = new Float64Array(horizon);
  for (let i = 0; i < horizon; i++) out[i] = s[n - lag + (i % lag)] as number;
  return out;
}

/**
 * @internal MSTL forecast: decompose by {@link mstlKernel}, forecast the seasonally adjusted series
 * (trend + remainder) with `forecastAdjusted`, add each seasonal component's last cycle back
 * (R's `stlf` / `forecast.mstl`). Intervals and sample paths are those of the adjusted series,
 * shifted by the seasonal forecast. `notes` lists periods that could not be modelled; `windows`
 * overrides the STL seasonal windows (default R's 7 + 4·i).
 */
export function mstlForecastCore(
  data: SeriesData,
  periods: readonly number[],
  horizon: number,
  forecastAdjusted: (adjusted: SeriesData) => AutoForecast,
  notes: readonly string[] = [],
  windows?: readonly number[],
): AutoForecast {
  const y = data.values;
  const n = y.length;
  const parts = mstlKernel(y, periods, 2, windows);
  const adjusted = new Float64Array(n);
  for (let t = 0; t < n; t++) {
    let v = y[t] as number;
    for (const s of parts.seasonal) v -= s[t] as number;
    adjusted[t] = v;
  }
  const base = forecastAdjusted({ values: adjusted, period: 1, next: data.next });
  const season = new Float64Array(horizon);
  parts.seasonal.forEach((s, i) => {
    const f = seasonalComponentForecast(s, parts.periods[i] as number, horizon);
    for (let h = 0; h < horizon; h++) season[h] = (season[h] as number) + (f[h] as number);
  });
  const shift = (v: Float64Array) => v.map((x, h) => x + (season[h] as number));
  const fitted = base.fitted.map((f, t) => {
    let v = f;
    for (const s of parts.seasonal) v += s[t] as number;
    return v;
  });
  const residuals = fitted.map((f, t) => (y[t] as number) - f);
  let paths = base.paths;
  if (paths !== undefined) {
    const values = Float64Array.from(paths.values);
    for (let k = 0; k < paths.count; k++) for (let h = 0; h < horizon; h++) values[k * horizon + h] = (values[k * horizon + h] as number) + (season[h] as number);
    paths = { ...paths, values };
  }
  const seasons = parts.periods.map((p) => `period ${Number.isInteger(p) ? p : p.toFixed(2)} by STL (its last cycle repeated)`).join(", ");
  const label = base.method.startsWith("Combination of ") ? base.method.slice("Combination of ".length) : base.method;
  const out: AutoForecast = {
    ...base,
    method: `MSTL + ${label}`,
    point: shift(base.point),
    intervals: base.intervals.map((iv) => ({ level: iv.level, lower: shift(iv.lower), upper: shift(iv.upper) })),
    start: data.next,
    fitted,
    residuals,
    description: `MSTL: seasonality removed by MSTL (${seasons}); the seasonally adjusted series forecast by ${base.description}${notes.length > 0 ? `; ${notes.join("; ")}` : ""}`,
    family: "mstl",
    selection: null,
  };
  if (paths === undefined) delete (out as { paths?: unknown }).paths;
  else (out as { paths?: unknown }).paths = paths;
  return out;
}
