import { describe, expectTypeOf, it } from "vitest";
import type { TimeSeries } from "../time/TimeSeries.js";
import { compareScenarios } from "./compareScenarios.js";
import { defineModel } from "./defineModel.js";
import type { FormulaRefs } from "./formulaRefs.js";
import type { InputNames, NodeRefs } from "./ModelDefinition.js";
import type { Model } from "./Model.js";
import { modelFromJson } from "./modelFromJson.js";
import { runModel } from "./runModel.js";
import { runVectorized } from "./runVectorized.js";

const boutique = defineModel({
  start: "2025-Q1",
  periods: 3,
  nodes: {
    previousTraffic: { input: 40_000, unit: "visits" },
    growth: { input: [0.05, 0.04, 0.03] },
    conversion: { input: 0.025 },
    aov: { input: 62 },
    lastTraffic: { lag: "traffic", initial: "previousTraffic" },
    traffic: { formula: "lastTraffic * (1 + growth)" },
    onlineSales: { formula: "traffic * conversion * aov" },
    cumulative: { stock: { initial: 0, inflows: ["onlineSales"], outflows: ["refunds"] } },
    refunds: { deps: ["onlineSales"], compute: (sales) => sales * 0.02 },
  },
});

type Names = "previousTraffic" | "growth" | "conversion" | "aov" | "lastTraffic" | "traffic" | "onlineSales" | "cumulative" | "refunds";
type Inputs = "previousTraffic" | "growth" | "conversion" | "aov";

