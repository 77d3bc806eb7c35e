import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { catchDpm } from "../../test/catchDpm.js";
import { defineModel } from "../model/defineModel.js";
import { runModel } from "../model/runModel.js";
import { goalSeek } from "./goalSeek.js";

const bakery = defineModel({
  start: "2026-01",
  periods: 3,
  nodes: {
    loaves: { input: 3_000 },
    price: { input: 3.17 },
    flourPerLoaf: { input: 0.46 },
    flourPrice: { input: 0.63 },
    fixedCosts: { input: [6_123.45, 6_300, 6_480] },
    unitMargin: { formula: "price - flourPerLoaf * flourPrice" },
    profit: { formula: "loaves * unitMargin - fixedCosts" },
    cash: { stock: { initial: 1_000, inflows: ["profit"] } },
  },
});
const rel = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);

describe("goalSeek", () => {
  it("finds the break-even volume = fixed costs / unit margin to 1e-9 relative", () => {
    const margin = 3.17 - 0.46 * 0.63;
    const r = goalSeek(bakery, { input: "loaves", node: "profit", target: 0, period: "2026-01", lower: 0, upper: 100_000 });
    expect(rel(r.value, 6_123.45 / margin)).toBeLessThan(1e-9);
    expect(Math.abs(r.achieved)).toBeLessThan(1e-6);
    expect(r.target).toBe(0);
    expect(r.evaluations).toBeGreaterThan(2);
    // the same through a period index, another period, and with a scenario override
    expect(rel(goalSeek(bakery, { input: "loaves", node: "profit", target: 0, period: 2, lower: 0, upper: 100_000 }).value, 6_480 / margin)).toBeLessThan(1e-9);
    const dearFlour = goalSeek(bakery, { input: "loaves", node: "profit", target: 0, period: 0, lower: 0, upper: 100_000, overrides: { flourPrice: 0.9 } });
    expect(rel(dearFlour.value, 6_123.45 / (3.17 - 0.46 * 0.9))).toBeLessThan(1e-9);
  });

  it("solves for a price, and for a node summed over the periods (the default)", () => {
    // break-even price for 2,500 loaves in March: price = fixed / loaves + flour cost per loaf
    const p = goalSeek(bakery, { input: "price", node: "profit", target: 0, period: "2026-03", lower: 0, upper: 20, overrides: { loaves: 2_500 } });
    expect(rel(p.value, 6_480 / 2_500 + 0.46 * 0.63)).toBeLessThan(1e-9);
    // cumulative profit over the quarter of €5,000: 3·loaves·margin − Σ fixed = 5000
    const margin = 3.17 - 0.46 * 0.63;
    const q = goalSeek(bakery, { input: "loaves", node: "profit", target: 5_000, lower: 0, upper: 100_000 });
    expect(rel(q.value, (5_000 + 6_123.45 + 6_300 + 6_480) / (3 * margin))).toBeLessThan(1e-9);
    // a stock: cash at the start of March = 1000 + Jan + Feb profit = 0
    const c = goalSeek(bakery, { input: "loaves", node: "cash", target: 0, period: 2, lower: 0, upper: 100_000 });
    expect(Math.abs(runModel(bakery, { overrides: { loaves: c.value } }).value("cash", 2))).toBeLessThan(1e-6);
  });

  it("property: recovers the break-even of random bakeries to 1e-9", () => {
    fc.assert(
      fc.property(fc.double({ min: 100, max: 1e6, noNaN: true }), fc.double({ min: 0.05, max: 50, noNaN: true }), (fixed, margin) => {
        const m = defineModel({ start: "2026-01", periods: 1, nodes: { q: { input: 1 }, fixed: { input: fixed }, margin: { input: margin }, profit: { formula: "q * margin - fixed" } } });
        const r = goalSeek(m, { input: "q", node: "profit", target: 0, lower: 0, upper: 1e9 });
        return rel(r.value, fixed / margin) < 1e-9;
      }),
      { numRuns: 50 },
    );
  });

  it("says how far off an unreachable target is", () => {
    const e = catchDpm(() => goalSeek(bakery, { input: "loaves", node: "profit", target: 0, period: 0, lower: 0, upper: 1_000 }));
    expect(e.code).toBe("NO_SOLUTION");
    expect(e.message).toMatch(/ranges over \[-6123\.45, -3/);
    expect(e.message).toMatch(/Widen the bounds/);
    expect(e.details).toMatchObject({ min: -6123.45 });
  });

  it("rejects bad input with actionable DpmErrors", () => {
    const base = { input: "loaves", node: "profit", target: 0, lower: 0, upper: 10_000 } as const;
    expect(catchDpm(() => goalSeek(bakery, { ...base, lower: 5, upper: 1 })).code).toBe("INVALID_ARGUMENT");
    expect(catchDpm(() => goalSeek(bakery, { ...base, node: "profits" as never })).code).toBe("UNKNOWN_NODE");
    expect(catchDpm(() => goalSeek(bakery, { ...base, input: "profit" as never })).message).toMatch(/only inputs can be set/);
    expect(catchDpm(() => goalSeek(bakery, { ...base, target: Number.NaN })).code).toBe("NON_FINITE");
    expect(catchDpm(() => goalSeek(bakery, { ...base, period: "2027-01" })).message).toMatch(/outside the model's periods/);
    expect(catchDpm(() => goalSeek(bakery, { ...base, tolerence: 1 } as never)).message).toMatch(/did you mean "tolerance"/i);
    expect(catchDpm(() => goalSeek(bakery, undefined as never)).code).toBe("INVALID_ARGUMENT");
    expect(catchDpm(() => goalSeek({} as never, base as never)).code).toBe("INVALID_ARGUMENT");
    const div = defineModel({ start: "2026-01", periods: 1, nodes: { x: { input: 1 }, y: { formula: "1 / x" } } });
    const nf = catchDpm(() => goalSeek(div, { input: "x", node: "y", target: 0.5, lower: 0, upper: 4 }));
    expect(nf.code).toBe("NON_FINITE");
    expect(nf.message).toMatch(/decisions \{ x: 0 \}/);
  });
});
