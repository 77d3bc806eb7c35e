// R's ARIMA references (forecast 8.20 on R 4.2.2) from ../shared/reference/forecast, typed for the ARIMA tests.
import { readFileSync } from "node:fs";

export interface RArimaFit {
  readonly series: string;
  readonly transform?: string;
  readonly spec?: string;
  readonly model?: string;
  readonly coef: Record<string, number> | [];
  readonly sigma2?: number;
  readonly loglik: number;
  readonly aic?: number;
  readonly aicc: number;
  readonly bic?: number;
}

const shared = new URL("../../../../shared/", import.meta.url);
const fits = JSON.parse(readFileSync(new URL("reference/forecast/r_fits.json", shared), "utf8")) as {
  readonly arima_fixed: readonly RArimaFit[];
  readonly auto_arima_whole: readonly RArimaFit[];
};

export const rArimaFixed = fits.arima_fixed;
export const rAutoArimaWhole = fits.auto_arima_whole;

/** Parsed R model string such as "ARIMA(0,0,2)(1,1,0)[12] with drift". */
export interface ParsedArima {
  readonly order: [number, number, number];
  readonly seasonal?: { readonly order: [number, number, number]; readonly period: number };
  readonly drift: boolean;
  readonly mean: boolean;
}

export function parseArimaName(model: string): ParsedArima {
  const m = /^ARIMA\((\d+),(\d+),(\d+)\)(?:\((\d+),(\d+),(\d+)\)\[(\d+)\])?(.*)$/.exec(model);
  if (m === null) throw new Error(`not an ARIMA string: ${model}`);
  const g = (i: number): number => Number(m[i]);
  const base = { order: [g(1), g(2), g(3)] as [number, number, number], drift: (m[8] ?? "").includes("drift"), mean: (m[8] ?? "").includes("non-zero") };
  return m[4] === undefined ? base : { ...base, seasonal: { order: [g(4), g(5), g(6)], period: g(7) } };
}
