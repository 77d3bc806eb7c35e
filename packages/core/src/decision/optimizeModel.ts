import { checkOptions } from "../errors/checkOptions.js";
import { DpmError } from "../errors/DpmError.js";
import { assertFinite, describeValue } from "../errors/validate.js";
import { overrideFeeds } from "../model/feeds.js";
import { nodeIndex, planOf, type InputValue, type Model } from "../model/Model.js";
import type { ModelPlan } from "../model/plan.js";
import { decisionRecord, readDecisions, type DecisionVariable, type ModelConstraint, type PeriodSelector } from "./DecisionVariable.js";
import { readBox, readLimits, searchBox, snap, type Box } from "./patternSearch.js";
import { EVERY, pick, periodLabel, resolvePeriod, SUM } from "./periodSelector.js";
import { runCandidates } from "./runCandidates.js";

/**
 * What to optimise: a node in one period or summed over the periods (the default), maximised or
 * minimised.
 *
 * @category Decision
 */
export interface ModelObjective<Name extends string = string> {
  readonly node: Name;
  /** Default `"sum"`: the node's total over the model's periods. */
  readonly period?: PeriodSelector;
  readonly goal: "maximize" | "minimize";
}

/**
 * Options of {@link optimizeModel}.
 *
 * @category Decision
 */
export interface OptimizeModelOptions<Name extends string, Input extends string> {
  /** The inputs to choose, with bounds and optional grids (at least one). */
  readonly decisions: Partial<Record<Input, DecisionVariable>>;
  /** The node to maximise or minimise. */
  readonly objective: ModelObjective<NoInfer<Name>>;
  /** Conditions on other nodes (default: none). */
  readonly constraints?: readonly ModelConstraint<NoInfer<Name>>[];
  /** Other inputs fixed for the search (a scenario). */
  readonly overrides?: Partial<Record<Input, InputValue>>;
  /** Model evaluations at most (default 50,000). */
  readonly maxEvaluations?: number;
  /** Pattern-search polls at most (default 2,000). */
  readonly maxIterations?: number;
  /** Final mesh as a share of each decision's range (default 1e-9). */
  readonly tolerance?: number;
  /** A constraint holds when violated by at most this share of `max(1, |value|)` (default 1e-7). */
  readonly constraintTolerance?: number;
  /** All-discrete problems with at most this many grid points are enumerated (default 4096). */
  readonly exhaustiveLimit?: number;
  /** At a limit: throw `NOT_CONVERGED` with the best point so far (default) or return with `converged: false`. */
  readonly onNotConverged?: "throw" | "return";
}

/**
 * A constraint at the optimum: the node's value (`actual`, in the tightest period for
 * `"every"`), the slack (how far it is from the limit, ≥ 0 when met) and whether it binds.
 *
 * @category Decision
 */
export interface ConstraintReport<Name extends string = string> {
  readonly node: Name;
  /** A period label, `"sum"`, or the tightest period's label for `"every"`. */
  readonly period: string;
  readonly op: "<=" | ">=" | "=";
  readonly value: number;
  readonly actual: number;
  /** `value − actual` for ≤, `actual − value` for ≥, `−|actual − value|` for =. */
  readonly slack: number;
  /**
   * The constraint limits the optimum: an equality, a slack within the tolerance, or a
   * neighbouring point with a better objective that violates it.
   */
  readonly binding: boolean;
}

/**
 * Result of {@link optimizeModel}.
 *
 * @category Decision
 */
export interface OptimizeModelResult<Name extends string, Input extends string> {
  /** The best decisions found. */
  readonly decisions: Record<Input, number>;
  /** The objective there. */
  readonly objective: number;
  readonly constraints: readonly ConstraintReport<Name>[];
  /** Model evaluations (one per candidate decision vector). */
  readonly evaluations: number;
  /** Pattern-search polls (0 for an exhaustive search). */
  readonly iterations: number;
  /** `"exhaustive"`: every grid point was evaluated, so the optimum is global on the grid. */
  readonly method: "exhaustive" | "patternSearch";
  readonly converged: boolean;
  readonly message: string;
}

const KEYS = ["decisions", "objective", "constraints", "overrides", "maxEvaluations", "maxIterations", "tolerance", "constraintTolerance", "exhaustiveLimit", "onNotConverged"];

/** @internal A validated constraint. */
interface Con {
  readonly node: number;
  readonly name: string;
  readonly t: number;
  readonly op: "<=" | ">=" | "=";
  readonly value: number;
  readonly scale: number;
}

