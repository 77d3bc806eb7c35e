import { describe, expect, it } from "vitest";
import { expectDpm } from "../../test/helpers.js";
import { employeeProductivity } from "./employeeProductivity.js";

describe("employeeProductivity", () => {
  it("is output per employee (FTE)", () => {
    expect(employeeProductivity(300_000, 2.5)).toBe(120_000);
  });

  it("throws for zero employees (undefined KPI) and negative inputs", () => {
    expectDpm(() => employeeProductivity(1, 0), "INVALID_ARGUMENT", "employees");
    expectDpm(() => employeeProductivity(1, -1), "INVALID_ARGUMENT", "employees");
    expectDpm(() => employeeProductivity(-1, 1), "INVALID_ARGUMENT", "output");
  });
});
