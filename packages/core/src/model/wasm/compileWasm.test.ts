import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isDpmError } from "../../errors/DpmError.js";
import { modelFromJson } from "../modelFromJson.js";
import { runVectorized } from "../runVectorized.js";

// The WebAssembly engine must agree bit for bit with the column engine (plain JS, the reference
// semantics of every operator) on arbitrary formulas, lags, stocks and per-period inputs.

const leaf = fc.oneof(
  fc.constantFrom("a", "b", "c", "u", "prev", "level"),
  fc.double({ min: -5, max: 5, noNaN: true, noDefaultInfinity: true }).map((x) => `(${x})`),
);
const { expr } = fc.letrec<{ expr: string }>((tie) => ({
  expr: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    leaf,
    fc.tuple(tie("expr"), fc.constantFrom("+", "-", "*", "/", "%", "^", "<", "<=", ">", ">=", "==", "!=", "&&", "||"), tie("expr")).map(([l, op, r]) => `(${l} ${op} ${r})`),
    fc.tuple(fc.constantFrom("-", "!"), tie("expr")).map(([op, x]) => `${op}(${x})`),
    fc.tuple(fc.constantFrom("abs", "sqrt", "exp", "log", "round", "floor", "ceil"), tie("expr")).map(([f, x]) => `${f}(${x})`),
    fc.tuple(fc.constantFrom("min", "max"), fc.array(tie("expr"), { minLength: 1, maxLength: 3 })).map(([f, xs]) => `${f}(${xs.join(", ")})`),
    fc.tuple(tie("expr"), tie("expr"), tie("expr")).map(([x, y, z]) => `if(${x}, ${y}, ${z})`),
    fc.tuple(tie("expr"), tie("expr"), tie("expr")).map(([x, y, z]) => `clamp(${x}, ${y}, ${z})`),
    fc.tuple(tie("expr"), tie("expr")).map(([x, y]) => `pow(${x}, ${y})`),
  ),
}));

function model(formula: string, periods: number, lag: number) {
  return modelFromJson({
    start: "2025-01",
    periods,
    nodes: {
      a: { input: 1 },
      b: { input: 2 },
      c: { input: [...Array(periods).keys()].map((t) => t / 2) },
      u: { input: 0.5 },
      prev: { lag: "out", periods: lag, initial: "b" },
      level: { stock: { initial: "a", inflows: ["flow"], outflows: ["u"] } },
      out: { formula },
      flow: { formula: "min(max(out, -10), 10)" },
    },
  });
}

function run(m: ReturnType<typeof model>, engine: "wasm" | "columns", inputs: Record<string, Float64Array | { perPeriod: Float64Array }>, count: number) {
  try {
    const r = runVectorized(m, { count, inputs, engine });
    return { values: ["out", "level", "prev", "flow"].map((n) => Array.from(r.values(n))) };
  } catch (error) {
    if (!isDpmError(error)) throw error;
    return { error: `${error.code}: ${error.message.replace(engine, "")}` };
  }
}

describe("compileWasm", () => {
  it("agrees bit for bit with the column engine on random formulas, lags and stocks", () => {
    fc.assert(
      fc.property(
        expr,
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 1, max: 3 }),
        fc.array(fc.double({ min: -3, max: 3, noNaN: true, noDefaultInfinity: true }), { minLength: 3 * 6 * 5, maxLength: 3 * 6 * 5 }),
        (formula, periods, lag, pool) => {
          const count = 5;
          const m = model(formula, periods, lag);
          const inputs = {
            a: Float64Array.from(pool.slice(0, count)),
            b: Float64Array.from(pool.slice(count, 2 * count)),
            c: { perPeriod: Float64Array.from(pool.slice(2 * count, 2 * count + periods * count)) },
          };
          const wasm = run(m, "wasm", inputs, count);
          const columns = run(m, "columns", inputs, count);
          expect(wasm.error).toBe(columns.error);
          if (columns.values !== undefined) {
            columns.values.forEach((col, k) => col.forEach((v, i) => expect(Object.is(v, wasm.values?.[k]?.[i]), `${formula} [${k}][${i}]`).toBe(true)));
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it("covers block and chunk edges: 10,000 vectors with a stock and a two-period lag", () => {
    const m = model("a * prev + c - level / 4", 7, 2);
    const count = 10_000;
    const a = Float64Array.from({ length: count }, (_, i) => 1 + (i % 97) / 1000);
    const c = { perPeriod: Float64Array.from({ length: count * 7 }, (_, k) => (k % 13) / 10) };
    const wasm = run(m, "wasm", { a, c }, count);
    const columns = run(m, "columns", { a, c }, count);
    expect(wasm.error).toBeUndefined();
    expect(wasm.values).toEqual(columns.values);
  });
});
