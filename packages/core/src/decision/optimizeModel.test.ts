import { describe, expect, it } from "vitest";
import { catchDpm } from "../../test/catchDpm.js";
import { defineModel } from "../model/defineModel.js";
import { runModel } from "../model/runModel.js";
import { optimizeModel } from "./optimizeModel.js";

const rel = (a: number, b: number) => Math.abs(a - b) / Math.max(1, Math.abs(b));

// Linear demand q = a − b·p, unit cost c: profit (p − c)(a − b·p) peaks at p* = (a/b + c)/2.
const a = 1_234;
const b = 87.5;
const c = 3.1;
const demand = defineModel({
  start: "2026-01",
  periods: 1,
  nodes: {
    price: { input: 5 },
    a: { input: a },
    b: { input: b },
    unitCost: { input: c },
    quantity: { formula: "a - b * price" },
    profit: { formula: "(price - unitCost) * quantity" },
  },
});

// Two breads share one oven: q_i = a_i − b_i p_i, capacity q1 + q2 ≤ K.
const a1 = 2_000;
const b1 = 400;
const a2 = 1_500;
const b2 = 250;
const cost = 0.9;
const K = 1_400;
const oven = defineModel({
  start: "2026-01",
  periods: 1,
  nodes: {
    p1: { input: 3 },
    p2: { input: 3 },
    q1: { formula: `${a1} - ${b1} * p1` },
    q2: { formula: `${a2} - ${b2} * p2` },
    loaves: { formula: "q1 + q2" },
    profit: { formula: `(p1 - ${cost}) * q1 + (p2 - ${cost}) * q2` },
  },
});

