// Column kernels of the vectorized evaluator: tight loops over one shared Float64Array, so every
// call site stays monomorphic and V8 keeps them optimised. `o`, `a`, `b` are offsets into `m`,
// `s` a scalar, `n` the column length.
//
// Every kernel that computes returns Σ v·0 over what it wrote: 0 when all values are finite, NaN
// as soon as one is NaN or ±Infinity. That folds the "never a silent NaN" check into the pass that
// writes the column instead of a second pass over it.

export function addCC(m: Float64Array, o: number, a: number, b: number, n: number): number {
  let z = 0;
  for (let i = 0; i < n; i++) z += (m[o + i] = (m[a + i] as number) + (m[b + i] as number)) * 0;
  return z;
}
export function addCS(m: Float64Array, o: number, a: number, s: number, n: number): number {
  let z = 0;
  for (let i = 0; i < n; i++) z += (m[o + i] = (m[a + i] as number) + s) * 0;
  return z;
}
export function subCC(m: Float64Array, o: number, a: number, b: number, n: number): number {
  let z = 0;
  for (let i = 0; i < n; i++) z += (m[o + i] = (m[a + i] as number) - (m[b + i] as number)) * 0;
  return z;
}
export function subCS(m: Float64Array, o: number, a: number, s: number, n: number): number {
  let z = 0;
  for (let i = 0; i < n; i++) z += (m[o + i] = (m[a + i] as number) - s) * 0;
  return z;
}
export function subSC(m: Float64Array, o: number, s: number, b: number, n: number): number {
  let z = 0;
  for (let i = 0; i < n; i++) z += (m[o + i] = s - (m[b + i] as number)) * 0;
  return z;
}
export function mulCC(m: Float64Array, o: number, a: number, b: number, n: number): number {
  let z = 0;
  for (let i = 0; i < n; i++) z += (m[o + i] = (m[a + i] as number) * (m[b + i] as number)) * 0;
  return z;
}
export function mulCS(m: Float64Array, o: number, a: number, s: number, n: number): number {
  let z = 0;
  for (let i = 0; i < n; i++) z += (m[o + i] = (m[a + i] as number) * s) * 0;
  return z;
}
export function divCC(m: Float64Array, o: number, a: number, b: number, n: number): number {
  let z = 0;
  for (let i = 0; i < n; i++) z += (m[o + i] = (m[a + i] as number) / (m[b + i] as number)) * 0;
  return z;
}
export function divCS(m: Float64Array, o: number, a: number, s: number, n: number): number {
  let z = 0;
  for (let i = 0; i < n; i++) z += (m[o + i] = (m[a + i] as number) / s) * 0;
  return z;
}
export function divSC(m: Float64Array, o: number, s: number, b: number, n: number): number {
  let z = 0;
  for (let i = 0; i < n; i++) z += (m[o + i] = s / (m[b + i] as number)) * 0;
  return z;
}
/** max(a, s): Math.max inlines to a branch-free instruction here, unlike a call through map2. */
export function maxCS(m: Float64Array, o: number, a: number, s: number, n: number): number {
  let z = 0;
  for (let i = 0; i < n; i++) z += (m[o + i] = Math.max(m[a + i] as number, s)) * 0;
  return z;
}
/** min(a, s), as {@link maxCS}. */
export function minCS(m: Float64Array, o: number, a: number, s: number, n: number): number {
  let z = 0;
  for (let i = 0; i < n; i++) z += (m[o + i] = Math.min(m[a + i] as number, s)) * 0;
  return z;
}
export function copyC(m: Float64Array, o: number, a: number, n: number): number {
  if (o !== a) m.copyWithin(o, a, a + n);
  return 0;
}
export function fillS(m: Float64Array, o: number, s: number, n: number): number {
  m.fill(s, o, o + n);
  return s * 0;
}

/** out = f(a) element-wise, for the rarer unary operations. */
export function map1(m: Float64Array, o: number, a: number, n: number, f: (x: number) => number): number {
  let z = 0;
  for (let i = 0; i < n; i++) z += (m[o + i] = f(m[a + i] as number)) * 0;
  return z;
}
/** out = f(a, b) element-wise, for the rarer binary operations. */
export function map2(m: Float64Array, o: number, a: number, b: number, n: number, f: (x: number, y: number) => number): number {
  let z = 0;
  for (let i = 0; i < n; i++) z += (m[o + i] = f(m[a + i] as number, m[b + i] as number)) * 0;
  return z;
}
/** out = c ? a : b element-wise (formula `if`). */
export function select(m: Float64Array, o: number, c: number, a: number, b: number, n: number): number {
  let z = 0;
  for (let i = 0; i < n; i++) z += (m[o + i] = (m[c + i] as number) !== 0 ? (m[a + i] as number) : (m[b + i] as number)) * 0;
  return z;
}
