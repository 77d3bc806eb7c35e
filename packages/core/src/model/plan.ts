import type { Period } from "../time/Period.js";
import type { BinaryOperator } from "./parseFormula.js";

/** A formula with node names resolved to node indices. @internal */
export type Expr =
  | { readonly kind: "number"; readonly value: number }
  | { readonly kind: "node"; readonly index: number }
  | { readonly kind: "unary"; readonly op: "-" | "!"; readonly arg: Expr }
  | { readonly kind: "binary"; readonly op: BinaryOperator; readonly left: Expr; readonly right: Expr }
  | { readonly kind: "call"; readonly fn: string; readonly args: readonly Expr[] };

/** A number or another node (same period). @internal */
export type ValueSource = { readonly value: number } | { readonly node: number };

/** One compiled node. @internal */
export type PlanNode =
  | { readonly kind: "input"; readonly name: string; readonly base: Float64Array }
  | { readonly kind: "formula"; readonly name: string; readonly expr: Expr }
  | { readonly kind: "function"; readonly name: string; readonly deps: readonly number[]; readonly compute: (...values: number[]) => number }
  | { readonly kind: "lag"; readonly name: string; readonly source: number; readonly periods: number; readonly initial: ValueSource }
  | { readonly kind: "stock"; readonly name: string; readonly initial: ValueSource; readonly inflows: readonly number[]; readonly outflows: readonly number[] };

/**
 * The evaluation plan: nodes by index and the order that evaluates each period's nodes after the
 * nodes they read in that period. @internal
 */
export interface ModelPlan {
  readonly start: Period;
  readonly periods: number;
  readonly nodes: readonly PlanNode[];
  readonly index: ReadonlyMap<string, number>;
  readonly order: readonly number[];
}

/** Nodes a node reads in the same period (the edges that must not form a cycle). @internal */
export function samePeriodDeps(node: PlanNode): number[] {
  switch (node.kind) {
    case "input":
      return [];
    case "formula":
      return exprNodes(node.expr);
    case "function":
      return [...node.deps];
    case "lag":
    case "stock":
      return "node" in node.initial ? [node.initial.node] : [];
  }
}

/** Every node a node reads, in any period. @internal */
export function allDeps(node: PlanNode): number[] {
  switch (node.kind) {
    case "lag":
      return [node.source, ...samePeriodDeps(node)];
    case "stock":
      return [...node.inflows, ...node.outflows, ...samePeriodDeps(node)];
    default:
      return samePeriodDeps(node);
  }
}

function exprNodes(expr: Expr, out: number[] = []): number[] {
  switch (expr.kind) {
    case "node":
      if (!out.includes(expr.index)) out.push(expr.index);
      break;
    case "unary":
      exprNodes(expr.arg, out);
      break;
    case "binary":
      exprNodes(expr.left, out);
      exprNodes(expr.right, out);
      break;
    case "call":
      for (const a of expr.args) exprNodes(a, out);
      break;
    case "number":
      break;
  }
  return out;
}
