import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type DpmError } from "../errors/DpmError.js";
import { formatPeriod } from "../time/Period.js";
import { timeSeries } from "../time/TimeSeries.js";
import { defineModel } from "./defineModel.js";
import type { Model } from "./Model.js";
import { runModel } from "./runModel.js";
import { catchDpm } from "../../test/catchDpm.js";

/** defineModel without the compile-time reference check (for generated formulas and wrong definitions). */
const defineUnchecked = defineModel as unknown as (definition: unknown) => Model;

/** Element-wise Object.is equality, reporting the indices that differ. */
function expectSame(actual: ArrayLike<number>, expected: ArrayLike<number>, label = ""): void {
  expect(actual.length, label).toBe(expected.length);
  const diffs: string[] = [];
  for (let i = 0; i < expected.length; i++) if (!Object.is(actual[i], expected[i])) diffs.push(`[${i}] ${actual[i]} ≠ ${expected[i]}`);
  expect(diffs, label).toEqual([]);
}

// ---------------------------------------------------------------------------------------------
// Random formula trees, rendered to formula strings and evaluated directly with JS operators.

type BinOp = "+" | "-" | "*" | "/" | "%" | "^" | "<" | "<=" | ">" | ">=" | "==" | "!=" | "&&" | "||";
type Fn = "min" | "max" | "abs" | "sqrt" | "exp" | "log" | "pow" | "round" | "floor" | "ceil" | "clamp" | "if";
type Tree =
  | { readonly k: "num"; readonly v: number }
  | { readonly k: "ref"; readonly n: string }
  | { readonly k: "un"; readonly op: "-" | "!"; readonly a: Tree }
  | { readonly k: "bin"; readonly op: BinOp; readonly l: Tree; readonly r: Tree }
  | { readonly k: "call"; readonly fn: Fn; readonly args: readonly Tree[] };

const PRECEDENCE: Record<BinOp, number> = { "||": 1, "&&": 2, "==": 3, "!=": 3, "<": 4, "<=": 4, ">": 4, ">=": 4, "+": 5, "-": 5, "*": 6, "/": 6, "%": 6, "^": 8 };
const UNARY = 7;
const ATOM = 10;

function treeArbitrary(names: readonly string[]): fc.Arbitrary<Tree> {
  const num = fc
    .oneof(fc.integer({ min: 0, max: 12 }), fc.double({ min: -100, max: 100, noNaN: true }), fc.constantFrom(0, -0, 0.5, 2, 1e-3))
    .map((v): Tree => ({ k: "num", v }));
  const ref = fc.constantFrom(...names).map((n): Tree => ({ k: "ref", n }));
  return fc.letrec<{ tree: Tree }>((tie) => {
    const t = tie("tree");
    return {
      tree: fc.oneof(
        { maxDepth: 4, depthSize: "small", withCrossShrink: true },
        num,
        ref,
        fc.tuple(fc.constantFrom("-" as const, "!" as const), t).map(([op, a]): Tree => ({ k: "un", op, a })),
        {
          weight: 4,
          arbitrary: fc.tuple(fc.constantFrom(...(Object.keys(PRECEDENCE) as BinOp[])), t, t).map(([op, l, r]): Tree => ({ k: "bin", op, l, r })),
        },
        fc.tuple(fc.constantFrom("min" as const, "max" as const), fc.array(t, { minLength: 1, maxLength: 4 })).map(([fn, args]): Tree => ({ k: "call", fn, args })),
        fc.tuple(fc.constantFrom<Fn>("abs", "sqrt", "exp", "log", "round", "floor", "ceil"), t).map(([fn, a]): Tree => ({ k: "call", fn, args: [a] })),
        fc.tuple(t, t).map(([a, b]): Tree => ({ k: "call", fn: "pow", args: [a, b] })),
        fc.tuple(fc.constantFrom<Fn>("clamp", "if"), t, t, t).map(([fn, a, b, c]): Tree => ({ k: "call", fn, args: [a, b, c] })),
      ),
    };
  }).tree;
}

