import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readCdnow } from "../../test/cdnow.js";
import { summarizeTransactions } from "../summary/summarizeTransactions.js";
import { fitGammaGamma } from "./fitGammaGamma.js";

const ref = JSON.parse(readFileSync(new URL("../../../../../shared/reference/segment/cdnow_published.json", import.meta.url), "utf8"));

describe("fitGammaGamma", () => {
  it("reproduces the published p, q, v within 1% on the 946 CDNOW repeaters", () => {
    const s = summarizeTransactions(readCdnow(new URL("../../../../../shared/data/cdnow/CDNOW_sample.txt", import.meta.url)), { calibrationEnd: "1997-09-30", unit: "weeks" });
    const fit = fitGammaGamma(s.frequency, s.monetary);
    expect(fit.n).toBe(ref.gamma_gamma.n_customers);
    for (const k of ["p", "q", "v"] as const) expect(Math.abs(fit[k] / ref.gamma_gamma.params[k] - 1)).toBeLessThan(0.01);
  });
  it("rejects bad input", () => {
    expect(() => fitGammaGamma([1, 2], [10])).toThrow(/same length/);
    expect(() => fitGammaGamma([1, 0, 0], [10, 0, 0])).toThrow(/at least 3/);
    expect(() => fitGammaGamma([1, 1, 1], [10, -2, 3])).toThrow(/monetary\[1\]/);
  });
});

describe("fitGammaGamma on data simulated from the model", () => {
  it("recovers p, q, v within 10 % from the repeaters of 40,000 simulated customers", async () => {
    const { createRng } = await import("@dpm/core");
    const { simulateCustomers } = await import("../../test/simulateCustomers.js");
    const truth = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426, p: 6.25, q: 3.74, v: 15.44 };
    const sim = simulateCustomers(createRng(12), 40_000, truth);
    const fit = fitGammaGamma(sim.frequency, sim.monetary);
    expect(fit.n).toBe(sim.repeaters);
    for (const k of ["p", "q", "v"] as const) expect(Math.abs(fit[k] / truth[k] - 1)).toBeLessThan(0.1);
  });
});
