import { DpmError } from "../errors/DpmError.js";
import { formatPeriod } from "../time/Period.js";
import { FORMULA_FUNCTIONS } from "./formulaFunctions.js";
import * as k from "./kernels.js";
import { BINARY_OPERATORS, NEGATE, NOT } from "./operators.js";
import { allDeps, type Expr, type ModelPlan, type PlanNode, type ValueSource } from "./plan.js";
import { runWasm } from "./wasm/runWasm.js";

/**
 * How one input is fed in a run. `uniform`: the same per-period values for every vector;
 * `vector`: one value per vector held over all periods; `vectorPeriod`: one value per vector and
 * period, laid out period-major (`values[t * count + i]`).
 * @internal
 */
export type InputFeed =
  | { readonly kind: "uniform"; readonly values: Float64Array }
  | { readonly kind: "vector"; readonly values: Float64Array }
  | { readonly kind: "vectorPeriod"; readonly values: Float64Array };

/** @internal */
export interface RunRequest {
  readonly count: number;
  readonly feeds: ReadonlyMap<number, InputFeed>;
  readonly record: readonly number[];
  /** Names the vector in error messages ("vector 12", "scenario best"). */
  readonly describeVector: (i: number) => string;
  readonly fn: string;
  /**
   * `"wasm"` (the default) compiles the varying part of the model to WebAssembly when it can;
   * `"columns"` always uses the column engine. Both give bit-identical results.
   */
  readonly engine?: "wasm" | "columns";
  /** Caller-owned result buffers (length periods × count) to write instead of allocating. */
  readonly into?: ReadonlyMap<number, Float64Array>;
}

/** Period-major results (`values[t * count + i]`) of the recorded nodes. @internal */
export type RunValues = Map<number, Float64Array>;

/** Vectors evaluated together: large enough to amortise dispatch, small enough to stay in cache. */
const BLOCK = 1024;

/**
 * Evaluates a plan for `count` input vectors. Nodes whose value cannot differ between vectors
 * (they read no per-vector input) are computed once per period as scalars; the rest run column by
 * column over blocks of vectors with allocation-free kernels on one scratch buffer.
 * @internal
 */
export function evaluatePlan(plan: ModelPlan, request: RunRequest): RunValues {
  const { nodes, periods: T } = plan;
  const { count: n, feeds } = request;
  const varying = classifyVarying(plan, feeds);
  const uniform = evaluateUniform(plan, feeds, varying, request);

  // One array per recorded node (not one big buffer): allocations this size are recycled by the
  // allocator between runs, where a single huge buffer would be fresh pages — and page faults —
  // every time.
  const out: RunValues = new Map();
  for (const i of request.record) {
    const values = request.into?.get(i) ?? new Float64Array(T * n);
    if (!varying[i]) for (let t = 0; t < T; t++) values.fill(uniform[i * T + t] as number, t * n, (t + 1) * n);
    out.set(i, values);
  }
  if (!varying.includes(true)) return out;
  // A non-finite value seen by WebAssembly falls through to the column engine, which names it.
  if (request.engine !== "columns" && runWasm(plan, feeds, varying, uniform, n, out) === "done") return out;

  const B = Math.min(BLOCK, n);
  const layout = columnLayout(plan, feeds, varying, B);
  const memory = new Float64Array(layout.size);
  const ctx: StepContext = { plan, layout, memory, uniform, feeds, varying, B, n };
  const steps = nodes.map((node, i) => (varying[i] ? compileStep(node, i, ctx) : null));
  const varyingOrder = plan.order.filter((i) => varying[i]);
  const recorded = varyingOrder.filter((i) => out.has(i)).map((i) => ({ node: i, values: out.get(i) as Float64Array }));

  for (let first = 0; first < n; first += B) {
    const nb = Math.min(B, n - first);
    for (let t = 0; t < T; t++) {
      for (const i of varyingOrder) {
        // A step returns Σ v·0 over the column it wrote: anything but 0 means a NaN or ±Infinity.
        if ((steps[i] as Step)(t, nb, first) !== 0) {
          const at = layout.addr(i, t);
          let bad = 0;
          while (bad < nb && Number.isFinite(memory[at + bad] as number)) bad++;
          throw nonFinite(plan, i, t, memory[at + bad] as number, request.describeVector(first + bad), request.fn);
        }
      }
      for (const { node, values } of recorded) {
        const at = layout.addr(node, t);
        values.set(memory.subarray(at, at + nb), t * n + first);
      }
    }
  }
  return out;
}