function renderNumber(v: number): string {
  return v < 0 || Object.is(v, -0) ? `(-${String(-v)})` : String(v);
}

/** Every operation in parentheses: tests the semantics independently of precedence. */
function renderFull(t: Tree): string {
  switch (t.k) {
    case "num":
      return renderNumber(t.v);
    case "ref":
      return t.n;
    case "un":
      return `(${t.op}${renderFull(t.a)})`;
    case "bin":
      return `(${renderFull(t.l)} ${t.op} ${renderFull(t.r)})`;
    case "call":
      return `${t.fn}(${t.args.map(renderFull).join(", ")})`;
  }
}

function precedenceOf(t: Tree): number {
  return t.k === "bin" ? PRECEDENCE[t.op] : t.k === "un" ? UNARY : ATOM;
}

/** As few parentheses as the documented precedence and associativity allow. */
function renderMinimal(t: Tree): string {
  const wrap = (s: string, yes: boolean): string => (yes ? `(${s})` : s);
  switch (t.k) {
    case "num":
      return renderNumber(t.v);
    case "ref":
      return t.n;
    case "un":
      return `${t.op} ${wrap(renderMinimal(t.a), precedenceOf(t.a) < UNARY)}`;
    case "bin": {
      const p = PRECEDENCE[t.op];
      const right = t.op === "^";
      const l = wrap(renderMinimal(t.l), right ? precedenceOf(t.l) <= p : precedenceOf(t.l) < p);
      // a unary minus/not may follow any binary operator without parentheses (`a ^ -b`, `a * !b`)
      const r = wrap(renderMinimal(t.r), t.r.k === "un" ? false : right ? precedenceOf(t.r) < p : precedenceOf(t.r) <= p);
      return `${l} ${t.op} ${r}`;
    }
    case "call":
      return `${t.fn}(${t.args.map(renderMinimal).join(", ")})`;
  }
}

/** The reference: the tree evaluated with JavaScript's own operators and Math functions. */
function evaluate(t: Tree, env: Readonly<Record<string, number>>): number {
  switch (t.k) {
    case "num":
      return t.v;
    case "ref":
      return env[t.n] as number;
    case "un": {
      const a = evaluate(t.a, env);
      return t.op === "-" ? -a : a === 0 ? 1 : 0;
    }
    case "bin": {
      const a = evaluate(t.l, env);
      const b = evaluate(t.r, env);
      switch (t.op) {
        case "+": return a + b;
        case "-": return a - b;
        case "*": return a * b;
        case "/": return a / b;
        case "%": return a % b;
        case "^": return a ** b;
        case "<": return a < b ? 1 : 0;
        case "<=": return a <= b ? 1 : 0;
        case ">": return a > b ? 1 : 0;
        case ">=": return a >= b ? 1 : 0;
        case "==": return a === b ? 1 : 0;
        case "!=": return a !== b ? 1 : 0;
        case "&&": return a !== 0 && b !== 0 ? 1 : 0;
        case "||": return a !== 0 || b !== 0 ? 1 : 0;
      }
      break;
    }
    case "call": {
      const a = t.args.map((x) => evaluate(x, env));
      const [x = 0, y = 0, z = 0] = a;
      switch (t.fn) {
        case "min": return Math.min(...a);
        case "max": return Math.max(...a);
        case "abs": return Math.abs(x);
        case "sqrt": return Math.sqrt(x);
        case "exp": return Math.exp(x);
        case "log": return Math.log(x);
        case "pow": return x ** y;
        case "round": return Math.round(x);
        case "floor": return Math.floor(x);
        case "ceil": return Math.ceil(x);
        case "clamp": return Math.min(Math.max(x, y), z);
        case "if": return x !== 0 ? y : z;
      }
    }
  }
  throw new Error("unreachable");
}

const finiteDouble = fc.double({ min: -1e3, max: 1e3, noNaN: true });

const shop = defineModel({
  start: "2025-01",
  periods: 3,
  nodes: {
    units: { input: [100, 110, 120] },
    price: { input: 4.5 },
    revenue: { formula: "units * price" },
    lastRevenue: { lag: "revenue" },
  },
});

