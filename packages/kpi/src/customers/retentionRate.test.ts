import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { close, expectDpm } from "../../test/helpers.js";
import { churnRate } from "./churnRate.js";
import { retentionRate } from "./retentionRate.js";

describe("retentionRate", () => {
  it("is (end − new) / start", () => {
    expect(retentionRate(110, 20, 100)).toBe(0.9);
  });

  it("equals 1 − churnRate when the losses are customers of the start (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), fc.integer({ min: 0, max: 100_000 }), fc.double({ min: 0, max: 1, noNaN: true }), (start, added, share) => {
        const lost = Math.floor(start * share);
        const end = start - lost + added;
        expect(close(retentionRate(end, added, start), 1 - churnRate(lost, start), 1e-12)).toBe(true);
      }),
    );
  });

  it("throws for zero customers at the start and inconsistent counts, naming the argument", () => {
    expectDpm(() => retentionRate(10, 0, 0), "INVALID_ARGUMENT", "customersAtStart");
    expectDpm(() => retentionRate(10, 20, 100), "INVALID_ARGUMENT", "newCustomers");
    expectDpm(() => retentionRate(200, 20, 100), "INVALID_ARGUMENT", "customersAtEnd");
    expectDpm(() => retentionRate(-1, 0, 100), "INVALID_ARGUMENT", "customersAtEnd");
  });
});
