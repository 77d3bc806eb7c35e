import { describe, expect, it } from "vitest";
import { expectDpm } from "../../test/helpers.js";
import { defineKpi } from "./defineKpi.js";

describe("defineKpi", () => {
  const margin = { name: "Gross margin", unit: "ratio", direction: "higher-is-better", target: 0.65, warning: 0.6, critical: 0.55 } as const;

  it("returns a frozen copy of a valid definition", () => {
    const def = defineKpi(margin);
    expect(def).toEqual(margin);
    expect(Object.isFrozen(def)).toBe(true);
    expect(def).not.toBe(margin);
  });

  it("accepts equal thresholds and a missing target", () => {
    expect(defineKpi({ name: "NPS", unit: "points", direction: "higher-is-better", warning: 30, critical: 30 }).target).toBeUndefined();
  });

  it("enforces the threshold order of the direction, naming the field", () => {
    expectDpm(() => defineKpi({ ...margin, warning: 0.5 }), "INVALID_ARGUMENT", "critical");
    expectDpm(() => defineKpi({ ...margin, target: 0.58 }), "INVALID_ARGUMENT", "target");
    const churn = { name: "Churn", unit: "ratio", direction: "lower-is-better", target: 0.03, warning: 0.04, critical: 0.06 } as const;
    expect(defineKpi(churn).critical).toBe(0.06);
    const error = expectDpm(() => defineKpi({ ...churn, critical: 0.035 }), "INVALID_ARGUMENT", "critical");
    expect(error.message).toContain("critical must be ≥ warning");
    expectDpm(() => defineKpi({ ...churn, target: 0.05 }), "INVALID_ARGUMENT", "target");
  });

  it("rejects missing names, units, directions, non-finite thresholds and non-function formulas", () => {
    expectDpm(() => defineKpi({ ...margin, name: " " }), "INVALID_ARGUMENT", "name");
    expectDpm(() => defineKpi({ ...margin, unit: "" }), "INVALID_ARGUMENT", "unit");
    expectDpm(() => defineKpi({ ...margin, direction: "up" as never }), "INVALID_ARGUMENT", "direction");
    expectDpm(() => defineKpi({ ...margin, warning: Number.NaN }), "NON_FINITE", "warning");
    expectDpm(() => defineKpi({ ...margin, formula: "revenue / cogs" as never }), "INVALID_ARGUMENT", "formula");
    expectDpm(() => defineKpi(null as never), "INVALID_ARGUMENT", "definition");
    expectDpm(() => defineKpi({ ...margin, format: "%" as never }), "INVALID_ARGUMENT", "format");
  });
});
