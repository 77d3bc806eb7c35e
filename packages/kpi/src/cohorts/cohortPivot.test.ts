import { describe, expect, it } from "vitest";
import { expectDpm } from "../../test/helpers.js";
import { cohortPivot } from "./cohortPivot.js";
import { cohortTable } from "./cohortTable.js";

describe("cohortPivot", () => {
  const table = cohortTable([
    { customerId: 1, date: "2025-01-05", amount: 10 },
    { customerId: 2, date: "2025-01-06", amount: 10 },
    { customerId: 3, date: "2025-01-07", amount: 10 },
    { customerId: 1, date: "2025-02-05", amount: 12 },
    { customerId: 4, date: "2025-02-07", amount: 8 },
  ]);

  it("lays a metric out as one record per cohort, keys in offset order", () => {
    const pivot = cohortPivot(table, "revenue");
    expect(pivot).toEqual([
      { cohort: "2025-01", size: 3, "+0": 30, "+1": 12 },
      { cohort: "2025-02", size: 1, "+0": 8 },
    ]);
    expect(Object.keys(pivot[0] as object)).toEqual(["cohort", "size", "+0", "+1"]);
  });

  it("rounds and shows percentages on request", () => {
    expect(cohortPivot(table, "customerRetention", { digits: 1, percent: true })[0]).toEqual({ cohort: "2025-01", size: 3, "+0": 100, "+1": 33.3 });
  });

  it("rejects unknown metrics, bad digits and non-tables", () => {
    expectDpm(() => cohortPivot(table, "ltv" as never), "INVALID_ARGUMENT", "metric");
    expectDpm(() => cohortPivot(table, "revenue", { digits: -1 }), "INVALID_ARGUMENT", "options.digits");
    expectDpm(() => cohortPivot([] as never, "revenue"), "INVALID_ARGUMENT", "table");
  });
});
