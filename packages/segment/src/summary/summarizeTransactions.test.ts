import { isDpmError } from "@dpm/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { summarizeTransactions } from "./summarizeTransactions.js";

describe("summarizeTransactions", () => {
  const rows = [
    { customerId: "b", date: "20250110", amount: 7 },
    { customerId: "a", date: "2025-01-01", amount: 10 },
    { customerId: "a", date: "2025-01-01", amount: 5 },
    { customerId: "a", date: "2025-01-15", amount: 20 },
    { customerId: "a", date: "2025-01-22", amount: 40 },
    { customerId: "a", date: "2025-03-01", amount: 99 },
  ];

  it("merges same-day rows, counts repeats and excludes the first transaction from monetary", () => {
    const s = summarizeTransactions(rows, { calibrationEnd: "2025-01-29", unit: "days" });
    expect(s.ids).toEqual(["a", "b"]);
    expect([...s.frequency]).toEqual([2, 0]);
    expect([...s.recency]).toEqual([21, 0]);
    expect([...s.T]).toEqual([28, 19]);
    expect([...s.sinceLast]).toEqual([7, 19]);
    expect([...s.monetary]).toEqual([30, 0]);
    expect([...s.revenue]).toEqual([75, 7]);
  });

  it("uses explicit units: weeks = 7 days, months = 365.25/12 days", () => {
    const w = summarizeTransactions(rows, { calibrationEnd: "2025-01-29", unit: "weeks" });
    expect(w.T[0]).toBe(4);
    const m = summarizeTransactions(rows, { calibrationEnd: "2025-01-29", unit: "months" });
    expect(m.T[0]).toBeCloseTo(28 / (365.25 / 12), 12);
  });

  it("rejects bad input with DpmError", () => {
    const bad = (r: unknown[], code: string) => {
      try {
        summarizeTransactions(r as never);
        expect.unreachable();
      } catch (e) {
        expect(isDpmError(e, code as never)).toBe(true);
      }
    };
    bad([{ customerId: "a", date: "2025-13-01", amount: 1 }], "PARSE_ERROR");
    bad([{ customerId: "a", date: "2025-01-01", amount: -1 }], "INVALID_ARGUMENT");
    bad([{ customerId: "a", date: "2025-01-01", amount: Number.NaN }], "NON_FINITE");
    bad([], "EMPTY");
    expect(() => summarizeTransactions(rows, { unit: "fortnights" as never })).toThrow(/unit/);
  });

  it("property: order of rows does not matter and input is not mutated", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 1, max: 28 }), fc.integer({ min: 0, max: 100 })), { minLength: 1, maxLength: 30 }), (t) => {
        const tx = t.map(([c, d, a]) => ({ customerId: c, date: `2025-02-${String(d).padStart(2, "0")}`, amount: a }));
        const copy = JSON.stringify(tx);
        const a = summarizeTransactions(tx, { calibrationEnd: "2025-02-28", unit: "days" });
        const b = summarizeTransactions([...tx].reverse(), { calibrationEnd: "2025-02-28", unit: "days" });
        expect(JSON.stringify(tx)).toBe(copy);
        expect(b.ids).toEqual(a.ids);
        expect([...b.frequency]).toEqual([...a.frequency]);
        for (let i = 0; i < a.ids.length; i++) expect(a.recency[i]! <= a.T[i]!).toBe(true);
      }),
      { numRuns: 50 },
    );
  });
});
