const BITS = 11;
const RADIX = 1 << BITS;
const MASK = RADIX - 1;

let scratch: Float64Array = new Float64Array(0);
const counts = new Int32Array(6 * RADIX);

function inc(k: number): void {
  counts[k] = (counts[k] as number) + 1;
}

/**
 * @internal Sorts values[0..n) ascending in place by a least-significant-digit radix sort on the
 * IEEE-754 bits (six 11-bit digits; digits shared by every key are skipped). Negative numbers have
 * all bits flipped and positive ones the sign bit, so unsigned order is numeric order (−0 before
 * +0, as `Float64Array.prototype.sort`). O(n), several times faster than the built-in sort for the
 * 65,536-value chunks Iman–Conover rearranges. No NaN allowed.
 */
export function radixSortFloat64(values: Float64Array, n: number): void {
  if (n < 512) {
    values.subarray(0, n).sort();
    return;
  }
  if (scratch.length < n) scratch = new Float64Array(n);
  let src: Float64Array = values;
  let dst: Float64Array = scratch;
  const u = new Uint32Array(values.buffer, values.byteOffset, 2 * n);
  // To sortable keys, and all six digit histograms in one pass.
  counts.fill(0);
  for (let i = 0; i < n; i++) {
    let lo = u[2 * i] as number;
    let hi = u[2 * i + 1] as number;
    if (hi & 0x80000000) {
      hi = ~hi >>> 0;
      lo = ~lo >>> 0;
    } else hi = (hi ^ 0x80000000) >>> 0;
    u[2 * i] = lo;
    u[2 * i + 1] = hi;
    inc(lo & MASK);
    inc(RADIX + ((lo >>> BITS) & MASK));
    inc(2 * RADIX + (((lo >>> (2 * BITS)) | (hi << (32 - 2 * BITS))) & MASK));
    inc(3 * RADIX + ((hi >>> (3 * BITS - 32)) & MASK));
    inc(4 * RADIX + ((hi >>> (4 * BITS - 32)) & MASK));
    inc(5 * RADIX + ((hi >>> (5 * BITS - 32)) & MASK));
  }
  for (let pass = 0; pass < 6; pass++) {
    const base = pass * RADIX;
    // Skip a digit every key shares.
    let skip = false;
    for (let d = 0; d < RADIX; d++) {
      const c = counts[base + d] as number;
      if (c === n) skip = true;
      if (c !== 0) break;
    }
    if (skip) continue;
    let sum = 0;
    for (let d = 0; d < RADIX; d++) {
      const c = counts[base + d] as number;
      counts[base + d] = sum;
      sum += c;
    }
    const su = new Uint32Array(src.buffer, src.byteOffset, 2 * n);
    if (pass < 2) {
      const shift = pass * BITS;
      for (let i = 0; i < n; i++) {
        const digit = base + (((su[2 * i] as number) >>> shift) & MASK);
        const at = counts[digit] as number;
        counts[digit] = at + 1;
        dst[at] = src[i] as number;
      }
    } else if (pass === 2) {
      for (let i = 0; i < n; i++) {
        const digit = base + ((((su[2 * i] as number) >>> (2 * BITS)) | ((su[2 * i + 1] as number) << (32 - 2 * BITS))) & MASK);
        const at = counts[digit] as number;
        counts[digit] = at + 1;
        dst[at] = src[i] as number;
      }
    } else {
      const shift = pass * BITS - 32;
      for (let i = 0; i < n; i++) {
        const digit = base + (((su[2 * i + 1] as number) >>> shift) & MASK);
        const at = counts[digit] as number;
        counts[digit] = at + 1;
        dst[at] = src[i] as number;
      }
    }
    const t = src;
    src = dst;
    dst = t;
  }
  if (src !== values) values.set(src.subarray(0, n));
  // Back from keys to doubles.
  for (let i = 0; i < n; i++) {
    let lo = u[2 * i] as number;
    let hi = u[2 * i + 1] as number;
    if (hi & 0x80000000) hi = (hi ^ 0x80000000) >>> 0;
    else {
      hi = ~hi >>> 0;
      lo = ~lo >>> 0;
    }
    u[2 * i] = lo;
    u[2 * i + 1] = hi;
  }
}
