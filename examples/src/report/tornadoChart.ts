import { escapeXml, type Frame, linearScale, niceDomain, niceTicks, plotBox, px, shortEuro, svgChart, xAxis } from "./svg.js";

export interface TornadoData {
  readonly base: number;
  readonly bars: readonly { readonly input: string; readonly lowOutput: number; readonly highOutput: number }[];
}

/** One bar per input from the output at its low percentile to the output at its high one, widest on top. */
export function tornadoChart(d: TornadoData, title: string): string {
  const bars = [...d.bars].sort((a, b) => Math.abs(b.highOutput - b.lowOutput) - Math.abs(a.highOutput - a.lowOutput));
  const row = 26;
  const f: Frame = { width: 760, height: 50 + row * bars.length, left: 150, right: 24, top: 12, bottom: 30 };
  const { x0, x1, y0 } = plotBox(f);
  const values = bars.flatMap((b) => [b.lowOutput, b.highOutput]).concat(d.base);
  const [lo, hi] = niceDomain(Math.min(...values), Math.max(...values), 6);
  const x = linearScale([lo, hi], [x0, x1]);
  const body = bars
    .map((b, i) => {
      const top = f.top + i * row + 4;
      const seg = (from: number, to: number, cls: string) =>
        `<rect class="${cls}" x="${px(Math.min(x(from), x(to)))}" y="${px(top)}" width="${px(Math.max(1, Math.abs(x(to) - x(from))))}" height="${row - 8}"/>`;
      return (
        seg(d.base, b.lowOutput, "bar low") +
        seg(d.base, b.highOutput, "bar high") +
        `<text class="tick" x="${px(x0 - 8)}" y="${px(top + row / 2)}" text-anchor="end">${escapeXml(b.input)}</text>`
      );
    })
    .join("");
  const baseLine = `<line class="marker" x1="${px(x(d.base))}" x2="${px(x(d.base))}" y1="${px(f.top)}" y2="${px(y0)}"/>`;
  const ticks = niceTicks(lo, hi, 6).map((v) => ({ x: x(v), label: shortEuro(v) }));
  return svgChart(f, "tornado", title, xAxis(f, ticks) + body + baseLine);
}