/** A node varies between vectors when it reads, in any period, an input fed per vector. */
function classifyVarying(plan: ModelPlan, feeds: ReadonlyMap<number, InputFeed>): boolean[] {
  const varying = plan.nodes.map((_, i) => {
    const feed = feeds.get(i);
    return feed !== undefined && feed.kind !== "uniform";
  });
  const deps = plan.nodes.map(allDeps);
  for (let changed = true; changed; ) {
    changed = false;
    deps.forEach((list, i) => {
      if (!varying[i] && list.some((d) => varying[d])) changed = varying[i] = true;
    });
  }
  return varying;
}

/** Scalar values (node-major: `[node * T + t]`) of every node that does not vary. */
function evaluateUniform(plan: ModelPlan, feeds: ReadonlyMap<number, InputFeed>, varying: readonly boolean[], request: RunRequest): Float64Array {
  const { nodes, periods: T } = plan;
  const u = new Float64Array(nodes.length * T);
  const read = (i: number, t: number): number => u[i * T + t] as number;
  const source = (s: ValueSource, t: number): number => ("node" in s ? read(s.node, t) : s.value);
  for (let t = 0; t < T; t++) {
    for (const i of plan.order) {
      if (varying[i]) continue;
      const node = nodes[i] as PlanNode;
      let v: number;
      switch (node.kind) {
        case "input":
          v = ((feeds.get(i)?.values ?? node.base)[t]) as number;
          break;
        case "formula":
          v = scalarExpr(node.expr, t, read);
          break;
        case "function":
          v = node.compute(...node.deps.map((d) => read(d, t)));
          break;
        case "lag":
          v = t >= node.periods ? read(node.source, t - node.periods) : source(node.initial, t);
          break;
        case "stock":
          v = t === 0 ? source(node.initial, 0) : stockLevel(node, i, t, read);
          break;
      }
      if (!Number.isFinite(v)) throw nonFinite(plan, i, t, v, undefined, request.fn);
      u[i * T + t] = v;
    }
  }
  return u;
}

/** Level at t: the previous level plus inflows minus outflows, added one by one in the same order as every engine. */
function stockLevel(node: Extract<PlanNode, { kind: "stock" }>, i: number, t: number, read: (i: number, t: number) => number): number {
  let v = read(i, t - 1);
  for (const f of node.inflows) v += read(f, t - 1);
  for (const f of node.outflows) v -= read(f, t - 1);
  return v;
}

function scalarExpr(expr: Expr, t: number, read: (i: number, t: number) => number): number {
  switch (expr.kind) {
    case "number":
      return expr.value;
    case "node":
      return read(expr.index, t);
    case "unary":
      return (expr.op === "-" ? NEGATE : NOT)(scalarExpr(expr.arg, t, read));
    case "binary":
      return (BINARY_OPERATORS.get(expr.op) as (a: number, b: number) => number)(scalarExpr(expr.left, t, read), scalarExpr(expr.right, t, read));
    case "call": {
      if (expr.fn === "if") {
        const [c, a, b] = expr.args as [Expr, Expr, Expr];
        return scalarExpr(c, t, read) !== 0 ? scalarExpr(a, t, read) : scalarExpr(b, t, read);
      }
      const fn = FORMULA_FUNCTIONS.get(expr.fn);
      return (fn as NonNullable<typeof fn>).apply(expr.args.map((a) => scalarExpr(a, t, read)));
    }
  }
}

function nonFinite(plan: ModelPlan, i: number, t: number, value: number, vector: string | undefined, fn: string): DpmError {
  const node = plan.nodes[i] as PlanNode;
  const where = formatPeriod({ freq: plan.start.freq, ordinal: plan.start.ordinal + t });
  const why = node.kind === "formula" ? " (a division by zero, log of a non-positive number or an overflow)" : "";
  return new DpmError(
    "NON_FINITE",
    `${fn}: node "${node.name}" is ${String(value)} in ${where}${vector === undefined ? "" : ` for ${vector}`}${why}; check its ${node.kind} and the inputs it reads.`,
    { path: `nodes.${node.name}`, details: { node: node.name, period: where, value, vector } },
  );
}

/**
 * Where each varying node's columns live in the scratch buffer: a ring of `depth` columns of B
 * values — as many periods back as anything reads the node — or one column when it is constant
 * over time; temporaries follow.
 */
interface ColumnLayout {
  readonly size: number;
  readonly tempBase: number;
  addr(node: number, t: number): number;
}

