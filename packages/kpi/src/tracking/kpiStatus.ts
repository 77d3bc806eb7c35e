import { DpmError } from "@dpm/core";
import { describe } from "../internal/checks.js";
import type { KpiDefinition } from "./defineKpi.js";

/**
 * Where a KPI value stands: on track, a warning, critical, or missing (no value for the period).
 *
 * @category Tracking
 */
export type KpiStatus = "on-track" | "warning" | "critical" | "missing";

/**
 * The status of one value against a KPI's thresholds, direction-aware. A value exactly at a
 * threshold gets the better status (thresholds are the last acceptable values); NaN is `"missing"`.
 *
 * @param definition - the KPI (see {@link defineKpi})
 * @param value - the value
 * @returns `"on-track"`, `"warning"`, `"critical"` or `"missing"`
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` when `value` is not a number
 *
 * @example
 * ```ts
 * import { defineKpi, kpiStatus } from "@dpm/kpi";
 *
 * const margin = defineKpi({ name: "Gross margin", unit: "ratio", direction: "higher-is-better", warning: 0.6, critical: 0.55 });
 * kpiStatus(margin, 0.6); // => "on-track"
 * kpiStatus(margin, 0.58); // => "warning"
 * kpiStatus(margin, 0.5); // => "critical"
 * ```
 *
 * @category Tracking
 */
export function kpiStatus(definition: Pick<KpiDefinition<unknown>, "direction" | "warning" | "critical">, value: number): KpiStatus {
  if (typeof definition !== "object" || definition === null) {
    throw new DpmError("INVALID_ARGUMENT", `kpiStatus: definition must be a KPI definition (see defineKpi) or { direction, warning, critical }, got ${describe(definition)}.`, {
      path: "definition",
    });
  }
  if (definition.direction !== "higher-is-better" && definition.direction !== "lower-is-better") {
    throw new DpmError("INVALID_ARGUMENT", `kpiStatus: definition.direction must be "higher-is-better" or "lower-is-better", got ${describe(definition.direction)}.`, {
      path: "definition.direction",
    });
  }
  for (const key of ["warning", "critical"] as const) {
    if (typeof definition[key] !== "number" || Number.isNaN(definition[key])) {
      throw new DpmError("INVALID_ARGUMENT", `kpiStatus: definition.${key} must be a number, got ${describe(definition[key])}.`, { path: `definition.${key}` });
    }
  }
  if (typeof value !== "number") {
    throw new DpmError("INVALID_ARGUMENT", `kpiStatus: value must be a number, got ${describe(value)}.`, { path: "value" });
  }
  if (Number.isNaN(value)) return "missing";
  if (definition.direction === "higher-is-better") {
    return value >= definition.warning ? "on-track" : value >= definition.critical ? "warning" : "critical";
  }
  return value <= definition.warning ? "on-track" : value <= definition.critical ? "warning" : "critical";
}
