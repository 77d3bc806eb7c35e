import { normalCdf, normalQuantile } from "@dpm/core";

/**
 * Lan–DeMets spending function types: `"OF"` (O'Brien–Fleming-like, spends almost nothing early)
 * and `"P"` (Pocock-like, spends evenly).
 *
 * @category Sequential
 */
export type SpendingType = "OF" | "P";

/** @internal Cumulative alpha spent by information rate t (as rpact's "asOF" / "asP"). */
export function alphaSpending(t: number, alpha: number, sided: 1 | 2, type: SpendingType): number {
  if (t >= 1) return alpha;
  if (t <= 0) return 0;
  if (type === "P") return alpha * Math.log(1 + (Math.E - 1) * t);
  // O'Brien–Fleming type: each side spends a one-sided α/sided function.
  const a = alpha / sided;
  return sided * 2 * (1 - normalCdf(normalQuantile(1 - a / 2) / Math.sqrt(t)));
}
