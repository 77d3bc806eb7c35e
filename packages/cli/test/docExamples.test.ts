import { describeDocExamples } from "../../../scripts/docExamplesSuite.ts";

// Every @example in the TSDoc runs, and its `// =>` results are asserted.
describeDocExamples(import.meta.url, { atLeast: 2 });
