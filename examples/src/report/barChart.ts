import { escapeXml, type Frame, linearScale, niceDomain, niceTicks, plotBox, px, svgChart, xAxis } from "./svg.js";

/** Horizontal bars, one per category, with the value written at the end of each bar. */
export function barChart(items: readonly { readonly label: string; readonly value: number }[], name: string, title: string, format: (v: number) => string): string {
  const row = 26;
  const f: Frame = { width: 760, height: 44 + row * items.length, left: 150, right: 60, top: 8, bottom: 30 };
  const { x0, x1 } = plotBox(f);
  const [, hi] = niceDomain(0, Math.max(1, ...items.map((i) => i.value)), 5);
  const x = linearScale([0, hi], [x0, x1]);
  const body = items
    .map((item, i) => {
      const top = f.top + i * row + 4;
      return (
        `<rect class="bar" x="${px(x0)}" y="${px(top)}" width="${px(Math.max(1, x(item.value) - x0))}" height="${row - 8}"/>` +
        `<text class="tick" x="${px(x0 - 8)}" y="${px(top + row / 2)}" text-anchor="end">${escapeXml(item.label)}</text>` +
        `<text class="tick value" x="${px(x(item.value) + 6)}" y="${px(top + row / 2)}">${escapeXml(format(item.value))}</text>`
      );
    })
    .join("");
  const ticks = niceTicks(0, hi, 5).map((v) => ({ x: x(v), label: format(v) }));
  return svgChart(f, name, title, xAxis(f, ticks) + body);
}
