import { readFileSync } from "node:fs";
import { isDpmError } from "@dpm/core";
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

  it("full CDNOW master file (23,570 customers): one repeater with all-$0 repeat purchases stops a direct call; excludeNonPositive leaves it out and counts it", () => {
    const s = summarizeTransactions(readCdnow(new URL("../../../../../shared/data/cdnow/CDNOW_master.txt", import.meta.url)), { calibrationEnd: "1997-09-30", unit: "weeks" });
    expect(s.ids.length).toBe(23_570);
    // independent count of repeaters with non-positive mean repeat spend
    const zero: number[] = [];
    let repeaters = 0;
    for (let i = 0; i < s.ids.length; i++) {
      if (s.frequency[i]! > 0) {
        repeaters++;
        if (s.monetary[i]! <= 0) zero.push(i);
      }
    }
    expect(zero.length).toBe(1);
    let err: unknown;
    try {
      fitGammaGamma(s.frequency, s.monetary);
    } catch (e) {
      err = e;
    }
    expect(isDpmError(err, "INVALID_ARGUMENT")).toBe(true);
    expect((err as Error).message).toContain(`monetary[${zero[0]}]`);
    expect((err as Error).message).toContain("excludeNonPositive");
    const fit = fitGammaGamma(s.frequency, s.monetary, { excludeNonPositive: true });
    expect(fit.excluded).toBe(1);
    expect(fit.n).toBe(repeaters - 1);
    // same as fitting the positive spenders alone
    const keep = Array.from(s.frequency, (_, i) => i).filter((i) => !zero.includes(i));
    const alone = fitGammaGamma(keep.map((i) => s.frequency[i]!), keep.map((i) => s.monetary[i]!));
    expect(alone.excluded).toBe(0);
    for (const k of ["p", "q", "v"] as const) expect(fit[k]).toBe(alone[k]);
    // the fit is in the range of the 1/10 sample's published p 6.25, q 3.74, v 15.44
    expect(Math.abs(fit.p / 6.25 - 1)).toBeLessThan(0.1);
    expect(Math.abs(fit.q / 3.74 - 1)).toBeLessThan(0.1);
    expect(Math.abs(fit.v / 15.44 - 1)).toBeLessThan(0.1);
  });

  it("options: excludeNonPositive must be a boolean; unknown keys and null rejected; non-finite spend is still an error", () => {
    expect(() => fitGammaGamma([1, 2, 3], [1, 2, 3], { excludeNonPositive: "yes" as never })).toThrow(/true or false/);
    expect(() => fitGammaGamma([1, 2, 3], [1, 2, 3], { exclude: true } as never)).toThrow(/Did you mean "excludeNonPositive"/);
    expect(() => fitGammaGamma([1, 2, 3], [1, 2, 3], null as never)).toThrow(/options must be an object/);
    expect(() => fitGammaGamma([1, 2, 3, 1], [1, 2, 3, Number.NaN], { excludeNonPositive: true })).toThrow(/monetary\[3\]/);
    expect(() => fitGammaGamma([1, 2, 3, 1], [1, 0, 3, -1], { excludeNonPositive: true })).toThrow(/2 excluded for spend ≤ 0/);
  });
});
