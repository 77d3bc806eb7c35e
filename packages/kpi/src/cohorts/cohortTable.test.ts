import { periodOf, type Frequency } from "@dpm/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expectDpm } from "../../test/helpers.js";
import { cohortTable, type Transaction } from "./cohortTable.js";

// A hand-worked data set (rows deliberately out of order):
//   A: Jan 10, Jan 5, Mar 10      B: Jan 20, Feb 20, Feb 5      C: Feb 30, Apr 30
//   D: Feb 10                     E: Apr 50
// Months Jan…Apr → 4 columns. Cohorts: Jan {A, B}, Feb {C, D}, Apr {E} (nobody joined in March).
//   Jan cohort: active 2, 1 (B), 1 (A), 0      revenue 35, 25, 10, 0
//   Feb cohort: active 2, 0, 1 (C), —          revenue 40, 0, 30, —
//   Apr cohort: active 1, —, —, —              revenue 50, —, —, —
const rows: Transaction[] = [
  { customerId: "C", date: "2025-04-30", amount: 30 },
  { customerId: "A", date: "2025-01-03", amount: 10 },
  { customerId: "B", date: "2025-02-25", amount: 5 },
  { customerId: "E", date: "2025-04-01", amount: 50 },
  { customerId: "B", date: "2025-01-15", amount: 20 },
  { customerId: "D", date: "2025-02-14", amount: 10 },
  { customerId: "A", date: "2025-03-02", amount: 10 },
  { customerId: "C", date: "2025-02-01", amount: 30 },
  { customerId: "B", date: "2025-02-10", amount: 20 },
  { customerId: "A", date: "2025-01-20", amount: 5 },
];
const N = Number.NaN;

