import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isDpmError, type DpmError } from "../errors/DpmError.js";
import { timeSeries } from "../time/TimeSeries.js";
import { defineModel } from "./defineModel.js";
import type { InputValue, Model } from "./Model.js";
import { runModel } from "./runModel.js";
import { runVectorized, type RunVectorizedOptions, type VectorInput } from "./runVectorized.js";
import { catchDpm } from "../../test/catchDpm.js";

/** defineModel without the compile-time reference check (for generated formulas and wrong definitions). */
const defineUnchecked = defineModel as unknown as (definition: unknown) => Model;

/** Element-wise Object.is equality, reporting the first indices that differ. */
function expectSame(actual: ArrayLike<number>, expected: ArrayLike<number>, label = ""): void {
  expect(actual.length, label).toBe(expected.length);
  const diffs: string[] = [];
  for (let i = 0; i < expected.length && diffs.length < 5; i++) if (!Object.is(actual[i], expected[i])) diffs.push(`[${i}] ${actual[i]} ≠ ${expected[i]}`);
  expect(diffs, label).toEqual([]);
}

/** A small deterministic generator (mulberry32) for large input vectors. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const small = (max: number): fc.Arbitrary<number> => fc.double({ min: -max, max, noNaN: true });

type Outcome = { ok: true; values: Map<string, Float64Array> } | { ok: false; error: unknown };

/**
 * The reference: runModel once per vector with that vector's inputs as overrides, laid out like
 * runVectorized's results (period-major, `[t * count + i]`).
 */
function perVectorReference(
  model: Model,
  count: number,
  perVector: (i: number) => Record<string, InputValue>,
  names: readonly string[],
): { values: Map<string, Float64Array>; failures: Map<number, DpmError> } {
  const T = model.periods;
  const values = new Map(names.map((n) => [n, new Float64Array(count * T)]));
  const failures = new Map<number, DpmError>();
  for (let i = 0; i < count; i++) {
    let run;
    try {
      run = runModel(model, { overrides: perVector(i) });
    } catch (error) {
      if (!isDpmError(error)) throw error;
      failures.set(i, error);
      continue;
    }
    for (const name of names) {
      const series = run.series(name).values;
      const out = values.get(name) as Float64Array;
      for (let t = 0; t < T; t++) out[t * count + i] = series[t] as number;
    }
  }
  return { values, failures };
}

function vectorized(model: Model, options: RunVectorizedOptions<string, string>, names: readonly string[]): Outcome {
  try {
    const run = runVectorized(model, options);
    return { ok: true, values: new Map(names.map((n) => [n, Float64Array.from(run.values(n))])) };
  } catch (error) {
    return { ok: false, error };
  }
}

/**
 * runVectorized must equal runModel per vector bit for bit; when some vector's run produces a
 * NaN/±Infinity, runVectorized must refuse with NON_FINITE naming a vector that really fails.
 */
function expectAgreesWithRunModel(
  model: Model,
  count: number,
  inputs: Record<string, VectorInput>,
  overrides: Record<string, InputValue>,
  perVector: (i: number) => Record<string, InputValue>,
): "ok" | "non-finite" {
  const names = model.nodeNames;
  const reference = perVectorReference(model, count, (i) => ({ ...overrides, ...perVector(i) }), names);
  const outcome = vectorized(model, { count, inputs, overrides }, names);
  if (reference.failures.size > 0) {
    expect(outcome.ok, "runVectorized should refuse what runModel refuses").toBe(false);
    const error = (outcome as { error: unknown }).error;
    expect(isDpmError(error, "NON_FINITE"), String(error)).toBe(true);
    const vector = (error as DpmError).details?.vector;
    if (typeof vector === "string") {
      const i = Number(/vector (\d+)/.exec(vector)?.[1]);
      expect(reference.failures.has(i), `${vector} is reported but its own run succeeds`).toBe(true);
    }
    return "non-finite";
  }
  if (!outcome.ok) throw outcome.error;
  for (const name of names) expectSame(outcome.values.get(name) as Float64Array, reference.values.get(name) as Float64Array, name);
  return "ok";
}

// ---------------------------------------------------------------------------------------------
// Random formulas (over vector, per-period and uniform inputs, a lag of the formula itself and a
// stock it feeds), rendered fully parenthesised.

