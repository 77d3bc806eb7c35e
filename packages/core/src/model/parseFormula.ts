import { DpmError } from "../errors/DpmError.js";
import { FORMULA_FUNCTIONS } from "./formulaFunctions.js";

/**
 * Binary operators of the formula language, loosest first:
 * `||`, `&&`, comparisons (`== != < <= > >=`), `+ -`, `* / %`, and `^` (power, right-associative).
 * Comparisons and logic yield 1 (true) or 0 (false).
 *
 * @category Model
 */
export type BinaryOperator = "+" | "-" | "*" | "/" | "%" | "^" | "<" | "<=" | ">" | ">=" | "==" | "!=" | "&&" | "||";

/**
 * A parsed formula. `pos` is the 0-based character offset in the formula string.
 *
 * @category Model
 */
export type FormulaAst =
  | { readonly kind: "number"; readonly value: number; readonly pos: number }
  | { readonly kind: "ref"; readonly name: string; readonly pos: number }
  | { readonly kind: "unary"; readonly op: "-" | "!"; readonly arg: FormulaAst; readonly pos: number }
  | { readonly kind: "binary"; readonly op: BinaryOperator; readonly left: FormulaAst; readonly right: FormulaAst; readonly pos: number }
  | { readonly kind: "call"; readonly fn: string; readonly args: readonly FormulaAst[]; readonly pos: number };

/** Longest formula accepted, and deepest nesting: bounds that keep parsing O(n) and stack-safe. */
const MAX_LENGTH = 10_000;
const MAX_DEPTH = 200;

type Token =
  | { kind: "number"; value: number; pos: number }
  | { kind: "name"; name: string; pos: number }
  | { kind: "op"; op: string; pos: number }
  | { kind: "end"; pos: number };

