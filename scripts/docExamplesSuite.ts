// The vitest suite every package runs over its TSDoc: each `@example` block runs, and its `// =>`
// results are asserted (see docExamples.ts for how the blocks are found and rewritten).
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cleanExamples, collectExamples, formatValue, matchesExpected, writeExample } from "./docExamples.ts";

export interface DocExamplesSuiteOptions {
  /** The package must have more examples than this (guards against a broken block pattern). */
  readonly atLeast: number;
  /** Runs once before the examples, e.g. to build an entry point an example imports. */
  readonly setup?: () => Promise<unknown>;
}

/** Declares the suite for the package whose test file is `testFileUrl` (`import.meta.url`, in `<pkg>/test/`). */
export function describeDocExamples(testFileUrl: string, options: DocExamplesSuiteOptions): void {
  const src = fileURLToPath(new URL("../src/", testFileUrl));
  const out = fileURLToPath(new URL("../.doc-examples/", testFileUrl));
  const examples = collectExamples(src);

  describe("TSDoc @example blocks", () => {
    const setup = options.setup;
    if (setup !== undefined) {
      beforeAll(async () => {
        await setup();
      });
    }
    afterAll(() => cleanExamples(out));

    it("finds the examples", () => {
      expect(examples.length).toBeGreaterThan(options.atLeast);
    });

    it.each(examples.map((e, i) => [e.name, i] as const))("%s runs and states true results", async (_name, i) => {
      const checks: string[] = [];
      (globalThis as { __check?: unknown }).__check = (value: () => unknown, expected: string) => {
        const actual = value();
        if (!matchesExpected(actual, expected)) checks.push(`expected ${expected}, got ${formatValue(actual)}`);
      };
      await import(writeExample(out, i, examples[i] as (typeof examples)[number]));
      expect(checks).toEqual([]);
    });
  });
}