const FUNCTIONS_1 = ["abs", "sqrt", "exp", "log", "round", "floor", "ceil"] as const;
const OPERATORS = ["+", "-", "*", "/", "%", "^", "<", "<=", ">", ">=", "==", "!=", "&&", "||"] as const;

function formulaArbitrary(names: readonly string[]): fc.Arbitrary<string> {
  const leaf = fc.oneof(
    fc.constantFrom(...names),
    fc.integer({ min: 0, max: 9 }).map(String),
    fc.double({ min: -10, max: 10, noNaN: true }).map((v) => (v < 0 || Object.is(v, -0) ? `(-${-v})` : String(v))),
  );
  return fc.letrec<{ f: string }>((tie) => {
    const f = tie("f");
    return {
      f: fc.oneof(
        { maxDepth: 4, depthSize: "small" },
        leaf,
        { weight: 3, arbitrary: fc.tuple(f, fc.constantFrom(...OPERATORS), f).map(([a, op, b]) => `(${a} ${op} ${b})`) },
        fc.tuple(fc.constantFrom("-", "!"), f).map(([op, a]) => `(${op}${a})`),
        fc.tuple(fc.constantFrom(...FUNCTIONS_1), f).map(([fn, a]) => `${fn}(${a})`),
        fc.tuple(fc.constantFrom("min", "max"), fc.array(f, { minLength: 1, maxLength: 3 })).map(([fn, args]) => `${fn}(${args.join(", ")})`),
        fc.tuple(f, f).map(([a, b]) => `pow(${a}, ${b})`),
        fc.tuple(fc.constantFrom("clamp", "if"), f, f, f).map(([fn, a, b, c]) => `${fn}(${a}, ${b}, ${c})`),
      ),
    };
  }).f;
}

/**
 * A model with every node kind: `a` varies per vector, `b` per vector and period, `c` is the same
 * for every vector. `f` is a random formula that may read its own lag and the stock it feeds.
 * Stocks have one or several inflows and outflows. A TypeScript function node is optional: an
 * evaluator may handle models with and without one differently (WebAssembly cannot call it).
 */
function richModel(periods: number, formula: string, lagPeriods: number, withFunctionNode = false): Model {
  const functionNode = { fn: { deps: ["a", "g"], compute: (a: number, g: number) => a * 0.25 - g } };
  return defineUnchecked({
    start: "2025-01",
    periods,
    nodes: {
      a: { input: 1 },
      b: { input: 0 },
      c: { input: 2 },
      f: { formula },
      lf: { lag: "f", periods: lagPeriods, initial: "a" },
      l2: { lag: "b", periods: 2, initial: 1.5 },
      s: { stock: { initial: "c", inflows: ["f"], outflows: ["l2"] } },
      s2: { stock: { initial: "a", inflows: ["h", "b", "lf"], outflows: ["onlyC", "l2"] } },
      g: { formula: "s * 0.5 + l2 - lf" },
      h: { formula: "if(a > b, max(a, 0), min(b, c)) + clamp(c, -1, 1) * 2 - max(0, b) + min(c, a) * 3" },
      onlyC: { formula: "c * 3 - 1" },
      ...(withFunctionNode ? functionNode : {}),
    },
  });
}

