/** The report's stylesheet, inlined into the page (no external fonts or files). */
export const STYLES = `
:root { --ink: #1f2933; --muted: #616e7c; --line: #cbd2d9; --brand: #b7410e; --accent: #2f6f9f; --green: #3f7d20; --band: #f0b48a; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 860px; padding: 24px 20px 60px; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--ink); background: #fffdf9; }
h1 { font-size: 26px; margin: 0 0 4px; color: var(--brand); }
h2 { font-size: 19px; margin: 36px 0 6px; border-bottom: 2px solid var(--line); padding-bottom: 4px; }
p.lead, p.meta { color: var(--muted); margin: 4px 0 12px; }
figure { margin: 12px 0; }
figcaption { color: var(--muted); font-size: 13px; }
svg.chart { display: block; max-width: 100%; height: auto; background: #fff; border: 1px solid #eceff1; }
svg .grid { stroke: #e4e7eb; stroke-width: 1; }
svg .axis { stroke: #9aa5b1; stroke-width: 1; }
svg .tick { font-size: 11px; fill: var(--muted); }
svg .line { fill: none; stroke-width: 1.6; }
svg .history { stroke: var(--ink); stroke-width: 1.1; }
svg .forecast { stroke: var(--brand); }
svg .band-0 { fill: var(--band); opacity: 0.45; }
svg .band-1 { fill: var(--band); opacity: 0.8; }
svg .bar { fill: var(--accent); }
svg .bar.loss { fill: #c0392b; }
svg .bar.low { fill: #c0392b; }
svg .bar.high { fill: var(--green); }
svg .marker { stroke: var(--muted); stroke-dasharray: 4 3; }
svg .var-line { stroke: #c0392b; stroke-width: 2; }
svg .mean-line { stroke: var(--ink); stroke-width: 1.5; stroke-dasharray: 5 3; }
svg .series-0 { stroke: var(--brand); fill: var(--brand); }
svg .series-1 { stroke: #7b8794; fill: #7b8794; }
svg .series-2 { stroke: var(--accent); fill: var(--accent); }
svg path.line.series-0, svg path.line.series-1, svg path.line.series-2 { fill: none; }
svg path.band.series-0, svg path.band.series-2 { stroke: none; opacity: 0.18; }
svg .swatch-history { fill: var(--ink); } svg .swatch-forecast { fill: var(--brand); }
svg .swatch-band-0 { fill: var(--band); opacity: 0.45; } svg .swatch-band-1 { fill: var(--band); }
svg .swatch-bar { fill: var(--accent); } svg .swatch-loss { fill: #c0392b; }
svg .swatch-series-0 { fill: var(--brand); } svg .swatch-series-1 { fill: #7b8794; } svg .swatch-series-2 { fill: var(--accent); }
table { border-collapse: collapse; margin: 10px 0; font-size: 13.5px; width: 100%; }
caption { text-align: left; color: var(--muted); padding-bottom: 4px; }
th, td { border-bottom: 1px solid #e4e7eb; padding: 4px 8px; text-align: left; vertical-align: top; }
th { background: #f5f7fa; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
.status-on-track { color: var(--green); font-weight: 600; } .status-warning { color: #b7791f; font-weight: 600; } .status-critical { color: #c0392b; font-weight: 600; }
details { margin: 8px 0; } summary { cursor: pointer; color: var(--accent); }
footer { margin-top: 40px; color: var(--muted); font-size: 13px; }
`;
