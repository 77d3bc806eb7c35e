import { bandPath, type Frame, legend, linearScale, niceDomain, niceTicks, pathOf, plotBox, px, shortEuro, svgChart, xAxis, yAxis } from "./svg.js";

export interface FanChartData {
  readonly historyLabels: readonly string[];
  readonly history: ArrayLike<number>;
  readonly forecastLabels: readonly string[];
  readonly point: ArrayLike<number>;
  /** Intervals from the widest to the narrowest, e.g. 95 % then 80 %. */
  readonly bands: readonly { readonly level: number; readonly lower: ArrayLike<number>; readonly upper: ArrayLike<number> }[];
}

/** History as a line, then the forecast as a line inside shaded prediction intervals. */
export function fanChart(d: FanChartData, title: string): string {
  const f: Frame = { width: 760, height: 300, left: 56, right: 16, top: 28, bottom: 30 };
  const { x0, x1, y0, y1 } = plotBox(f);
  const n = d.history.length;
  const h = d.point.length;
  const all = [...Array.from(d.history), ...d.bands.flatMap((b) => [...Array.from(b.lower), ...Array.from(b.upper)]), ...Array.from(d.point)];
  const [lo, hi] = niceDomain(Math.min(0, ...all), Math.max(...all));
  const x = linearScale([0, n + h - 1], [x0, x1]);
  const y = linearScale([lo, hi], [y0, y1]);
  const fx = Array.from({ length: h }, (_, i) => x(n + i));
  const bands = d.bands
    .map((b, k) => `<path class="band band-${k}" d="${bandPath(fx, Array.from(b.upper, y), Array.from(b.lower, y))}"/>`)
    .join("");
  const history = pathOf(Array.from(d.history, (v, i) => [x(i), y(v)] as const));
  const point = pathOf(Array.from(d.point, (v, i) => [x(n + i), y(v)] as const));
  const labels = [...d.historyLabels, ...d.forecastLabels];
  const every = Math.ceil((n + h) / 7);
  const ticks = labels.map((label, i) => ({ x: x(i), label })).filter((_, i) => i % every === 0);
  const split = `<line class="marker" x1="${px(x(n - 0.5))}" x2="${px(x(n - 0.5))}" y1="${px(y0)}" y2="${px(y1)}"/>`;
  const key = legend(x0 + 8, 16, [
    { label: "actual", className: "swatch-history" },
    { label: "forecast", className: "swatch-forecast" },
    ...d.bands.map((b, k) => ({ label: `${b.level} % interval`, className: `swatch-band-${k}` })),
  ]);
  return svgChart(
    f,
    "forecast",
    title,
    yAxis(f, y, niceTicks(lo, hi, 5), shortEuro) + xAxis(f, ticks) + bands + split + `<path class="line history" d="${history}"/><path class="line forecast" d="${point}"/>` + key,
  );
}
