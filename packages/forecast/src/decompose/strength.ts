import { DpmError } from "@dpm/core";
import type { SeriesInput } from "../internal/input.js";
import type { Decomposition } from "./Decomposition.js";
import { asCaller } from "./readSeasonalSeries.js";
import { stlDecomposition, type StlOptions } from "./stlDecomposition.js";

function isDecomposition(value: unknown): value is Decomposition {
  return typeof value === "object" && value !== null && "remainder" in value && "seasonal" in value && "trend" in value && "method" in value;
}

/** @internal Decomposes (STL with the given options) unless a decomposition was passed. */
export function toDecomposition(input: SeriesInput | Decomposition, options: StlOptions | undefined, fn: string): Decomposition {
  if (isDecomposition(input)) {
    const n = input.remainder.length;
    if (input.seasonal.length !== n || input.trend.length !== n) {
      throw new DpmError("LENGTH_MISMATCH", `${fn}: the decomposition's trend, seasonal and remainder must have the same length.`, { path: "decomposition" });
    }
    return input;
  }
  return asCaller(fn, "stlDecomposition", () => stlDecomposition(input, options));
}

/**
 * @internal max(0, 1 − Var(R)/Var(C + R)) over the positions where both are defined; for a
 * multiplicative decomposition on the log scale (log y = log T + log S + log R).
 */
export function strengthOf(remainder: Float64Array, component: Float64Array, type: Decomposition["type"]): number {
  const log = type === "multiplicative";
  const r: number[] = [];
  const cr: number[] = [];
  for (let t = 0; t < remainder.length; t++) {
    const rem = remainder[t] as number;
    const c = component[t] as number;
    if (!Number.isFinite(rem) || !Number.isFinite(c)) continue;
    if (log && !(rem > 0 && c > 0)) continue;
    const a = log ? Math.log(rem) : rem;
    const b = log ? Math.log(c) : c;
    r.push(a);
    cr.push(a + b);
  }
  // The ratio is scale-free: divide by the largest magnitude so squares cannot overflow (1e300-scaled data).
  let scale = 0;
  for (let i = 0; i < cr.length; i++) scale = Math.max(scale, Math.abs(cr[i] as number), Math.abs(r[i] as number));
  if (scale > 1e100 || (scale > 0 && scale < 1e-100)) {
    for (let i = 0; i < cr.length; i++) {
      cr[i] = (cr[i] as number) / scale;
      r[i] = (r[i] as number) / scale;
    }
  }
  const vr = variance(r);
  const vcr = variance(cr);
  if (!(vcr > 0)) return 0;
  return Math.max(0, 1 - vr / vcr);
}

function variance(x: readonly number[]): number {
  const n = x.length;
  if (n < 2) return NaN;
  let mean = 0;
  for (const v of x) mean += v;
  mean /= n;
  let s = 0;
  for (const v of x) s += (v - mean) ** 2;
  return s / (n - 1);
}
