import { packageBuildConfig } from "../../tsup.shared.ts";

// Three entries: the browser-pure main entry, the Node-only `@dpm/forecast/node` (worker threads)
// and the worker script it starts (dist/batchWorker.js / .cjs, found next to node.js / node.cjs).
// `shims` gives the CJS build an `import.meta.url`, so the worker is located the same way in both.
export default packageBuildConfig({ entry: ["src/index.ts", "src/node.ts", "src/batchWorker.ts"], shims: true });
