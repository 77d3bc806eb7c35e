import { DpmError } from "../errors/DpmError.js";
import { describeValue } from "../errors/validate.js";
import { formatPeriod, toPeriod, type Period } from "../time/Period.js";
import { isTimeSeries, seriesEnd, type TimeSeries } from "../time/TimeSeries.js";
import type { ModelDefinition, NodeDefinition } from "./ModelDefinition.js";
import { parseFormula, type FormulaAst } from "./parseFormula.js";
import { samePeriodDeps, type Expr, type ModelPlan, type PlanNode, type ValueSource } from "./plan.js";

const NODE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const MAX_PERIODS = 100_000;
const KINDS = ["input", "formula", "deps", "lag", "stock"] as const;

/**
 * Validates a model definition and compiles it into an evaluation plan.
 * @internal
 */
export function compileModel(definition: ModelDefinition, fn: string): ModelPlan {
  if (typeof definition !== "object" || definition === null) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: the model definition must be an object with start, periods and nodes.`, { path: "definition" });
  }
  const start = toPeriod(definition.start, definition.freq);
  const periods = definition.periods;
  if (!Number.isInteger(periods) || periods < 1 || periods > MAX_PERIODS) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: periods must be an integer between 1 and ${MAX_PERIODS}, got ${describeValue(periods)}.`, { path: "periods" });
  }
  const entries = nodeEntries(definition.nodes, fn);
  const index = new Map<string, number>();
  entries.forEach(([name], i) => {
    if (!NODE_NAME.test(name)) {
      throw new DpmError("INVALID_ARGUMENT", `${fn}: node name ${JSON.stringify(name)} is not an identifier; use letters, digits and _ (not starting with a digit).`, { path: `nodes.${name}` });
    }
    if (index.has(name)) {
      throw new DpmError("DUPLICATE_NODE", `${fn}: node "${name}" is defined more than once; give each node a unique name.`, { path: `nodes.${name}` });
    }
    index.set(name, i);
  });

  const resolve = (name: unknown, path: string): number => {
    const i = typeof name === "string" ? index.get(name) : undefined;
    if (i === undefined) {
      const hint = typeof name === "string" ? closestName(name, [...index.keys()]) : undefined;
      throw new DpmError(
        "UNKNOWN_NODE",
        `${fn}: ${path} refers to ${describeValue(name)}, which the model does not define` + (hint === undefined ? "." : `; did you mean "${hint}"?`),
        { path, details: { name } },
      );
    }
    return i;
  };

  const nodes = entries.map(([name, def]) => compileNode(name, def, { start, periods, resolve, fn }));
  return { start, periods, nodes, index, order: evaluationOrder(nodes, fn) };
}

