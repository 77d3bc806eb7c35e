// Type-level reading of formula strings: which node names does "orders * (1 - discount)" use?
// This is what makes an unknown node in a typed model definition a compile error.

type Lower = "a" | "b" | "c" | "d" | "e" | "f" | "g" | "h" | "i" | "j" | "k" | "l" | "m" | "n" | "o" | "p" | "q" | "r" | "s" | "t" | "u" | "v" | "w" | "x" | "y" | "z";
type Digit = "0" | "1" | "2" | "3" | "4" | "5" | "6" | "7" | "8" | "9";
type NameChar = Lower | Uppercase<Lower> | Digit | "_";

/** Names of the functions a formula may call (they are not node references). */
type FunctionName = "min" | "max" | "abs" | "sqrt" | "exp" | "log" | "pow" | "round" | "floor" | "ceil" | "clamp" | "if";

type Space = " " | "\t" | "\n" | "\r";
type TrimStart<S extends string> = S extends `${Space}${infer Rest}` ? TrimStart<Rest> : S;

type Flush<Word extends string, Acc extends string, Rest extends string> = Word extends ""
  ? Acc
  : Word extends `${Digit}${string}`
    ? Acc // part of a number such as 1e5
    : Word extends FunctionName
      ? TrimStart<Rest> extends `(${string}` ? Acc : Acc | Word
      : Acc | Word;

type Scan<S extends string, Word extends string, Acc extends string> = S extends `${infer C}${infer Rest}`
  ? C extends NameChar
    ? Scan<Rest, `${Word}${C}`, Acc>
    : Scan<Rest, "", Flush<Word, Acc, S>>
  : Flush<Word, Acc, "">;

/**
 * The node names a formula string refers to, computed by the type checker: `FormulaRefs<"a * b + 2">`
 * is `"a" | "b"`. For a `string` that is not a literal it is `string` (checked at run time instead).
 *
 * @category Model
 */
export type FormulaRefs<F extends string> = string extends F ? string : Scan<F, "", never>;
