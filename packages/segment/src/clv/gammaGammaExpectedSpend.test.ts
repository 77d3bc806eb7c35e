import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readCdnow } from "../../test/cdnow.js";
import { summarizeTransactions } from "../summary/summarizeTransactions.js";
import { gammaGammaExpectedSpend } from "./gammaGammaExpectedSpend.js";

const ref = JSON.parse(readFileSync(new URL("../../../../../shared/reference/segment/cdnow_published.json", import.meta.url), "utf8"));

describe("gammaGammaExpectedSpend", () => {
  it("reproduces the published first-10 expected spends (published parameters, tolerance 0.1)", () => {
    const s = summarizeTransactions(readCdnow(new URL("../../../../../shared/data/cdnow/CDNOW_sample.txt", import.meta.url)), { calibrationEnd: "1997-09-30", unit: "weeks" });
    const ex = ref.gamma_gamma.conditional_expected_average_profit_first10;
    ex.ids.forEach((id: number, i: number) => {
      const j = s.ids.indexOf(String(id));
      expect(Math.abs(gammaGammaExpectedSpend(ref.gamma_gamma.params, s.frequency[j]!, s.monetary[j]!) - ex.value[i])).toBeLessThan(0.1);
    });
  });
  it("shrinks towards the population mean and rejects q ≤ 1", () => {
    const p = { p: 6, q: 4, v: 15 };
    const pop = gammaGammaExpectedSpend(p, 0, 0);
    const one = gammaGammaExpectedSpend(p, 1, 100);
    expect(one > pop && one < 100).toBe(true);
    expect(() => gammaGammaExpectedSpend({ p: 1, q: 1, v: 1 }, 1, 1)).toThrow(/q must be > 1/);
  });
});
