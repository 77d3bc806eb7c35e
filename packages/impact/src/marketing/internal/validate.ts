import { DpmError } from "@dpm/core";

/** @internal A finite numeric array (copied into a Float64Array); `nonNegative` rejects negatives. */
export function readSeries(v: unknown, fn: string, path: string, nonNegative = false, n?: number): Float64Array {
  if (!(Array.isArray(v) || (ArrayBuffer.isView(v) && !(v instanceof DataView)))) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: ${path} must be an array of numbers (number[] or Float64Array).`, { path });
  }
  const a = v as ArrayLike<unknown>;
  if (n !== undefined && a.length !== n) {
    throw new DpmError("LENGTH_MISMATCH", `${fn}: ${path} has ${a.length} values but ${n} are needed (one per week, like sales).`, { path });
  }
  if (a.length === 0) throw new DpmError("EMPTY", `${fn}: ${path} is empty; pass at least one value.`, { path });
  const out = new Float64Array(a.length);
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    if (typeof x !== "number" || !Number.isFinite(x)) {
      throw new DpmError("NON_FINITE", `${fn}: ${path}[${i}] is ${String(x)}; every value must be a finite number (fill missing weeks first).`, { path: `${path}[${i}]` });
    }
    if (nonNegative && x < 0) {
      throw new DpmError("INVALID_ARGUMENT", `${fn}: ${path}[${i}] is ${x}; spend cannot be negative (record refunds or credits as a control, not as negative spend).`, { path: `${path}[${i}]` });
    }
    out[i] = x;
  }
  return out;
}

/** @internal A finite number in [lo, hi] (open ends when the flags say so); undefined → fallback. */
export function readNumber(v: unknown, fn: string, path: string, lo: number, hi: number, fallback?: number, openLo = false, openHi = false): number {
  if (v === undefined && fallback !== undefined) return fallback;
  const ok = typeof v === "number" && Number.isFinite(v) && (openLo ? v > lo : v >= lo) && (openHi ? v < hi : v <= hi);
  if (!ok) {
    const range = `${openLo ? "(" : "["}${lo}, ${hi}${openHi ? ")" : "]"}`;
    throw new DpmError("INVALID_ARGUMENT", `${fn}: ${path} must be a finite number in ${range}, got ${String(v)}.`, { path });
  }
  return v as number;
}

/** @internal A positive integer in [lo, hi]. */
export function readInteger(v: unknown, fn: string, path: string, lo: number, hi: number, fallback: number): number {
  if (v === undefined) return fallback;
  if (typeof v !== "number" || !Number.isInteger(v) || v < lo || v > hi) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: ${path} must be an integer from ${lo} to ${hi}, got ${String(v)}.`, { path });
  }
  return v;
}

/** @internal A [low, high] range inside [lo, hi] with low ≤ high. */
export function readRange(v: unknown, fn: string, path: string, lo: number, hi: number, fallback: readonly [number, number]): [number, number] {
  if (v === undefined) return [fallback[0], fallback[1]];
  if (!Array.isArray(v) || v.length !== 2 || !v.every((x) => typeof x === "number" && Number.isFinite(x)) || v[0] > v[1] || v[0] < lo || v[1] > hi) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: ${path} must be [low, high] with ${lo} ≤ low ≤ high ≤ ${hi}, e.g. [${fallback[0]}, ${fallback[1]}]; got ${JSON.stringify(v)}.`, { path });
  }
  return [v[0] as number, v[1] as number];
}