function columnLayout(plan: ModelPlan, feeds: ReadonlyMap<number, InputFeed>, varying: readonly boolean[], B: number): ColumnLayout {
  const { nodes, periods: T } = plan;
  const back = new Int32Array(nodes.length); // how many periods back a node is read
  nodes.forEach((node, i) => {
    if (node.kind === "lag" && node.periods < T) back[node.source] = Math.max(back[node.source] as number, node.periods);
    if (node.kind === "stock") for (const f of [i, ...node.inflows, ...node.outflows]) back[f] = Math.max(back[f] as number, 1);
  });
  const base = new Int32Array(nodes.length);
  const depth = new Int32Array(nodes.length);
  let size = 0;
  nodes.forEach((_, i) => {
    if (!varying[i]) return;
    depth[i] = feeds.get(i)?.kind === "vector" ? 1 : (back[i] as number) + 1;
    base[i] = size;
    size += (depth[i] as number) * B;
  });
  const temps = Math.max(0, ...nodes.map((node) => (node.kind === "formula" ? tempCount(node.expr) : 1)));
  return {
    size: size + temps * B,
    tempBase: size,
    addr: (node, t) => (base[node] as number) + (t % (depth[node] as number)) * B,
  };
}

/** An upper bound on the temporary columns a formula needs. */
function tempCount(expr: Expr): number {
  switch (expr.kind) {
    case "number":
    case "node":
      return 1;
    case "unary":
      return 1 + tempCount(expr.arg);
    case "binary":
      return 1 + tempCount(expr.left) + tempCount(expr.right);
    case "call":
      return 1 + expr.args.reduce((s, a) => s + tempCount(a), 0);
  }
}

/** Computes one node (or one operation) for period t over vectors [first, first + nb); returns Σ v·0. */
type Step = (t: number, nb: number, first: number) => number;

interface StepContext {
  readonly plan: ModelPlan;
  readonly layout: ColumnLayout;
  readonly memory: Float64Array;
  readonly uniform: Float64Array;
  readonly feeds: ReadonlyMap<number, InputFeed>;
  readonly varying: readonly boolean[];
  readonly B: number;
  readonly n: number;
}

/** An operand: a column (its address) or a scalar (its value), for period t and block `first`. */
type Arg = { readonly column: boolean; readonly at: (t: number, first: number) => number };

function compileStep(node: PlanNode, i: number, ctx: StepContext): Step {
  const { memory: m, layout, uniform: u, n } = ctx;
  const T = ctx.plan.periods;
  const self = (t: number, first: number): number => layout.addr(i, t);
  const arg = (j: number, shift = 0): Arg =>
    ctx.varying[j] === true
      ? { column: true, at: (t, first) => layout.addr(j, t - shift) }
      : { column: false, at: (t) => u[j * T + t - shift] as number };
  const sourceArg = (s: ValueSource): Arg => ("node" in s ? arg(s.node) : { column: false, at: () => s.value });
  const put = (a: Arg, o: number, t: number, nb: number, first: number): number =>
    a.column ? k.copyC(m, o, a.at(t, first), nb) : k.fillS(m, o, a.at(t, first), nb);

  switch (node.kind) {
    case "input": {
      const feed = ctx.feeds.get(i) as InputFeed;
      if (feed.kind === "vector") {
        return (t, nb, first) => {
          if (t === 0) m.set(feed.values.subarray(first, first + nb), self(0, first));
          return 0;
        };
      }
      return (t, nb, first) => {
        m.set(feed.values.subarray(t * n + first, t * n + first + nb), self(t, first));
        return 0;
      };
    }
    case "formula": {
      const ops: Step[] = [];
      const result = compileExpr(node.expr, { ops, temps: { next: 0 }, ctx, arg }, self);
      if (result.at !== self) ops.push((t, nb, first) => put(result, self(t, first), t, nb, first));
      if (ops.length === 1) return ops[0] as Step;
      const last = ops.length - 1;
      return (t, nb, first) => {
        for (let j = 0; j < last; j++) (ops[j] as Step)(t, nb, first);
        return (ops[last] as Step)(t, nb, first); // only the node's own column is checked
      };
    }
    case "function": {
      const deps = node.deps.map((d) => arg(d));
      const values = new Array<number>(deps.length).fill(0);
      const at = new Array<number>(deps.length).fill(0);
      const compute = node.compute;
      return (t, nb, first) => {
        const o = self(t, first);
        for (let j = 0; j < deps.length; j++) at[j] = (deps[j] as Arg).at(t, first);
        let z = 0;
        for (let r = 0; r < nb; r++) {
          for (let j = 0; j < deps.length; j++) values[j] = (deps[j] as Arg).column ? (m[(at[j] as number) + r] as number) : (at[j] as number);
          z += (m[o + r] = compute(...values)) * 0;
        }
        return z;
      };
    }
    case "lag": {
      const source = arg(node.source, node.periods);
      const initial = sourceArg(node.initial);
      return (t, nb, first) => put(t >= node.periods ? source : initial, self(t, first), t, nb, first);
    }
    case "stock": {
      const initial = sourceArg(node.initial);
      const flows = [...node.inflows.map((f) => ({ sign: 1, arg: arg(f, 1) })), ...node.outflows.map((f) => ({ sign: -1, arg: arg(f, 1) }))];
      return (t, nb, first) => {
        const o = self(t, first);
        if (t === 0) return put(initial, o, 0, nb, first);
        let previous = self(t - 1, first);
        if (flows.length === 0) return k.copyC(m, o, previous, nb);
        let z = 0;
        for (const { sign, arg: f } of flows) {
          const x = f.at(t, first);
          if (f.column) z = sign > 0 ? k.addCC(m, o, previous, x, nb) : k.subCC(m, o, previous, x, nb);
          else z = sign > 0 ? k.addCS(m, o, previous, x, nb) : k.subCS(m, o, previous, x, nb);
          previous = o;
        }
        return z;
      };
    }
  }
}

