import { packageBuildConfig } from "../../tsup.shared.ts";

// Three entries: the universal `@dpm/agents`, the Node-only `@dpm/agents/node` (worker threads) and
// the worker script it starts (dist/sweepWorker.js / .cjs next to node.js / node.cjs; not an export).
export default packageBuildConfig({ entry: ["src/index.ts", "src/node.ts", "src/sweepWorker.ts"] });