/**
 * Chooses several inputs of a driver model — each within bounds, continuous or on a grid
 * (integers, price steps) — to maximise or minimise a node, subject to constraints on other
 * nodes (≤, ≥, =; in one period, summed, or in every period): what a spreadsheet's Solver does.
 *
 * Candidates are evaluated many at a time by the vectorized engine. All-discrete problems with
 * at most `exhaustiveLimit` grid points are enumerated (the global optimum on the grid); otherwise
 * a coarse grid picks the start and a pattern search ({@link patternSearch}) refines it — a local
 * method, exact on concave objectives over convex constraints; on a kinked ridge such as
 * `min(baked, demand(price))` with grid decisions it can stop where every single change loses, so
 * give such problems grids small enough to enumerate. An equality constraint is met to
 * `constraintTolerance`; it works best when it pins one decision given the others (or write that
 * decision as a formula of the others).
 *
 * @param model - the driver model
 * @param options - decisions, objective, constraints, fixed inputs and limits
 * @returns the optimum, its objective, the constraints (binding or not) and the evaluation count
 * @throws {@link DpmError} `NO_SOLUTION` when no point meets the constraints (naming the most
 *   violated one and the least violation found), `NOT_CONVERGED` at the evaluation or iteration
 *   limit (details: the best point so far), `UNKNOWN_NODE` for an objective, constraint or
 *   decision the model lacks, `INVALID_ARGUMENT` for lower > upper or a bad option, `NON_FINITE`
 *   when the model gives NaN/±Infinity at some decisions
 *
 * @example
 * ```ts
 * import { defineModel, optimizeModel } from "@dpm/core";
 *
 * // Demand falls with price: q = 5000 − 1000·p; loaves cost 0.8 each.
 * const shop = defineModel({
 *   start: "2026-01",
 *   periods: 1,
 *   nodes: {
 *     price: { input: 3 },
 *     loaves: { formula: "5000 - 1000 * price" },
 *     profit: { formula: "loaves * (price - 0.8)" },
 *   },
 * });
 * const best = optimizeModel(shop, {
 *   decisions: { price: { lower: 1, upper: 5 } },
 *   objective: { node: "profit", goal: "maximize" },
 * });
 * best.decisions.price.toFixed(6); // => "2.900000"
 * // With an oven that bakes at most 1,500 loaves, the capacity binds:
 * const capped = optimizeModel(shop, {
 *   decisions: { price: { lower: 1, upper: 5, step: 0.05 } },
 *   objective: { node: "profit", goal: "maximize" },
 *   constraints: [{ node: "loaves", op: "<=", value: 1500 }],
 * });
 * capped.decisions.price; // => 3.5
 * capped.constraints[0]?.binding; // => true
 * ```
 *
 * @category Decision
 */
