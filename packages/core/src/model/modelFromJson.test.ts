import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isDpmError, type DpmError, type DpmErrorCode } from "../errors/DpmError.js";
import { compareScenarios } from "./compareScenarios.js";
import { defineModel } from "./defineModel.js";
import type { Model } from "./Model.js";
import { modelFromJson } from "./modelFromJson.js";
import { runModel } from "./runModel.js";
import { runVectorized } from "./runVectorized.js";
import { GLOBAL_SENTINEL, PROTO_SENTINEL, withTraps } from "../../test/readTraps.ts";
import { catchDpm } from "../../test/catchDpm.js";

function expectError(json: unknown, code: DpmErrorCode, ...fragments: string[]): DpmError {
  const error = catchDpm(() => modelFromJson(json));
  expect(error.code, error.message).toBe(code);
  for (const fragment of fragments) expect(error.message).toContain(fragment);
  return error;
}

/** Element-wise Object.is equality, reporting the indices that differ. */
function expectSame(actual: ArrayLike<number>, expected: ArrayLike<number>, label = ""): void {
  expect(actual.length, label).toBe(expected.length);
  const diffs: string[] = [];
  for (let i = 0; i < expected.length; i++) if (!Object.is(actual[i], expected[i])) diffs.push(`[${i}] ${actual[i]} ≠ ${expected[i]}`);
  expect(diffs, label).toEqual([]);
}

const monthly = (nodes: unknown, periods = 2): unknown => ({ start: "2025-01", periods, nodes });

const HOSTILE_TOKENS = [
  "__proto__", "constructor", "prototype", "globalThis", "process", "this", "eval", "Function", "toString",
  "hasOwnProperty", "valueOf", "require", "import", "window", PROTO_SENTINEL, GLOBAL_SENTINEL,
  ".", "[", "]", "\"", "'", "`", "(", ")", ",", "{", "}", ";", "=", "=>", "?", ":", "\\",
  "+", "-", "*", "/", "%", "^", "<", "<=", ">", ">=", "==", "!=", "&&", "||", "!",
  "0", "1", "2.5", "1e3", "1e999", ".5", "a", "b", "orders", "min", "max", "if", "clamp", "sqrt", "log", "pow", "abs",
];
const hostileFormula = fc.array(fc.constantFrom(...HOSTILE_TOKENS), { maxLength: 25 }).chain((tokens) =>
  fc.array(fc.constantFrom("", " "), { minLength: tokens.length, maxLength: tokens.length }).map((gaps) => tokens.map((t, i) => t + gaps[i]).join("")),
);

/** A model around one untrusted formula, given as JSON text or as an object. */
function formulaModel(formula: string, asText: boolean): unknown {
  const definition = { start: "2025-01", periods: 2, nodes: { a: { input: [2, -1] }, b: { input: 0.5 }, orders: { input: 3 }, f: { formula } } };
  return asText ? JSON.stringify(definition) : definition;
}

/**
 * Compiles and runs an untrusted formula: every failure must be a DpmError; a model that compiles
 * runs to finite values or refuses with NON_FINITE, and runVectorized agrees with runModel.
 */
function compileAndRun(formula: string, asText: boolean): { error?: unknown; nonDpm?: unknown } {
  let model: Model;
  try {
    model = modelFromJson(formulaModel(formula, asText));
  } catch (error) {
    return isDpmError(error) ? { error } : { nonDpm: error };
  }
  let single: number[] | undefined;
  try {
    single = Array.from(runModel(model).series("f").values);
  } catch (error) {
    if (!isDpmError(error, "NON_FINITE")) return { nonDpm: error };
  }
  let vector: number[] | undefined;
  try {
    vector = Array.from(runVectorized(model, { count: 1, inputs: { b: [0.5] }, outputs: ["f"] }).values("f"));
  } catch (error) {
    if (!isDpmError(error, "NON_FINITE")) return { nonDpm: error };
  }
  if ((single === undefined) !== (vector === undefined) || (single !== undefined && !single.every((v, t) => Object.is(v, vector?.[t])))) {
    return { nonDpm: new Error(`runModel ${JSON.stringify(single)} and runVectorized ${JSON.stringify(vector)} disagree`) };
  }
  return {};
}

const definitionJson = `{
  "start": "2025-01", "periods": 2,
  "nodes": {
    "orders": { "input": [100, 120] },
    "aov": { "input": 25 },
    "revenue": { "formula": "orders * aov" }
  }
}`;

