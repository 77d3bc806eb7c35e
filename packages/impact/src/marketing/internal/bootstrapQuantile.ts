/**
 * @internal Quantile p of B sorted bootstrap draws at the order statistic (B + 1)·p (Hyndman & Fan
 * type 6; Davison & Hinkley 1997, §5.2), interpolated and clamped to the sample. The expected
 * share of the distribution between the α and 1 − α bounds is then 1 − 2α for any B; the usual
 * type-7 quantile ((B − 1)·p + 1) shrinks it to (B − 1)(1 − 2α)/(B + 1) — 85.6 % instead of 90 %
 * with 40 draws, 88.2 % with 100 — so percentile intervals from a few dozen refits undercover.
 */
export function bootstrapQuantile(sorted: Float64Array, p: number): number {
  const B = sorted.length;
  if (B === 0) return Number.NaN;
  const h = (B + 1) * p - 1; // 0-based position
  if (h <= 0) return sorted[0]!;
  if (h >= B - 1) return sorted[B - 1]!;
  const lo = Math.floor(h);
  return sorted[lo]! + (h - lo) * (sorted[lo + 1]! - sorted[lo]!);
}
