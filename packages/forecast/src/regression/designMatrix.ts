import { DpmError } from "@dpm/core";

/** @internal Which deterministic terms to include. */
export interface DesignSpec {
  readonly trend: boolean;
  /** 0: none; "dummies"; or K Fourier pairs. */
  readonly season: "none" | "dummies" | { readonly fourier: number };
  readonly period: number;
}

/**
 * @internal Deterministic columns for time indices t = from … to (1-based, as R's tslm: trend = t,
 * season dummies for positions 2…m of the cycle counted from the first value, Fourier terms
 * sin/cos(2πkt/m) with the sine dropped when 2k = m, as forecast::fourier).
 */
export function deterministicColumns(spec: DesignSpec, from: number, to: number): { names: string[]; columns: Float64Array[] } {
  const len = to - from + 1;
  const names: string[] = ["(Intercept)"];
  const columns: Float64Array[] = [new Float64Array(len).fill(1)];
  if (spec.trend) {
    names.push("trend");
    columns.push(Float64Array.from({ length: len }, (_, i) => from + i));
  }
  const m = spec.period;
  if (spec.season === "dummies") {
    for (let j = 2; j <= m; j++) {
      names.push(`season${j}`);
      columns.push(Float64Array.from({ length: len }, (_, i) => (((from + i - 1) % m) + 1 === j ? 1 : 0)));
    }
  } else if (typeof spec.season === "object") {
    for (let k = 1; k <= spec.season.fourier; k++) {
      if (2 * k !== m) {
        names.push(`S${k}-${m}`);
        columns.push(Float64Array.from({ length: len }, (_, i) => Math.sin((2 * Math.PI * k * (from + i)) / m)));
      }
      names.push(`C${k}-${m}`);
      columns.push(Float64Array.from({ length: len }, (_, i) => Math.cos((2 * Math.PI * k * (from + i)) / m)));
    }
  }
  return { names, columns };
}

/** @internal Validates the season option against the period. */
export function readSeason(value: unknown, period: number, fn: string): DesignSpec["season"] {
  if (value === undefined) return period > 1 ? "dummies" : "none";
  if (value === "none") return "none";
  if (value === "dummies") {
    if (period < 2) throw new DpmError("INVALID_ARGUMENT", `${fn}: season "dummies" needs a seasonal period ≥ 2; pass options.period or a monthly/quarterly TimeSeries.`, { path: "options.season" });
    return "dummies";
  }
  if (typeof value === "object" && value !== null && "fourier" in value) {
    const k = (value as { fourier: unknown }).fourier;
    const max = Math.floor(period / 2);
    if (period < 2 || typeof k !== "number" || !Number.isInteger(k) || k < 1 || k > max) {
      throw new DpmError(
        "INVALID_ARGUMENT",
        `${fn}: options.season.fourier must be an integer from 1 to ${max} (half the seasonal period ${period}), got ${String(k)}.`,
        { path: "options.season.fourier" },
      );
    }
    return { fourier: k };
  }
  throw new DpmError("INVALID_ARGUMENT", `${fn}: options.season must be "dummies", "none" or { fourier: K }.`, { path: "options.season" });
}
