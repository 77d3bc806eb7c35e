import { applyKpi } from "../internal/applyKpi.js";
import { nonNegative, nonZero } from "../internal/checks.js";
import type { KpiInput, KpiResult, KpiSeriesOptions } from "../series/KpiInput.js";

const FN = "employeeProductivity";

function employeeProductivityOf(output: number, employees: number): number {
  nonNegative(output, "output", FN);
  nonNegative(employees, "employees", FN);
  nonZero(employees, "employees", FN, "output per employee");
  return output / employees;
}

/**
 * Employee productivity: output per employee, `output / employees`. Output is usually revenue
 * (revenue per employee) but can be units, orders or customers served; count employees as
 * full-time equivalents (FTE), or pass hours worked for output per hour.
 *
 * - **Unit:** output unit per employee (per FTE, per hour) per period.
 * - **Direction:** higher is better.
 *
 * @param output - revenue, units, orders… of the period (≥ 0)
 * @param employees - full-time equivalents or hours (> 0)
 * @param options - series options (only used when an input is a series)
 * @returns the output per employee
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` when `employees` is 0 (undefined KPI) or an input is
 *   negative; `NON_FINITE`
 *
 * @example
 * ```ts
 * import { employeeProductivity } from "@dpm/kpi";
 *
 * employeeProductivity(540_000, 4.5); // => 120000 (revenue per FTE)
 * ```
 *
 * @category Operations
 */
export function employeeProductivity<O extends KpiInput, E extends KpiInput>(output: O, employees: E, options?: KpiSeriesOptions): KpiResult<[O, E]> {
  return applyKpi(FN, ["output", "employees"], [output, employees], employeeProductivityOf, options) as KpiResult<[O, E]>;
}
