import { describe, expect, it } from "vitest";
import { expectDpm } from "../../test/helpers.js";
import { cohortRows } from "./cohortRows.js";
import { cohortTable } from "./cohortTable.js";

describe("cohortRows", () => {
  const table = cohortTable([
    { customerId: "A", date: "2025-01-03", amount: 10 },
    { customerId: "B", date: "2025-01-15", amount: 20 },
    { customerId: "B", date: "2025-02-10", amount: 20 },
    { customerId: "C", date: "2025-02-01", amount: 30 },
  ]);

  it("lists the observed cells cohort by cohort, with calendar periods", () => {
    expect(cohortRows(table)).toEqual([
      { cohort: "2025-01", offset: 0, period: "2025-01", cohortSize: 2, activeCustomers: 2, revenue: 30, customerRetention: 1, revenueRetention: 1, cumulativeRevenuePerCustomer: 15 },
      { cohort: "2025-01", offset: 1, period: "2025-02", cohortSize: 2, activeCustomers: 1, revenue: 20, customerRetention: 0.5, revenueRetention: 20 / 30, cumulativeRevenuePerCustomer: 25 },
      { cohort: "2025-02", offset: 0, period: "2025-02", cohortSize: 1, activeCustomers: 1, revenue: 30, customerRetention: 1, revenueRetention: 1, cumulativeRevenuePerCustomer: 30 },
    ]);
  });

  it("rejects something that is not a cohort table", () => {
    expectDpm(() => cohortRows({} as never), "INVALID_ARGUMENT", "table");
  });
});