const UNARY_FUNCTIONS: ReadonlyMap<string, (x: number) => number> = /* @__PURE__ */ new Map([
  ["abs", Math.abs],
  ["sqrt", Math.sqrt],
  ["exp", Math.exp],
  ["log", Math.log],
  ["round", Math.round],
  ["floor", Math.floor],
  ["ceil", Math.ceil],
]);

interface ExprCompiler {
  readonly ops: Step[];
  readonly temps: { next: number };
  readonly ctx: StepContext;
  readonly arg: (node: number) => Arg;
}

type Address = (t: number, first: number) => number;

/**
 * Compiles a formula into column operations appended to `c.ops`, returning where its value is.
 * Sub-expressions that read no varying node fold into per-period scalars; `dest` (the node's own
 * column) receives the outermost operation so no final copy is needed.
 */
function compileExpr(expr: Expr, c: ExprCompiler, dest?: Address): Arg {
  const { memory: m, B } = c.ctx;
  const temp = (): Address => {
    const address = c.ctx.layout.tempBase + c.temps.next++ * B;
    return () => address;
  };
  const target = (): Address => dest ?? temp();
  const asColumn = (a: Arg): Arg => {
    if (a.column) return a;
    const o = temp();
    c.ops.push((t, nb, first) => k.fillS(m, o(t, first), a.at(t, first), nb));
    return { column: true, at: o };
  };
  switch (expr.kind) {
    case "number": {
      const value = expr.value;
      return { column: false, at: () => value };
    }
    case "node":
      return c.arg(expr.index);
    case "unary": {
      const a = compileExpr(expr.arg, c);
      const f = expr.op === "-" ? NEGATE : NOT;
      if (!a.column) return { column: false, at: (t, first) => f(a.at(t, first)) };
      const o = target();
      c.ops.push((t, nb, first) => k.map1(m, o(t, first), a.at(t, first), nb, f));
      return { column: true, at: o };
    }
    case "binary": {
      const l = compileExpr(expr.left, c);
      const r = compileExpr(expr.right, c);
      const f = BINARY_OPERATORS.get(expr.op) as (a: number, b: number) => number;
      if (!l.column && !r.column) return { column: false, at: (t, first) => f(l.at(t, first), r.at(t, first)) };
      const o = target();
      c.ops.push(binaryOp(expr.op, l, r, o, m) ?? mapped2(asColumn(l), asColumn(r), f, o, m));
      return { column: true, at: o };
    }
    case "call": {
      const args = expr.args.map((a) => compileExpr(a, c));
      const fn = FORMULA_FUNCTIONS.get(expr.fn) as NonNullable<ReturnType<typeof FORMULA_FUNCTIONS.get>>;
      if (args.every((a) => !a.column)) {
        if (expr.fn === "if") {
          const [cond, yes, no] = args as [Arg, Arg, Arg];
          return { column: false, at: (t, first) => (cond.at(t, first) !== 0 ? yes.at(t, first) : no.at(t, first)) };
        }
        return { column: false, at: (t, first) => fn.apply(args.map((a) => a.at(t, first))) };
      }
      const o = target();
      c.ops.push(callOp(expr.fn, args, asColumn, o, m));
      return { column: true, at: o };
    }
  }
}

