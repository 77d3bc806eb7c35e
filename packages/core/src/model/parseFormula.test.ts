import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isDpmError, type DpmError } from "../errors/DpmError.js";
import { parseFormula, type FormulaAst } from "./parseFormula.js";
import { GLOBAL_SENTINEL, PROTO_SENTINEL, withTraps } from "../../test/readTraps.ts";
import { catchDpm } from "../../test/catchDpm.js";

/** The AST without positions, as a compact prefix string: easy to compare with a hand-written tree. */
function shape(ast: FormulaAst): string {
  switch (ast.kind) {
    case "number":
      return String(ast.value);
    case "ref":
      return ast.name;
    case "unary":
      return `(${ast.op} ${shape(ast.arg)})`;
    case "binary":
      return `(${ast.op} ${shape(ast.left)} ${shape(ast.right)})`;
    case "call":
      return `${ast.fn}(${ast.args.map(shape).join(", ")})`;
  }
}

/** Every node of an AST, depth first. */
function walk(ast: FormulaAst, out: FormulaAst[] = []): FormulaAst[] {
  out.push(ast);
  if (ast.kind === "unary") walk(ast.arg, out);
  if (ast.kind === "binary") walk(ast.right, walk(ast.left, out));
  if (ast.kind === "call") for (const a of ast.args) walk(a, out);
  return out;
}


/** Tokens an attacker (or a careless JSON author) might put in a formula. */
const HOSTILE_TOKENS = [
  "__proto__", "constructor", "prototype", "globalThis", "process", "this", "eval", "Function", "toString",
  "hasOwnProperty", "valueOf", "require", "import", PROTO_SENTINEL, GLOBAL_SENTINEL,
  ".", "[", "]", "\"", "'", "`", "(", ")", ",", "{", "}", ";", "=", "=>", "?", ":",
  "+", "-", "*", "/", "%", "^", "<", "<=", ">", ">=", "==", "!=", "&&", "||", "!",
  "0", "1", "2.5", "1e3", "1e999", ".5", "a", "b", "orders", "aov", "min", "max", "if", "clamp", "sqrt", "log", "pow", " ",
];
const hostileFormula = fc.array(fc.constantFrom(...HOSTILE_TOKENS), { maxLength: 25 }).chain((tokens) =>
  fc.array(fc.constantFrom("", " "), { minLength: tokens.length, maxLength: tokens.length }).map((gaps) => tokens.map((t, i) => t + gaps[i]).join("")),
);

