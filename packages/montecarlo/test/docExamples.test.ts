import { describeDocExamples } from "../../../scripts/docExamplesSuite.ts";
import { buildNodeEntry } from "./buildNodeEntry.ts";

// Every @example in the TSDoc runs, and its `// =>` results are asserted; the @dpm/montecarlo/node
// example needs that entry built first.
describeDocExamples(import.meta.url, { atLeast: 25, setup: buildNodeEntry });
