import { timeSeries } from "@dpm/core";
import { describe, expect, it } from "vitest";
import { expectDpm } from "../../test/helpers.js";
import { cacPayback } from "./cacPayback.js";

describe("cacPayback", () => {
  it("is CAC over monthly gross profit per customer", () => {
    expect(cacPayback(240, 40, 0.5)).toBe(12);
    expect(cacPayback(0, 40, 0.5)).toBe(0);
  });

  it("is Infinity (documented) when customers bring no gross profit", () => {
    expect(cacPayback(240, 0, 0.5)).toBe(Infinity);
    expect(cacPayback(240, 40, -0.1)).toBe(Infinity);
  });

  it("validates inputs", () => {
    expectDpm(() => cacPayback(-1, 40, 0.5), "INVALID_ARGUMENT", "cac");
    expectDpm(() => cacPayback(1, -40, 0.5), "INVALID_ARGUMENT", "arpu");
    expectDpm(() => cacPayback(1, 40, 1.5), "INVALID_ARGUMENT", "grossMargin");
  });

  it("treats an infinite payback as an undefined period in a series", () => {
    const arpu = timeSeries("2025-01", [40, 0]);
    expectDpm(() => cacPayback(240, arpu, 0.5), "NON_FINITE", "arpu[1]");
    const p = cacPayback(240, arpu, 0.5, { whenUndefined: "missing" });
    expect(p.values[0]).toBe(12);
    expect(p.values[1]).toBeNaN();
  });
});
