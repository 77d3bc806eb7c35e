/**
 * @internal Solves f(x) = 0 for an increasing f on [lo, hi] (either end may be infinite) by
 * Newton steps from `x0`, falling back to bisection — or to doubling the step towards an infinite
 * end — whenever a step leaves the bracket that every evaluation narrows. Stops when a step or
 * the bracket is below `rtol` relative (default 4e-16) or after 400 evaluations.
 */
export function solveMonotone(
  f: (x: number) => number,
  df: (x: number) => number,
  x0: number,
  lo: number,
  hi: number,
  rtol = 4e-16,
): number {
  let x = x0;
  if (!(x > lo && x < hi)) x = Number.isFinite(lo) && Number.isFinite(hi) ? 0.5 * (lo + hi) : Number.isFinite(lo) ? lo + 1 : Number.isFinite(hi) ? hi - 1 : 0;
  for (let iter = 0; iter < 400; iter++) {
    const fx = f(x);
    if (fx === 0) return x;
    if (fx < 0) lo = x;
    else hi = x;
    const d = df(x);
    let next = x - fx / d;
    if (!(next > lo && next < hi) || !Number.isFinite(next)) {
      if (Number.isFinite(lo) && Number.isFinite(hi)) next = 0.5 * (lo + hi);
      else if (Number.isFinite(lo)) next = x + 2 * Math.max(1, Math.abs(x - lo), Math.abs(x));
      else next = x - 2 * Math.max(1, Math.abs(hi - x), Math.abs(x));
    }
    const scale = Math.max(Math.abs(next), 1e-300);
    if (Math.abs(next - x) <= rtol * scale || (Number.isFinite(hi - lo) && hi - lo <= rtol * scale)) return next;
    x = next;
  }
  return x;
}
