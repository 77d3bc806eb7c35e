import { describeDocExamples } from "../../../scripts/docExamplesSuite.ts";

// Every @example in the TSDoc runs, and its `// =>` results are asserted. The queue examples need a
// Redis server, so they only define their functions (and assert that); the tests beside them run them.
describeDocExamples(import.meta.url, { atLeast: 2 });
