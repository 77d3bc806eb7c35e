import type { InputFeed } from "../evaluatePlan.js";
import type { Expr, ModelPlan, ValueSource } from "../plan.js";
import { getOwn } from "../../errors/ownProperty.js";
import { wasmApi } from "./wasmApi.js";
import { assembleModule, Code, F64, I32, Op, type FunctionImport } from "./WasmWriter.js";

/** Where the run's arrays sit in linear memory (byte offsets). @internal */
export interface WasmLayout {
  readonly bytes: number;
  /** Per varying input: its values (n, or n × T period-major). */
  readonly inputs: ReadonlyMap<number, number>;
  /** The uniform table `[node * T + t]`. */
  readonly uniform: number;
  /** Per recorded varying node: its `T × n` period-major results. */
  readonly outputs: ReadonlyMap<number, number>;
}

/** A compiled run: `run(first, end)` evaluates vectors [first, end) and returns Σ v·0. @internal */
export interface WasmProgram {
  readonly module: object;
  readonly layout: WasmLayout;
  readonly imports: readonly FunctionImport[];
}

/** Math functions wasm lacks, imported from JS so results stay bit-identical to the scalar path. */
const IMPORTS: readonly (FunctionImport & { readonly fn: (...x: number[]) => number })[] = [
  { name: "exp", params: 1, fn: Math.exp },
  { name: "log", params: 1, fn: Math.log },
  { name: "round", params: 1, fn: Math.round },
  { name: "pow", params: 2, fn: Math.pow },
  { name: "mod", params: 2, fn: (a: number, b: number) => a % b },
];
/** @internal */
export const IMPORT_FUNCTIONS: Readonly<Record<string, (...x: number[]) => number>> = /* @__PURE__ */ Object.fromEntries(IMPORTS.map((f) => [f.name, f.fn]));

const MAX_LAG_LOCALS = 64;
const MAX_BYTES = 2 ** 31 - 65536; // keep every address a positive i32

/**
 * Compiles one run configuration of a plan to a WebAssembly module whose inner loop computes
 * every varying node of one vector in locals, period after period — the loop a person would write
 * by hand for this model. Returns undefined for plans it does not handle (TypeScript function
 * nodes, very long lags, runs beyond 2 GiB), which then use the column engine.
 * @internal
 */
export function compileWasm(
  plan: ModelPlan,
  feeds: ReadonlyMap<number, InputFeed>,
  varying: readonly boolean[],
  record: readonly number[],
  n: number,
): WasmProgram | undefined {
  const { nodes, periods: T } = plan;
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i];
    if (!varying[i] || node === undefined) continue;
    if (node.kind === "function") return undefined;
    if (node.kind === "lag" && node.periods < T && node.periods > MAX_LAG_LOCALS) return undefined;
  }

  // Memory layout.
  let bytes = 0;
  const inputs = new Map<number, number>();
  for (const [i, feed] of feeds) {
    if (feed.kind === "uniform") continue;
    inputs.set(i, bytes);
    bytes += feed.values.length * 8;
  }
  const uniform = bytes;
  bytes += nodes.length * T * 8;
  const outputs = new Map<number, number>();
  for (const i of record) {
    if (!varying[i]) continue;
    outputs.set(i, bytes);
    bytes += T * n * 8;
  }
  if (bytes > MAX_BYTES) return undefined;

  // Locals: params first, end; then i, i8, t, t8, row8 (i32); then per-node f64 state.
  const P_FIRST = 0, P_END = 1, I = 2, I8 = 3, TT = 4, T8 = 5, ROW8 = 6;
  let nextLocal = 7;
  const value = new Int32Array(nodes.length).fill(-1);
  const next = new Int32Array(nodes.length).fill(-1); // stock level for the next period
  // Σ v·0 per node: one accumulator each, so the finite check adds no loop-carried dependency
  // chain through every node (a single shared accumulator halved throughput).
  const check = new Int32Array(nodes.length).fill(-1);
  const history = new Map<number, number>(); // lag node → first of k locals: source at t−1 … t−k
  nodes.forEach((node, i) => {
    if (!varying[i]) return;
    value[i] = nextLocal++;
    if (node.kind !== "input" && node.kind !== "lag") check[i] = nextLocal++;
    if (node.kind === "stock") next[i] = nextLocal++;
    if (node.kind === "lag" && node.periods < T) {
      history.set(i, nextLocal);
      nextLocal += node.periods;
    }
  });

  const code = new Code();
  const uniformAt = (node: number): void => void code.get(T8).load(uniform + node * T * 8);
  const read = (node: number): void => (varying[node] ? void code.get(value[node] as number) : uniformAt(node));
  const source = (s: ValueSource): void => ("node" in s ? read(s.node) : void code.f64c(s.value));
  const emit = (e: Expr): void => emitExpr(e, code, read);

  code.get(P_FIRST).set(I);
  code.block().loop();
  code.get(I).get(P_END).op(Op.i32GeS).op(Op.brIf).u32(1);
  code.get(I).i32(8).op(0x6c /* i32.mul */).set(I8);
  for (const [i, offset] of inputs) {
    if (feeds.get(i)?.kind === "vector") code.get(I8).load(offset).set(value[i] as number);
  }
  code.i32(0).set(TT).i32(0).set(T8).get(I8).set(ROW8);
  code.block().loop();
  code.get(TT).i32(T).op(Op.i32GeS).op(Op.brIf).u32(1);

  for (const i of plan.order) {
    const node = nodes[i];
    if (!varying[i] || node === undefined) continue;
    const v = value[i] as number;
    switch (node.kind) {
      case "input":
        if (feeds.get(i)?.kind === "vectorPeriod") code.get(ROW8).load(inputs.get(i) as number).set(v);
        break;
      case "formula":
        emit(node.expr);
        code.set(v);
        break;
      case "lag":
        if (node.periods < T) {
          code.get((history.get(i) as number) + node.periods - 1);
          source(node.initial);
          code.get(TT).i32(node.periods).op(Op.i32GeS).op(Op.select);
        } else {
          source(node.initial);
        }
        code.set(v);
        break;
      case "stock":
        source(node.initial);
        code.get(next[i] as number).get(TT).op(Op.i32Eqz).op(Op.select).set(v);
        break;
      case "function":
        return undefined;
    }
    const z = check[i] as number;
    if (z >= 0) code.get(z).get(v).f64c(0).op(Op.f64Mul).op(Op.f64Add).set(z);
    const out = outputs.get(i);
    if (out !== undefined) code.get(ROW8).get(v).store(out);
  }

  // End of period: stock levels for t + 1, lag histories shifted by one.
  nodes.forEach((node, i) => {
    if (!varying[i]) return;
    if (node.kind === "stock") {
      code.get(value[i] as number);
      for (const f of node.inflows) {
        read(f);
        code.op(Op.f64Add);
      }
      for (const f of node.outflows) {
        read(f);
        code.op(Op.f64Sub);
      }
      code.set(next[i] as number);
    }
    const h = history.get(i);
    if (h !== undefined && node.kind === "lag") {
      for (let j = node.periods - 1; j > 0; j--) code.get(h + j - 1).set(h + j);
      read(node.source);
      code.set(h);
    }
  });

  code.get(TT).i32(1).op(Op.i32Add).set(TT);
  code.get(T8).i32(8).op(Op.i32Add).set(T8);
  code.get(ROW8).i32(n * 8).op(Op.i32Add).set(ROW8);
  code.op(Op.br).u32(0).op(Op.end).op(Op.end);
  code.get(I).i32(1).op(Op.i32Add).set(I);
  code.op(Op.br).u32(0).op(Op.end).op(Op.end);
  code.f64c(0);
  for (const z of check) if (z >= 0) code.get(z).op(Op.f64Add);

  const bytesOut = assembleModule(IMPORTS, [
    { count: 5, type: I32 },
    { count: nextLocal - 7, type: F64 },
  ], code);
  const api = wasmApi();
  if (api === undefined) return undefined;
  return { module: new api.Module(bytesOut), layout: { bytes, inputs, uniform, outputs }, imports: IMPORTS };
}