function callOp(name: string, args: readonly Arg[], asColumn: (a: Arg) => Arg, o: Address, m: Float64Array): Step {
  const unary = UNARY_FUNCTIONS.get(name);
  if (unary !== undefined) {
    const a = args[0] as Arg;
    return (t, nb, first) => k.map1(m, o(t, first), a.at(t, first), nb, unary);
  }
  // max(x, 0) and friends: one column and one scalar get a call-free kernel.
  if ((name === "max" || name === "min") && args.length === 2) {
    const [a, b] = args as [Arg, Arg];
    if (a.column !== b.column) {
      const [col, scalar] = a.column ? [a, b] : [b, a];
      const kernel = name === "max" ? k.maxCS : k.minCS;
      return (t, nb, first) => kernel(m, o(t, first), col.at(t, first), scalar.at(t, first), nb);
    }
  }
  const cols = args.map(asColumn);
  if (name === "if") {
    const [cond, yes, no] = cols as [Arg, Arg, Arg];
    return (t, nb, first) => k.select(m, o(t, first), cond.at(t, first), yes.at(t, first), no.at(t, first), nb);
  }
  if (name === "clamp") {
    const [x, lo, hi] = cols as [Arg, Arg, Arg];
    return (t, nb, first) => {
      k.map2(m, o(t, first), x.at(t, first), lo.at(t, first), nb, Math.max);
      return k.map2(m, o(t, first), o(t, first), hi.at(t, first), nb, Math.min);
    };
  }
  // min, max, pow: fold left, which equals Math.min(a, b, c) bit for bit
  const f = name === "pow" ? Math.pow : name === "min" ? Math.min : Math.max;
  const [head, ...rest] = cols as [Arg, ...Arg[]];
  return (t, nb, first) => {
    const out = o(t, first);
    if (rest.length === 0) return k.map1(m, out, head.at(t, first), nb, (x) => f(x));
    let acc = head.at(t, first);
    let z = 0;
    for (const a of rest) {
      z = k.map2(m, out, acc, a.at(t, first), nb, f);
      acc = out;
    }
    return z;
  };
}

/** The specialised kernels for + − × ÷, or undefined for the rarer operators. */
function binaryOp(op: string, l: Arg, r: Arg, o: Address, m: Float64Array): Step | undefined {
  const both = l.column && r.column;
  switch (op) {
    case "+":
      if (both) return (t, nb, f) => k.addCC(m, o(t, f), l.at(t, f), r.at(t, f), nb);
      return l.column ? (t, nb, f) => k.addCS(m, o(t, f), l.at(t, f), r.at(t, f), nb) : (t, nb, f) => k.addCS(m, o(t, f), r.at(t, f), l.at(t, f), nb);
    case "-":
      if (both) return (t, nb, f) => k.subCC(m, o(t, f), l.at(t, f), r.at(t, f), nb);
      return l.column ? (t, nb, f) => k.subCS(m, o(t, f), l.at(t, f), r.at(t, f), nb) : (t, nb, f) => k.subSC(m, o(t, f), l.at(t, f), r.at(t, f), nb);
    case "*":
      if (both) return (t, nb, f) => k.mulCC(m, o(t, f), l.at(t, f), r.at(t, f), nb);
      return l.column ? (t, nb, f) => k.mulCS(m, o(t, f), l.at(t, f), r.at(t, f), nb) : (t, nb, f) => k.mulCS(m, o(t, f), r.at(t, f), l.at(t, f), nb);
    case "/":
      if (both) return (t, nb, f) => k.divCC(m, o(t, f), l.at(t, f), r.at(t, f), nb);
      return l.column ? (t, nb, f) => k.divCS(m, o(t, f), l.at(t, f), r.at(t, f), nb) : (t, nb, f) => k.divSC(m, o(t, f), l.at(t, f), r.at(t, f), nb);
    default:
      return undefined;
  }
}

function mapped2(l: Arg, r: Arg, f: (a: number, b: number) => number, o: Address, m: Float64Array): Step {
  return (t, nb, first) => k.map2(m, o(t, first), l.at(t, first), r.at(t, first), nb, f);
}