describe("optimizeModel", () => {
  it("finds the optimal price of linear demand: (a/b + c)/2", () => {
    const r = optimizeModel(demand, { decisions: { price: { lower: c, upper: a / b } }, objective: { node: "profit", goal: "maximize" } });
    const pStar = (a / b + c) / 2;
    expect(rel(r.decisions.price, pStar)).toBeLessThan(1e-6);
    expect(rel(r.objective, (pStar - c) * (a - b * pStar))).toBeLessThan(1e-12);
    expect(r.converged).toBe(true);
    expect(r.method).toBe("patternSearch");
    expect(r.evaluations).toBeGreaterThan(10);
    expect(r.evaluations).toBeLessThan(2_000);
    // the same from a start point, and minimising the loss instead
    const fromStart = optimizeModel(demand, { decisions: { price: { lower: c, upper: a / b, initial: 12 } }, objective: { node: "profit", goal: "maximize" } });
    expect(rel(fromStart.decisions.price, pStar)).toBeLessThan(1e-6);
  });

  it("respects a binding capacity constraint (closed form by the Lagrangian)", () => {
    // unconstrained optimum q_i = (a_i − b_i c)/2 sums to 1,437.5 > K, so capacity binds with
    // multiplier λ = (Σa − c·Σb − 2K)/Σb and p_i = (a_i/b_i + c + λ)/2.
    const lambda = (a1 + a2 - cost * (b1 + b2) - 2 * K) / (b1 + b2);
    const p1 = (a1 / b1 + cost + lambda) / 2;
    const p2 = (a2 / b2 + cost + lambda) / 2;
    const r = optimizeModel(oven, {
      decisions: { p1: { lower: 1, upper: 5 }, p2: { lower: 1, upper: 6 } },
      objective: { node: "profit", goal: "maximize" },
      constraints: [
        { node: "loaves", op: "<=", value: K },
        { node: "q1", op: ">=", value: 100 },
      ],
    });
    expect(Math.abs(r.decisions.p1 - p1)).toBeLessThan(1e-4);
    expect(Math.abs(r.decisions.p2 - p2)).toBeLessThan(1e-4);
    const exact = runModel(oven, { overrides: { p1, p2 } }).value("profit", 0);
    expect(rel(r.objective, exact)).toBeLessThan(1e-7);
    // never better than the optimum by more than the constraint tolerance (1e-7 of K) allows
    expect(r.objective).toBeLessThanOrEqual(exact * (1 + 1e-6));
    expect(r.constraints.map((k) => k.binding)).toEqual([true, false]);
    expect(r.constraints[0]?.slack).toBeGreaterThanOrEqual(-1e-7 * K);
    expect(r.constraints[1]?.slack).toBeGreaterThan(100);
    expect(r.constraints[0]?.period).toBe("2026-01");
  });

  it("enumerates integer decisions exhaustively and agrees with brute force", () => {
    // bakers (integer) and ovens (integer): output = min(60·bakers, 150·ovens), costs 900/baker, 1,400/oven, €25 per batch.
    const bakery = defineModel({
      start: "2026-01",
      periods: 1,
      nodes: {
        bakers: { input: 1 },
        ovens: { input: 1 },
        batches: { formula: "min(60 * bakers, 150 * ovens, 700)" },
        profit: { formula: "25 * batches - 900 * bakers - 1400 * ovens" },
        staffCost: { formula: "900 * bakers" },
      },
    });
    const r = optimizeModel(bakery, {
      decisions: { bakers: { lower: 0, upper: 20, integer: true }, ovens: { lower: 0, upper: 8, integer: true } },
      objective: { node: "profit", goal: "maximize" },
      constraints: [{ node: "staffCost", op: "<=", value: 8_000 }],
    });
    let best = -Infinity;
    let arg = [0, 0];
    for (let nb = 0; nb <= 20; nb++) {
      for (let no = 0; no <= 8; no++) {
        if (900 * nb > 8_000) continue;
        const profit = 25 * Math.min(60 * nb, 150 * no, 700) - 900 * nb - 1_400 * no;
        if (profit > best) [best, arg] = [profit, [nb, no]];
      }
    }
    expect(r.method).toBe("exhaustive");
    expect(r.evaluations).toBeGreaterThanOrEqual(21 * 9);
    expect([r.decisions.bakers, r.decisions.ovens]).toEqual(arg);
    expect(r.objective).toBe(best);
    expect(Number.isInteger(r.decisions.bakers)).toBe(true);
  });

  it("mixes an integer and a continuous decision by pattern search", () => {
    // profit = 400n − 15n² + price-dependent part: n* = 13 (integer), p* = (a/b + c)/2
    const mixed = defineModel({
      start: "2026-01",
      periods: 1,
      nodes: {
        n: { input: 1 },
        price: { input: 5 },
        profit: { formula: `400 * n - 15 * n ^ 2 + (price - ${c}) * (${a} - ${b} * price)` },
      },
    });
    const r = optimizeModel(mixed, {
      decisions: { n: { lower: 0, upper: 40, integer: true }, price: { lower: 0, upper: 20 } },
      objective: { node: "profit", goal: "maximize" },
    });
    expect(r.decisions.n).toBe(13);
    expect(rel(r.decisions.price, (a / b + c) / 2)).toBeLessThan(1e-6);
    expect(r.method).toBe("patternSearch");
  });

  it("handles several periods: the objective summed or in one period, constraints in every period", () => {
    const plan = defineModel({
      start: "2026-01",
      periods: 3,
      nodes: {
        price: { input: 4 },
        season: { input: [1, 1.2, 0.8] },
        quantity: { formula: "season * (1000 - 150 * price)" },
        profit: { formula: "(price - 1) * quantity - 500" },
        cash: { stock: { initial: -300, inflows: ["profit"] } },
      },
    });
    const summed = optimizeModel(plan, { decisions: { price: { lower: 1, upper: 6 } }, objective: { node: "profit", goal: "maximize" } });
    // Σ season is a common factor: p* = (1000/150 + 1)/2 either way
    expect(rel(summed.decisions.price, (1000 / 150 + 1) / 2)).toBeLessThan(1e-6);
    const feb = optimizeModel(plan, { decisions: { price: { lower: 1, upper: 6 } }, objective: { node: "profit", period: "2026-02", goal: "maximize" } });
    expect(rel(feb.objective, 1.2 * 150 * ((1000 / 150 - 1) / 2) ** 2 - 500)).toBeLessThan(1e-9);
    // Quantity at least 500 in every month: March (season 0.8) binds, 0.8(1000 − 150p) ≥ 500 → p ≤ 2.5
    const r = optimizeModel(plan, {
      decisions: { price: { lower: 1, upper: 6 } },
      objective: { node: "profit", goal: "maximize" },
      constraints: [{ node: "quantity", op: ">=", value: 500 }, { node: "cash", period: "every", op: ">=", value: -300 }],
    });
    expect(Math.abs(r.decisions.price - 2.5)).toBeLessThan(1e-6);
    expect(r.constraints[0]).toMatchObject({ period: "2026-03", binding: true });
    expect(r.constraints[1]).toMatchObject({ binding: true, period: "2026-01" }); // cash starts at −300 whatever the price
  });

  it("follows a kinked ridge (bake what is wanted at the price) to the optimum an exhaustive search finds", () => {
    const month = defineModel({
      start: "2026-10",
      periods: 1,
      nodes: {
        baked: { input: 3_000 },
        price: { input: 3.2 },
        wanted: { formula: "3000 * (1 - 1.5 * (price / 3.2 - 1))" },
        sold: { formula: "min(baked, wanted)" },
        profit: { formula: "sold * price - baked * 0.65 - 6000" },
      },
    });
    const decisions = { price: { lower: 2.5, upper: 4.5, step: 0.05 }, baked: { lower: 1_000, upper: 5_000, integer: true } };
    const objective = { node: "profit", goal: "maximize" } as const;
    const exhaustive = optimizeModel(month, { decisions, objective, exhaustiveLimit: 200_000, maxEvaluations: 200_000 });
    expect(exhaustive.method).toBe("exhaustive");
    const search = optimizeModel(month, { decisions, objective });
    expect(search.method).toBe("patternSearch");
    expect(search.decisions).toEqual(exhaustive.decisions);
    expect(search.objective).toBe(exhaustive.objective);
    expect(search.evaluations).toBeLessThan(exhaustive.evaluations / 10);
  });

  it("meets an equality constraint that pins one decision", () => {
    const r = optimizeModel(oven, {
      decisions: { p1: { lower: 1, upper: 5 }, p2: { lower: 1, upper: 6 } },
      objective: { node: "profit", goal: "maximize" },
      constraints: [{ node: "q1", op: "=", value: 700 }],
    });
    expect(Math.abs(r.decisions.p1 - (a1 - 700) / b1)).toBeLessThan(1e-6);
    expect(rel(r.decisions.p2, (a2 / b2 + cost) / 2)).toBeLessThan(1e-6);
    expect(r.constraints[0]?.binding).toBe(true);
  });

  it("reports infeasible constraints with the least violation found", () => {
    const e = catchDpm(() =>
      optimizeModel(oven, {
        decisions: { p1: { lower: 1, upper: 5 }, p2: { lower: 1, upper: 6 } },
        objective: { node: "profit", goal: "maximize" },
        constraints: [{ node: "loaves", op: ">=", value: 5_000 }],
      }),
    );
    expect(e.code).toBe("NO_SOLUTION");
    expect(e.message).toMatch(/"loaves" in 2026-01 = 2850(\.0+\d*)?, which should be >= 5000/);
    expect(e.details).toMatchObject({ constraint: { node: "loaves", op: ">=", value: 5000 } });
    const d = e.details as { decisions: Record<string, number> };
    expect(d.decisions.p1).toBeCloseTo(1, 6);
    expect(d.decisions.p2).toBeCloseTo(1, 6);
  });

  it("stops at the limits with NOT_CONVERGED and the best point so far", () => {
    const opts = { decisions: { price: { lower: c, upper: a / b } }, objective: { node: "profit", goal: "maximize" }, maxEvaluations: 20 } as const;
    const e = catchDpm(() => optimizeModel(demand, opts));
    expect(e.code).toBe("NOT_CONVERGED");
    expect(e.message).toMatch(/evaluation limit \(20\)/);
    expect(typeof (e.details as { decisions: { price: number } }).decisions.price).toBe("number");
    const r = optimizeModel(demand, { ...opts, onNotConverged: "return" });
    expect(r.converged).toBe(false);
    expect(rel(r.decisions.price, (a / b + c) / 2)).toBeLessThan(0.1);
    expect(catchDpm(() => optimizeModel(demand, { ...opts, maxEvaluations: 10_000, maxIterations: 3 })).message).toMatch(/iteration limit \(3\)/);
  });

  it("rejects bad input with actionable DpmErrors", () => {
    const base = { decisions: { price: { lower: 4, upper: 10 } }, objective: { node: "profit", goal: "maximize" } } as const;
    const inverted = catchDpm(() => optimizeModel(demand, { ...base, decisions: { price: { lower: 10, upper: 4 } } }));
    expect(inverted.code).toBe("INVALID_ARGUMENT");
    expect(inverted.message).toMatch(/decisions\.price has lower 10 above upper 4/);
    expect(catchDpm(() => optimizeModel(demand, { ...base, objective: { node: "profits" as never, goal: "maximize" } })).code).toBe("UNKNOWN_NODE");
    expect(catchDpm(() => optimizeModel(demand, { ...base, constraints: [{ node: "qty" as never, op: "<=", value: 1 }] })).code).toBe("UNKNOWN_NODE");
    expect(catchDpm(() => optimizeModel(demand, { ...base, decisions: { quantity: { lower: 0, upper: 1 } } as never })).code).toBe("UNKNOWN_NODE");
    expect(catchDpm(() => optimizeModel(demand, { ...base, decisions: {} })).code).toBe("EMPTY");
    expect(catchDpm(() => optimizeModel(demand, { ...base, objective: { node: "profit", goal: "max" as never } })).code).toBe("INVALID_ARGUMENT");
    expect(catchDpm(() => optimizeModel(demand, { ...base, constraints: [{ node: "quantity", op: "<" as never, value: 1 }] })).code).toBe("INVALID_ARGUMENT");
    expect(catchDpm(() => optimizeModel(demand, { ...base, decisions: { price: { lower: 0.5, upper: 0.7, integer: true } } })).message).toMatch(/no whole number/);
    expect(catchDpm(() => optimizeModel(demand, { ...base, decisions: { price: { lower: 1, upper: 2, stp: 1 } as never } })).code).toBe("INVALID_ARGUMENT");
    expect(catchDpm(() => optimizeModel(demand, { ...base, constraint: [] } as never)).message).toMatch(/did you mean "constraints"/i);
    expect(catchDpm(() => optimizeModel(demand, null as never)).code).toBe("INVALID_ARGUMENT");
    const ratio = defineModel({ start: "2026-01", periods: 1, nodes: { x: { input: 1 }, y: { formula: "1 / (x - 2)" } } });
    const nf = catchDpm(() => optimizeModel(ratio, { decisions: { x: { lower: 0, upper: 4 } }, objective: { node: "y", goal: "minimize" } }));
    expect(nf.code).toBe("NON_FINITE");
    expect(nf.message).toMatch(/x: 2/);
  });
});
