import type { BinaryOperator } from "./parseFormula.js";

/** Scalar semantics of the binary operators; the column kernels reproduce them exactly. @internal */
export const BINARY_OPERATORS: ReadonlyMap<BinaryOperator, (a: number, b: number) => number> = /* @__PURE__ */ new Map<
  BinaryOperator,
  (a: number, b: number) => number
>([
  ["+", (a, b) => a + b],
  ["-", (a, b) => a - b],
  ["*", (a, b) => a * b],
  ["/", (a, b) => a / b],
  ["%", (a, b) => a % b],
  ["^", (a, b) => Math.pow(a, b)],
  ["<", (a, b) => (a < b ? 1 : 0)],
  ["<=", (a, b) => (a <= b ? 1 : 0)],
  [">", (a, b) => (a > b ? 1 : 0)],
  [">=", (a, b) => (a >= b ? 1 : 0)],
  ["==", (a, b) => (a === b ? 1 : 0)],
  ["!=", (a, b) => (a !== b ? 1 : 0)],
  ["&&", (a, b) => (a !== 0 && b !== 0 ? 1 : 0)],
  ["||", (a, b) => (a !== 0 || b !== 0 ? 1 : 0)],
]);

/** @internal */
export const NEGATE = (a: number): number => -a;
/** @internal */
export const NOT = (a: number): number => (a === 0 ? 1 : 0);