describe("runVectorized", () => {
  it("runs many input vectors at once (the documented example)", () => {
    const model = defineModel({ start: "2025-01", periods: 2, nodes: { units: { input: 100 }, price: { input: 10 }, revenue: { formula: "units * price" } } });
    const run = runVectorized(model, { count: 3, inputs: { price: [9, 10, 11] }, outputs: ["revenue"] });
    expect(run.count).toBe(3);
    expect(run.periods).toBe(2);
    expect(Array.from(run.column("revenue", 1))).toEqual([900, 1000, 1100]);
    expect(Array.from(run.values("revenue"))).toEqual([900, 1000, 1100, 900, 1000, 1100]);
  });

  it("lays per-period inputs and results out period-major: vector i in period t at [t * count + i]", () => {
    const model = defineModel({ start: "2025-01", periods: 3, nodes: { x: { input: 0 }, twice: { formula: "x * 2" }, prev: { lag: "x", initial: -1 } } });
    // vector 0: 1, 2, 3 — vector 1: 10, 20, 30
    const run = runVectorized(model, { count: 2, inputs: { x: { perPeriod: [1, 10, 2, 20, 3, 30] } } });
    expect(Array.from(run.values("twice"))).toEqual([2, 20, 4, 40, 6, 60]);
    expect(Array.from(run.values("prev"))).toEqual([-1, -1, 1, 10, 2, 20]);
    for (let t = 0; t < 3; t++) expect(Array.from(run.column("twice", t))).toEqual(Array.from(run.values("twice").subarray(t * 2, t * 2 + 2)));
  });

  it("property: equals runModel run once per vector (Object.is), with vector, per-period and uniform inputs, lags and stocks", () => {
    let agreed = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }).chain((periods) =>
          fc.record({
            periods: fc.constant(periods),
            count: fc.integer({ min: 1, max: 24 }),
            formula: formulaArbitrary(["a", "b", "c", "lf", "s"]),
            lagPeriods: fc.integer({ min: 1, max: 3 }),
            withFunctionNode: fc.boolean(),
            c: fc.oneof(fc.constant(undefined), small(5), fc.array(small(5), { minLength: periods, maxLength: periods })),
            seed: fc.integer(),
          }),
        ),
        ({ periods, count, formula, lagPeriods, withFunctionNode, c, seed }) => {
          const model = richModel(periods, formula, lagPeriods, withFunctionNode);
          const random = seeded(seed);
          const a = Float64Array.from({ length: count }, () => Math.round((random() * 20 - 10) * 64) / 64);
          const b = Array.from({ length: count * periods }, () => random() * 20 - 10);
          const overrides: Record<string, InputValue> = c === undefined ? {} : { c };
          const result = expectAgreesWithRunModel(model, count, { a, b: { perPeriod: b } }, overrides, (i) => ({
            a: a[i] as number,
            b: Array.from({ length: periods }, (_, t) => b[t * count + i] as number),
          }));
          if (result === "ok") agreed++;
        },
      ),
      { numRuns: 150 },
    );
    expect(agreed).toBeGreaterThan(50); // most cases are finite: the comparison is not vacuous
  });

  it("equals runModel per vector across block edges (count 2500, not a multiple of 1024), with and without a function node", () => {
    const periods = 5;
    const count = 2500;
    for (const withFunctionNode of [false, true]) {
      const model = richModel(periods, "if(lf > 3, a * b - c, sqrt(abs(b)) + lf / 2) + s * 0.01 - (b % 3) ^ 2", 2, withFunctionNode);
      const random = seeded(2500);
      const a = Float64Array.from({ length: count }, () => 1 + random() * 4);
      const b = Float64Array.from({ length: count * periods }, () => random() * 10 - 5);
      const result = expectAgreesWithRunModel(model, count, { a, b: { perPeriod: b } }, { c: [1, 2, 3, 4, 5] }, (i) => ({
        a: a[i] as number,
        b: Array.from({ length: periods }, (_, t) => b[t * count + i] as number),
      }));
      expect(result).toBe("ok");
    }
  });

  it("property: block edges for counts around multiples of 1024 and 4096", () => {
    fc.assert(
      fc.property(fc.constantFrom(1023, 1024, 1025, 2049, 4095, 4097), fc.integer(), fc.boolean(), (count, seed, withFunctionNode) => {
        const model = richModel(3, "a * b + lf - s / 4", 1, withFunctionNode);
        const random = seeded(seed);
        const a = Array.from({ length: count }, () => random() * 8 - 4);
        const b = Array.from({ length: count * 3 }, () => random() * 8 - 4);
        expect(
          expectAgreesWithRunModel(model, count, { a, b: { perPeriod: b } }, {}, (i) => ({ a: a[i] as number, b: [0, 1, 2].map((t) => b[t * count + i] as number) })),
        ).toBe("ok");
      }),
      { numRuns: 4 },
    );
  });

  it("gives every vector the model's own values when no input varies", () => {
    const model = richModel(4, "a + b * c + lf", 1);
    const run = runVectorized(model, { count: 3, inputs: {} });
    const single = runModel(model);
    for (const name of model.nodeNames) {
      const expected = Array.from(single.series(name).values).flatMap((v) => [v, v, v]);
      expectSame(run.values(name), expected, name);
    }
  });

  it("keeps only the requested outputs", () => {
    const model = richModel(2, "a * 2", 1);
    const run = runVectorized(model, { count: 2, inputs: { a: [1, 2] }, outputs: ["g", "f", "f"] });
    expect(Array.from(run.values("f"))).toEqual([2, 4, 2, 4]);
    const error = catchDpm(() => run.values("s"));
    expect(error.code).toBe("INVALID_ARGUMENT");
    expect(error.message).toContain("node \"s\" was not among the outputs kept; add it to options.outputs");
  });

  it("throws NON_FINITE naming the node, the period label and the vector index — also in a later block", () => {
    const model = defineModel({ start: "2025-01", periods: 3, nodes: { orders: { input: 1 }, revenue: { input: 100 }, aov: { formula: "revenue / orders" } } });
    const count = 2500;
    const orders = Float64Array.from({ length: count }, (_, i) => (i === 2100 ? 0 : 1 + (i % 7)));
    const error = catchDpm(() => runVectorized(model, { count, inputs: { orders } }));
    expect(error.code).toBe("NON_FINITE");
    expect(error.message).toContain("node \"aov\" is Infinity in 2025-01 for vector 2100");
    expect(error.details).toMatchObject({ node: "aov", period: "2025-01", vector: "vector 2100" });

    const perPeriod = [1, 1, 1, 1, 1, 2, 2, 0, 2]; // vector 1 hits zero orders in the third period
    const later = catchDpm(() => runVectorized(model, { count: 3, inputs: { orders: { perPeriod } } }));
    expect(later.code).toBe("NON_FINITE");
    expect(later.message).toContain("node \"aov\" is Infinity in 2025-03 for vector 1");
  });

  it("rejects NaN/Infinity in vector inputs, per-period inputs and overrides with NON_FINITE and the index", () => {
    const model = defineModel({ start: "2025-01", periods: 3, nodes: { a: { input: 1 }, b: { input: 2 }, sum: { formula: "a + b" } } });
    const cases: [() => unknown, string][] = [
      [() => runVectorized(model, { count: 2, inputs: { a: [1, Number.NaN] } }), "inputs.a[1] is NaN"],
      [() => runVectorized(model, { count: 2, inputs: { a: Float64Array.of(Infinity, 1) } }), "inputs.a[0] is Infinity"],
      [() => runVectorized(model, { count: 2, inputs: { a: { perPeriod: [1, 2, 3, -Infinity, 5, 6] } } }), "inputs.a.perPeriod[3] is -Infinity"],
      [() => runVectorized(model, { count: 2, inputs: { a: [1, 2] }, overrides: { b: Number.NaN } }), "overrides.b is NaN"],
      [() => runVectorized(model, { count: 2, inputs: { a: [1, 2] }, overrides: { b: [1, Infinity, 3] } }), "overrides.b[1] is Infinity"],
    ];
    for (const [run, fragment] of cases) {
      const error = catchDpm(run);
      expect(error.code, error.message).toBe("NON_FINITE");
      expect(error.message).toContain(fragment);
      expect(error.message).toMatch(/finite/);
    }
  });

  it("rejects inputs of the wrong length with LENGTH_MISMATCH saying the expected layout", () => {
    const model = defineModel({ start: "2025-01", periods: 3, nodes: { a: { input: 1 }, b: { input: 2 }, sum: { formula: "a + b" } } });
    const vector = catchDpm(() => runVectorized(model, { count: 2, inputs: { a: [1, 2, 3] } }));
    expect(vector.code).toBe("LENGTH_MISMATCH");
    expect(vector.message).toContain("inputs.a has 3 values; expected 2 (one per vector, count 2)");
    const perPeriod = catchDpm(() => runVectorized(model, { count: 2, inputs: { a: { perPeriod: [1, 2, 3] } } }));
    expect(perPeriod.code).toBe("LENGTH_MISMATCH");
    expect(perPeriod.message).toContain("expected 6 (count 2 × 3 periods, period-major)");
    const override = catchDpm(() => runVectorized(model, { count: 2, inputs: { a: [1, 2] }, overrides: { b: [1, 2] } }));
    expect(override.code).toBe("LENGTH_MISMATCH");
    expect(override.message).toContain("overrides.b has 2 values but the model runs 3 periods");
    expect(catchDpm(() => runVectorized(model, { count: 2, inputs: { a: [] } })).code).toBe("EMPTY");
  });

  it("rejects unknown names, non-input names, bad outputs, bad counts and series of another frequency", () => {
    const model = defineModel({ start: "2025-01", periods: 3, nodes: { a: { input: 1 }, b: { input: 2 }, sum: { formula: "a + b" } } });
    const run = (options: unknown): DpmError => catchDpm(() => runVectorized(model, options as never));
    const cases: [unknown, string, string][] = [
      [{ count: 2, inputs: { z: [1, 2] } }, "UNKNOWN_NODE", "inputs.z names \"z\", which the model does not define; nodes: a, b, sum"],
      [{ count: 2, inputs: { sum: [1, 2] } }, "INVALID_ARGUMENT", "\"sum\", which is a formula node; only inputs can be set (a, b)"],
      [{ count: 2, inputs: {}, overrides: { zz: 1 } }, "UNKNOWN_NODE", "overrides.zz names \"zz\""],
      [{ count: 2, inputs: {}, overrides: { sum: 1 } }, "INVALID_ARGUMENT", "only inputs can be set"],
      [{ count: 2, inputs: {}, overrides: { a: timeSeries("2025", [1, 2, 3]) } }, "FREQUENCY_MISMATCH", "overrides.a is a year series"],
      [{ count: 2, inputs: { a: [1, 2] }, outputs: ["sum", "total"] }, "UNKNOWN_NODE", "outputs[1] names \"total\""],
      [{ count: 2, inputs: { a: [1, 2] }, outputs: [] }, "INVALID_ARGUMENT", "outputs must be a non-empty array of node names"],
      [{ count: 0, inputs: {} }, "INVALID_ARGUMENT", "count must be an integer ≥ 1, got 0"],
      [{ count: 1.5, inputs: {} }, "INVALID_ARGUMENT", "count must be an integer ≥ 1"],
      [{ count: Number.NaN, inputs: {} }, "INVALID_ARGUMENT", "count must be an integer ≥ 1"],
      [{ count: 2 }, "INVALID_ARGUMENT", "inputs must be an object mapping input names to per-vector values"],
      [{ count: 2, inputs: { a: "12" } }, "INVALID_ARGUMENT", "inputs.a must be an array of numbers"],
      [null, "INVALID_ARGUMENT", "options must be an object with count and inputs"],
    ];
    for (const [options, code, fragment] of cases) {
      const error = run(options);
      expect(error.code, error.message).toBe(code);
      expect(error.message).toContain(fragment);
    }
    expect(catchDpm(() => runVectorized({} as never, { count: 1, inputs: {} })).message).toContain("expected a model made by defineModel or modelFromJson");
    const ok = runVectorized(model, { count: 2, inputs: { a: [1, 2] } });
    expect(catchDpm(() => ok.column("sum", 3)).code).toBe("INVALID_ARGUMENT");
    expect(catchDpm(() => ok.values("nope" as never)).code).toBe("UNKNOWN_NODE");
  });

  it("is deterministic and never mutates or aliases the caller's arrays", () => {
    const model = richModel(4, "a * b - lf + s / 10", 2);
    const count = 1500;
    const random = seeded(7);
    const a = Float64Array.from({ length: count }, () => random() * 4);
    const b = Object.freeze(Array.from({ length: count * 4 }, () => random() * 4 - 2));
    const c = Object.freeze([1, 2, 3, 4]);
    const aCopy = Float64Array.from(a);
    const bCopy = [...b];
    const options = { count, inputs: { a, b: { perPeriod: b } }, overrides: { c } };
    const first = runVectorized(model, options);
    const firstValues = new Map(model.nodeNames.map((n) => [n, Float64Array.from(first.values(n))]));
    const second = runVectorized(model, options);
    for (const name of model.nodeNames) expectSame(second.values(name), firstValues.get(name) as Float64Array, name);
    expectSame(a, aCopy, "a");
    expect(b).toEqual(bCopy);
    expect(c).toEqual([1, 2, 3, 4]);
    a.fill(99); // the results do not alias the caller's input
    expectSame(first.values("a"), firstValues.get("a") as Float64Array, "a after the caller reuses its array");
  });

  it("accumulates stocks with several inflows and outflows per vector, by hand and bit for bit like runModel", () => {
    const model = defineModel({
      start: "2025-01",
      periods: 4,
      nodes: {
        opening: { input: 100 },
        purchases: { input: 10 },
        returns: { input: [1, 2, 3, 4] },
        sales: { input: 5 },
        waste: { input: 0.5 },
        level: { stock: { initial: "opening", inflows: ["purchases", "returns"], outflows: ["sales", "waste"] } },
      },
    });
    // vector 0: opening 100, purchases 10 → 100; 100 + 10 + 1 − 5 − 0.5 = 105.5; 105.5 + 10 + 2 − 5.5 = 112; 112 + 10 + 3 − 5.5 = 119.5
    // vector 1: opening 50, purchases 20 → 50; 50 + 20 + 1 − 5.5 = 65.5; 65.5 + 22 − 5.5 = 82; 82 + 23 − 5.5 = 99.5
    const run = runVectorized(model, { count: 2, inputs: { opening: [100, 50], purchases: [10, 20] } });
    expect(Array.from(run.values("level"))).toEqual([100, 50, 105.5, 65.5, 112, 82, 119.5, 99.5]);

    // With 0.1, 0.2, 0.3 the order of the additions shows in the last bits: every engine must agree.
    const fractions = defineModel({
      start: "2025-01",
      periods: 4,
      nodes: {
        opening: { input: 0.1 },
        in1: { input: 0.2 },
        in2: { input: 0.3 },
        out1: { input: 0.7 },
        out2: { input: 0.1 },
        level: { stock: { initial: "opening", inflows: ["in1", "in2"], outflows: ["out1", "out2"] } },
        onlyOut: { stock: { initial: "opening", outflows: ["out2", "in1"] } },
      },
    });
    const vectors = [0.1, -0, 0.3];
    const result = expectAgreesWithRunModel(fractions, 3, { opening: vectors, in2: { perPeriod: Array.from({ length: 12 }, (_, k) => 0.1 * k) } }, {}, (i) => ({
      opening: vectors[i] as number,
      in2: [0, 1, 2, 3].map((t) => 0.1 * (t * 3 + i)),
    }));
    expect(result).toBe("ok");
  });
});