describe("runModel", () => {
  it("computes formulas per period (the documented shop example)", () => {
    const run = runModel(shop);
    expect(Array.from(run.series("revenue").values)).toEqual([100 * 4.5, 110 * 4.5, 120 * 4.5]);
    expect(runModel(shop, { overrides: { price: 5 } }).value("revenue", "2025-02")).toBe(550);
  });

  it("grows a stock with inflow r·stock exactly like the closed form P(1+r)^t (P = 1000, r = 5 %, 12 periods)", () => {
    const model = defineModel({
      start: "2025-01",
      periods: 12,
      nodes: {
        rate: { input: 0.05 },
        balance: { stock: { initial: 1000, inflows: ["interest"] } },
        interest: { formula: "balance * rate" },
      },
    });
    const balance = runModel(model).series("balance").values;
    expect(balance.length).toBe(12);
    for (let t = 0; t < 12; t++) expect(balance[t]).toBeCloseTo(1000 * 1.05 ** t, 9);
    expect(balance[0]).toBe(1000); // the level at the start of the first period is the initial value
    expect(balance[1]).toBeCloseTo(1050, 12);
    expect(balance[11]).toBeCloseTo(1710.339358, 6); // 1000 × 1.05^11
  });

  it("property: a compounding stock equals P(1+r)^t within rounding, for any P, r and horizon", () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 1e6, noNaN: true }), fc.double({ min: -0.5, max: 0.5, noNaN: true }), fc.integer({ min: 1, max: 60 }), (P, r, periods) => {
        const model = defineUnchecked({
          start: "2025-01",
          periods,
          nodes: { balance: { stock: { initial: P, inflows: ["interest"] } }, interest: { formula: "balance * rate" }, rate: { input: r } },
        });
        const balance = runModel(model).series("balance").values;
        for (let t = 0; t < periods; t++) {
          const closedForm = P * (1 + r) ** t;
          expect(Math.abs((balance[t] as number) - closedForm)).toBeLessThanOrEqual(1e-12 * Math.abs(closedForm));
        }
      }),
      { numRuns: 200 },
    );
  });

  it("projects the boutique's traffic and online sales by hand for three quarters", () => {
    const boutique = defineModel({
      start: "2025-Q1",
      periods: 3,
      nodes: {
        previousTraffic: { input: 40_000, unit: "visits" },
        growth: { input: 0.05 },
        conversion: { input: 0.025 },
        aov: { input: 62, unit: "EUR" },
        lastTraffic: { lag: "traffic", initial: "previousTraffic" },
        traffic: { formula: "lastTraffic * (1 + growth)", unit: "visits" },
        onlineSales: { formula: "traffic * conversion * aov", unit: "EUR" },
      },
    });
    const run = runModel(boutique);
    // Q1: 40,000 × 1.05 = 42,000 visits → 42,000 × 0.025 × 62 = 65,100
    // Q2: 42,000 × 1.05 = 44,100 visits → 44,100 × 0.025 × 62 = 68,355
    // Q3: 44,100 × 1.05 = 46,305 visits → 46,305 × 0.025 × 62 = 71,772.75
    const traffic = [42_000, 44_100, 46_305];
    const sales = [65_100, 68_355, 71_772.75];
    const lastTraffic = [40_000, 42_000, 44_100];
    for (let t = 0; t < 3; t++) {
      expect(run.value("traffic", t)).toBeCloseTo(traffic[t] as number, 6);
      expect(run.value("onlineSales", t)).toBeCloseTo(sales[t] as number, 6);
      expect(run.value("lastTraffic", t)).toBeCloseTo(lastTraffic[t] as number, 6);
    }
    expect(run.periodLabels).toEqual(["2025-Q1", "2025-Q2", "2025-Q3"]);
    // a what-if: 10 % growth → Q1 44,000 visits × 0.025 × 62 = 68,200
    expect(runModel(boutique, { overrides: { growth: 0.1 } }).value("onlineSales", "2025-Q1")).toBeCloseTo(68_200, 6);
  });

  it("lags by k periods with a numeric or a node initial value", () => {
    const model = defineModel({
      start: "2025-01",
      periods: 6,
      nodes: {
        x: { input: [1, 2, 3, 4, 5, 6] },
        base: { input: [10, 20, 30, 40, 50, 60] },
        y: { formula: "x * 10" },
        lag1: { lag: "x" },
        lag2: { lag: "x", periods: 2, initial: 7 },
        lag2node: { lag: "x", periods: 2, initial: "base" },
        lag3: { lag: "x", periods: 3, initial: -1 },
        lagAll: { lag: "x", periods: 6, initial: "base" },
        lagOfLag: { lag: "lag1" },
        lagOfFormula: { lag: "y", initial: "y" },
      },
    });
    const run = runModel(model);
    const values = (name: Parameters<typeof run.series>[0]): number[] => Array.from(run.series(name).values);
    expect(values("lag1")).toEqual([0, 1, 2, 3, 4, 5]); // default: one period back, initial 0
    expect(values("lag2")).toEqual([7, 7, 1, 2, 3, 4]);
    expect(values("lag2node")).toEqual([10, 20, 1, 2, 3, 4]); // the node's value in the same period
    expect(values("lag3")).toEqual([-1, -1, -1, 1, 2, 3]);
    expect(values("lagAll")).toEqual([10, 20, 30, 40, 50, 60]); // never enough history
    expect(values("lagOfLag")).toEqual([0, 0, 1, 2, 3, 4]);
    expect(values("lagOfFormula")).toEqual([10, 10, 20, 30, 40, 50]);
  });

  it("accumulates stocks with several inflows, outflows and an initial value from a node", () => {
    const model = defineModel({
      start: "2025-01",
      periods: 4,
      nodes: {
        opening: { input: [100, 999, 999, 999] },
        purchases: { input: [10, 20, 30, 40] },
        returns: { input: [1, 2, 3, 4] },
        sales: { input: [5, 5, 50, 5] },
        waste: { input: [0, 1, 0, 1] },
        inventory: { stock: { initial: "opening", inflows: ["purchases", "returns"], outflows: ["sales", "waste"] } },
        burn: { input: 20 },
        cash: { stock: { initial: 50, outflows: ["burn"] } },
        fixed: { stock: { initial: 3 } },
      },
    });
    const run = runModel(model);
    // by hand: 100; 100 + 10 + 1 − 5 − 0 = 106; 106 + 20 + 2 − 5 − 1 = 122; 122 + 30 + 3 − 50 − 0 = 105
    // (the initial node is only read in the first period: the later 999s never show)
    expect(Array.from(run.series("inventory").values)).toEqual([100, 106, 122, 105]);
    expect(Array.from(run.series("cash").values)).toEqual([50, 30, 10, -10]);
    expect(Array.from(run.series("fixed").values)).toEqual([3, 3, 3, 3]);
  });

  it("lets flows read their own stock (customers churning a quarter of the base each period)", () => {
    const model = defineModel({
      start: "2025-01",
      periods: 4,
      nodes: {
        customers: { stock: { initial: 1000, inflows: ["acquired"], outflows: ["churned"] } },
        acquired: { input: 100 },
        churned: { formula: "customers * 0.25" },
      },
    });
    // by hand: 1000; 1000 + 100 − 250 = 850; 850 + 100 − 212.5 = 737.5; 737.5 + 100 − 184.375 = 653.125
    const run = runModel(model);
    expect(Array.from(run.series("customers").values)).toEqual([1000, 850, 737.5, 653.125]);
    expect(Array.from(run.series("churned").values)).toEqual([250, 212.5, 184.375, 163.28125]);
  });

  it("evaluates the formula language like JavaScript arithmetic (precedence, logic as 1/0, functions)", () => {
    const x = 3;
    const y = -2;
    const cases: [string, number][] = [
      ["2 + 3 * 4", 2 + 3 * 4],
      ["(2+3)*4", (2 + 3) * 4],
      ["-2^2", -(2 ** 2)],
      ["2^3^2", 2 ** (3 ** 2)],
      ["(2^3)^2", (2 ** 3) ** 2],
      ["-x^2", -(x ** 2)],
      ["(-x)^2", (-x) ** 2],
      ["x^-1", x ** -1],
      ["10 - 4 - 3", 10 - 4 - 3],
      ["8 / 4 / 2", 8 / 4 / 2],
      ["2 * -3", 2 * -3],
      ["x / 4", x / 4],
      ["7 % 3", 7 % 3],
      ["-7 % 3", -7 % 3],
      ["7.5 % 2", 7.5 % 2],
      ["3 < 4", 1],
      ["4 < 3", 0],
      ["3 <= 3", 1],
      ["3 > 3", 0],
      ["3 >= 3", 1],
      ["x == 3", 1],
      ["x != 3", 0],
      ["1 + 2 < 4", 1],
      ["1 < 2 == 1", 1],
      ["1 && 0", 0],
      ["2 && y", 1],
      ["0 || 0", 0],
      ["0 || 5", 1],
      ["!0", 1],
      ["!7", 0],
      ["!x == 0", 1],
      ["0 || 1 && 0", 0],
      ["if(x > 2, 10, 20)", 10],
      ["if(0, 10, 20)", 20],
      ["if(x - 3, 1, 2)", 2],
      ["min(3, 1, 2)", Math.min(3, 1, 2)],
      ["max(3, 1, 2, 7)", Math.max(3, 1, 2, 7)],
      ["min(x)", x],
      ["max(-1, y)", Math.max(-1, y)],
      ["clamp(5, 0, 3)", 3],
      ["clamp(-1, 0, 3)", 0],
      ["clamp(2, 0, 3)", 2],
      ["abs(y)", Math.abs(y)],
      ["sqrt(16)", 4],
      ["sqrt(2)", Math.sqrt(2)],
      ["exp(1)", Math.exp(1)],
      ["log(10)", Math.log(10)],
      ["pow(2, 10)", 1024],
      ["pow(x, 0.5)", x ** 0.5],
      ["round(2.5)", Math.round(2.5)],
      ["round(-2.5)", Math.round(-2.5)], // JavaScript's Math.round: halves go up (−2)
      ["round(2.4)", 2],
      ["floor(-1.5)", -2],
      ["ceil(1.2)", 2],
      ["ceil(-1.2)", -1],
      ["1e-3 * 1000", 1e-3 * 1000],
    ];
    const nodes: Record<string, unknown> = { x: { input: x }, y: { input: y } };
    cases.forEach(([formula], i) => (nodes[`f${i}`] = { formula }));
    const run = runModel(defineUnchecked({ start: "2025", periods: 1, nodes }));
    cases.forEach(([formula, expected], i) => expect(run.value(`f${i}`, 0), formula).toBe(expected));
  });

  it("property: random formulas agree exactly with the same expression evaluated in JavaScript", () => {
    const names = ["x", "y", "z"] as const;
    fc.assert(
      fc.property(treeArbitrary(names), finiteDouble, finiteDouble, fc.integer({ min: -5, max: 5 }), (tree, x, y, z) => {
        const env = { x, y, z };
        const expected = evaluate(tree, env);
        const full = renderFull(tree);
        const minimal = renderMinimal(tree);
        const model = defineUnchecked({
          start: "2025-01",
          periods: 1,
          nodes: { x: { input: 0 }, y: { input: 0 }, z: { input: 0 }, full: { formula: full }, minimal: { formula: minimal } },
        });
        const label = `${minimal}   with ${JSON.stringify(env)}`;
        if (Number.isFinite(expected)) {
          const run = runModel(model, { overrides: env });
          expect(Object.is(run.value("full", 0), expected), `${full} = ${run.value("full", 0)}, JS ${expected}`).toBe(true);
          expect(Object.is(run.value("minimal", 0), expected), `${label} = ${run.value("minimal", 0)}, JS ${expected}`).toBe(true);
        } else {
          // never a silent NaN or ±Infinity: the run refuses with NON_FINITE
          const error = catchDpm(() => runModel(model, { overrides: env }));
          expect(error.code, label).toBe("NON_FINITE");
        }
      }),
      { numRuns: 600 },
    );
  });

  it("throws NON_FINITE naming the node and the period label when a formula divides by zero", () => {
    const model = defineModel({ start: "2025-01", periods: 3, nodes: { orders: { input: [4, 0, 2] }, revenue: { input: 100 }, aov: { formula: "revenue / orders" } } });
    const error = catchDpm(() => runModel(model));
    expect(error.code).toBe("NON_FINITE");
    expect(error.message).toContain("node \"aov\" is Infinity in 2025-02");
    expect(error.message).toContain("division by zero");
    expect(error.path).toBe("nodes.aov");
    expect(error.details).toMatchObject({ node: "aov", period: "2025-02" });
    // the same model runs once the zero is overridden away
    expect(runModel(model, { overrides: { orders: [4, 5, 2] } }).value("aov", 1)).toBe(20);
  });

  it("throws NON_FINITE for log of zero, square roots of negatives, overflow and function nodes returning NaN", () => {
    const one = (nodes: Record<string, unknown>): Model => defineUnchecked({ start: "2025-Q1", periods: 2, nodes: { a: { input: [2, 1] }, ...nodes } });
    const cases: [Record<string, unknown>, string][] = [
      [{ bad: { formula: "log(a - 1)" } }, "node \"bad\" is -Infinity in 2025-Q2"],
      [{ bad: { formula: "sqrt(1.5 - a)" } }, "node \"bad\" is NaN in 2025-Q1"],
      [{ bad: { formula: "a * 1e308 * 10" } }, "node \"bad\" is Infinity in 2025-Q1"],
      [{ bad: { formula: "0 * (1 / (a - 1))" } }, "node \"bad\" is NaN in 2025-Q2"],
      [{ bad: { deps: ["a"], compute: (a: number) => (a < 2 ? Number.NaN : a) } }, "node \"bad\" is NaN in 2025-Q2"],
      [{ big: { formula: "a * 1e307" }, bad: { stock: { initial: 1.7e308, inflows: ["big"] } } }, "node \"bad\" is Infinity in 2025-Q2"],
    ];
    for (const [nodes, fragment] of cases) {
      const error = catchDpm(() => runModel(one(nodes)));
      expect(error.code, fragment).toBe("NON_FINITE");
      expect(error.message).toContain(fragment);
    }
  });

  it("overrides inputs with a constant, one value per period, or a series on the model's axis", () => {
    expect(Array.from(runModel(shop, { overrides: { units: 10 } }).series("revenue").values)).toEqual([45, 45, 45]);
    expect(Array.from(runModel(shop, { overrides: { units: [1, 2, 3], price: 2 } }).series("revenue").values)).toEqual([2, 4, 6]);
    const units = timeSeries("2024-12", [9, 8, 7, 6, 5]);
    expect(Array.from(runModel(shop, { overrides: { units } }).series("units").values)).toEqual([8, 7, 6]);
    expect(Array.from(runModel(shop, { overrides: { units: undefined } }).series("units").values)).toEqual([100, 110, 120]);
    // overrides flow through lags too
    expect(Array.from(runModel(shop, { overrides: { price: 1 } }).series("lastRevenue").values)).toEqual([0, 100, 110]);
  });

  it("rejects bad overrides with the right code and a message that says what to fix", () => {
    const bad = (overrides: unknown): DpmError => catchDpm(() => runModel(shop, { overrides: overrides as never }));
    const cases: [unknown, string, string, string][] = [
      [{ price: Number.NaN }, "NON_FINITE", "overrides.price is NaN", "finite"],
      [{ price: Infinity }, "NON_FINITE", "overrides.price is Infinity", "finite"],
      [{ units: [1, -Infinity, 3] }, "NON_FINITE", "overrides.units[1] is -Infinity", "finite"],
      [{ prize: 3 }, "UNKNOWN_NODE", "overrides.prize names \"prize\", which the model does not define", "nodes: units, price, revenue, lastRevenue"],
      [{ revenue: 3 }, "INVALID_ARGUMENT", "\"revenue\", which is a formula node", "only inputs can be set (units, price)"],
      [{ lastRevenue: 3 }, "INVALID_ARGUMENT", "which is a lag node", "only inputs can be set"],
      [{ units: [1, 2] }, "LENGTH_MISMATCH", "overrides.units has 2 values but the model runs 3 periods", "one value per period"],
      [{ units: timeSeries("2025-Q1", [1, 2, 3]) }, "FREQUENCY_MISMATCH", "overrides.units is a quarter series", "resample"],
      [{ units: timeSeries("2025-02", [1, 2, 3]) }, "LENGTH_MISMATCH", "covers 2025-02…2025-04", "needs 2025-01…2025-03"],
      [{ units: "12" }, "INVALID_ARGUMENT", "overrides.units must be a number", "TimeSeries"],
      [[1, 2], "INVALID_ARGUMENT", "overrides must be an object", "input names"],
      [5, "INVALID_ARGUMENT", "overrides must be an object", "input names"],
    ];
    for (const [overrides, code, ...fragments] of cases) {
      const error = bad(overrides);
      expect(error.code, error.message).toBe(code);
      for (const fragment of fragments) expect(error.message).toContain(fragment);
    }
  });

  it("rejects anything that is not a compiled model", () => {
    const error = catchDpm(() => runModel({ start: shop.start, periods: 3 } as never));
    expect(error.code).toBe("INVALID_ARGUMENT");
    expect(error.message).toContain("expected a model made by defineModel or modelFromJson");
  });

  it("returns series, values by index or period, and rows with every node", () => {
    const run = runModel(shop);
    const revenue = run.series("revenue");
    expect(revenue.name).toBe("revenue");
    expect(revenue.freq).toBe("month");
    expect(formatPeriod(revenue.start)).toBe("2025-01");
    expect(revenue.length).toBe(3);
    expect(run.value("units", 2)).toBe(120);
    expect(run.value("units", "2025-03")).toBe(120);
    expect(run.value("units", { freq: "month", ordinal: shop.start.ordinal + 1 })).toBe(110);
    expect(run.periodLabels).toEqual(["2025-01", "2025-02", "2025-03"]);
    expect(run.rows()).toEqual([
      { period: "2025-01", units: 100, price: 4.5, revenue: 450, lastRevenue: 0 },
      { period: "2025-02", units: 110, price: 4.5, revenue: 495, lastRevenue: 450 },
      { period: "2025-03", units: 120, price: 4.5, revenue: 540, lastRevenue: 495 },
    ]);
  });

  it("rejects unknown node names and periods outside the model", () => {
    const run = runModel(shop);
    const unknown = catchDpm(() => run.series("revenu" as never));
    expect(unknown.code).toBe("UNKNOWN_NODE");
    expect(unknown.message).toContain("\"revenu\", which the model does not define");
    expect(catchDpm(() => run.value("zz" as never, 0)).code).toBe("UNKNOWN_NODE");
    for (const p of [-1, 3, 1.5, "2024-12", "2025-04"]) {
      const error = catchDpm(() => run.value("units", p));
      expect(error.code).toBe("INVALID_ARGUMENT");
      expect(error.message).toContain("outside the model's 2025-01…2025-03");
    }
    expect(catchDpm(() => run.value("units", "2025-Q1")).code).toBe("FREQUENCY_MISMATCH");
  });

  it("is deterministic, hands out copies, and never mutates the caller's overrides", () => {
    const units = Object.freeze([7, 8, 9]);
    const first = runModel(shop, { overrides: { units } });
    const second = runModel(shop, { overrides: { units } });
    expect(units).toEqual([7, 8, 9]);
    for (const name of shop.nodeNames) expectSame(first.series(name).values, second.series(name).values, name);
    const taken = first.series("revenue").values as Float64Array;
    taken[0] = -1;
    expect(first.value("revenue", 0)).toBe(31.5);
    expect(first.series("revenue").values[0]).toBe(31.5);
    expect(Object.isFrozen(first.series("revenue"))).toBe(true);
  });
});
