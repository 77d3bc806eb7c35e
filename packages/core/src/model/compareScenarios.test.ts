import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isDpmError } from "../errors/DpmError.js";
import { formatPeriod } from "../time/Period.js";
import { timeSeries } from "../time/TimeSeries.js";
import { compareScenarios } from "./compareScenarios.js";
import { defineModel } from "./defineModel.js";
import type { InputValue, Model } from "./Model.js";
import { runModel, type ModelRun } from "./runModel.js";
import { catchDpm } from "../../test/catchDpm.js";

/** Element-wise Object.is equality, reporting the indices that differ. */
function expectSame(actual: ArrayLike<number>, expected: ArrayLike<number>, label = ""): void {
  expect(actual.length, label).toBe(expected.length);
  const diffs: string[] = [];
  for (let i = 0; i < expected.length; i++) if (!Object.is(actual[i], expected[i])) diffs.push(`[${i}] ${actual[i]} ≠ ${expected[i]}`);
  expect(diffs, label).toEqual([]);
}

const bakery = defineModel({
  start: "2025-01",
  periods: 1,
  nodes: {
    loaves: { input: 3000 },
    flourCost: { input: 0.4 },
    price: { input: 3.2 },
    margin: { formula: "loaves * (price - flourCost)" },
  },
});

/** A bakery over six months with a lag and a stock with several flows. */
const shopNodes = {
  loaves: { input: [3000, 3100, 2900, 3300, 3200, 3050] },
  price: { input: 3.2 },
  flourCost: { input: 0.4 },
  competitor: { input: 0 },
  demandShare: { formula: "clamp(1 - competitor * 0.3, 0, 1)" },
  sold: { formula: "round(loaves * demandShare)" },
  revenue: { formula: "sold * price" },
  cogs: { formula: "loaves * flourCost" },
  profit: { formula: "revenue - cogs" },
  lastProfit: { lag: "profit", initial: "profit" },
  growth: { formula: "profit / lastProfit - 1" },
  cash: { stock: { initial: 1000, inflows: ["revenue"], outflows: ["cogs", "wages"] } },
  wages: { input: 2500 },
} as const;
const lean = defineModel({ start: "2025-01", periods: 6, nodes: shopNodes });
/** The same with a TypeScript function node (which not every evaluator can compile). */
const shop = defineModel({
  start: "2025-01",
  periods: 6,
  nodes: { ...shopNodes, bonus: { deps: ["profit"], compute: (p: number) => Math.max(0, p - 5000) * 0.1 } },
});

