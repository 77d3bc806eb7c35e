import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readCdnow } from "../../test/cdnow.js";
import { summarizeTransactions } from "../summary/summarizeTransactions.js";
import { fitBgNbd } from "./fitBgNbd.js";

const ref = JSON.parse(readFileSync(new URL("../../../../../shared/reference/segment/cdnow_published.json", import.meta.url), "utf8"));
const tx = readCdnow(new URL("../../../../../shared/data/cdnow/CDNOW_sample.txt", import.meta.url));

describe("fitBgNbd", () => {
  it("reproduces the published CDNOW parameters and log-likelihood (weeks, calibration to 1997-09-30)", () => {
    const s = summarizeTransactions(tx, { calibrationEnd: "1997-09-30", unit: "weeks" });
    expect(s.ids.length).toBe(ref.dataset.n_customers);
    expect(s.frequency.filter((x) => x > 0).length).toBe(ref.dataset.n_repeaters_in_calibration);
    const t0 = performance.now();
    const fit = fitBgNbd(s);
    const ms = performance.now() - t0;
    for (const k of ["r", "alpha", "a", "b"] as const) {
      expect(Math.abs(fit[k] / ref.bgnbd.lifetimes_docs_full_precision[k] - 1)).toBeLessThan(0.01);
    }
    expect(fit.logLikelihood).toBeCloseTo(ref.bgnbd.loglik, 1);
    expect(ms).toBeLessThan(500); // ≈ 10–40 ms; bench:reference reports the median
  });

  it("counting raw rows as transactions gives the visibly different fit stated in the reference", () => {
    const s = summarizeTransactions(tx, { calibrationEnd: "1997-09-30", unit: "weeks" });
    // raw-row counting: frequency = rows − 1 in calibration, same first/last days
    const rows = new Map<string, number>();
    const end = Date.UTC(1997, 8, 30);
    for (const t of tx) {
      const d = String(t.date);
      if (Date.UTC(Number(d.slice(0, 4)), Number(d.slice(4, 6)) - 1, Number(d.slice(6, 8))) <= end) rows.set(String(t.customerId), (rows.get(String(t.customerId)) ?? 0) + 1);
    }
    const raw = { frequency: s.ids.map((id) => rows.get(id)! - 1), recency: s.recency, T: s.T };
    // a customer with several rows on the first day only would have t_x = 0 with x > 0: not a valid BG/NBD history; give it a tiny recency
    const recency = Float64Array.from(raw.recency, (v, i) => (raw.frequency[i]! > 0 && v === 0 ? 1e-9 : v));
    const fit = fitBgNbd({ frequency: raw.frequency, recency, T: raw.T });
    expect(fit.r).toBeCloseTo(0.218, 2);
    expect(fit.logLikelihood).toBeCloseTo(-9743.9, 0);
    expect(Math.abs(fit.r / ref.bgnbd.params.r - 1)).toBeGreaterThan(0.05);
  });

  it("rejects invalid histories", () => {
    expect(() => fitBgNbd({ frequency: [1], recency: [0], T: [5] })).toThrow(/recency must be > 0/);
    expect(() => fitBgNbd({ frequency: [1], recency: [6], T: [5] })).toThrow(/T must be/);
    expect(() => fitBgNbd({ frequency: [], recency: [], T: [] })).toThrow(/no customers/);
    expect(() => fitBgNbd({ frequency: [1, 2], recency: [1], T: [5] })).toThrow(/same length/);
  });
});

describe("fitBgNbd on data simulated from the model", () => {
  it("recovers the generating parameters from 40,000 customers (> 20,000 distinct histories: subsample warm start, then full polish)", async () => {
    const { createRng } = await import("@dpm/core");
    const { simulateCustomers } = await import("../../test/simulateCustomers.js");
    const truth = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426, p: 6.25, q: 3.74, v: 15.44 };
    const sim = simulateCustomers(createRng(11), 40_000, truth);
    const fit = fitBgNbd(sim);
    // standard errors at n = 40,000 are about CDNOW's × √(2357/40000) ≈ 0.24: r ±0.003, α ±0.09, a ±0.045, b ±0.17
    expect(Math.abs(fit.r - truth.r)).toBeLessThan(4 * 0.003);
    expect(Math.abs(fit.alpha - truth.alpha)).toBeLessThan(4 * 0.092);
    expect(Math.abs(fit.a - truth.a)).toBeLessThan(4 * 0.045);
    expect(Math.abs(fit.b - truth.b)).toBeLessThan(4 * 0.171);
    // a maximum: the log-likelihood does not increase in any coordinate direction
    const { bgNbdLogLikelihood } = await import("./bgNbdLogLikelihood.js");
    for (const k of ["r", "alpha", "a", "b"] as const) {
      for (const f of [0.999, 1.001]) expect(bgNbdLogLikelihood({ ...fit, [k]: fit[k] * f }, sim)).toBeLessThanOrEqual(fit.logLikelihood + 1e-6);
    }
  });
});
