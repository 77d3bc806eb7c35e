import { DpmError, assertFinite, type TimeSeries } from "@dpm/core";
import { describe } from "../internal/checks.js";

/**
 * Whether a KPI is better high (margin, retention, NPS) or low (churn, CAC, wait time).
 *
 * @category Tracking
 */
export type KpiDirection = "higher-is-better" | "lower-is-better";

/**
 * A tracked KPI: what it is, which way is good, and where the lines are.
 *
 * Thresholds are the last acceptable values of each status: for a higher-is-better KPI, a value
 * ≥ `warning` is on track, a value ≥ `critical` (but below `warning`) is a warning, anything lower is
 * critical; mirrored for lower-is-better. So `critical ≤ warning ≤ target` when higher is better and
 * `target ≤ warning ≤ critical` when lower is better.
 *
 * @typeParam In - what {@link trackKpi} is given: a TimeSeries of the KPI itself (no formula), or
 *   whatever `formula` computes the KPI series from (e.g. `{ revenue, cogs }`)
 * @category Tracking
 */
export interface KpiDefinition<In = TimeSeries> {
  /** A display name, e.g. `"Gross margin"`. */
  readonly name: string;
  /** The unit the values are in, e.g. `"ratio"`, `"EUR"`, `"minutes"`. */
  readonly unit: string;
  /** Which way is good. */
  readonly direction: KpiDirection;
  /** The goal (optional). Trend alerts compare the projection with it (with `warning` when absent). */
  readonly target?: number;
  /** The last value that is still on track. */
  readonly warning: number;
  /** The last value that is still only a warning; beyond it, critical. */
  readonly critical: number;
  /** Computes the KPI series from the tracked input; absent when the input is the KPI series. */
  readonly formula?: (input: In) => TimeSeries;
  /** Free text: the definition in words. */
  readonly description?: string;
  /**
   * Formats a value (or a change per period) for alert messages, e.g. `(x) => \`${(100 * x).toFixed(1)} %\``.
   * Default: 4 significant digits followed by the unit.
   */
  readonly format?: (value: number) => string;
}

/**
 * Checks a KPI definition and returns it frozen: a name, a unit, a direction, and thresholds in the
 * order the direction requires.
 *
 * @param definition - the KPI
 * @returns the same definition, frozen
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` naming the field: an empty name or unit, an unknown
 *   direction, thresholds (or target) in the wrong order, a formula that is not a function;
 *   `NON_FINITE` for a non-finite threshold
 *
 * @example
 * ```ts
 * import { defineKpi } from "@dpm/kpi";
 *
 * const churn = defineKpi({ name: "Monthly churn", unit: "ratio", direction: "lower-is-better", target: 0.03, warning: 0.04, critical: 0.06 });
 * churn.direction; // => "lower-is-better"
 * // defineKpi({ ..., direction: "lower-is-better", warning: 0.06, critical: 0.04 }) throws: critical must be ≥ warning
 * ```
 *
 * @category Tracking
 */
export function defineKpi<In = TimeSeries>(definition: KpiDefinition<In>): KpiDefinition<In> {
  const fn = "defineKpi";
  if (typeof definition !== "object" || definition === null) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: definition must be an object, got ${describe(definition)}.`, { path: "definition" });
  }
  const { name, unit, direction, target, warning, critical, formula } = definition;
  if (typeof name !== "string" || name.trim() === "") {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: name must be a non-empty string, got ${describe(name)}.`, { path: "name" });
  }
  if (typeof unit !== "string" || unit.trim() === "") {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: ${name}: unit must be a non-empty string such as "ratio" or "EUR", got ${describe(unit)}.`, { path: "unit" });
  }
  if (direction !== "higher-is-better" && direction !== "lower-is-better") {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: ${name}: direction must be "higher-is-better" or "lower-is-better", got ${describe(direction)}.`, {
      path: "direction",
    });
  }
  assertFinite(warning, "warning", `${fn}: ${name}`);
  assertFinite(critical, "critical", `${fn}: ${name}`);
  if (target !== undefined) assertFinite(target, "target", `${fn}: ${name}`);
  const higher = direction === "higher-is-better";
  if (higher ? critical > warning : critical < warning) {
    throw new DpmError(
      "INVALID_ARGUMENT",
      `${fn}: ${name}: critical must be ${higher ? "≤" : "≥"} warning for a ${direction} KPI (got warning ${warning}, critical ${critical}).`,
      { path: "critical", details: { warning, critical } },
    );
  }
  if (target !== undefined && (higher ? target < warning : target > warning)) {
    throw new DpmError(
      "INVALID_ARGUMENT",
      `${fn}: ${name}: target must be ${higher ? "≥" : "≤"} warning for a ${direction} KPI (got target ${target}, warning ${warning}).`,
      { path: "target", details: { target, warning } },
    );
  }
  if (formula !== undefined && typeof formula !== "function") {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: ${name}: formula must be a function from the tracked input to a TimeSeries, got ${describe(formula)}.`, {
      path: "formula",
    });
  }
  if (definition.format !== undefined && typeof definition.format !== "function") {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: ${name}: format must be a function from a number to a string, got ${describe(definition.format)}.`, {
      path: "format",
    });
  }
  return Object.freeze({ ...definition });
}
