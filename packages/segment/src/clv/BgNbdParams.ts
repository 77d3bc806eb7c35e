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

/**
 * Largest accepted model parameter (BG/NBD r, α, a, b and Gamma-Gamma p, q, v): fitted values lie
 * far below (fitBgNbd keeps them in [e⁻²⁵, e²⁵] ≈ 7·10¹⁰); larger ones overflow the closed forms.
 */
export const MAX_PARAMETER = 1e10;
/** Largest accepted repeat-transaction count per customer. */
export const MAX_FREQUENCY = 1e7;

export function checkParams(p: BgNbdParams, fn: string): void {
  if (p === null || typeof p !== "object") throw new DpmError("INVALID_ARGUMENT", `${fn}: params must be { r, alpha, a, b } (from fitBgNbd)`, { path: "params" });
  for (const k of ["r", "alpha", "a", "b"] as const) {
    const v: unknown = p[k];
    if (!(typeof v === "number" && Number.isFinite(v) && v > 0 && v <= MAX_PARAMETER)) throw new DpmError("INVALID_ARGUMENT", `${fn}: params.${k} must be a number in (0, ${MAX_PARAMETER}] (use the parameters fitBgNbd returns), got ${typeof v === "number" ? v : typeof v}`, { path: `params.${k}` });
  }
}

/** Throws NON_FINITE when a closed form overflowed (inputs at the edge of the valid range). */
export function checkFinite(value: number, fn: string, what: string): number {
  if (!Number.isFinite(value)) throw new DpmError("NON_FINITE", `${fn}: ${what} overflowed to ${value}; the parameters or customer history are outside the range where the closed form is representable — check them (parameters at most ${MAX_PARAMETER}, frequency at most ${MAX_FREQUENCY})`, { details: { value } });
  return value;
}

export function checkCustomer(x: number, tx: number, T: number, fn: string, path = ""): void {
  if (!(typeof x === "number" && Number.isInteger(x) && x >= 0 && x <= MAX_FREQUENCY)) throw new DpmError("INVALID_ARGUMENT", `${fn}: ${path}frequency must be a whole number from 0 to ${MAX_FREQUENCY} (repeat transactions), got ${typeof x === "number" ? x : typeof x}`, { path: `${path}frequency` });
  if (!(typeof tx === "number" && Number.isFinite(tx) && tx >= 0)) throw new DpmError("INVALID_ARGUMENT", `${fn}: ${path}recency must be finite and ≥ 0, got ${typeof tx === "number" ? tx : typeof tx}`, { path: `${path}recency` });
  if (!(typeof T === "number" && Number.isFinite(T) && T >= tx)) throw new DpmError("INVALID_ARGUMENT", `${fn}: ${path}T must be finite and ≥ recency (${tx}), got ${typeof T === "number" ? T : typeof T}`, { path: `${path}T` });
  if (x > 0 && !(tx > 0)) throw new DpmError("INVALID_ARGUMENT", `${fn}: ${path}recency must be > 0 when frequency > 0`, { path: `${path}recency` });
}

/**
 * Per-customer columns for the batch functions: x, t_x, T and (for spend and CLV) the mean repeat
 * value. `Float64Array`s avoid copies; a {@link CustomerSummary}-shaped object fits directly.
 *
 * @category CLV
 */
export interface CustomerColumns extends FrequencyRecency {
  readonly monetary?: ArrayLike<number>;
}

/** Validates batch columns (lengths, every customer) and the output buffer; returns n. */
export function checkColumns(data: CustomerColumns, fn: string, needMonetary: boolean, out: Float64Array | undefined): number {
  if (data === null || typeof data !== "object" || data.frequency?.length === undefined) throw new DpmError("INVALID_ARGUMENT", `${fn}: data must be { frequency, recency, T${needMonetary ? ", monetary" : ""} } columns (e.g. from summarizeTransactions)`, { path: "data" });
  const n = data.frequency.length;
  if (data.recency?.length !== n || data.T?.length !== n) throw new DpmError("LENGTH_MISMATCH", `${fn}: data.frequency, data.recency and data.T must have the same length (${n})`, { path: "data" });
  if (needMonetary && data.monetary?.length !== n) throw new DpmError("LENGTH_MISMATCH", `${fn}: data.monetary must have one value per customer (${n})`, { path: "data.monetary" });
  if (out !== undefined && !(out instanceof Float64Array && out.length === n)) throw new DpmError("INVALID_ARGUMENT", `${fn}: out must be a Float64Array of length ${n}`, { path: "out" });
  const { frequency: x, recency: tx, T } = data;
  for (let i = 0; i < n; i++) {
    const xi = x[i]!;
    const ti = tx[i]!;
    const Ti = T[i]!;
    // fast path for the common valid case, detailed message from checkCustomer otherwise
    if (!(Number.isInteger(xi) && xi >= 0 && xi <= MAX_FREQUENCY && ti >= 0 && Ti >= ti && Ti < Infinity && (xi === 0 || ti > 0))) checkCustomer(xi, ti, Ti, fn, `data[${i}].`);
  }
  return n;
}
