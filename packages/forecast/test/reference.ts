// Loads the shared real series and R's reference results (../shared beside the repository).
import { readFileSync } from "node:fs";
import { isDpmError, type DpmError } from "@dpm/core";

export interface RealSeries {
  readonly name: string;
  readonly frequency: number;
  readonly start: [number, number];
  readonly values: number[];
}

export interface RMethod {
  readonly model: string;
  readonly params: Record<string, number> | null;
  readonly point: number[];
  readonly lower80: number[];
  readonly upper80: number[];
  readonly lower95: number[];
  readonly upper95: number[];
  readonly MASE: number;
  readonly sMAPE: number;
  readonly coverage80: number;
  readonly coverage95: number;
  readonly MSIS95: number;
  readonly fit_cpu_s: number;
}

export interface RHoldout {
  readonly name: string;
  readonly frequency: number;
  readonly m: number;
  readonly n: number;
  readonly n_train: number;
  readonly h: number;
  readonly mase_scale: number;
  readonly actual: number[];
  readonly methods: Record<string, RMethod>;
}

export interface REtsFit {
  readonly series: string;
  readonly spec?: string;
  readonly model: string;
  readonly params: Record<string, number>;
  readonly loglik: number;
  readonly aic?: number;
  readonly aicc: number;
  readonly bic?: number;
  readonly sigma2?: number;
  readonly mse?: number;
}

const shared = new URL("../../../../shared/", import.meta.url);

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(new URL(path, shared), "utf8")) as T;
}

export const realSeries: readonly RealSeries[] = readJson("data/forecast/series.json");
export const rForecast: { readonly series: readonly RHoldout[] } = readJson("reference/forecast/r_forecast.json");
export const rFits: { readonly ets_fixed: readonly REtsFit[]; readonly ets_auto_whole: readonly REtsFit[] } =
  readJson("reference/forecast/r_fits.json");

export function series(name: string): RealSeries {
  const s = realSeries.find((x) => x.name === name);
  if (s === undefined) throw new Error(`no series ${name}`);
  return s;
}

export function holdout(name: string): RHoldout & { train: number[] } {
  const r = rForecast.series.find((x) => x.name === name);
  if (r === undefined) throw new Error(`no holdout ${name}`);
  return { ...r, train: series(name).values.slice(0, r.n_train) };
}

/** Runs `fn`, which must throw a DpmError, and returns it. */
export function catchDpm(fn: () => unknown): DpmError {
  try {
    fn();
  } catch (error) {
    if (isDpmError(error)) return error;
    throw new Error(`expected a DpmError, got ${String(error)}`);
  }
  throw new Error("expected a DpmError, but nothing was thrown");
}

/** Largest relative difference between two arrays, relative to max(|b|, floor). */
export function maxRelDiff(a: ArrayLike<number>, b: ArrayLike<number>, floor = 1e-12): number {
  if (a.length !== b.length) return Infinity;
  let d = 0;
  for (let i = 0; i < a.length; i++) {
    d = Math.max(d, Math.abs((a[i] as number) - (b[i] as number)) / Math.max(Math.abs(b[i] as number), floor));
  }
  return d;
}
