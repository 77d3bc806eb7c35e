import { packageBuildConfig } from "../../tsup.shared.ts";

// Three entries: the browser-safe main entry, the Node-only entry (worker threads), and the
// worker script it starts (an internal file next to it in dist, not an export). `shims` gives the
// CommonJS build an import.meta.url, so both builds find dist/worker.js.
export default packageBuildConfig({ entry: ["src/index.ts", "src/node.ts", "src/worker.ts"], shims: true });
