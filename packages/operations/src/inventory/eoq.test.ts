import { describe, expect, it } from "vitest";
import { expectDpm } from "../../test/helpers.js";
import { eoq } from "./eoq.js";

describe("eoq", () => {
  it("is √(2DK/h) with equal ordering and holding cost", () => {
    const r = eoq(1200, { orderCost: 50, holdingCost: 3 });
    expect(r.quantity).toBeCloseTo(200, 12);
    expect(r.orderingCost).toBeCloseTo(300, 12);
    expect(r.holdingCost).toBeCloseTo(300, 12);
    expect(r.cycleTime * 1200).toBeCloseTo(200, 12);
    expect(r.totalCost).toBeCloseTo(Math.sqrt(2 * 1200 * 50 * 3), 12);
  });
  it("takes the cheapest all-units price break (textbook: D = 10,000, K = 100, h = 20 % of price)", () => {
    // Breaks: < 500 at €5, 500–999 at €4.5, ≥ 1000 at €4.25
    const breaks = [{ minQuantity: 0, unitPrice: 5 }, { minQuantity: 500, unitPrice: 4.5 }, { minQuantity: 1000, unitPrice: 4.25 }];
    const r = eoq(10_000, { orderCost: 100, holdingRate: 0.2, discounts: breaks });
    // EOQ at 4.25 = √(2·10000·100/0.85) = 1534 ≥ 1000: feasible and cheapest
    expect(r.unitPrice).toBe(4.25);
    expect(r.quantity).toBeCloseTo(Math.sqrt(2_000_000 / 0.85), 9);
    // a steep holding cost makes the small tier's EOQ win
    const small = eoq(100, { orderCost: 10, holdingRate: 0.9, discounts: breaks });
    expect(small.unitPrice).toBe(5);
  });
  it("reproduces the published quantity-discount example (Heizer & Render, Wohl's Discount Store)", () => {
    // D = 5,000 a year, S = $49 an order, I = 20 %; $5.00 below 1,000, $4.80 to 1,999, $4.75 from 2,000.
    // Published: EOQ 700 at $5 → $25,700; 1,000 at $4.80 → $24,725 (the best); 2,000 at $4.75 → $24,822.50.
    const breaks = [{ minQuantity: 0, unitPrice: 5 }, { minQuantity: 1000, unitPrice: 4.8 }, { minQuantity: 2000, unitPrice: 4.75 }];
    const r = eoq(5000, { orderCost: 49, holdingRate: 0.2, discounts: breaks });
    expect(r.quantity).toBe(1000);
    expect(r.unitPrice).toBe(4.8);
    expect(r.totalCost).toBeCloseTo(24_725, 9);
    expect(eoq(5000, { orderCost: 49, holdingRate: 0.2, discounts: [breaks[0]!] }).totalCost).toBeCloseTo(25_700, 9);
    expect(eoq(5000, { orderCost: 49, holdingRate: 0.2, discounts: [{ minQuantity: 2000, unitPrice: 4.75 }] }).totalCost).toBeCloseTo(24_822.5, 9);
  });
  it("rejects bad input", () => {
    expectDpm(() => eoq(0, { orderCost: 1, holdingCost: 1 }), "INVALID_ARGUMENT", "demandRate");
    expectDpm(() => eoq(10, { orderCost: 1 }), "INVALID_ARGUMENT");
    expectDpm(() => eoq(10, { orderCost: 1, holdingRate: 0.2 }), "INVALID_ARGUMENT", "options.holdingRate");
    expectDpm(() => eoq(10, { orderCost: -1, holdingCost: 1 }), "INVALID_ARGUMENT", "orderCost");
  });
});