export function optimizeModel<Name extends string, Input extends string>(
  model: Model<Name, Input>,
  options: OptimizeModelOptions<Name, Input>,
): OptimizeModelResult<Name, Input> {
  const fn = "optimizeModel";
  const plan = planOf(model, fn);
  if (options === undefined) throw new DpmError("INVALID_ARGUMENT", `${fn}: pass options such as { decisions: { price: { lower: 2, upper: 5 } }, objective: { node: "profit", goal: "maximize" } }.`, { path: "options" });
  const o = checkOptions(options, KEYS, fn, '{ decisions: { price: { lower: 2, upper: 5 } }, objective: { node: "profit", goal: "maximize" } }') as OptimizeModelOptions<Name, Input>;
  const set = readDecisions(o.decisions, model.inputNames, fn);
  const decisionNodes = set.names.map((name) => nodeIndex(plan, name, `decisions.${name}`, fn, true));
  const objective = readObjective(plan, o.objective, fn);
  const cons = readConstraints(plan, o.constraints, fn);
  const ctol = o.constraintTolerance ?? 1e-7;
  assertFinite(ctol, "constraintTolerance", fn);
  if (ctol < 0) throw new DpmError("INVALID_ARGUMENT", `${fn}: constraintTolerance must be ≥ 0, got ${ctol}.`, { path: "constraintTolerance" });
  const onNotConverged = o.onNotConverged ?? "throw";
  if (onNotConverged !== "throw" && onNotConverged !== "return") throw new DpmError("INVALID_ARGUMENT", `${fn}: onNotConverged must be "throw" or "return", got ${describeValue(onNotConverged)}.`, { path: "onNotConverged" });
  const limits = readLimits(o, fn);
  const feeds = overrideFeeds(plan, o.overrides, "overrides", fn);
  for (const node of decisionNodes) feeds.delete(node);
  const box = readBox(set.lower, set.upper, set.steps, fn, set.names);
  const record = [...new Set([objective.node, ...cons.map((c) => c.node)])];
  const T = plan.periods;
  const sign = objective.goal === "maximize" ? -1 : 1;

  // Per candidate: objective (minimised), total violation, and each constraint's worst violation.
  const measure = (points: ArrayLike<number>, count: number) => {
    const values = runCandidates(plan, decisionNodes, set.names, feeds, record, points, count, fn);
    const obj = new Float64Array(count);
    const perCon = cons.map(() => new Float64Array(count));
    const actual = cons.map(() => new Float64Array(count));
    const worstT = cons.map(() => new Int32Array(count));
    const ov = values.get(objective.node) as Float64Array;
    for (let k = 0; k < count; k++) {
      const f = pick(ov, objective.t, count, T, k);
      if (!Number.isFinite(f)) {
        const at = decisionRecord(set.names, Array.from({ length: set.names.length }, (_, i) => points[k * set.names.length + i] as number));
        throw new DpmError("NON_FINITE", `${fn}: the objective "${objective.name}" is ${f} at decisions ${JSON.stringify(at)}; keep the model finite over the decisions' bounds.`, { details: { decisions: at } });
      }
      obj[k] = sign * f;
    }
    cons.forEach((c, j) => {
      const cv = values.get(c.node) as Float64Array;
      const periods = c.t === EVERY ? Array.from({ length: T }, (_, p) => p) : [c.t];
      for (let k = 0; k < count; k++) {
        let worst = -Infinity;
        for (const p of periods) {
          const a = pick(cv, p, count, T, k);
          const v = (c.op === "<=" ? a - c.value : c.op === ">=" ? c.value - a : Math.abs(a - c.value)) / c.scale;
          if (v > worst || p === periods[0]) {
            worst = v;
            (actual[j] as Float64Array)[k] = a;
            (worstT[j] as Int32Array)[k] = p;
          }
        }
        (perCon[j] as Float64Array)[k] = worst;
      }
    });
    return { obj, perCon, actual, worstT };
  };
  const evaluate = (points: Float64Array, count: number, objOut: Float64Array, violOut: Float64Array): void => {
    const m = measure(points, count);
    objOut.set(m.obj);
    for (let k = 0; k < count; k++) {
      let v = 0;
      for (const pc of m.perCon) v += Math.max(0, (pc[k] as number) - ctol);
      violOut[k] = v;
    }
  };

  const x0 = set.initial === undefined ? undefined : Float64Array.from(set.initial, (v, i) => snap(box, i, v));
  const r = searchBox(evaluate, box, { ...limits, x0 }, fn);
  const decisions = decisionRecord(set.names, r.x) as Record<Input, number>;
  const at = measure(r.x, 1);
  const objectiveValue = sign * (at.obj[0] as number);

  if (r.violation > 0) {
    let worst = 0;
    at.perCon.forEach((pc, j) => {
      if ((pc[0] as number) > (at.perCon[worst]?.[0] as number)) worst = j;
    });
    const c = cons[worst] as Con;
    const actual = at.actual[worst]?.[0] as number;
    throw new DpmError(
      "NO_SOLUTION",
      `${fn}: no decisions within the bounds meet every constraint; the closest found (${JSON.stringify(decisions)}, after ${r.evaluations} evaluations) still has "${c.name}"${describePeriod(plan, c, at.worstT[worst]?.[0] as number)} = ${actual}, which should be ${c.op} ${c.value}. Relax that constraint or widen the decisions' bounds.`,
      { details: { decisions, violation: r.violation, constraint: { node: c.name, op: c.op, value: c.value, actual } } },
    );
  }

  const binding = bindingConstraints(box, r.x, r.mesh, measure, cons, ctol, at.obj[0] as number);
  const constraints = cons.map((c, j): ConstraintReport<Name> => {
    const actual = at.actual[j]?.[0] as number;
    const slack = c.op === "<=" ? c.value - actual : c.op === ">=" ? actual - c.value : -Math.abs(actual - c.value);
    const t = c.t === EVERY ? (at.worstT[j]?.[0] as number) : c.t;
    return { node: c.name as Name, period: periodLabel(plan, t), op: c.op, value: c.value, actual, slack, binding: binding[j] as boolean };
  });
  const evaluations = r.evaluations + 1 + binding.evaluations;
  const converged = r.status === "converged";
  const message = converged
    ? r.method === "exhaustive"
      ? `searched all ${r.evaluations} grid points`
      : `converged: no better point within a mesh of ${Array.from(r.mesh, (m) => m.toPrecision(3)).join(", ")} after ${r.iterations} polls`
    : `stopped at the ${r.status === "maxEvaluations" ? `evaluation limit (${limits.maxEvaluations})` : `iteration limit (${limits.maxIterations})`} before the mesh reached the tolerance`;
  if (!converged && onNotConverged === "throw") {
    throw new DpmError("NOT_CONVERGED", `${fn}: ${message}; raise maxEvaluations/maxIterations, loosen tolerance, or pass onNotConverged: "return". Best so far: ${JSON.stringify(decisions)} with ${objective.name} = ${objectiveValue}.`, {
      details: { decisions, objective: objectiveValue, evaluations, iterations: r.iterations },
    });
  }
  return { decisions, objective: objectiveValue, constraints, evaluations, iterations: r.iterations, method: r.method, converged, message };
}

