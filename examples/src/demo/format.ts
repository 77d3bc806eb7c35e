/** Number formats shared by the terminal summary and the report. */
export const euro = (x: number): string => `${x < 0 ? "−" : ""}€${Math.abs(Math.round(x)).toLocaleString("en")}`;
export const pct = (x: number, digits = 1): string => `${(100 * x).toFixed(digits)} %`;
export const fixed = (x: number, digits = 2): string => x.toFixed(digits);
