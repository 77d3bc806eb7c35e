import { escapeXml, type Frame, linearScale, niceDomain, niceTicks, pathOf, plotBox, px, shortEuro, svgChart, xAxis, yAxis } from "../../src/report/svg.js";

/** Horizontal bars from zero (negative values drawn left of it, in red), value written at each end. */
export function signedBars(items: readonly { readonly label: string; readonly value: number }[], name: string, title: string, format: (v: number) => string): string {
  const row = 26;
  const f: Frame = { width: 760, height: 44 + row * items.length, left: 170, right: 80, top: 8, bottom: 30 };
  const { x0, x1 } = plotBox(f);
  const [lo, hi] = niceDomain(Math.min(0, ...items.map((i) => i.value)), Math.max(1, ...items.map((i) => i.value)), 5);
  const x = linearScale([lo, hi], [x0, x1]);
  const zero = x(0);
  const body = items
    .map((item, i) => {
      const top = f.top + i * row + 4;
      const a = Math.min(zero, x(item.value));
      const w = Math.max(1, Math.abs(x(item.value) - zero));
      return (
        `<rect class="bar${item.value < 0 ? " loss" : ""}" x="${px(a)}" y="${px(top)}" width="${px(w)}" height="${row - 8}"/>` +
        `<text class="tick" x="${px(x0 - 8)}" y="${px(top + row / 2)}" text-anchor="end">${escapeXml(item.label)}</text>` +
        `<text class="tick value" x="${px(Math.max(zero, x(item.value)) + 6)}" y="${px(top + row / 2)}">${escapeXml(format(item.value))}</text>`
      );
    })
    .join("");
  const ticks = niceTicks(lo, hi, 5).map((v) => ({ x: x(v), label: shortEuro(v) }));
  return svgChart(f, name, title, xAxis(f, ticks) + `<line class="axis" x1="${px(zero)}" x2="${px(zero)}" y1="${f.top}" y2="${f.height - f.bottom}"/>` + body);
}

/** A line y(x) with a marked current point: profit against the price rise. */
export function curveChart(xs: ArrayLike<number>, ys: ArrayLike<number>, current: { readonly x: number; readonly y: number }, name: string, title: string, formatX: (v: number) => string): string {
  const f: Frame = { width: 760, height: 260, left: 64, right: 16, top: 16, bottom: 30 };
  const { x0, x1, y0, y1 } = plotBox(f);
  const all = [...Array.from(ys), current.y];
  const [lo, hi] = niceDomain(Math.min(0, ...all), Math.max(...all));
  const x = linearScale([xs[0] as number, xs[xs.length - 1] as number], [x0, x1]);
  const y = linearScale([lo, hi], [y0, y1]);
  const line = pathOf(Array.from(ys, (v, i) => [x(xs[i] as number), y(v)] as const));
  const ticks = niceTicks(xs[0] as number, xs[xs.length - 1] as number, 6).map((v) => ({ x: x(v), label: formatX(v) }));
  return svgChart(
    f,
    name,
    title,
    yAxis(f, y, niceTicks(lo, hi, 5), shortEuro) +
      xAxis(f, ticks) +
      `<line class="marker" x1="${px(x0)}" x2="${px(x1)}" y1="${px(y(0))}" y2="${px(y(0))}"/>` +
      `<path class="line forecast" d="${line}"/>` +
      `<circle class="current" cx="${px(x(current.x))}" cy="${px(y(current.y))}" r="6"/>`,
  );
}
