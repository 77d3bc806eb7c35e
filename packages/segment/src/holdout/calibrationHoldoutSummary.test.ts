import { isDpmError } from "@dpm/core";
import { describe, expect, it } from "vitest";
import { readCdnow, SHARED } from "../../test/cdnow.js";
import { calibrationHoldoutSummary } from "./calibrationHoldoutSummary.js";

describe("calibrationHoldoutSummary", () => {
  // hand-worked log (days): calibration ends 2025-01-15, holdout ends 2025-01-29
  const rows = [
    { customerId: "a", date: "2025-01-08", amount: 20 },
    { customerId: "a", date: "2025-01-01", amount: 10 },
    { customerId: "a", date: "2025-01-01", amount: 5 }, // same day as the first: one transaction of 15
    { customerId: "a", date: "2025-01-20", amount: 7 },
    { customerId: "a", date: "2025-01-20", amount: 3 }, // same holdout day: one transaction
    { customerId: "a", date: "2025-01-25", amount: 4 },
    { customerId: "a", date: "2025-03-01", amount: 99 }, // after holdoutEnd: ignored
    { customerId: "b", date: "2025-01-18", amount: 50 }, // first seen in the holdout: not a calibration customer
    { customerId: "c", date: "2025-01-10", amount: 12 },
    { customerId: "c", date: "2025-01-15", amount: 8 }, // on calibrationEnd: calibration
  ];
  const input = structuredClone(rows);

  it("applies the split rules of a hand-worked log", () => {
    const s = calibrationHoldoutSummary(rows, { calibrationEnd: "2025-01-15", holdoutEnd: "2025-01-29", unit: "days" });
    expect(s.ids).toEqual(["a", "c"]);
    // a: days 1, 8 in calibration → x = 1, t_x = 7, T = 14, monetary 20; holdout days 20 and 25 → 2 transactions, 14 spent
    // c: days 10, 15 → x = 1, t_x = 5, T = 5, monetary 8; no holdout purchase
    expect([...s.frequency]).toEqual([1, 1]);
    expect([...s.recency]).toEqual([7, 5]);
    expect([...s.T]).toEqual([14, 5]);
    expect([...s.monetary]).toEqual([20, 8]);
    expect([...s.holdoutFrequency]).toEqual([2, 0]);
    expect([...s.holdoutRevenue]).toEqual([14, 0]);
    expect(s.holdoutLength).toBe(14);
    expect(s.holdoutEnd).toBe("2025-01-29");
    expect(s.start).toBe("2025-01-01");
    expect(s.calibrationLength).toBe(14);
    // repeat transactions since 2025-01-01: a on days 7, 19, 24; c on day 14
    expect([...s.repeatTimes]).toEqual([7, 14, 19, 24]);
    expect(s.newInHoldout).toBe(1);
    expect(rows).toEqual(input);
  });

  it("uses the explicit unit for every duration (weeks) and defaults holdoutEnd to the last date", () => {
    const s = calibrationHoldoutSummary(rows, { calibrationEnd: "2025-01-15", unit: "weeks" });
    expect(s.holdoutEnd).toBe("2025-03-01");
    expect(s.holdoutLength).toBeCloseTo(45 / 7, 12);
    expect(s.T[0]).toBe(2);
    expect([...s.holdoutFrequency]).toEqual([3, 0]);
  });

  it("rejects a holdout end not after the calibration end, and a missing unit", () => {
    const err = (() => {
      try {
        calibrationHoldoutSummary(rows, { calibrationEnd: "2025-01-15", holdoutEnd: "2025-01-15", unit: "days" });
      } catch (e) {
        return e;
      }
    })();
    expect(isDpmError(err) && err.code === "INVALID_ARGUMENT").toBe(true);
    expect(() => calibrationHoldoutSummary(rows, { calibrationEnd: "2025-01-15" } as never)).toThrow(/unit is required/);
    expect(() => calibrationHoldoutSummary(rows, { calibrationEnd: "2024-12-01", unit: "days" })).toThrow(/no transactions/);
    expect(() => calibrationHoldoutSummary([{ customerId: "a", date: "2025-13-01", amount: 1 }], { calibrationEnd: "2025-01-15", unit: "days" })).toThrow(/date/);
  });

  it("CDNOW: 2,357 calibration customers, 39-week holdout, 1,882 holdout and 4,339 total repeat transactions (published recount)", () => {
    const s = calibrationHoldoutSummary(readCdnow(SHARED("data/cdnow/CDNOW_sample.txt", import.meta.url)), { calibrationEnd: "1997-09-30", holdoutEnd: "1998-06-30", unit: "weeks" });
    expect(s.ids.length).toBe(2357);
    expect(s.holdoutLength).toBe(39);
    expect(s.holdoutFrequency.reduce((a, v) => a + v, 0)).toBe(1882);
    expect(s.repeatTimes.length).toBe(4339);
    expect(s.newInHoldout).toBe(0);
  });
});
