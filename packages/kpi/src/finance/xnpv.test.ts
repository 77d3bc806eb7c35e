import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { close, expectDpm } from "../../test/helpers.js";
import { npv } from "./npv.js";
import { xnpv } from "./xnpv.js";

// Spreadsheet XNPV: Σ Pᵢ / (1 + rate)^((dᵢ − d₁) / 365), first flow undiscounted, actual/365.
describe("xnpv", () => {
  const flows = [-10_000, 2_750, 4_250, 3_250, 2_750];
  const dates = ["2008-01-01", "2008-03-01", "2008-10-30", "2009-02-15", "2009-04-01"];

  it("reproduces Microsoft's XNPV example: $2,086.65 at 9 %", () => {
    // 2086.647602031535 computed independently (Python, same formula, datetime day counts)
    expect(close(xnpv(0.09, flows, dates), 2086.647602031535, 1e-12)).toBe(true);
  });

  it("uses actual/365: a flow 366 days out (a leap year) is discounted a bit more than one year", () => {
    expect(xnpv(0.1, [0, 110], ["2024-01-01", "2024-12-31"])).toBeCloseTo(100, 10); // 365 days
    expect(xnpv(0.1, [0, 110], ["2024-01-01", "2025-01-01"])).toBeCloseTo(110 / 1.1 ** (366 / 365), 10);
  });

  it("equals npv with firstPeriod 0 for flows exactly 365 days apart (property)", () => {
    fc.assert(
      fc.property(fc.double({ min: -0.5, max: 1, noNaN: true }), fc.array(fc.double({ min: -1e5, max: 1e5, noNaN: true }), { minLength: 1, maxLength: 12 }), (r, fs) => {
        const ds = fs.map((_, i) => new Date(Date.UTC(2001, 0, 1) + i * 365 * 86_400_000));
        const scale = fs.reduce((a, b) => a + Math.abs(b), 1) * Math.max(1, (1 + r) ** -fs.length);
        expect(Math.abs(xnpv(r, fs, ds) - npv(r, fs, { firstPeriod: 0 }))).toBeLessThanOrEqual(1e-9 * scale);
      }),
    );
  });

  it("accepts dates in any order after the first", () => {
    expect(xnpv(0.09, [flows[0] as number, ...flows.slice(1).reverse()], [dates[0] as string, ...dates.slice(1).reverse()])).toBeCloseTo(xnpv(0.09, flows, dates), 9);
  });

  it("rejects mismatched lengths, bad dates and dates before the first, naming them", () => {
    expectDpm(() => xnpv(0.1, [1, 2], ["2025-01-01"]), "LENGTH_MISMATCH", "dates");
    expectDpm(() => xnpv(0.1, [1, 2], ["2025-01-01", "2025-02-30"]), "PARSE_ERROR", "dates[1]");
    expectDpm(() => xnpv(0.1, [1, 2], ["2025-01-01", 20250101 as never]), "INVALID_ARGUMENT", "dates[1]");
    expectDpm(() => xnpv(0.1, [1, 2], ["2025-01-01", "2024-12-31"]), "INVALID_ARGUMENT", "dates[1]");
    expectDpm(() => xnpv(0.1, [1, 2], "2025-01-01" as never), "INVALID_ARGUMENT", "dates");
    expectDpm(() => xnpv(-2, [1], ["2025-01-01"]), "INVALID_ARGUMENT", "rate");
  });
});