function nodeEntries(nodes: unknown, fn: string): [string, NodeDefinition][] {
  if (Array.isArray(nodes)) {
    if (nodes.length === 0) throw new DpmError("EMPTY", `${fn}: the model has no nodes.`, { path: "nodes" });
    return nodes.map((node: unknown, i) => {
      const named = node as { name?: unknown } | null;
      if (typeof named !== "object" || named === null || typeof named.name !== "string") {
        throw new DpmError("INVALID_ARGUMENT", `${fn}: nodes[${i}] must be an object with a string "name".`, { path: `nodes[${i}]` });
      }
      return [named.name, node as NodeDefinition];
    });
  }
  if (typeof nodes !== "object" || nodes === null) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: nodes must be an object mapping node names to definitions.`, { path: "nodes" });
  }
  const entries = Object.entries(nodes as Record<string, NodeDefinition>);
  if (entries.length === 0) throw new DpmError("EMPTY", `${fn}: the model has no nodes.`, { path: "nodes" });
  return entries;
}

interface CompileContext {
  readonly start: Period;
  readonly periods: number;
  readonly resolve: (name: unknown, path: string) => number;
  readonly fn: string;
}

function compileNode(name: string, def: NodeDefinition, ctx: CompileContext): PlanNode {
  const path = `nodes.${name}`;
  if (typeof def !== "object" || def === null) {
    throw new DpmError("INVALID_ARGUMENT", `${ctx.fn}: ${path} must be an object such as { input: 10 } or { formula: "a * b" }.`, { path });
  }
  const kinds = KINDS.filter((k) => Object.prototype.hasOwnProperty.call(def, k));
  if (kinds.length !== 1) {
    throw new DpmError(
      "INVALID_ARGUMENT",
      `${ctx.fn}: ${path} must have exactly one of input, formula, deps (+ compute), lag or stock; it has ${kinds.length === 0 ? "none" : kinds.join(" and ")}.`,
      { path },
    );
  }
  const d = def as unknown as Record<string, unknown>;
  switch (kinds[0]) {
    case "input":
      return { kind: "input", name, base: inputValues(d.input, `${path}.input`, ctx) };
    case "formula":
      return { kind: "formula", name, expr: resolveExpr(parseFormula(d.formula as string, `${path}.formula`), `${path}.formula`, ctx) };
    case "deps": {
      if (!Array.isArray(d.deps) || typeof d.compute !== "function") {
        throw new DpmError("INVALID_ARGUMENT", `${ctx.fn}: ${path} needs deps (an array of node names) and compute (a function).`, { path });
      }
      const deps = d.deps.map((dep: unknown, i) => ctx.resolve(dep, `${path}.deps[${i}]`));
      return { kind: "function", name, deps, compute: d.compute as (...values: number[]) => number };
    }
    case "lag": {
      const periods = d.periods ?? 1;
      if (!Number.isInteger(periods) || (periods as number) < 1) {
        throw new DpmError("INVALID_ARGUMENT", `${ctx.fn}: ${path}.periods must be an integer ≥ 1, got ${describeValue(periods)}.`, { path: `${path}.periods` });
      }
      const source = ctx.resolve(d.lag, `${path}.lag`);
      return { kind: "lag", name, source, periods: periods as number, initial: valueSource(d.initial ?? 0, `${path}.initial`, ctx) };
    }
    case "stock": {
      const s = d.stock as Record<string, unknown> | null;
      if (typeof s !== "object" || s === null || !("initial" in s)) {
        throw new DpmError("INVALID_ARGUMENT", `${ctx.fn}: ${path}.stock must be an object with initial (a number or node) and optional inflows/outflows.`, { path: `${path}.stock` });
      }
      const flows = (key: "inflows" | "outflows"): number[] => {
        const list = s[key] ?? [];
        if (!Array.isArray(list)) {
          throw new DpmError("INVALID_ARGUMENT", `${ctx.fn}: ${path}.stock.${key} must be an array of node names.`, { path: `${path}.stock.${key}` });
        }
        return list.map((f: unknown, i) => ctx.resolve(f, `${path}.stock.${key}[${i}]`));
      };
      return { kind: "stock", name, initial: valueSource(s.initial, `${path}.stock.initial`, ctx), inflows: flows("inflows"), outflows: flows("outflows") };
    }
    default:
      throw new DpmError("INVALID_ARGUMENT", `${ctx.fn}: ${path} has an unknown kind.`, { path });
  }
}

function valueSource(value: unknown, path: string, ctx: CompileContext): ValueSource {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) {
      throw new DpmError("NON_FINITE", `${ctx.fn}: ${path} is ${describeValue(value)}; use a finite number or a node name.`, { path });
    }
    return { value };
  }
  return { node: ctx.resolve(value, path) };
}

/** @internal Per-period values of an input definition (or an override) on the model's axis. */
export function inputValues(value: unknown, path: string, ctx: Pick<CompileContext, "start" | "periods" | "fn">): Float64Array {
  const out = new Float64Array(ctx.periods);
  if (typeof value === "number") {
    if (!Number.isFinite(value)) {
      throw new DpmError("NON_FINITE", `${ctx.fn}: ${path} is ${describeValue(value)}; inputs must be finite numbers.`, { path, details: { value } });
    }
    return out.fill(value);
  }
  if (isTimeSeries(value)) return seriesOnAxis(value, path, ctx);
  if (Array.isArray(value) || (ArrayBuffer.isView(value) && !(value instanceof DataView))) {
    const list = value as ArrayLike<unknown>;
    if (list.length !== ctx.periods) {
      throw new DpmError("LENGTH_MISMATCH", `${ctx.fn}: ${path} has ${list.length} values but the model runs ${ctx.periods} periods; give one value per period or a single number.`, { path });
    }
    for (let t = 0; t < list.length; t++) {
      const v = list[t];
      if (typeof v !== "number" || !Number.isFinite(v)) {
        throw new DpmError("NON_FINITE", `${ctx.fn}: ${path}[${t}] is ${describeValue(v)}; inputs must be finite numbers.`, { path: `${path}[${t}]`, details: { value: v } });
      }
      out[t] = v;
    }
    return out;
  }
  throw new DpmError("INVALID_ARGUMENT", `${ctx.fn}: ${path} must be a number, an array with one number per period, or a TimeSeries; got ${describeValue(value)}.`, { path });
}

function seriesOnAxis(series: TimeSeries, path: string, ctx: Pick<CompileContext, "start" | "periods" | "fn">): Float64Array {
  if (series.freq !== ctx.start.freq) {
    throw new DpmError("FREQUENCY_MISMATCH", `${ctx.fn}: ${path} is a ${series.freq} series but the model runs on ${ctx.start.freq}s; resample it first.`, { path });
  }
  const offset = ctx.start.ordinal - series.start.ordinal;
  if (offset < 0 || offset + ctx.periods > series.length) {
    const last = formatPeriod({ freq: ctx.start.freq, ordinal: ctx.start.ordinal + ctx.periods - 1 });
    throw new DpmError(
      "LENGTH_MISMATCH",
      `${ctx.fn}: ${path} covers ${formatPeriod(series.start)}…${formatPeriod(seriesEnd(series))} but the model needs ${formatPeriod(ctx.start)}…${last}.`,
      { path },
    );
  }
  const out = new Float64Array(ctx.periods);
  for (let t = 0; t < ctx.periods; t++) {
    const v = series.values[offset + t] as number;
    if (!Number.isFinite(v)) {
      throw new DpmError("NON_FINITE", `${ctx.fn}: ${path} is missing a value at ${formatPeriod({ freq: series.freq, ordinal: ctx.start.ordinal + t })}; fill the gap first.`, { path });
    }
    out[t] = v;
  }
  return out;
}

function resolveExpr(ast: FormulaAst, path: string, ctx: CompileContext): Expr {
  switch (ast.kind) {
    case "number":
      return { kind: "number", value: ast.value };
    case "ref":
      return { kind: "node", index: ctx.resolve(ast.name, `${path} (column ${ast.pos + 1})`) };
    case "unary":
      return { kind: "unary", op: ast.op, arg: resolveExpr(ast.arg, path, ctx) };
    case "binary":
      return { kind: "binary", op: ast.op, left: resolveExpr(ast.left, path, ctx), right: resolveExpr(ast.right, path, ctx) };
    case "call":
      return { kind: "call", fn: ast.fn, args: ast.args.map((a) => resolveExpr(a, path, ctx)) };
  }
}

/**
 * Depth-first topological order of the same-period graph; a back edge is a cycle, reported with
 * its path so the user sees exactly which formulas feed each other.
 */
function evaluationOrder(nodes: readonly PlanNode[], fn: string): number[] {
  const state = new Uint8Array(nodes.length); // 0 new, 1 on the stack, 2 done
  const order: number[] = [];
  const deps = nodes.map(samePeriodDeps);
  for (let root = 0; root < nodes.length; root++) {
    if (state[root] !== 0) continue;
    const stack: { node: number; next: number }[] = [{ node: root, next: 0 }];
    state[root] = 1;
    while (stack.length > 0) {
      const frame = stack[stack.length - 1] as (typeof stack)[number];
      const list = deps[frame.node] as number[];
      if (frame.next < list.length) {
        const dep = list[frame.next++] as number;
        if (state[dep] === 1) {
          const from = stack.findIndex((f) => f.node === dep);
          const cycle = [...stack.slice(from).map((f) => nodes[f.node]?.name), nodes[dep]?.name].join(" → ");
          throw new DpmError(
            "CYCLE",
            `${fn}: the nodes ${cycle} depend on each other in the same period; break the loop with a lag (previous value) or a stock.`,
            { path: `nodes.${nodes[dep]?.name}`, details: { cycle: cycle.split(" → ") } },
          );
        }
        if (state[dep] === 0) {
          state[dep] = 1;
          stack.push({ node: dep, next: 0 });
        }
      } else {
        state[frame.node] = 2;
        order.push(frame.node);
        stack.pop();
      }
    }
  }
  return order;
}

/** The known name closest to a misspelt one (edit distance ≤ 2), for "did you mean". */
function closestName(name: string, names: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of names) {
    const d = editDistance(name.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length] as number;
}