const COMPARE: Readonly<Record<string, number>> = { "<": Op.f64Lt, "<=": Op.f64Le, ">": Op.f64Gt, ">=": Op.f64Ge, "==": Op.f64Eq, "!=": Op.f64Ne };
const ARITHMETIC: Readonly<Record<string, number>> = { "+": Op.f64Add, "-": Op.f64Sub, "*": Op.f64Mul, "/": Op.f64Div };
const NATIVE_UNARY: Readonly<Record<string, number>> = { abs: Op.f64Abs, sqrt: Op.f64Sqrt, floor: Op.f64Floor, ceil: Op.f64Ceil };
const IMPORT_INDEX: Readonly<Record<string, number>> = /* @__PURE__ */ Object.fromEntries(IMPORTS.map((f, k) => [f.name, k]));

/** Pushes an expression's value; every operation matches the JS scalar semantics bit for bit. */
function emitExpr(e: Expr, code: Code, read: (node: number) => void): void {
  const emit = (x: Expr): void => emitExpr(x, code, read);
  const truth = (x: Expr): void => {
    emit(x);
    code.f64c(0).op(Op.f64Ne);
  };
  switch (e.kind) {
    case "number":
      code.f64c(e.value);
      return;
    case "node":
      read(e.index);
      return;
    case "unary":
      emit(e.arg);
      if (e.op === "-") code.op(Op.f64Neg);
      else code.f64c(0).op(Op.f64Eq).op(Op.f64ConvertI32U);
      return;
    case "binary": {
      const op = e.op;
      if (op === "&&" || op === "||") {
        truth(e.left);
        truth(e.right);
        code.op(op === "&&" ? Op.i32And : Op.i32Or).op(Op.f64ConvertI32U);
        return;
      }
      emit(e.left);
      emit(e.right);
      const arithmetic = getOwn(ARITHMETIC, op);
      const compare = getOwn(COMPARE, op);
      if (arithmetic !== undefined) code.op(arithmetic);
      else if (compare !== undefined) code.op(compare).op(Op.f64ConvertI32U);
      else code.op(Op.call).u32(IMPORT_INDEX[op === "^" ? "pow" : "mod"] as number);
      return;
    }
    case "call": {
      const [a, b, c] = e.args;
      switch (e.fn) {
        case "if":
          emit(b as Expr);
          emit(c as Expr);
          truth(a as Expr);
          code.op(Op.select);
          return;
        case "clamp":
          emit(a as Expr);
          emit(b as Expr);
          code.op(Op.f64Max);
          emit(c as Expr);
          code.op(Op.f64Min);
          return;
        case "min":
        case "max":
          emit(a as Expr);
          for (const x of e.args.slice(1)) {
            emit(x);
            code.op(e.fn === "min" ? Op.f64Min : Op.f64Max);
          }
          return;
        default: {
          for (const x of e.args) emit(x);
          const native = getOwn(NATIVE_UNARY, e.fn);
          if (native !== undefined) code.op(native);
          else code.op(Op.call).u32(getOwn(IMPORT_INDEX, e.fn) as number);
        }
      }
    }
  }
}
