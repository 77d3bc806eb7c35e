import { describe, expect, it } from "vitest";
import { expectDpm } from "../../test/helpers.js";
import { allocateService } from "./allocateService.js";
import { normalLoss } from "./distributions.js";

const items = [
  { name: "a", leadTimeDemandMean: 100, leadTimeDemandSd: 20, unitResource: 1, shortageCost: 5 },
  { name: "b", leadTimeDemandMean: 50, leadTimeDemandSd: 15, unitResource: 4, shortageCost: 5 },
  { name: "c", leadTimeDemandMean: 10, leadTimeDemandSd: 5, unitResource: 2, shortageCost: 20 },
];

describe("allocateService", () => {
  it("spends the budget and satisfies the Lagrangian condition P(stock-out) = λ c / p", () => {
    const r = allocateService(items, { budget: 60 });
    expect(r.used).toBeCloseTo(60, 6);
    for (const [i, it] of items.entries()) {
      const a = r.items[i]!;
      if (a.serviceLevel > 0.5 + 1e-9 && a.serviceLevel < 0.999 - 1e-9) expect(1 - a.serviceLevel).toBeCloseTo((r.shadowPrice * it.unitResource) / it.shortageCost, 8);
    }
  });
  it("is optimal: moving budget between two items never lowers the shortage cost", () => {
    const r = allocateService(items, { budget: 60 });
    const cost = (ss: number[]) => ss.reduce((sum, s, i) => sum + items[i]!.shortageCost * items[i]!.leadTimeDemandSd * normalLoss(s / items[i]!.leadTimeDemandSd), 0);
    const base = r.items.map((a) => a.safetyStock);
    for (const delta of [-2, 2]) {
      const moved = [...base];
      moved[0] = moved[0]! + delta;
      moved[1] = moved[1]! - delta / 4; // same resource
      expect(cost(moved)).toBeGreaterThanOrEqual(r.expectedShortageCost - 1e-9);
    }
  });
  it("caps at maxServiceLevel with a large budget and errors when the budget is too small", () => {
    const r = allocateService(items, { budget: 1e6 });
    expect(r.items.every((a) => Math.abs(a.serviceLevel - 0.999) < 1e-9)).toBe(true);
    expect(r.shadowPrice).toBe(0);
    const e = expectDpm(() => allocateService(items, { budget: 10, minServiceLevel: 0.9 }), "NO_SOLUTION");
    expect(e.message).toContain("raise the budget");
    expectDpm(() => allocateService([], { budget: 1 }), "EMPTY");
  });
});
