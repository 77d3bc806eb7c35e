import { describe, expect, it } from "vitest";
import { summarizeTransactions } from "../summary/summarizeTransactions.js";
import { rfmScores } from "./rfmScores.js";

describe("rfmScores", () => {
  it("hand-worked RFM on a tiny data set", () => {
    const tx = [
      { customerId: "ann", date: "2025-01-02", amount: 100 },
      { customerId: "ann", date: "2025-01-28", amount: 100 },
      { customerId: "ann", date: "2025-01-30", amount: 100 },
      { customerId: "bob", date: "2025-01-03", amount: 10 },
      { customerId: "cat", date: "2025-01-05", amount: 40 },
      { customerId: "cat", date: "2025-01-20", amount: 40 },
      { customerId: "dan", date: "2025-01-10", amount: 500 },
    ];
    const s = summarizeTransactions(tx, { calibrationEnd: "2025-01-31", unit: "days" });
    expect(s.ids).toEqual(["ann", "bob", "cat", "dan"]);
    // sinceLast 1, 28, 11, 21 ; transactions 3,1,2,1 ; revenue 300,10,80,500 ; bins 4
    const r = rfmScores(s, { bins: 4 });
    expect([...r.r]).toEqual([4, 1, 3, 2]);
    expect([...r.f]).toEqual([4, 1, 3, 1]);
    expect([...r.m]).toEqual([3, 1, 2, 4]);
  });
  it("rejects something that is not a summary", () => {
    expect(() => rfmScores({} as never)).toThrow(/summarizeTransactions/);
  });
});
