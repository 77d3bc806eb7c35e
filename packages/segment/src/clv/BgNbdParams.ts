import { DpmError } from "@dpm/core";

/**
 * BG/NBD parameters: purchase rate λ ~ Gamma(r, α) (α in the data's time unit), dropout probability
 * after each purchase p ~ Beta(a, b).
 *
 * @category CLV
 */
export interface BgNbdParams {
  readonly r: number;
  readonly alpha: number;
  readonly a: number;
  readonly b: number;
}

/**
 * Per-customer repeat frequency x, recency t_x and age T (columns, same time unit).
 *
 * @category CLV
 */
export interface FrequencyRecency {
  readonly frequency: ArrayLike<number>;
  readonly recency: ArrayLike<number>;
  readonly T: ArrayLike<number>;
}

export function checkParams(p: BgNbdParams, fn: string): void {
  if (p === null || typeof p !== "object") throw new DpmError("INVALID_ARGUMENT", `${fn}: params must be { r, alpha, a, b } (from fitBgNbd)`, { path: "params" });
  for (const k of ["r", "alpha", "a", "b"] as const) {
    if (!(typeof p[k] === "number" && Number.isFinite(p[k]) && p[k] > 0)) throw new DpmError("INVALID_ARGUMENT", `${fn}: params.${k} must be a finite number > 0, got ${String(p[k])}`, { path: `params.${k}` });
  }
}

export function checkCustomer(x: number, tx: number, T: number, fn: string, path = ""): void {
  if (!(Number.isInteger(x) && x >= 0)) throw new DpmError("INVALID_ARGUMENT", `${fn}: ${path}frequency must be an integer ≥ 0, got ${x}`, { path: `${path}frequency` });
  if (!(Number.isFinite(tx) && tx >= 0)) throw new DpmError("INVALID_ARGUMENT", `${fn}: ${path}recency must be finite and ≥ 0, got ${tx}`, { path: `${path}recency` });
  if (!(Number.isFinite(T) && T >= tx)) throw new DpmError("INVALID_ARGUMENT", `${fn}: ${path}T must be finite and ≥ recency (${tx}), got ${T}`, { path: `${path}T` });
  if (x > 0 && !(tx > 0)) throw new DpmError("INVALID_ARGUMENT", `${fn}: ${path}recency must be > 0 when frequency > 0`, { path: `${path}recency` });
}
