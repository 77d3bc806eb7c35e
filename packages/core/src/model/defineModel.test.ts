import { describe, expect, it } from "vitest";
import { type DpmError, type DpmErrorCode } from "../errors/DpmError.js";
import { timeSeries } from "../time/TimeSeries.js";
import { defineModel } from "./defineModel.js";
import type { Model } from "./Model.js";
import { runModel } from "./runModel.js";
import { catchDpm } from "../../test/catchDpm.js";

/** defineModel without the compile-time reference check, for definitions that are wrong on purpose. */
const defineUnchecked = defineModel as unknown as (definition: unknown) => Model;

/** A one-period-per-month definition around `nodes`. */
const monthly = (nodes: Record<string, unknown>, periods = 3): unknown => ({ start: "2025-01", periods, nodes });

function expectError(definition: unknown, code: DpmErrorCode, ...fragments: string[]): DpmError {
  const error = catchDpm(() => defineUnchecked(definition));
  expect(error.code, error.message).toBe(code);
  // every message names the function, except formula parse errors, which lead with the formula's path
  if (code !== "PARSE_ERROR") expect(error.message.startsWith("defineModel:"), error.message).toBe(true);
  for (const fragment of fragments) expect(error.message).toContain(fragment);
  return error;
}

describe("defineModel", () => {
  it("compiles a definition into a frozen model describing its axis and nodes", () => {
    const model = defineModel({
      start: "2025-Q3",
      periods: 4,
      nodes: {
        revenue: { formula: "units * price", unit: "EUR", label: "Revenue" },
        units: { input: [10, 20, 30, 40] },
        price: { input: 2.5, description: "list price" },
        lastRevenue: { lag: "revenue" },
      },
    });
    expect(model.periods).toBe(4);
    expect(model.freq).toBe("quarter");
    expect(model.start).toEqual({ freq: "quarter", ordinal: 2025 * 4 + 2 });
    expect(model.periodLabels).toEqual(["2025-Q3", "2025-Q4", "2026-Q1", "2026-Q2"]);
    expect(model.nodeNames).toEqual(["revenue", "units", "price", "lastRevenue"]);
    expect(model.inputNames).toEqual(["units", "price"]);
    expect(Object.isFrozen(model)).toBe(true);
    expect(Object.isFrozen(model.nodeNames)).toBe(true);
  });

  it("orders evaluation so every node comes after the nodes it reads in the same period", () => {
    const model = defineModel({
      start: "2025",
      periods: 2,
      nodes: {
        netProfit: { formula: "grossProfit - opex" },
        grossProfit: { formula: "revenue - cogs" },
        revenue: { formula: "volume * price" },
        cogs: { deps: ["volume"], compute: (v) => v * 3 },
        opex: { input: 100 },
        volume: { input: 50 },
        price: { input: 8 },
        carry: { lag: "netProfit", initial: "opex" },
      },
    });
    const order = model.evaluationOrder;
    const before = (a: string, b: string): boolean => order.indexOf(a as never) < order.indexOf(b as never);
    expect([...order].sort()).toEqual([...model.nodeNames].sort());
    expect(before("grossProfit", "netProfit") && before("opex", "netProfit")).toBe(true);
    expect(before("revenue", "grossProfit") && before("cogs", "grossProfit")).toBe(true);
    expect(before("volume", "revenue") && before("price", "revenue") && before("volume", "cogs")).toBe(true);
    expect(before("opex", "carry")).toBe(true); // the lag's initial is read in the same period
    // Net profit = (50 × 8 − 50 × 3) − 100 = 150
    expect(runModel(model).value("netProfit", 0)).toBe(150);
  });

  it("names a two-node cycle a → b → a with code CYCLE and details.cycle", () => {
    const error = expectError(monthly({ a: { formula: "b + 1" }, b: { formula: "a * 2" } }), "CYCLE", "a → b → a", "break the loop with a lag");
    expect(error.details?.cycle).toEqual(["a", "b", "a"]);
  });

  it("names a three-node cycle a → b → c → a", () => {
    const error = expectError(monthly({ a: { formula: "b + 1" }, b: { formula: "c * 2" }, c: { formula: "a - 3" } }), "CYCLE", "a → b → c → a");
    expect(error.details?.cycle).toEqual(["a", "b", "c", "a"]);
  });

  it("names only the loop, not the nodes that lead into it, and catches self-reference", () => {
    const lead = expectError(monthly({ x: { formula: "a" }, a: { formula: "b" }, b: { formula: "a + 1" } }), "CYCLE", "a → b → a");
    expect(lead.details?.cycle).toEqual(["a", "b", "a"]);
    expect(expectError(monthly({ s: { formula: "s + 1" } }), "CYCLE", "s → s").details?.cycle).toEqual(["s", "s"]);
  });

  it("finds cycles through function deps and through a lag's or a stock's same-period initial node", () => {
    expect(expectError(monthly({ a: { deps: ["b"], compute: (b: number) => b }, b: { formula: "a" } }), "CYCLE").details?.cycle).toEqual(["a", "b", "a"]);
    // a lag's initial is read in the same period, so it cannot break a loop
    expect(expectError(monthly({ l: { lag: "y", initial: "y" }, y: { formula: "l + 1" } }), "CYCLE").details?.cycle).toEqual(["l", "y", "l"]);
    expect(expectError(monthly({ s: { stock: { initial: "y" } }, y: { formula: "s + 1" } }), "CYCLE").details?.cycle).toEqual(["s", "y", "s"]);
  });

  it("lets a lag break a cycle: the same loop that throws CYCLE compiles and runs when it goes through the previous value", () => {
    expectError(monthly({ step: { input: [1, 2, 3, 4] }, total: { formula: "total + step" } }, 4), "CYCLE", "total → total");
    const model = defineModel({
      start: "2025-01",
      periods: 4,
      nodes: {
        step: { input: [1, 2, 3, 4] },
        previous: { lag: "total", initial: 0 },
        total: { formula: "previous + step" },
      },
    });
    const run = runModel(model);
    // running total by hand: 0+1 = 1, 1+2 = 3, 3+3 = 6, 6+4 = 10
    expect(Array.from(run.series("total").values)).toEqual([1, 3, 6, 10]);
    expect(Array.from(run.series("previous").values)).toEqual([0, 1, 3, 6]);
  });

  it("lets a stock break a cycle: a flow may read its own stock", () => {
    expectError(monthly({ balance: { formula: "interest + 8" }, interest: { formula: "balance * 0.5" } }, 4), "CYCLE", "balance → interest → balance");
    const model = defineModel({
      start: "2025-01",
      periods: 4,
      nodes: {
        balance: { stock: { initial: 8, inflows: ["interest"] } },
        interest: { formula: "balance * 0.5" },
      },
    });
    // by hand: 8, 8 + 4 = 12, 12 + 6 = 18, 18 + 9 = 27
    expect(Array.from(runModel(model).series("balance").values)).toEqual([8, 12, 18, 27]);
    expect(Array.from(runModel(model).series("interest").values)).toEqual([4, 6, 9, 13.5]);
  });

  it("rejects a formula that reads an unknown node with UNKNOWN_NODE, its path, column and a did-you-mean", () => {
    const error = expectError(
      monthly({ orders: { input: 3 }, aov: { input: 20 }, revenue: { formula: "ordrs * aov" } }),
      "UNKNOWN_NODE",
      "nodes.revenue.formula",
      "column 1",
      "\"ordrs\"",
      "did you mean \"orders\"?",
    );
    expect(error.details?.name).toBe("ordrs");
    expectError(monthly({ orders: { input: 3 }, revenue: { formula: "2 * Orders" } }), "UNKNOWN_NODE", "column 5", "did you mean \"orders\"?");
    const far = expectError(monthly({ orders: { input: 3 }, revenue: { formula: "orders * basketSize" } }), "UNKNOWN_NODE", "\"basketSize\"", "does not define");
    expect(far.message).not.toContain("did you mean");
  });

  it("rejects unknown nodes in lags, stocks and function deps, naming where they are", () => {
    const x = { input: 1 };
    const cases: [Record<string, unknown>, string][] = [
      [{ x, l: { lag: "y" } }, "nodes.l.lag"],
      [{ x, l: { lag: "x", initial: "start" } }, "nodes.l.initial"],
      [{ x, s: { stock: { initial: "opening" } } }, "nodes.s.stock.initial"],
      [{ x, s: { stock: { initial: 0, inflows: ["x", "purchases"] } } }, "nodes.s.stock.inflows[1]"],
      [{ x, s: { stock: { initial: 0, outflows: ["sales"] } } }, "nodes.s.stock.outflows[0]"],
      [{ x, f: { deps: ["x", "z"], compute: (a: number, b: number) => a + b } }, "nodes.f.deps[1]"],
    ];
    for (const [nodes, path] of cases) {
      const error = expectError(monthly(nodes), "UNKNOWN_NODE", `${path} refers to`, "which the model does not define");
      expect(error.path).toBe(path);
    }
  });

  it("rejects node names that are not identifiers", () => {
    for (const name of ["1a", "a-b", "a b", "", "né", "a.b", "a[0]"]) {
      expectError(monthly({ [name]: { input: 1 } }), "INVALID_ARGUMENT", JSON.stringify(name), "is not an identifier");
    }
  });

  it("rejects empty or missing nodes and definitions that are not objects", () => {
    expectError(monthly({}), "EMPTY", "no nodes");
    expectError({ start: "2025-01", periods: 3 }, "INVALID_ARGUMENT", "nodes must be an object");
    expectError({ start: "2025-01", periods: 3, nodes: null }, "INVALID_ARGUMENT", "nodes must be an object");
    expectError(null, "INVALID_ARGUMENT", "must be an object with start, periods and nodes");
  });

  it("rejects periods that are not an integer between 1 and 100000", () => {
    for (const periods of [0, -1, 1.5, Number.NaN, Infinity, 100_001, "3"]) {
      expectError({ start: "2025-01", periods, nodes: { a: { input: 1 } } }, "INVALID_ARGUMENT", "periods must be an integer between 1 and 100000");
    }
    expect(defineModel({ start: "2025-01", periods: 1, nodes: { a: { input: 1 } } }).periodLabels).toEqual(["2025-01"]);
  });

  it("rejects a start that is not a period", () => {
    expect(catchDpm(() => defineUnchecked({ start: "2025-13", periods: 1, nodes: { a: { input: 1 } } })).code).toBe("PARSE_ERROR");
    expect(catchDpm(() => defineUnchecked({ start: null, periods: 1, nodes: { a: { input: 1 } } })).code).toBe("INVALID_ARGUMENT");
  });

  it("rejects NaN and ±Infinity anywhere a number is defined with NON_FINITE", () => {
    expectError(monthly({ a: { input: Number.NaN } }), "NON_FINITE", "nodes.a.input is NaN", "finite");
    expectError(monthly({ a: { input: Infinity } }), "NON_FINITE", "nodes.a.input is Infinity");
    expect(expectError(monthly({ a: { input: [1, 2, -Infinity] } }), "NON_FINITE", "nodes.a.input[2] is -Infinity").path).toBe("nodes.a.input[2]");
    expectError(monthly({ a: { input: 1 }, l: { lag: "a", initial: Number.NaN } }), "NON_FINITE", "nodes.l.initial is NaN", "finite number or a node name");
    expectError(monthly({ s: { stock: { initial: Infinity } } }), "NON_FINITE", "nodes.s.stock.initial is Infinity");
    const gappy = timeSeries("2025-01", [1, Number.NaN, 3], { allowMissing: true });
    expectError(monthly({ a: { input: gappy } }), "NON_FINITE", "missing a value at 2025-02", "fill the gap");
  });

  it("rejects input arrays and series that do not cover the model's periods with LENGTH_MISMATCH", () => {
    expectError(monthly({ a: { input: [1, 2] } }), "LENGTH_MISMATCH", "nodes.a.input has 2 values but the model runs 3 periods");
    expectError(monthly({ a: { input: [1, 2, 3, 4] } }), "LENGTH_MISMATCH", "has 4 values");
    expectError(monthly({ a: { input: timeSeries("2025-02", [1, 2, 3]) } }), "LENGTH_MISMATCH", "covers 2025-02…2025-04 but the model needs 2025-01…2025-03");
  });

  it("rejects a series of another frequency with FREQUENCY_MISMATCH", () => {
    expectError(monthly({ a: { input: timeSeries("2025-Q1", [1, 2, 3]) } }), "FREQUENCY_MISMATCH", "quarter series", "months", "resample");
  });

  it("reads a series input on the model's own axis, whatever period the series starts in", () => {
    const sales = timeSeries("2024-11", [5, 6, 7, 8, 9, 10]);
    const model = defineModel({ start: "2025-01", periods: 3, nodes: { sales: { input: sales } } });
    expect(Array.from(runModel(model).series("sales").values)).toEqual([7, 8, 9]);
  });

  it("rejects malformed nodes with INVALID_ARGUMENT saying what a node must look like", () => {
    expectError(monthly({ a: {} }), "INVALID_ARGUMENT", "exactly one of input, formula, deps (+ compute), lag or stock; it has none");
    expectError(monthly({ a: { input: 1, formula: "2" } }), "INVALID_ARGUMENT", "it has input and formula");
    expectError(monthly({ a: null }), "INVALID_ARGUMENT", "nodes.a must be an object");
    expectError(monthly({ a: { input: "12" } }), "INVALID_ARGUMENT", "nodes.a.input must be a number, an array with one number per period, or a TimeSeries");
    expectError(monthly({ a: { input: 1 }, l: { lag: "a", periods: 0 } }), "INVALID_ARGUMENT", "nodes.l.periods must be an integer ≥ 1, got 0");
    expectError(monthly({ a: { input: 1 }, l: { lag: "a", periods: 1.5 } }), "INVALID_ARGUMENT", "nodes.l.periods must be an integer ≥ 1");
    expectError(monthly({ s: { stock: { inflows: [] } } }), "INVALID_ARGUMENT", "nodes.s.stock must be an object with initial");
    expectError(monthly({ a: { input: 1 }, s: { stock: { initial: 0, inflows: "a" } } }), "INVALID_ARGUMENT", "nodes.s.stock.inflows must be an array of node names");
    expectError(monthly({ a: { input: 1 }, f: { deps: ["a"] } }), "INVALID_ARGUMENT", "needs deps (an array of node names) and compute (a function)");
  });

  it("reports a malformed formula as PARSE_ERROR with the node's path and the column", () => {
    const error = expectError(monthly({ a: { input: 1 }, profit: { formula: "a * (2 + " } }), "PARSE_ERROR", "nodes.profit.formula", "at column 10");
    expect(error.path).toBe("nodes.profit.formula");
    expect(error.details?.column).toBe(10);
    expectError(monthly({ a: { input: 1 }, profit: { formula: "median(a)" } }), "PARSE_ERROR", "unknown function \"median\"");
  });

  it("calls function nodes with their deps' values in the listed order", () => {
    const model = defineModel({
      start: "2025-01",
      periods: 2,
      nodes: {
        a: { input: [1, 2] },
        b: { input: [10, 30] },
        f: { deps: ["b", "a"], compute: (b, a) => b - 2 * a },
      },
    });
    expect(Array.from(runModel(model).series("f").values)).toEqual([8, 26]);
  });

  it("accepts a deeply frozen definition and copies input arrays, so later changes to them do not leak in", () => {
    const units = [100, 110, 120];
    const definition = {
      start: "2025-01",
      periods: 3,
      nodes: {
        units: { input: units },
        price: { input: 4.5 },
        revenue: { formula: "units * price" },
        stockLevel: { stock: { initial: 0, inflows: ["units"], outflows: [] } },
      },
    } as const;
    const deepFreeze = (value: unknown): void => {
      if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
        Object.freeze(value);
        for (const v of Object.values(value)) deepFreeze(v);
      }
    };
    const snapshot = JSON.stringify(definition);
    const copyOfUnits = [...units];
    deepFreeze(definition);
    const model = defineUnchecked(definition);
    expect(JSON.stringify(definition)).toBe(snapshot);

    const mutable = [1, 2, 3];
    const second = defineModel({ start: "2025-01", periods: 3, nodes: { m: { input: mutable } } });
    mutable[0] = 999;
    expect(Array.from(runModel(second).series("m").values)).toEqual([1, 2, 3]);
    expect(Array.from(runModel(model).series("revenue").values)).toEqual(copyOfUnits.map((u) => u * 4.5));
  });
});
