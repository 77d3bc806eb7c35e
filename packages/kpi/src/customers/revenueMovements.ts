import { DpmError } from "@dpm/core";
import { nonNegative, nonZero } from "../internal/checks.js";

/**
 * @internal Validates recurring-revenue movements of a period and returns the revenue lost
 * (contraction + churned), which cannot exceed what there was.
 */
export function revenueLost(fn: string, startingRevenue: number, contraction: number, churned: number): number {
  nonNegative(startingRevenue, "startingRevenue", fn);
  nonNegative(contraction, "contraction", fn);
  nonNegative(churned, "churned", fn);
  nonZero(startingRevenue, "startingRevenue", fn, "a revenue retention or churn rate");
  const lost = contraction + churned;
  if (lost > startingRevenue) {
    throw new DpmError(
      "INVALID_ARGUMENT",
      `${fn}: contraction + churned (${lost}) exceeds startingRevenue (${startingRevenue}); only revenue of the start can be lost.`,
      { path: "churned", details: { startingRevenue, contraction, churned } },
    );
  }
  return lost;
}
