import { escapeXml, type Frame, legend, linearScale, niceTicks, plotBox, px, shortEuro, svgChart, xAxis, yAxis } from "./svg.js";

export interface HistogramData {
  readonly edges: readonly number[];
  readonly counts: readonly number[];
  /** Vertical markers, e.g. the VaR threshold (P5) and the mean. */
  readonly markers: readonly { readonly value: number; readonly label: string; readonly className: string }[];
}

/** A histogram of simulated outcomes with labelled vertical markers; bars below zero are losses. */
export function histogramChart(d: HistogramData, title: string): string {
  const f: Frame = { width: 760, height: 300, left: 56, right: 16, top: 28, bottom: 30 };
  const { x0, x1, y0, y1 } = plotBox(f);
  const lo = d.edges[0] as number;
  const hi = d.edges[d.edges.length - 1] as number;
  const total = d.counts.reduce((a, b) => a + b, 0);
  const shares = d.counts.map((c) => c / total);
  const top = Math.max(...shares) * 1.1;
  const x = linearScale([lo, hi], [x0, x1]);
  const y = linearScale([0, top], [y0, y1]);
  const bars = shares
    .map((s, i) => {
      const a = x(d.edges[i] as number);
      const b = x(d.edges[i + 1] as number);
      const cls = (d.edges[i + 1] as number) <= 0 ? "bar loss" : "bar";
      return `<rect class="${cls}" x="${px(a + 0.5)}" y="${px(y(s))}" width="${px(Math.max(0.5, b - a - 1))}" height="${px(y0 - y(s))}"/>`;
    })
    .join("");
  const markers = d.markers
    .filter((m) => m.value >= lo && m.value <= hi)
    .map(
      (m, k) =>
        `<line class="${m.className}" x1="${px(x(m.value))}" x2="${px(x(m.value))}" y1="${px(y0)}" y2="${px(y1)}"/>` +
        `<text class="tick marker-label" x="${px(x(m.value) + 4)}" y="${px(y1 + 14 + 14 * k)}">${escapeXml(m.label)}</text>`,
    )
    .join("");
  const ticks = niceTicks(lo, hi, 6).map((v) => ({ x: x(v), label: shortEuro(v) }));
  const key = legend(x1 - 260, 16, [
    { label: "profit", className: "swatch-bar" },
    { label: "loss", className: "swatch-loss" },
  ]);
  return svgChart(f, "histogram", title, yAxis(f, y, niceTicks(0, top, 4), (v) => `${(100 * v).toFixed(1)}%`) + xAxis(f, ticks) + bars + markers + key);
}
