import { applyKpi } from "../internal/applyKpi.js";
import { nonNegative, undefinedKpi } from "../internal/checks.js";
import type { KpiInput, KpiResult, KpiSeriesOptions } from "../series/KpiInput.js";

const FN = "breakEvenUnits";

function breakEvenUnitsOf(fixedCosts: number, price: number, variableCostPerUnit: number): number {
  nonNegative(fixedCosts, "fixedCosts", FN);
  nonNegative(price, "price", FN);
  nonNegative(variableCostPerUnit, "variableCostPerUnit", FN);
  const unitContribution = price - variableCostPerUnit;
  if (unitContribution <= 0) {
    throw undefinedKpi(
      FN,
      "price",
      `price (${price}) does not exceed variableCostPerUnit (${variableCostPerUnit}), so every unit loses money and no volume breaks even.`,
      "NO_SOLUTION",
    );
  }
  return fixedCosts / unitContribution;
}

/**
 * Break-even volume: the units to sell so that contribution covers fixed costs,
 * `fixedCosts / (price − variableCostPerUnit)`. The result is exact (fractional); round up with
 * `Math.ceil` for a whole number of units.
 *
 * - **Unit:** units per period of the fixed costs.
 * - **Direction:** lower is better.
 *
 * @param fixedCosts - fixed costs of the period (≥ 0)
 * @param price - selling price of one unit (≥ 0)
 * @param variableCostPerUnit - variable cost of one unit (≥ 0)
 * @param options - series options (only used when an input is a series)
 * @returns the break-even volume in units
 * @throws {@link @dpm/core!DpmError} `NO_SOLUTION` when price ≤ variable cost (undefined KPI: no volume breaks
 *   even); `INVALID_ARGUMENT` for negative inputs; `NON_FINITE`
 *
 * @example
 * ```ts
 * import { breakEvenUnits } from "@dpm/kpi";
 *
 * breakEvenUnits(9_600, 4.5, 1.3); // => 3000 (lattes a month)
 * ```
 *
 * @category Operations
 */
export function breakEvenUnits<F extends KpiInput, P extends KpiInput, V extends KpiInput>(
  fixedCosts: F,
  price: P,
  variableCostPerUnit: V,
  options?: KpiSeriesOptions,
): KpiResult<[F, P, V]> {
  return applyKpi(FN, ["fixedCosts", "price", "variableCostPerUnit"], [fixedCosts, price, variableCostPerUnit], breakEvenUnitsOf, options) as KpiResult<[F, P, V]>;
}