describe("runVectorized into", () => {
  const model = defineModel({
    start: "2025-01",
    periods: 3,
    nodes: { units: { input: 100 }, price: { input: 10 }, revenue: { formula: "units * price" }, cash: { stock: { initial: 0, inflows: ["revenue"] } } },
  });

  it("writes results into caller buffers, equal to the allocating run, for both engines", () => {
    for (const engine of ["wasm", "columns"] as const) {
      const price = Float64Array.from([9, 10, 11, 12]);
      const revenue = new Float64Array(12).fill(-1);
      const run = runVectorized(model, { count: 4, inputs: { price }, outputs: ["cash"], into: { revenue }, engine });
      expect(run.values("revenue")).toBe(revenue);
      // hand-computed: revenue = 100 × price in every month; cash is the running total before the month
      expect(Array.from(revenue)).toEqual([900, 1000, 1100, 1200, 900, 1000, 1100, 1200, 900, 1000, 1100, 1200]);
      expect(Array.from(run.column("cash", 2))).toEqual([1800, 2000, 2200, 2400]);
    }
  });

  it("rejects a buffer of the wrong length or one shared with an input", () => {
    const price = Float64Array.from([9, 10]);
    expect(() => runVectorized(model, { count: 2, inputs: { price }, into: { revenue: new Float64Array(5) } })).toThrow(
      expect.objectContaining({ code: "LENGTH_MISMATCH", message: expect.stringContaining("count × periods = 6") }),
    );
    const shared = new Float64Array(8);
    expect(() => runVectorized(model, { count: 2, inputs: { price: shared.subarray(0, 2) }, into: { revenue: shared.subarray(2, 8) } })).toThrow(
      expect.objectContaining({ code: "INVALID_ARGUMENT" }),
    );
  });
});
