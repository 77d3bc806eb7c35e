// Small helpers for hand-drawn inline SVG charts: escaping, linear scales, "nice" ticks, axes.

/** Escapes text for HTML and SVG content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] as string);
}

/** A linear map from a data domain to a pixel range. */
export interface Scale {
  (x: number): number;
  readonly domain: readonly [number, number];
  readonly range: readonly [number, number];
}

export function linearScale(domain: readonly [number, number], range: readonly [number, number]): Scale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  const f = (x: number) => r0 + (x - d0) * k;
  return Object.assign(f, { domain, range });
}

/** About `count` round tick values covering [lo, hi] (steps of 1, 2 or 5 × 10^k). */
export function niceTicks(lo: number, hi: number, count = 5): number[] {
  if (!(hi > lo)) return [lo];
  const raw = (hi - lo) / count;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 5, 10].find((m) => m * mag >= raw) ?? 10) * mag;
  const ticks: number[] = [];
  for (let t = Math.ceil(lo / step) * step; t <= hi + step * 1e-9; t += step) ticks.push(Math.abs(t) < step * 1e-9 ? 0 : t);
  return ticks;
}

/** Widens [lo, hi] to the nearest ticks so the data does not touch the frame. */
export function niceDomain(lo: number, hi: number, count = 5): [number, number] {
  if (!(hi > lo)) return [lo - 1, hi + 1];
  const ticks = niceTicks(lo, hi, count);
  const step = ticks.length > 1 ? (ticks[1] as number) - (ticks[0] as number) : hi - lo;
  return [Math.floor(lo / step) * step, Math.ceil(hi / step) * step];
}

/** Rounds pixel coordinates to one decimal to keep the markup small. */
export const px = (x: number): string => (Math.round(x * 10) / 10).toString();

/** A polyline path through points. */
export function pathOf(points: readonly (readonly [number, number])[]): string {
  return points.map(([x, y], i) => `${i === 0 ? "M" : "L"}${px(x)},${px(y)}`).join("");
}

/** A closed area between an upper and a lower line over the same x values. */
export function bandPath(xs: readonly number[], upper: readonly number[], lower: readonly number[]): string {
  const top = xs.map((x, i) => [x, upper[i] as number] as const);
  const bottom = xs.map((x, i) => [x, lower[i] as number] as const).reverse();
  return `${pathOf([...top, ...bottom])}Z`;
}

export interface Frame {
  readonly width: number;
  readonly height: number;
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

/** The plot area's pixel box. */
export const plotBox = (f: Frame) => ({ x0: f.left, x1: f.width - f.right, y0: f.height - f.bottom, y1: f.top });

/** Horizontal grid lines and y tick labels. */
export function yAxis(f: Frame, y: Scale, ticks: readonly number[], format: (v: number) => string): string {
  const { x0, x1 } = plotBox(f);
  return ticks
    .map(
      (t) =>
        `<line class="grid" x1="${px(x0)}" x2="${px(x1)}" y1="${px(y(t))}" y2="${px(y(t))}"/>` +
        `<text class="tick" x="${px(x0 - 6)}" y="${px(y(t) + 4)}" text-anchor="end">${escapeXml(format(t))}</text>`,
    )
    .join("");
}

/** The x axis line with labels at the given positions. */
export function xAxis(f: Frame, ticks: readonly { x: number; label: string }[]): string {
  const { x0, x1, y0 } = plotBox(f);
  return (
    `<line class="axis" x1="${px(x0)}" x2="${px(x1)}" y1="${px(y0)}" y2="${px(y0)}"/>` +
    ticks.map((t) => `<text class="tick" x="${px(t.x)}" y="${px(y0 + 16)}" text-anchor="middle">${escapeXml(t.label)}</text>`).join("")
  );
}

/** Wraps chart content in an accessible, self-sizing <svg>. */
export function svgChart(f: Frame, name: string, title: string, body: string): string {
  return (
    `<svg class="chart" data-chart="${escapeXml(name)}" viewBox="0 0 ${f.width} ${f.height}" ` +
    `width="${f.width}" height="${f.height}" role="img" aria-label="${escapeXml(title)}"><title>${escapeXml(title)}</title>${body}</svg>`
  );
}

/** A legend row of coloured swatches at (x, y). */
export function legend(x: number, y: number, items: readonly { label: string; className: string }[]): string {
  let at = x;
  return items
    .map((item) => {
      const s = `<rect class="${item.className}" x="${px(at)}" y="${px(y - 9)}" width="12" height="10"/><text class="tick" x="${px(at + 16)}" y="${px(y)}">${escapeXml(item.label)}</text>`;
      at += 24 + item.label.length * 6.4;
      return s;
    })
    .join("");
}

/** Compact money labels for axes: €12k, €1.2M. */
export function shortEuro(v: number): string {
  const a = Math.abs(v);
  const sign = v < 0 ? "−" : "";
  if (a >= 1e6) return `${sign}€${(a / 1e6).toFixed(a >= 1e7 ? 0 : 1)}M`;
  if (a >= 1e3) return `${sign}€${(a / 1e3).toFixed(a >= 1e4 ? 0 : 1)}k`;
  return `${sign}€${a.toFixed(0)}`;
}