describe("modelFromJson", () => {
  it("builds a model from JSON text (the documented example)", () => {
    const model = modelFromJson(definitionJson);
    expect(runModel(model).value("revenue", 1)).toBe(3000);
    expect(model.nodeNames).toEqual(["orders", "aov", "revenue"]);
    expect(model.inputNames).toEqual(["orders", "aov"]);
  });

  it("accepts an already parsed object and the array form of nodes, with the same results", () => {
    const parsed = JSON.parse(definitionJson) as { nodes: Record<string, object> };
    const asArray = { ...parsed, nodes: Object.entries(parsed.nodes).map(([name, node]) => ({ name, ...node })) };
    const runs = [modelFromJson(definitionJson), modelFromJson(parsed), modelFromJson(asArray)].map((m) => runModel(m).rows());
    expect(runs[1]).toEqual(runs[0]);
    expect(runs[2]).toEqual(runs[0]);
    expect(runs[0]).toEqual([
      { period: "2025-01", orders: 100, aov: 25, revenue: 2500 },
      { period: "2025-02", orders: 120, aov: 25, revenue: 3000 },
    ]);
  });

  it("gives exactly what the same definition gives through defineModel (boutique with lag, stock and scenarios)", () => {
    const nodes = {
      previousTraffic: { input: 40_000 },
      growth: { input: [0.05, 0.04, 0.03, 0.02] },
      conversion: { input: 0.025 },
      aov: { input: 62 },
      lastTraffic: { lag: "traffic", initial: "previousTraffic" },
      traffic: { formula: "lastTraffic * (1 + growth)" },
      onlineSales: { formula: "traffic * conversion * aov" },
      cumulative: { stock: { initial: 0, inflows: ["onlineSales"] } },
    } as const;
    const typed = defineModel({ start: "2025-Q1", periods: 4, nodes });
    const fromJson = modelFromJson(JSON.stringify({ start: "2025-Q1", periods: 4, nodes }));
    for (const name of typed.nodeNames) expectSame(runModel(fromJson).series(name).values, runModel(typed).series(name).values, name);
    // by hand: 40,000 × 1.05 = 42,000 visits → 65,100; the stock starts at 0 and then holds 65,100
    expect(runModel(fromJson).value("onlineSales", 0)).toBeCloseTo(65_100, 6);
    expect(runModel(fromJson).value("cumulative", 1)).toBeCloseTo(65_100, 6);
  });

  it("rejects duplicate names in the array form with DUPLICATE_NODE", () => {
    const error = expectError(
      monthly([{ name: "a", input: 1 }, { name: "b", formula: "a * 2" }, { name: "a", input: 2 }]),
      "DUPLICATE_NODE",
      "node \"a\" is defined more than once",
      "unique name",
    );
    expect(error.path).toBe("nodes.a");
    expectError(monthly([{ name: "a", input: 1 }, { input: 2 }]), "INVALID_ARGUMENT", "nodes[1] must be an object with a string \"name\"");
    expectError(monthly([{ name: "a", input: 1 }, null]), "INVALID_ARGUMENT", "nodes[1] must be an object with a string \"name\"");
  });

  it("rejects malformed JSON with PARSE_ERROR, and JSON that is not an object with INVALID_ARGUMENT", () => {
    const error = expectError("{ \"start\": \"2025-01\", ", "PARSE_ERROR", "the text is not valid JSON");
    expect(error.cause).toBeInstanceOf(SyntaxError);
    for (const json of ["[]", "42", "null", "\"model\"", [], 42, null, undefined]) {
      expectError(json, "INVALID_ARGUMENT", "expected an object with start, periods and nodes");
    }
  });

  it("rejects function nodes, which JSON cannot carry", () => {
    expectError(monthly({ a: { input: 1 }, f: { deps: ["a"], compute: "a * 2" } }), "INVALID_ARGUMENT", "is a function node, which JSON cannot carry; write it as a formula string");
  });

  it("reports malformed formulas as PARSE_ERROR with the node's path and the column", () => {
    const error = expectError(monthly({ a: { input: 1 }, revenue: { formula: "a * * 2" } }), "PARSE_ERROR", "nodes.revenue.formula", "at column 5");
    expect(error.details?.column).toBe(5);
    expectError(monthly({ a: { input: 1 }, revenue: { formula: 42 } }), "PARSE_ERROR", "nodes.revenue.formula must be a string formula");
    expectError(monthly({ a: { input: 1 }, revenue: { formula: "a.constructor" } }), "PARSE_ERROR", "unexpected character \".\" at column 2");
    expectError(monthly({ a: { input: 1 }, revenue: { formula: "a[\"constructor\"]" } }), "PARSE_ERROR", "at column 2");
  });

  it("rejects the definition errors defineModel rejects, with the same codes", () => {
    expectError(monthly({}), "EMPTY", "the model has no nodes");
    expectError({ start: "2025-01", periods: 0, nodes: { a: { input: 1 } } }, "INVALID_ARGUMENT", "periods must be an integer between 1 and 100000, got 0");
    expectError(monthly({ "unit-cost": { input: 1 } }), "INVALID_ARGUMENT", "node name \"unit-cost\" is not an identifier");
    expectError("{ \"start\": \"2025-01\", \"periods\": 2, \"nodes\": { \"a\": { \"input\": 1e999 } } }", "NON_FINITE", "nodes.a.input is Infinity");
    expectError(monthly({ a: { input: [1, 2, 3] } }), "LENGTH_MISMATCH", "has 3 values but the model runs 2 periods");
    expectError(monthly({ orders: { input: 1 }, r: { formula: "ordres * 2" } }), "UNKNOWN_NODE", "did you mean \"orders\"?");
    expectError(monthly({ a: { input: 1 }, l: { lag: "nope" } }), "UNKNOWN_NODE", "nodes.l.lag refers to \"nope\"");
    expectError(monthly({ a: { input: 1 }, s: { stock: { initial: "a", outflows: ["sales"] } } }), "UNKNOWN_NODE", "nodes.s.stock.outflows[0] refers to \"sales\"");
    const cycle = expectError(monthly({ a: { formula: "b + 1" }, b: { formula: "c" }, c: { formula: "a / 2" } }), "CYCLE", "a → b → c → a");
    expect(cycle.details?.cycle).toEqual(["a", "b", "c", "a"]);
  });

  it("rejects an empty array of nodes like an empty object of nodes (EMPTY)", () => {
    expectError(monthly({}), "EMPTY", "no nodes");
    expectError(monthly([]), "EMPTY", "no nodes");
  });

  it("treats constructor, __proto__, toString, hasOwnProperty as unknown nodes (UNKNOWN_NODE, not a TypeError or a value)", () => {
    for (const name of ["constructor", "__proto__", "toString", "hasOwnProperty", "valueOf", "prototype", "isPrototypeOf"]) {
      const inFormula = expectError(monthly({ a: { input: 1 }, f: { formula: `a + ${name}` } }), "UNKNOWN_NODE", `"${name}", which the model does not define`);
      expect(inFormula.details?.name).toBe(name);
      expectError(monthly({ a: { input: 1 }, l: { lag: name } }), "UNKNOWN_NODE", `nodes.l.lag refers to "${name}"`);
      expectError(monthly({ a: { input: 1 }, s: { stock: { initial: name } } }), "UNKNOWN_NODE", "nodes.s.stock.initial");
      expectError(monthly({ a: { input: 1 }, s: { stock: { initial: 0, inflows: [name] } } }), "UNKNOWN_NODE", "nodes.s.stock.inflows[0]");
      const model = modelFromJson(monthly({ a: { input: 1 } }));
      expect(catchDpm(() => runModel(model, { overrides: { [name]: 1 } })).code).toBe("UNKNOWN_NODE");
      expect(catchDpm(() => runModel(model).series(name)).code).toBe("UNKNOWN_NODE");
      expect(catchDpm(() => runVectorized(model, { count: 1, inputs: { [name]: [1] } })).code).toBe("UNKNOWN_NODE");
      expect(catchDpm(() => runVectorized(model, { count: 1, inputs: {}, outputs: [name] })).code).toBe("UNKNOWN_NODE");
    }
  });

  it("runs a model that does define nodes named constructor, toString, hasOwnProperty and valueOf like any other", () => {
    const model = modelFromJson(
      monthly({
        constructor: { input: [2, 3] },
        toString: { formula: "constructor * 10" },
        hasOwnProperty: { lag: "toString", initial: "constructor" },
        valueOf: { stock: { initial: 1, inflows: ["toString"], outflows: ["hasOwnProperty"] } },
      }),
    );
    const run = runModel(model);
    expect(run.rows()).toEqual([
      { period: "2025-01", constructor: 2, toString: 20, hasOwnProperty: 2, valueOf: 1 },
      { period: "2025-02", constructor: 3, toString: 30, hasOwnProperty: 20, valueOf: 19 }, // 1 + 20 − 2
    ]);
    expect(runModel(model, { overrides: { constructor: 5 } }).value("toString", 1)).toBe(50);
    const vector = runVectorized(model, { count: 2, inputs: { constructor: [1, 4] } });
    expect(Array.from(vector.values("toString"))).toEqual([10, 40, 10, 40]);
    const cmp = compareScenarios(model, { base: {}, toString: { constructor: 7 } });
    expect(Array.from(cmp.difference("toString", "toString", "base").values)).toEqual([50, 40]);
  });

  it("treats a node named __proto__ (legal in JSON text) as a node: refused with a DpmError or reported like any other", () => {
    const text = "{ \"start\": \"2025\", \"periods\": 1, \"nodes\": { \"__proto__\": { \"input\": 3 }, \"double\": { \"formula\": \"__proto__ * 2\" } } }";
    let model: Model | undefined;
    try {
      model = modelFromJson(text);
    } catch (error) {
      expect(isDpmError(error), String(error)).toBe(true);
    }
    expect(({} as Record<string, unknown>).input).toBeUndefined(); // no prototype pollution either way
    if (model !== undefined) {
      const run = runModel(model);
      expect(run.value("double", 0)).toBe(6);
      const row = run.rows()[0] as Record<string, unknown>;
      expect(Object.getPrototypeOf(row)).toBe(Object.prototype);
      expect(Object.prototype.hasOwnProperty.call(row, "__proto__") && row["__proto__"]).toBe(3);
    }
  });

  it("property: any unicode string as a formula only ever fails with a DpmError", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: "binary", maxLength: 30 }), fc.string({ maxLength: 30 })), fc.boolean(), (formula, asText) => {
        const { nonDpm } = compileAndRun(formula, asText);
        expect(nonDpm).toBeUndefined();
      }),
      { numRuns: 300 },
    );
  });

  it("property: hostile token soup as a formula only fails with a DpmError and reads no prototype or global", () => {
    let compiled = 0;
    fc.assert(
      fc.property(hostileFormula, fc.boolean(), (formula, asText) => {
        let outcome: ReturnType<typeof compileAndRun> = {};
        const touched = withTraps({ proto: PROTO_SENTINEL, global: GLOBAL_SENTINEL }, () => {
          outcome = compileAndRun(formula, asText);
        });
        expect(outcome.nonDpm).toBeUndefined();
        expect(touched).toEqual([]);
        if (outcome.error === undefined) compiled++;
      }),
      { numRuns: 600 },
    );
    expect(compiled).toBeGreaterThan(0);
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, PROTO_SENTINEL)).toBe(false);
    expect(Object.prototype.hasOwnProperty.call(globalThis, GLOBAL_SENTINEL)).toBe(false);
  });

  it("property: formulas naming globals and prototype members are UNKNOWN_NODE and never read the sentinels", () => {
    const name = fc.constantFrom(PROTO_SENTINEL, GLOBAL_SENTINEL, "constructor", "__proto__", "toString", "globalThis", "process", "eval", "Function", "this");
    fc.assert(
      fc.property(name, fc.constantFrom("", "a + ", "min(", "if(a, 1, "), fc.boolean(), (ref, prefix, asText) => {
        const formula = prefix + ref + (prefix.endsWith("(") || prefix.endsWith(", ") ? ")" : "");
        let outcome: ReturnType<typeof compileAndRun> = {};
        const touched = withTraps({ proto: PROTO_SENTINEL, global: GLOBAL_SENTINEL }, () => {
          outcome = compileAndRun(formula, asText);
        });
        expect(touched).toEqual([]);
        expect(isDpmError(outcome.error, "UNKNOWN_NODE"), `${formula}: ${String(outcome.error ?? outcome.nonDpm)}`).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it("property: arbitrary JSON-like definitions only ever fail with a DpmError", () => {
    const anyNode = fc.oneof(
      fc.anything(),
      fc.record({ input: fc.anything() }),
      fc.record({ formula: fc.oneof(fc.string(), fc.anything()) }),
      fc.record({ lag: fc.anything(), periods: fc.anything(), initial: fc.anything() }, { requiredKeys: ["lag"] }),
      fc.record({ stock: fc.oneof(fc.anything(), fc.record({ initial: fc.anything(), inflows: fc.anything(), outflows: fc.anything() })) }),
    );
    const definition = fc.record(
      {
        start: fc.oneof(fc.anything(), fc.constantFrom("2025-01", "2025", "2025-Q1", "2025-W09", "2025-03-14")),
        periods: fc.oneof(fc.anything(), fc.integer({ min: -2, max: 5 })),
        nodes: fc.oneof(fc.anything(), fc.dictionary(fc.constantFrom("a", "b", "c", "constructor", "toString"), anyNode), fc.array(anyNode, { maxLength: 4 })),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(definition, (value) => {
        try {
          runModel(modelFromJson(value)).rows();
        } catch (error) {
          expect(isDpmError(error), String(error)).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});
