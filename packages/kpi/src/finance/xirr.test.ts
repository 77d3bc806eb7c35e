import { isDpmError } from "@dpm/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { close, expectDpm } from "../../test/helpers.js";
import { xirr } from "./xirr.js";
import { xnpv } from "./xnpv.js";

const DAY = 86_400_000;

describe("xirr", () => {
  it("reproduces Microsoft's XIRR example (0.373362535) to Excel's tolerance", () => {
    const flows = [-10_000, 2_750, 4_250, 3_250, 2_750];
    const dates = ["2008-01-01", "2008-03-01", "2008-10-30", "2009-02-15", "2009-04-01"];
    const r = xirr(flows, dates);
    expect(Math.abs(r - 0.373362535)).toBeLessThan(1e-8); // Excel iterates to ~1e-8
    // the exact root, computed independently with scipy.optimize.brentq on the same formula
    expect(close(r, 0.3733625335188315, 1e-12)).toBe(true);
    expect(Math.abs(xnpv(r, flows, dates))).toBeLessThan(1e-9);
  });

  it("solves two-flow closed forms: r = (Q / P)^(365 / days) − 1", () => {
    expect(xirr([-1_000, 1_100], ["2025-01-01", "2026-01-01"])).toBeCloseTo(0.1, 14);
    expect(close(xirr([-1_000, 1_050], ["2025-01-01", "2025-07-01"]), 1.05 ** (365 / 181) - 1, 1e-12)).toBe(true);
  });

  it("makes XNPV zero at the returned rate (property)", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 100, max: 1e6, noNaN: true }),
        fc.array(fc.record({ amount: fc.double({ min: 0, max: 1e6, noNaN: true }), day: fc.integer({ min: 1, max: 3_650 }) }), { minLength: 1, maxLength: 25 }),
        (outlay, returns) => {
          fc.pre(returns.some((x) => x.amount > 1));
          const flows = [-outlay, ...returns.map((x) => x.amount)];
          const start = Date.UTC(2020, 0, 1);
          const dates = [new Date(start), ...returns.map((x) => new Date(start + x.day * DAY))];
          let r: number;
          try {
            r = xirr(flows, dates);
          } catch (error) {
            // only acceptable failure: a root outside the documented −99.99 %…999,900 % range
            if (isDpmError(error, "NO_SOLUTION")) return;
            throw error;
          }
          const scale = flows.reduce((a, b) => a + Math.abs(b), 0);
          expect(Math.abs(xnpv(r, flows, dates))).toBeLessThanOrEqual(1e-9 * scale);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("throws NO_SOLUTION for flows of one sign", () => {
    const error = expectDpm(() => xirr([100, 200], ["2025-01-01", "2025-06-01"]), "NO_SOLUTION", "cashFlows");
    expect(error.message).toMatch(/^xirr: the cash flows need at least one negative and one positive value/);
  });

  it("rejects mismatched lengths and dates before the first", () => {
    expectDpm(() => xirr([-1, 2], ["2025-01-01"]), "LENGTH_MISMATCH", "dates");
    expectDpm(() => xirr([-1, 2], ["2025-01-02", "2025-01-01"]), "INVALID_ARGUMENT", "dates[1]");
    expectDpm(() => xirr([-1], ["2025-01-01"]), "TOO_SHORT", "cashFlows");
  });
});