function describePeriod(plan: ModelPlan, c: Con, worstT: number): string {
  const t = c.t === EVERY ? worstT : c.t;
  return t === SUM ? " (summed over the periods)" : ` in ${periodLabel(plan, t)}`;
}

/** @internal The objective, validated. */
export function readObjective(plan: ModelPlan, objective: unknown, fn: string): { node: number; name: string; t: number; goal: "maximize" | "minimize" } {
  if (typeof objective !== "object" || objective === null) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: objective must be { node, goal: "maximize" | "minimize" }, e.g. { node: "profit", goal: "maximize" }; got ${describeValue(objective)}.`, { path: "objective" });
  }
  const ob = objective as ModelObjective & { measure?: unknown };
  const node = nodeIndex(plan, ob.node, "objective.node", fn);
  if (ob.goal !== "maximize" && ob.goal !== "minimize") {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: objective.goal must be "maximize" or "minimize", got ${describeValue(ob.goal)}.`, { path: "objective.goal" });
  }
  return { node, name: ob.node, t: resolvePeriod(plan, ob.period, "objective.period", fn, SUM), goal: ob.goal };
}

function readConstraints(plan: ModelPlan, constraints: unknown, fn: string): Con[] {
  if (constraints === undefined) return [];
  if (!Array.isArray(constraints)) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: constraints must be an array such as [{ node: "loaves", op: "<=", value: 1500 }], got ${describeValue(constraints)}.`, { path: "constraints" });
  }
  return constraints.map((c: unknown, j): Con => {
    const path = `constraints[${j}]`;
    if (typeof c !== "object" || c === null) throw new DpmError("INVALID_ARGUMENT", `${fn}: ${path} must be { node, op, value }, got ${describeValue(c)}.`, { path });
    const k = c as ModelConstraint;
    const node = nodeIndex(plan, k.node, `${path}.node`, fn);
    if (k.op !== "<=" && k.op !== ">=" && k.op !== "=") throw new DpmError("INVALID_ARGUMENT", `${fn}: ${path}.op must be "<=", ">=" or "=", got ${describeValue(k.op)}.`, { path: `${path}.op` });
    assertFinite(k.value, `${path}.value`, fn);
    return { node, name: k.node, t: resolvePeriod(plan, k.period, `${path}.period`, fn, EVERY, true), op: k.op, value: k.value, scale: Math.max(1, Math.abs(k.value)) };
  });
}

/**
 * Which constraints bind at x: equalities, those within the tolerance, and those a better
 * neighbour (one mesh step along a coordinate, or a grid step) violates.
 */
function bindingConstraints(
  box: Box,
  x: Float64Array,
  mesh: Float64Array,
  measure: (p: ArrayLike<number>, count: number) => { obj: Float64Array; perCon: Float64Array[] },
  cons: readonly Con[],
  ctol: number,
  fBest: number,
): boolean[] & { evaluations: number } {
  const n = box.n;
  const pts: number[] = [];
  for (let i = 0; i < n; i++) {
    for (const s of [1, -1]) {
      const step = Math.max(mesh[i] as number, 1e-7 * ((box.upper[i] as number) - (box.lower[i] as number)));
      const v = snap(box, i, (x[i] as number) + s * step);
      if (v === x[i]) continue;
      for (let j = 0; j < n; j++) pts.push(j === i ? v : (x[j] as number));
    }
  }
  const count = pts.length / n;
  const out = cons.map((c) => c.op === "=") as boolean[] & { evaluations: number };
  out.evaluations = 0;
  if (cons.length === 0) return out;
  const here = measure(x, 1);
  cons.forEach((_, j) => {
    if ((here.perCon[j]?.[0] as number) >= -ctol) out[j] = true;
  });
  if (count > 0) {
    const m = measure(pts, count);
    out.evaluations = count + 1;
    for (let k = 0; k < count; k++) {
      if (!((m.obj[k] as number) < fBest)) continue;
      cons.forEach((_, j) => {
        if ((m.perCon[j]?.[k] as number) > ctol) out[j] = true;
      });
    }
  } else out.evaluations = 1;
  return out;
}

