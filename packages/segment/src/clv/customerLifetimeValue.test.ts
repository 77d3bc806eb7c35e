import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readCdnow } from "../../test/cdnow.js";
import { summarizeTransactions } from "../summary/summarizeTransactions.js";
import { customerLifetimeValue } from "./customerLifetimeValue.js";

const ref = JSON.parse(readFileSync(new URL("../../../../../shared/reference/segment/cdnow_published.json", import.meta.url), "utf8"));

describe("customerLifetimeValue", () => {
  it("reproduces lifetimes' documented CLV example when its hidden units are made explicit (12 steps of 30 weeks, 1% per step)", () => {
    const s = summarizeTransactions(readCdnow(new URL("../../../../../shared/data/cdnow/CDNOW_sample.txt", import.meta.url)), { calibrationEnd: "1997-09-30", unit: "weeks" });
    const bg = ref.bgnbd.lifetimes_docs_full_precision;
    const gg = ref.gamma_gamma.params;
    ref.gamma_gamma.clv_example_lifetimes.first10.forEach((v: number, i: number) => {
      const j = s.ids.indexOf(String(i + 1));
      const clv = customerLifetimeValue(bg, gg, s.frequency[j]!, s.recency[j]!, s.T[j]!, s.monetary[j]!, { periods: 12, periodLength: 30, discountRate: 0.01 });
      expect(Math.abs(clv / v - 1)).toBeLessThan(0.01);
    });
  });
  it("a higher discount rate lowers CLV; bad options are rejected", () => {
    const bg = { r: 0.24, alpha: 4.4, a: 0.79, b: 2.4 };
    const gg = { p: 6.25, q: 3.74, v: 15.44 };
    const lo = customerLifetimeValue(bg, gg, 3, 20, 30, 30, { periods: 12, periodLength: 4, discountRate: 0 });
    const hi = customerLifetimeValue(bg, gg, 3, 20, 30, 30, { periods: 12, periodLength: 4, discountRate: 0.1 });
    expect(hi).toBeLessThan(lo);
    expect(() => customerLifetimeValue(bg, gg, 3, 20, 30, 30, { periods: 0, discountRate: 0 })).toThrow(/periods/);
  });
});