describe("parseFormula", () => {
  it("parses a product of two node names into a binary node with 0-based positions", () => {
    const ast = parseFormula("orders * aov");
    expect(ast).toEqual({
      kind: "binary",
      op: "*",
      left: { kind: "ref", name: "orders", pos: 0 },
      right: { kind: "ref", name: "aov", pos: 9 },
      pos: 7,
    });
  });

  it("reads numbers in every documented form", () => {
    for (const [text, value] of [["12", 12], ["0.5", 0.5], [".5", 0.5], ["5.", 5], ["1e-3", 0.001], ["2E+2", 200], ["007", 7]] as const) {
      expect(parseFormula(text)).toEqual({ kind: "number", value, pos: 0 });
    }
  });

  it("follows the documented precedence: || < && < equality < comparison < + - < * / % < unary < ^", () => {
    const cases: [string, string][] = [
      ["2 + 3 * 4", "(+ 2 (* 3 4))"],
      ["(2 + 3) * 4", "(* (+ 2 3) 4)"],
      ["-2^2", "(- (^ 2 2))"],
      ["2^3^2", "(^ 2 (^ 3 2))"],
      ["2^-1", "(^ 2 (- 1))"],
      ["-2 * 3", "(* (- 2) 3)"],
      ["10 - 4 - 3", "(- (- 10 4) 3)"],
      ["8 / 4 / 2", "(/ (/ 8 4) 2)"],
      ["7 % 4 * 2", "(* (% 7 4) 2)"],
      ["a < b == c > d", "(== (< a b) (> c d))"],
      ["a || b && c", "(|| a (&& b c))"],
      ["!a && b", "(&& (! a) b)"],
      ["a + b >= c - d", "(>= (+ a b) (- c d))"],
      ["a != b || c <= d", "(|| (!= a b) (<= c d))"],
      ["+a", "a"],
      ["- -a", "(- (- a))"],
    ];
    for (const [text, expected] of cases) expect(shape(parseFormula(text)), text).toBe(expected);
  });

  it("parses calls of the built-in functions with their arguments", () => {
    expect(shape(parseFormula("min(a, b, 3)"))).toBe("min(a, b, 3)");
    expect(shape(parseFormula("max(orders * 2)"))).toBe("max((* orders 2))");
    expect(shape(parseFormula("if(a > 0, clamp(a, 0, 1), pow(b, 2))"))).toBe("if((> a 0), clamp(a, 0, 1), pow(b, 2))");
    expect(shape(parseFormula("abs(sqrt(exp(log(round(floor(ceil(x)))))))"))).toBe("abs(sqrt(exp(log(round(floor(ceil(x)))))))");
    const call = parseFormula("  max ( a , 2 )");
    expect(call.kind === "call" && call.pos).toBe(2);
  });

  it("accepts identifiers with digits and underscores, and whitespace including tabs and newlines", () => {
    expect(shape(parseFormula("unit_cost_2 *\n\t_x\r\n"))).toBe("(* unit_cost_2 _x)");
  });

  it("reports PARSE_ERROR with the 1-based column and what was expected", () => {
    const cases: [string, number, string][] = [
      ["orders * ", 10, "expected a number, a node name or \"(\""],
      ["a + * b", 5, "unexpected \"*\""],
      ["(a + b", 7, "expected \")\""],
      ["a $ b", 3, "unexpected character \"$\""],
      ["a.b", 2, "unexpected character \".\""],
      ["a b", 3, "expected an operator or the end of the formula"],
      ["foo(1)", 1, "unknown function \"foo\""],
      ["min()", 1, "min() takes at least 1 argument(s), got 0"],
      ["clamp(1, 2)", 1, "clamp() takes 3 argument(s), got 2"],
      ["if(1, 2, 3, 4)", 1, "if() takes 3 argument(s), got 4"],
      ["pow(2 3)", 7, "to close the call to pow()"],
      ["1e999 + a", 1, "too large"],
      ["a[0]", 2, "unexpected character \"[\""],
      ["\"x\"", 1, "unexpected character"],
      ["", 1, "the formula is empty"],
      ["   ", 1, "the formula is empty"],
    ];
    for (const [text, column, fragment] of cases) {
      const error = catchDpm(() => parseFormula(text));
      expect(error.code, text).toBe("PARSE_ERROR");
      expect(error.details?.column, text).toBe(column);
      expect(error.message, text).toContain(`at column ${column}`);
      expect(error.message, text).toContain(fragment);
    }
  });

  it("names the formula's path in the error so the user can find it", () => {
    const error = catchDpm(() => parseFormula("revenue *", "nodes.profit.formula"));
    expect(error.code).toBe("PARSE_ERROR");
    expect(error.path).toBe("nodes.profit.formula");
    expect(error.message.startsWith("nodes.profit.formula:")).toBe(true);
  });

  it("rejects non-strings, over-long formulas and runaway nesting with PARSE_ERROR instead of crashing", () => {
    expect(catchDpm(() => parseFormula(42 as unknown as string)).message).toContain("must be a string formula");
    expect(catchDpm(() => parseFormula(null as unknown as string)).code).toBe("PARSE_ERROR");
    expect(catchDpm(() => parseFormula("a+".repeat(5000) + "a")).message).toContain("limited to 10000");
    expect(catchDpm(() => parseFormula("(".repeat(1000) + "1" + ")".repeat(1000))).message).toContain("nests deeper than 200");
    expect(catchDpm(() => parseFormula("-".repeat(5000) + "1")).message).toContain("nests deeper than 200");
    expect(catchDpm(() => parseFormula("2^".repeat(1000) + "2")).message).toContain("nests deeper than 200");
    // a long flat chain is not deep: it parses
    expect(walk(parseFormula(Array.from({ length: 3000 }, () => "1").join("+"))).length).toBe(5999);
  });

  it("treats property-access and global names as plain node references, never looking them up", () => {
    for (const name of ["__proto__", "constructor", "prototype", "globalThis", "process", "this", "eval", "Function", "toString"]) {
      expect(parseFormula(name)).toEqual({ kind: "ref", name, pos: 0 });
    }
    expect(catchDpm(() => parseFormula("constructor.constructor")).code).toBe("PARSE_ERROR");
    expect(catchDpm(() => parseFormula("toString()")).message).toContain("unknown function \"toString\"");
    expect(catchDpm(() => parseFormula("__proto__(1)")).message).toContain("unknown function \"__proto__\"");
    expect(catchDpm(() => parseFormula("hasOwnProperty(a)")).code).toBe("PARSE_ERROR");
  });

  it("property: for any unicode string it returns a well-formed AST or throws a DpmError PARSE_ERROR", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: "binary", maxLength: 40 }), fc.string({ unit: "grapheme", maxLength: 40 }), fc.string({ maxLength: 40 })), (text) => {
        let ast: FormulaAst;
        try {
          ast = parseFormula(text);
        } catch (error) {
          expect(isDpmError(error, "PARSE_ERROR"), String(error)).toBe(true);
          expect(typeof (error as DpmError).details?.column).toBe("number");
          return;
        }
        for (const n of walk(ast)) {
          expect(n.pos >= 0 && n.pos < text.length).toBe(true);
          if (n.kind === "ref") expect(n.name).toMatch(/^[A-Za-z_][A-Za-z0-9_]*$/);
          if (n.kind === "number") expect(Number.isFinite(n.value)).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("the read traps used below do notice prototype and global reads (self-check)", () => {
    const touched = withTraps({ proto: PROTO_SENTINEL, global: GLOBAL_SENTINEL }, () => {
      const plain: Record<string, unknown> = {};
      void plain[PROTO_SENTINEL];
      void (globalThis as Record<string, unknown>)[GLOBAL_SENTINEL];
      void plain.constructor;
      void (plain as { __proto__?: unknown }).__proto__;
    });
    expect(touched).toEqual([PROTO_SENTINEL, GLOBAL_SENTINEL, "constructor", "__proto__"]);
    expect(({} as Record<string, unknown>)[PROTO_SENTINEL]).toBeUndefined();
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  });

  it("property: hostile token soup only ever throws DpmError and touches no prototype or global", () => {
    fc.assert(
      fc.property(hostileFormula, (text) => {
        let thrown: unknown;
        let ast: FormulaAst | undefined;
        const touched = withTraps({ proto: PROTO_SENTINEL, global: GLOBAL_SENTINEL }, () => {
          try {
            ast = parseFormula(text);
          } catch (error) {
            thrown = error;
          }
        });
        expect(touched).toEqual([]);
        if (thrown !== undefined) expect(isDpmError(thrown, "PARSE_ERROR"), String(thrown)).toBe(true);
        else expect(walk(ast as FormulaAst).length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, PROTO_SENTINEL)).toBe(false);
  });
});
