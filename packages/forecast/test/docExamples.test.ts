import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { cleanExamples, collectExamples, formatValue, matchesExpected, writeExample } from "../../../scripts/docExamples.ts";

// Every @example in the TSDoc runs, and its `// =>` results are asserted.
const src = fileURLToPath(new URL("../src/", import.meta.url));
const out = fileURLToPath(new URL("../.doc-examples/", import.meta.url));
const examples = collectExamples(src);

describe("TSDoc @example blocks", () => {
  afterAll(() => cleanExamples(out));

  it("finds the examples", () => {
    expect(examples.length).toBeGreaterThan(10);
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
