import { bandPath, escapeXml, type Frame, legend, linearScale, niceTicks, pathOf, plotBox, px, svgChart, xAxis, yAxis } from "./svg.js";

export interface LineSeries {
  readonly label: string;
  readonly values: ArrayLike<number>;
  /** A CSS class suffix for the colour: series-0 … series-3. */
  readonly colour: number;
  readonly band?: { readonly lower: ArrayLike<number>; readonly upper: ArrayLike<number> };
}

/** Several lines over shared x labels, each with an optional shaded band; an optional vertical marker. */
export function lineChart(
  series: readonly LineSeries[],
  labels: readonly string[],
  name: string,
  title: string,
  options: { readonly yMax?: number; readonly format: (v: number) => string; readonly marker?: { readonly at: number; readonly label: string } },
): string {
  const f: Frame = { width: 760, height: 300, left: 56, right: 16, top: 28, bottom: 30 };
  const { x0, x1, y0, y1 } = plotBox(f);
  const top = options.yMax ?? Math.max(...series.flatMap((s) => Array.from(s.band?.upper ?? s.values)));
  const x = linearScale([0, labels.length - 1], [x0, x1]);
  const y = linearScale([0, top], [y0, y1]);
  const xs = labels.map((_, i) => x(i));
  const body = series
    .map(
      (s) =>
        (s.band === undefined ? "" : `<path class="band series-${s.colour}" d="${bandPath(xs, Array.from(s.band.upper, y), Array.from(s.band.lower, y))}"/>`) +
        `<path class="line series-${s.colour}" d="${pathOf(Array.from(s.values, (v, i) => [x(i), y(v)] as const))}"/>`,
    )
    .join("");
  const every = Math.ceil(labels.length / 7);
  const ticks = labels.map((label, i) => ({ x: x(i), label })).filter((_, i) => i % every === 0);
  const marker =
    options.marker === undefined
      ? ""
      : `<line class="marker" x1="${px(x(options.marker.at))}" x2="${px(x(options.marker.at))}" y1="${px(y0)}" y2="${px(y1)}"/>` +
        `<text class="tick marker-label" x="${px(x(options.marker.at) + 4)}" y="${px(y1 + 14)}">${escapeXml(options.marker.label)}</text>`;
  const key = legend(x0 + 8, 16, series.map((s) => ({ label: s.label, className: `swatch-series-${s.colour}` })));
  return svgChart(f, name, title, yAxis(f, y, niceTicks(0, top, 5), options.format) + xAxis(f, ticks) + body + marker + key);
}
