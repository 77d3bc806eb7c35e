// Runs the `@example` blocks of a package's TSDoc as tests, so documentation cannot drift from the
// code. Lines of the form `expression; // => expected` become assertions: the value is formatted
// as JS literal text (strings quoted, arrays/typed arrays bracketed) and must start the comment.
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";

export interface DocExample {
  /** `file:line` of the example. */
  readonly name: string;
  /** The example's code with its `// =>` lines turned into `__check` calls. */
  readonly code: string;
}

const BLOCK = /@example\s*\n((?:\s*\*.*\n)*?)\s*\*\s*```ts\n((?:\s*\*.*\n)*?)\s*\*\s*```/g;
const ASSERTION = /^(\s*)(.+?);?\s*\/\/ => (.+)$/;

/** Every `@example` code block under `srcDir` (test files excluded). */
export function collectExamples(srcDir: string): DocExample[] {
  const examples: DocExample[] = [];
  for (const file of walk(srcDir)) {
    const text = readFileSync(file, "utf8");
    for (const match of text.matchAll(BLOCK)) {
      const line = text.slice(0, match.index).split("\n").length;
      const body = (match[2] ?? "").split("\n").map((l) => l.replace(/^\s*\* ?/, ""));
      const code = body.map((l) => {
        const m = ASSERTION.exec(l);
        if (m === null || m[2]?.trimStart().startsWith("//")) return l;
        return `${m[1]}__check(() => (${m[2]}), ${JSON.stringify(m[3])});`;
      });
      examples.push({ name: `${relative(srcDir, file)}:${line}`, code: code.join("\n") });
    }
  }
  return examples;
}

/** Formats a value the way the examples write it: `"text"`, `[1, 2]`, `Float64Array [1, 2]`, `-Infinity`. */
export function formatValue(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "number") return Object.is(value, -0) ? "0" : String(value);
  if (Array.isArray(value)) return `[${value.map(formatValue).join(", ")}]`;
  if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
    return `${value.constructor.name} [${Array.from(value as unknown as ArrayLike<number>, formatValue).join(", ")}]`;
  }
  if (typeof value === "object" && value !== null) {
    return `{ ${Object.entries(value).map(([k, v]) => `${k}: ${formatValue(v)}`).join(", ")} }`;
  }
  return String(value);
}

/** Whether the comment after `// =>` states `value` (extra words after the literal are allowed). */
export function matchesExpected(value: unknown, expected: string): boolean {
  const text = formatValue(value);
  const want = expected.trim();
  return want === text || want.startsWith(`${text} `) || (Array.isArray(value) && normalise(want) === normalise(text));
}

function normalise(text: string): string {
  return text.replace(/\s+/g, "");
}

/** Writes an example as a module file in `dir` and returns its path, ready for `import()`. */
export function writeExample(dir: string, index: number, example: DocExample): string {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `example${index}.ts`);
  writeFileSync(path, `// ${example.name}\ndeclare function __check(value: () => unknown, expected: string): void;\n${example.code}\nexport {};\n`);
  return path;
}

export function cleanExamples(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

function* walk(dir: string): Generator<string> {
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) yield* walk(path);
    else if (path.endsWith(".ts") && !path.includes(".test")) yield path;
  }
}
