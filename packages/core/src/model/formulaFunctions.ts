/**
 * The functions a formula string may call, with their arity. Looked up in a Map, never on an
 * object, so no name can reach a prototype.
 * @internal
 */
export interface FormulaFunction {
  readonly minArgs: number;
  readonly maxArgs: number;
  /** Scalar implementation; `if` is special-cased by evaluators (it picks, not computes). */
  readonly apply: (args: readonly number[]) => number;
}

const fns: [string, FormulaFunction][] = [
  ["min", { minArgs: 1, maxArgs: Infinity, apply: (a) => Math.min(...a) }],
  ["max", { minArgs: 1, maxArgs: Infinity, apply: (a) => Math.max(...a) }],
  ["abs", { minArgs: 1, maxArgs: 1, apply: (a) => Math.abs(a[0] as number) }],
  ["sqrt", { minArgs: 1, maxArgs: 1, apply: (a) => Math.sqrt(a[0] as number) }],
  ["exp", { minArgs: 1, maxArgs: 1, apply: (a) => Math.exp(a[0] as number) }],
  ["log", { minArgs: 1, maxArgs: 1, apply: (a) => Math.log(a[0] as number) }],
  ["pow", { minArgs: 2, maxArgs: 2, apply: (a) => Math.pow(a[0] as number, a[1] as number) }],
  ["round", { minArgs: 1, maxArgs: 1, apply: (a) => Math.round(a[0] as number) }],
  ["floor", { minArgs: 1, maxArgs: 1, apply: (a) => Math.floor(a[0] as number) }],
  ["ceil", { minArgs: 1, maxArgs: 1, apply: (a) => Math.ceil(a[0] as number) }],
  [
    "clamp",
    { minArgs: 3, maxArgs: 3, apply: (a) => Math.min(Math.max(a[0] as number, a[1] as number), a[2] as number) },
  ],
  ["if", { minArgs: 3, maxArgs: 3, apply: (a) => ((a[0] as number) !== 0 ? (a[1] as number) : (a[2] as number)) }],
];

/** @internal */
export const FORMULA_FUNCTIONS: ReadonlyMap<string, FormulaFunction> = /* @__PURE__ */ new Map(fns);