describe("defineModel (types)", () => {
  it("types a correct definition as a Model of its node names and input names", () => {
    expectTypeOf(boutique).toEqualTypeOf<Model<Names, Inputs>>();
    expectTypeOf(boutique.nodeNames).toEqualTypeOf<readonly Names[]>();
    expectTypeOf(boutique.inputNames).toEqualTypeOf<readonly Inputs[]>();
  });

  it("makes a formula that reads an undefined node a compile error", () => {
    defineModel({
      start: "2025-01",
      periods: 2,
      nodes: {
        orders: { input: 10 },
        // @ts-expect-error — "aov" is not a node of this model
        revenue: { formula: "orders * aov" },
      },
    });
    defineModel({
      start: "2025-01",
      periods: 2,
      nodes: {
        orders: { input: 10 },
        // @ts-expect-error — a misspelt name inside a function call
        capped: { formula: "min(ordrs, 100)" },
      },
    });
  });

  it("makes an undefined lag source or lag initial node a compile error", () => {
    defineModel({
      start: "2025-01",
      periods: 2,
      nodes: {
        sales: { input: 10 },
        // @ts-expect-error — lags a node that does not exist
        lastSales: { lag: "sale" },
      },
    });
    defineModel({
      start: "2025-01",
      periods: 2,
      nodes: {
        sales: { input: 10 },
        // @ts-expect-error — the initial value names a node that does not exist
        lastSales: { lag: "sales", initial: "opening" },
      },
    });
  });

  it("makes an undefined stock initial, inflow or outflow a compile error", () => {
    defineModel({
      start: "2025-01",
      periods: 2,
      nodes: {
        purchases: { input: 10 },
        // @ts-expect-error — initial names a node that does not exist
        inventory: { stock: { initial: "opening", inflows: ["purchases"] } },
      },
    });
    defineModel({
      start: "2025-01",
      periods: 2,
      nodes: {
        purchases: { input: 10 },
        // @ts-expect-error — an inflow that does not exist
        inventory: { stock: { initial: 0, inflows: ["purchases", "returns"] } },
      },
    });
    defineModel({
      start: "2025-01",
      periods: 2,
      nodes: {
        purchases: { input: 10 },
        // @ts-expect-error — an outflow that does not exist
        inventory: { stock: { initial: 0, inflows: ["purchases"], outflows: ["sales"] } },
      },
    });
  });

  it("makes an undefined function-node dependency a compile error", () => {
    defineModel({
      start: "2025-01",
      periods: 2,
      nodes: {
        revenue: { input: 10 },
        // @ts-expect-error — "costs" is not a node of this model
        profit: { deps: ["revenue", "costs"], compute: (r: number, c: number) => r - c },
      },
    });
  });

  it("accepts numeric lag and stock initial values and references to any defined node", () => {
    const model = defineModel({
      start: "2025-01",
      periods: 2,
      nodes: {
        a: { input: 1 },
        l: { lag: "a", periods: 2, initial: 5 },
        s: { stock: { initial: 0, outflows: ["l"] } },
        f: { formula: "if(a > 0, max(a, l, s), 1e5) + clamp(a, 0, 1) ^ 2" },
      },
    });
    expectTypeOf(model).toEqualTypeOf<Model<"a" | "l" | "s" | "f", "a">>();
  });

  it("lets runModel(...).series/value accept only node names", () => {
    const run = runModel(boutique);
    expectTypeOf(run.series).parameter(0).toEqualTypeOf<Names>();
    expectTypeOf(run.series("onlineSales")).toEqualTypeOf<TimeSeries>();
    expectTypeOf(run.value("traffic", "2025-Q2")).toEqualTypeOf<number>();
    // @ts-expect-error — not a node of the model
    run.series("onlineSale");
    // @ts-expect-error — not a node of the model
    run.value("visits", 0);
  });

  it("lets overrides name only input nodes", () => {
    runModel(boutique, { overrides: { growth: 0.1, aov: [60, 61, 62] } });
    // @ts-expect-error — traffic is a formula, not an input
    runModel(boutique, { overrides: { traffic: 50_000 } });
    // @ts-expect-error — not a node at all
    runModel(boutique, { overrides: { price: 3 } });
    // @ts-expect-error — vector inputs, too, are inputs only
    runVectorized(boutique, { count: 2, inputs: { onlineSales: [1, 2] } });
    // @ts-expect-error — scenario overrides, too
    compareScenarios(boutique, { base: {}, boom: { lastTraffic: 1 } });
  });

  it("types compareScenarios by scenario name", () => {
    const cmp = compareScenarios(boutique, { base: {}, boom: { growth: 0.2 } });
    expectTypeOf(cmp.scenarios).toEqualTypeOf<readonly ("base" | "boom")[]>();
    // @ts-expect-error — no such scenario
    cmp.series("traffic", "bust");
    // @ts-expect-error — no such node
    cmp.difference("visits", "boom", "base");
  });

  it("reads the node names of a formula string at the type level", () => {
    expectTypeOf<FormulaRefs<"orders * (1 - discount) + max(a, 2)">>().toEqualTypeOf<"orders" | "discount" | "a">();
    expectTypeOf<FormulaRefs<"if(x1 > 0, min (y_2, 3), 1e-5 * z)">>().toEqualTypeOf<"x1" | "y_2" | "z">();
    expectTypeOf<FormulaRefs<"2 + 3 * 4">>().toEqualTypeOf<never>();
    // a node may be called like a function's name when it is not called
    expectTypeOf<FormulaRefs<"min + max">>().toEqualTypeOf<"min" | "max">();
    // whitespace between a function name and "(" is still a call, as the parser reads it
    expectTypeOf<FormulaRefs<"max  (a, 2) + min\t(b, 1)">>().toEqualTypeOf<"a" | "b">();
    expectTypeOf<FormulaRefs<string>>().toEqualTypeOf<string>();
    expectTypeOf<NodeRefs<{ lag: "a"; initial: "b" }>>().toEqualTypeOf<"a" | "b">();
    expectTypeOf<NodeRefs<{ stock: { initial: 0; inflows: readonly ["x"]; outflows: readonly ["y"] } }>>().toEqualTypeOf<"x" | "y">();
    expectTypeOf<InputNames<{ a: { input: 1 }; b: { formula: "a" } }>>().toEqualTypeOf<"a">();
  });

  it("restricts runVectorized outputs to node names", () => {
    // @ts-expect-error — "visits" is not a node
    runVectorized(boutique, { count: 2, inputs: { growth: [0.1, 0.2] }, outputs: ["visits"] });
    const run = runVectorized(boutique, { count: 2, inputs: { growth: [0.1, 0.2] }, outputs: ["traffic"] });
    expectTypeOf(run.values).parameter(0).toEqualTypeOf<"previousTraffic" | "growth" | "conversion" | "aov" | "lastTraffic" | "traffic" | "onlineSales" | "cumulative" | "refunds">();
  });

  it("types modelFromJson models by plain strings (names are only known at run time)", () => {
    const model = modelFromJson("{}");
    expectTypeOf(model).toEqualTypeOf<Model<string, string>>();
    expectTypeOf(runModel(model).series).parameter(0).toEqualTypeOf<string>();
  });
});