describe("compareScenarios", () => {
  it("lines scenarios up node by node (the documented flour-spike example)", () => {
    const cmp = compareScenarios(bakery, { base: {}, flourSpike: { flourCost: 0.7 } });
    // by hand: base 3000 × (3.2 − 0.4) = 8400; spike 3000 × (3.2 − 0.7) = 7500; difference −900
    expect(cmp.series("margin", "base").values[0]).toBeCloseTo(8400, 9);
    expect(cmp.series("margin", "flourSpike").values[0]).toBeCloseTo(7500, 9);
    expect(cmp.difference("margin", "flourSpike", "base").values[0]).toBeCloseTo(-900, 9);
    expect(cmp.scenarios).toEqual(["base", "flourSpike"]);
    expect(cmp.periodLabels).toEqual(["2025-01"]);
  });

  it("equals separate runModel calls with the same overrides, for every node, period and scenario", () => {
    const scenarios = {
      base: {},
      competitor: { competitor: 1, price: 3 },
      flourSpike: { flourCost: [0.4, 0.4, 0.7, 0.7, 0.7, 0.55] },
      slowMonths: { loaves: timeSeries("2024-12", [0, 2000, 2100, 2050, 2500, 2600, 2700, 0]), wages: 2000 },
    };
    for (const model of [lean, shop] as Model[]) {
      const cmp = compareScenarios(model, scenarios);
      for (const [name, overrides] of Object.entries(scenarios)) {
        const run = runModel(model, { overrides });
        for (const node of model.nodeNames) expectSame(cmp.series(node, name as keyof typeof scenarios).values, run.series(node).values, `${name}.${node}`);
      }
    }
    // hand check: the slow months scenario sells 2000 loaves in January at 3.2 → revenue 6400
    expect(compareScenarios(lean, scenarios).series("revenue", "slowMonths").values[0]).toBeCloseTo(6400, 9);
  });

  it("property: agrees bit for bit with runModel for random scenarios of constant and per-period overrides", () => {
    const T = lean.periods;
    const value = fc.double({ min: 0.01, max: 10, noNaN: true });
    const override = (arb: fc.Arbitrary<number>): fc.Arbitrary<InputValue | undefined> =>
      fc.oneof(fc.constant(undefined), arb, fc.array(arb, { minLength: T, maxLength: T }));
    const scenario = fc.record({
      price: override(value),
      flourCost: override(fc.double({ min: 0, max: 2, noNaN: true })),
      competitor: override(fc.constantFrom(0, 1, 2)),
      loaves: override(fc.integer({ min: 100, max: 5000 })),
      wages: override(fc.double({ min: 0, max: 5000, noNaN: true })),
    });
    fc.assert(
      fc.property(fc.boolean(), fc.dictionary(fc.constantFrom("base", "best", "worst", "whatIf", "x1", "constructor", "toString"), scenario, { minKeys: 1, maxKeys: 5 }), (withFunctionNode, scenarios) => {
        const model: Model = withFunctionNode ? shop : lean;
        const names = Object.keys(scenarios);
        const reference = names.map((s) => {
          try {
            return runModel(model, { overrides: scenarios[s] as Record<string, InputValue> });
          } catch (error) {
            if (isDpmError(error, "NON_FINITE")) return error;
            throw error;
          }
        });
        const failing = reference.flatMap((r, k) => (isDpmError(r) ? [names[k]] : []));
        if (failing.length > 0) {
          // e.g. a zero profit makes growth divide by zero: the comparison refuses too, naming a failing scenario
          const error = catchDpm(() => compareScenarios(model, scenarios as never));
          expect(error.code).toBe("NON_FINITE");
          expect(failing.some((s) => error.message.includes(`"${s}"`)) || error.details?.vector === undefined).toBe(true);
          return;
        }
        const cmp = compareScenarios(model, scenarios as Record<string, Record<string, InputValue>>);
        expect(cmp.scenarios).toEqual(names);
        names.forEach((s, k) => {
          const run = reference[k] as ModelRun<string>;
          for (const node of model.nodeNames) expectSame(cmp.series(node, s).values, run.series(node).values, `${s}.${node}`);
        });
      }),
      { numRuns: 150 },
    );
  });

  it("difference() is the element-wise difference of the two series", () => {
    const cmp = compareScenarios(shop, { base: {}, competitor: { competitor: 1 }, pricey: { price: [3.5, 3.6, 3.7, 3.8, 3.9, 4] } });
    for (const node of shop.nodeNames) {
      for (const [a, b] of [["competitor", "base"], ["pricey", "competitor"], ["base", "base"]] as const) {
        const x = cmp.series(node, a).values;
        const y = cmp.series(node, b).values;
        const d = cmp.difference(node, a, b);
        expectSame(d.values, Array.from(x, (v, t) => v - (y[t] as number)), `${node} ${a} − ${b}`);
        expect(formatPeriod(d.start)).toBe("2025-01");
        expect(d.name).toBe(node);
      }
    }
    // a competitor takes 30 % of the loaves: sold 2100 instead of 3000 in January → revenue −900 × 3.2
    expect(cmp.difference("sold", "competitor", "base").values[0]).toBe(-900);
    expect(cmp.difference("revenue", "competitor", "base").values[0]).toBeCloseTo(-2880, 9);
  });

  it("rows() gives one tidy row per node and period with a column per scenario", () => {
    const cmp = compareScenarios(shop, { base: {}, worst: { competitor: 2, flourCost: 0.9 } });
    const rows = cmp.rows(["sold", "profit"]);
    expect(rows.length).toBe(2 * shop.periods);
    expect(rows.map((r) => `${r.node}@${r.period}`)).toEqual([
      ...shop.periodLabels.map((p) => `sold@${p}`),
      ...shop.periodLabels.map((p) => `profit@${p}`),
    ]);
    for (const row of rows) {
      expect(Object.keys(row).sort()).toEqual(["base", "node", "period", "worst"]);
      const t = shop.periodLabels.indexOf(row.period);
      expect(row.base).toBe(cmp.series(row.node, "base").values[t]);
      expect(row.worst).toBe(cmp.series(row.node, "worst").values[t]);
    }
    expect(rows[0]).toEqual({ node: "sold", period: "2025-01", base: 3000, worst: 1200 }); // 3000 × (1 − 0.6)
    expect(cmp.rows().length).toBe(shop.nodeNames.length * shop.periods);
  });

  it("keeps a column for every scenario in rows(), whatever its name (scenarios parsed from JSON)", () => {
    const scenarios = JSON.parse("{ \"constructor\": { \"price\": 3 }, \"toString\": {}, \"__proto__\": { \"price\": 4 } }") as Record<string, Record<string, number>>;
    const cmp = compareScenarios(bakery, scenarios);
    expect(cmp.scenarios).toEqual(["constructor", "toString", "__proto__"]);
    // by hand: 3000 × (3 − 0.4) = 7800, 3000 × (3.2 − 0.4) = 8400, 3000 × (4 − 0.4) = 10800
    expect(cmp.series("margin", "__proto__").values[0]).toBeCloseTo(10_800, 9);
    const row = cmp.rows(["margin"])[0] as Record<string, unknown>;
    expect(Object.getPrototypeOf(row)).toBe(Object.prototype);
    expect(Object.keys(row).sort()).toEqual(["__proto__", "constructor", "node", "period", "toString"]);
    expect(row.constructor).toBeCloseTo(7800, 9);
    expect(row.toString).toBeCloseTo(8400, 9);
  });

  it("rejects no scenarios, unknown or non-input overrides, bad values and unknown scenario names", () => {
    const cases: [unknown, string, string][] = [
      [{}, "EMPTY", "pass at least one scenario"],
      [undefined, "EMPTY", "pass at least one scenario"],
      [{ base: {}, x: { prise: 3 } }, "UNKNOWN_NODE", "scenarios.x.prise names \"prise\", which the model does not define"],
      [{ base: {}, x: { margin: 3 } }, "INVALID_ARGUMENT", "\"margin\", which is a formula node; only inputs can be set (loaves, flourCost, price)"],
      [{ base: {}, x: { price: Number.NaN } }, "NON_FINITE", "scenarios.x.price is NaN"],
      [{ base: {}, x: { price: [Infinity] } }, "NON_FINITE", "scenarios.x.price[0] is Infinity"],
      [{ base: {}, x: { price: [1, 2] } }, "LENGTH_MISMATCH", "scenarios.x.price has 2 values but the model runs 1 periods"],
      [{ base: {}, x: { price: timeSeries("2025-Q1", [3]) } }, "FREQUENCY_MISMATCH", "scenarios.x.price is a quarter series"],
      [{ base: 5 }, "INVALID_ARGUMENT", "scenarios.base must be an object mapping input names to values"],
    ];
    for (const [scenarios, code, fragment] of cases) {
      const error = catchDpm(() => compareScenarios(bakery, scenarios as never));
      expect(error.code, error.message).toBe(code);
      expect(error.message).toContain(fragment);
    }
    const cmp = compareScenarios(bakery, { base: {} });
    const unknown = catchDpm(() => cmp.series("margin", "best" as never));
    expect(unknown.code).toBe("INVALID_ARGUMENT");
    expect(unknown.message).toContain("there is no scenario \"best\"; scenarios: base");
    expect(catchDpm(() => cmp.series("profit" as never, "base")).code).toBe("UNKNOWN_NODE");
    expect(catchDpm(() => compareScenarios({} as never, { base: {} })).code).toBe("INVALID_ARGUMENT");
  });

  it("names the scenario, node and period where a scenario divides by zero", () => {
    const model = defineModel({ start: "2025-Q1", periods: 2, nodes: { orders: { input: 10 }, revenue: { input: 500 }, aov: { formula: "revenue / orders" } } });
    const error = catchDpm(() => compareScenarios(model, { base: {}, closed: { orders: [10, 0] } }));
    expect(error.code).toBe("NON_FINITE");
    expect(error.message).toContain("node \"aov\" is Infinity in 2025-Q2 for scenario \"closed\"");
  });

  it("is deterministic and never mutates the caller's scenarios", () => {
    const flour = Object.freeze([0.4, 0.5, 0.6, 0.7, 0.8, 0.9]);
    const scenarios = Object.freeze({ base: Object.freeze({}), spike: Object.freeze({ flourCost: flour, price: 3.5 }) });
    const snapshot = JSON.stringify(scenarios);
    const first = compareScenarios(shop, scenarios);
    const second = compareScenarios(shop, scenarios);
    expect(JSON.stringify(scenarios)).toBe(snapshot);
    for (const node of shop.nodeNames) for (const s of ["base", "spike"] as const) expectSame(first.series(node, s).values, second.series(node, s).values, `${s}.${node}`);
    // the series handed out are copies
    (first.series("profit", "spike").values as Float64Array)[0] = -1;
    expectSame(first.series("profit", "spike").values, second.series("profit", "spike").values, "after mutation");
  });
});
