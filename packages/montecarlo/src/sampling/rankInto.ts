import { radixSortFloat64 } from "../stats/radixSort.js";

/**
 * @internal 0-based ranks of `values[0..n)` into `ranks` (ties broken by position), by one native
 * numeric sort of packed keys: each value is quantised to the top bits of a 52-bit integer whose
 * low bits hold its index, so one radix sort of plain numbers orders them.
 * Values closer than (max − min)/2^(52 − ⌈log₂ n⌉) may swap order, far below sampling noise.
 */
export function rankInto(values: Float64Array, n: number, ranks: Int32Array, keys: Float64Array): void {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    const v = values[i] as number;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const indexBits = Math.max(1, Math.ceil(Math.log2(n)));
  const radix = 2 ** indexBits;
  const levels = 2 ** (52 - indexBits) - 1;
  const scale = max > min ? levels / (max - min) : 0;
  const k = keys.subarray(0, n);
  for (let i = 0; i < n; i++) k[i] = Math.floor(((values[i] as number) - min) * scale) * radix + i;
  radixSortFloat64(k, n);
  for (let r = 0; r < n; r++) {
    const key = k[r] as number;
    ranks[key - Math.floor(key / radix) * radix] = r;
  }
}
