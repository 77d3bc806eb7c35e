import { escapeXml } from "./svg.js";

/** An HTML table from rows of cells; numeric-looking cells are right-aligned by the stylesheet. */
export function htmlTable(headers: readonly string[], rows: readonly (readonly string[])[], caption?: string): string {
  const head = headers.map((h) => `<th>${escapeXml(h)}</th>`).join("");
  const body = rows
    .map((r) => `<tr>${r.map((c, i) => `<td${i > 0 && /^[−\-€\d.,% ]+[%kM]?$|^\d/.test(c) ? ' class="num"' : ""}>${escapeXml(c)}</td>`).join("")}</tr>`)
    .join("");
  return `<table>${caption === undefined ? "" : `<caption>${escapeXml(caption)}</caption>`}<thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}