const OPERATORS = ["<=", ">=", "==", "!=", "&&", "||", "+", "-", "*", "/", "%", "^", "<", ">", "!", "(", ")", ","];
const NUMBER = /(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/y;
const NAME = /[A-Za-z_][A-Za-z0-9_]*/y;

const BINARY_PRECEDENCE: ReadonlyMap<string, number> = /* @__PURE__ */ new Map([
  ["||", 1],
  ["&&", 2],
  ["==", 3],
  ["!=", 3],
  ["<", 4],
  ["<=", 4],
  [">", 4],
  [">=", 4],
  ["+", 5],
  ["-", 5],
  ["*", 6],
  ["/", 6],
  ["%", 6],
  ["^", 8],
]);
const UNARY_PRECEDENCE = 7; // binds looser than ^ : -2^2 = -4, as in mathematics

/**
 * Parses a formula string of the driver model's expression language into an AST.
 *
 * The language: numbers (`12`, `0.5`, `1e-3`), node names (`orders`, `unit_cost`), `+ - * / % ^`,
 * comparisons and `&& || !` (true = 1, false = 0), parentheses, and the functions `min`, `max`,
 * `abs`, `sqrt`, `exp`, `log`, `pow`, `round`, `floor`, `ceil`, `clamp(x, lo, hi)` and
 * `if(condition, then, else)`. Nothing else: there is no property access, no strings, no
 * assignment, and names are only ever looked up among the model's nodes — it is safe to parse
 * formulas from untrusted JSON.
 *
 * @param source - the formula
 * @param path - where the formula sits, for error messages (e.g. `"nodes.revenue.formula"`)
 * @returns the AST
 * @throws {@link DpmError} `PARSE_ERROR` with the column and what was expected
 *
 * @example
 * ```ts
 * import { parseFormula } from "@dpm/core";
 *
 * parseFormula("orders * aov").kind; // => "binary"
 * // parseFormula("orders * ") throws DpmError PARSE_ERROR: expected a number, name or "(" at column 10
 * ```
 *
 * @category Model
 */
export function parseFormula(source: string, path = "formula"): FormulaAst {
  if (typeof source !== "string") {
    throw new DpmError("PARSE_ERROR", `${path} must be a string formula such as "orders * aov".`, { path });
  }
  if (source.length > MAX_LENGTH) {
    throw new DpmError("PARSE_ERROR", `${path} is ${source.length} characters long; formulas are limited to ${MAX_LENGTH}. Split it into intermediate nodes.`, { path });
  }
  return new Parser(source, path).parse();
}

class Parser {
  private readonly tokens: Token[];
  private index = 0;
  private depth = 0;

  constructor(
    private readonly source: string,
    private readonly path: string,
  ) {
    this.tokens = tokenize(source, (message, pos) => this.fail(message, pos));
  }

  parse(): FormulaAst {
    if (this.peek().kind === "end") this.fail("the formula is empty; write an expression such as \"orders * aov\"", 0);
    const ast = this.expression(0);
    const next = this.peek();
    if (next.kind !== "end") this.fail(`unexpected ${describe(next)}; expected an operator or the end of the formula`, next.pos);
    return ast;
  }

  private expression(minPrecedence: number): FormulaAst {
    if (++this.depth > MAX_DEPTH) this.fail(`the formula nests deeper than ${MAX_DEPTH} levels`, this.peek().pos);
    let left = this.unary();
    for (;;) {
      const token = this.peek();
      if (token.kind !== "op") break;
      const precedence = BINARY_PRECEDENCE.get(token.op);
      if (precedence === undefined || precedence < minPrecedence) break;
      this.index++;
      // `^` is right-associative: its right side may hold another `^` of the same precedence.
      const right = this.expression(token.op === "^" ? precedence : precedence + 1);
      left = { kind: "binary", op: token.op as BinaryOperator, left, right, pos: token.pos };
    }
    this.depth--;
    return left;
  }

  private unary(): FormulaAst {
    const token = this.peek();
    if (token.kind === "op" && (token.op === "-" || token.op === "+" || token.op === "!")) {
      this.index++;
      const arg = this.expression(UNARY_PRECEDENCE);
      return token.op === "+" ? arg : { kind: "unary", op: token.op, arg, pos: token.pos };
    }
    return this.primary();
  }

  private primary(): FormulaAst {
    const token = this.next();
    if (token.kind === "number") return { kind: "number", value: token.value, pos: token.pos };
    if (token.kind === "name") {
      if (this.peekOp("(")) return this.call(token.name, token.pos);
      return { kind: "ref", name: token.name, pos: token.pos };
    }
    if (token.kind === "op" && token.op === "(") {
      const inner = this.expression(0);
      this.expect(")", "to close the \"(\" at column " + (token.pos + 1));
      return inner;
    }
    return this.fail(`unexpected ${describe(token)}; expected a number, a node name or "("`, token.pos);
  }

  private call(name: string, pos: number): FormulaAst {
    const fn = FORMULA_FUNCTIONS.get(name);
    if (fn === undefined) {
      this.fail(`unknown function "${name}"; available: ${[...FORMULA_FUNCTIONS.keys()].join(", ")}`, pos);
    }
    this.index++; // "("
    const args: FormulaAst[] = [];
    if (!this.peekOp(")")) {
      do args.push(this.expression(0));
      while (this.acceptOp(","));
    }
    this.expect(")", `to close the call to ${name}()`);
    if (args.length < fn.minArgs || args.length > fn.maxArgs) {
      const want = fn.maxArgs === Infinity ? `at least ${fn.minArgs}` : fn.minArgs === fn.maxArgs ? `${fn.minArgs}` : `${fn.minArgs}–${fn.maxArgs}`;
      this.fail(`${name}() takes ${want} argument(s), got ${args.length}`, pos);
    }
    return { kind: "call", fn: name, args, pos };
  }

  private peek(): Token {
    return this.tokens[this.index] as Token;
  }

  private next(): Token {
    const token = this.peek();
    if (token.kind !== "end") this.index++;
    return token;
  }

  private peekOp(op: string): boolean {
    const token = this.peek();
    return token.kind === "op" && token.op === op;
  }

  private acceptOp(op: string): boolean {
    if (!this.peekOp(op)) return false;
    this.index++;
    return true;
  }

  private expect(op: string, why: string): void {
    const token = this.peek();
    if (!this.acceptOp(op)) this.fail(`expected "${op}" ${why}, found ${describe(token)}`, token.pos);
  }

  private fail(message: string, pos: number): never {
    throw new DpmError("PARSE_ERROR", `${this.path}: ${message} at column ${pos + 1} of ${JSON.stringify(clip(this.source))}.`, {
      path: this.path,
      details: { column: pos + 1, formula: this.source },
    });
  }
}

function tokenize(source: string, fail: (message: string, pos: number) => never): Token[] {
  const tokens: Token[] = [];
  let pos = 0;
  while (pos < source.length) {
    const c = source.charCodeAt(pos);
    if (c === 32 || c === 9 || c === 10 || c === 13) {
      pos++;
      continue;
    }
    NUMBER.lastIndex = pos;
    const number = NUMBER.exec(source);
    if (number !== null) {
      const value = Number(number[0]);
      if (!Number.isFinite(value)) fail(`the number ${number[0]} is too large`, pos);
      tokens.push({ kind: "number", value, pos });
      pos += number[0].length;
      continue;
    }
    NAME.lastIndex = pos;
    const name = NAME.exec(source);
    if (name !== null) {
      tokens.push({ kind: "name", name: name[0], pos });
      pos += name[0].length;
      continue;
    }
    const op = OPERATORS.find((o) => source.startsWith(o, pos));
    if (op === undefined) fail(`unexpected character ${JSON.stringify(source[pos])}`, pos);
    tokens.push({ kind: "op", op, pos });
    pos += op.length;
  }
  tokens.push({ kind: "end", pos });
  return tokens;
}

function describe(token: Token): string {
  switch (token.kind) {
    case "number":
      return `number ${token.value}`;
    case "name":
      return `name "${token.name}"`;
    case "op":
      return `"${token.op}"`;
    case "end":
      return "end of formula";
  }
}

function clip(source: string): string {
  return source.length > 80 ? `${source.slice(0, 77)}...` : source;
}

/**
 * The node names a formula reads, in order of first appearance.
 * @internal
 */
export function formulaRefs(ast: FormulaAst, out: string[] = []): string[] {
  switch (ast.kind) {
    case "ref":
      if (!out.includes(ast.name)) out.push(ast.name);
      break;
    case "unary":
      formulaRefs(ast.arg, out);
      break;
    case "binary":
      formulaRefs(ast.left, out);
      formulaRefs(ast.right, out);
      break;
    case "call":
      for (const arg of ast.args) formulaRefs(arg, out);
      break;
    case "number":
      break;
  }
  return out;
}