describe("cohortTable", () => {
  it("builds the monthly tables of the hand-worked data set", () => {
    const t = cohortTable(rows);
    expect(t.freq).toBe("month");
    expect(t.cohorts).toEqual(["2025-01", "2025-02", "2025-04"]);
    expect([t.rows, t.columns, t.customers, t.transactions]).toEqual([3, 4, 5, 10]);
    expect(Array.from(t.offsets)).toEqual([0, 1, 2, 3]);
    expect(Array.from(t.cohortSizes)).toEqual([2, 2, 1]);
    expect(Array.from(t.observedPeriods)).toEqual([4, 3, 1]);
    expect(Array.from(t.activeCustomers)).toEqual([2, 1, 1, 0, 2, 0, 1, N, 1, N, N, N]);
    expect(Array.from(t.revenue)).toEqual([35, 25, 10, 0, 40, 0, 30, N, 50, N, N, N]);
    expect(Array.from(t.customerRetention)).toEqual([1, 0.5, 0.5, 0, 1, 0, 0.5, N, 1, N, N, N]);
    expect(Array.from(t.revenueRetention)).toEqual([1, 25 / 35, 10 / 35, 0, 1, 0, 0.75, N, 1, N, N, N]);
    expect(Array.from(t.cumulativeRevenuePerCustomer)).toEqual([17.5, 30, 35, 35, 20, 20, 35, N, 50, N, N, N]);
  });

  it("builds quarterly cohorts from the same rows", () => {
    // Q1 {A, B, C, D}: revenue 110, then C's 30 in Q2; Q2 {E}: 50
    const t = cohortTable(rows, { freq: "quarter" });
    expect(t.cohorts).toEqual(["2025-Q1", "2025-Q2"]);
    expect(Array.from(t.cohortSizes)).toEqual([4, 1]);
    expect(Array.from(t.customerRetention)).toEqual([1, 0.25, 1, N]);
    expect(Array.from(t.revenue)).toEqual([110, 30, 50, N]);
  });

  it("builds ISO-week cohorts (a Sunday belongs to the week of the Monday before)", () => {
    const t = cohortTable([
      { customerId: 1, date: "2025-01-06", amount: 1 }, // Monday, W02
      { customerId: 1, date: "2025-01-12", amount: 1 }, // Sunday, W02
      { customerId: 2, date: "2025-01-12", amount: 1 },
      { customerId: 1, date: "2025-01-13", amount: 1 }, // W03
      { customerId: 2, date: "2025-01-20", amount: 1 }, // W04
    ], { freq: "week" });
    expect(t.cohorts).toEqual(["2025-W02"]);
    expect(Array.from(t.activeCustomers)).toEqual([2, 1, 1]);
    expect(Array.from(t.revenue)).toEqual([3, 1, 1]);
  });

  it("reads other row shapes through accessors, with Dates", () => {
    const t = cohortTable(
      [
        ["x", new Date(Date.UTC(2025, 0, 31, 23, 59)), 5],
        ["x", new Date(Date.UTC(2025, 1, 1)), 7],
      ] as const,
      { customerId: (r) => r[0], date: (r) => r[1], amount: (r) => r[2] },
    );
    expect(t.cohorts).toEqual(["2025-01"]);
    expect(Array.from(t.revenue)).toEqual([5, 7]);
  });

  it("gives revenue retention NaN when a cohort's first-period revenue is not positive", () => {
    const t = cohortTable([
      { customerId: 1, date: "2025-01-01", amount: 0 },
      { customerId: 1, date: "2025-02-01", amount: 10 },
    ]);
    expect(Array.from(t.revenueRetention)).toEqual([N, N]);
    expect(Array.from(t.customerRetention)).toEqual([1, 1]);
  });

  it("agrees with a straightforward Map-based implementation on random data (property)", () => {
    const tx = fc.record({
      customerId: fc.integer({ min: 0, max: 30 }),
      day: fc.integer({ min: 0, max: 400 }),
      amount: fc.integer({ min: -50, max: 500 }),
    });
    fc.assert(
      fc.property(fc.array(tx, { minLength: 1, maxLength: 120 }), fc.constantFrom<Frequency>("month", "week", "quarter"), (raw, freq) => {
        const data = raw.map((r) => ({ customerId: r.customerId, date: new Date(Date.UTC(2024, 0, 1) + r.day * 86_400_000), amount: r.amount }));
        const t = cohortTable(data, { freq });
        // reference: first period per customer, then (cohort, offset) → customers and revenue
        const ord = data.map((d) => periodOf(d.date, freq).ordinal);
        const first = new Map<number, number>();
        data.forEach((d, i) => first.set(d.customerId, Math.min(first.get(d.customerId) ?? Infinity, ord[i] as number)));
        const lo = Math.min(...ord);
        const hi = Math.max(...ord);
        const cohorts = [...new Set(first.values())].sort((a, b) => a - b);
        expect(t.rows).toBe(cohorts.length);
        expect(t.columns).toBe(hi - lo + 1);
        const active = new Map<string, Set<number>>();
        const revenue = new Map<string, number>();
        data.forEach((d, i) => {
          const f = first.get(d.customerId) as number;
          const key = `${f}:${(ord[i] as number) - f}`;
          active.set(key, (active.get(key) ?? new Set()).add(d.customerId));
          revenue.set(key, (revenue.get(key) ?? 0) + d.amount);
        });
        cohorts.forEach((c, r) => {
          const size = [...first.values()].filter((f) => f === c).length;
          expect(t.cohortSizes[r]).toBe(size);
          for (let k = 0; k < t.columns; k++) {
            const i = r * t.columns + k;
            if (c + k > hi) {
              expect(t.activeCustomers[i]).toBeNaN();
              continue;
            }
            expect(t.activeCustomers[i]).toBe(active.get(`${c}:${k}`)?.size ?? 0);
            expect(t.revenue[i]).toBe(revenue.get(`${c}:${k}`) ?? 0);
            expect(t.customerRetention[i]).toBe((active.get(`${c}:${k}`)?.size ?? 0) / size);
          }
          expect(t.activeCustomers[r * t.columns]).toBe(size); // everyone is active in their first period
        });
      }),
    );
  });

  it("rejects bad input, naming the row", () => {
    expectDpm(() => cohortTable([]), "EMPTY", "transactions");
    expectDpm(() => cohortTable("rows" as never), "INVALID_ARGUMENT", "transactions");
    expectDpm(() => cohortTable(rows, { freq: "hour" as never }), "INVALID_ARGUMENT", "options.freq");
    expectDpm(() => cohortTable([{ customerId: 1, date: "2025-13-01", amount: 1 }]), "PARSE_ERROR", "transactions[0].date");
    expectDpm(() => cohortTable([rows[0] as Transaction, { customerId: 1, date: "2025-01-01", amount: Number.NaN }]), "NON_FINITE", "transactions[1].amount");
    expectDpm(() => cohortTable([{ customerId: null as never, date: "2025-01-01", amount: 1 }]), "INVALID_ARGUMENT", "transactions[0].customerId");
    expectDpm(() => cohortTable([{ customerId: Number.NaN, date: "2025-01-01", amount: 1 }]), "INVALID_ARGUMENT", "transactions[0].customerId");
  });
});
