import { packageBuildConfig } from "../../tsup.shared.ts";

// Two entries: the universal `@dpm/agents` and the Node-only `@dpm/agents/node` (worker threads).
export default packageBuildConfig({ entry: ["src/index.ts", "src/node.ts"] });
