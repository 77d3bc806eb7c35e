// The assertion behind `expression; // => expected` lines in the guides (docs/guides/*.md): the same
// value formatting as the packages' TSDoc @example checks (scripts/docExamples.ts at the root).
import { formatValue, matchesExpected } from "../../scripts/docExamples.ts";

/** Throws when `value()` does not format as `expected`; `where` is the guide's file:line. */
export function checkGuide(value: () => unknown, expected: string, where: string): void {
  const actual = value();
  if (!matchesExpected(actual, expected)) throw new Error(`${where}: expected ${expected}, got ${formatValue(actual)}`);
}
