import { fileURLToPath } from "node:url";
import { packageTestConfig } from "../../vitest.shared.ts";

const config = packageTestConfig("agents");
// `@dpm/agents/node` (the Node-only entry, used by a doc example) must resolve to its source before
// the shared `@dpm/agents` alias would turn it into `src/index.ts/node`.
const shared = Object.entries((config.resolve?.alias ?? {}) as Record<string, string>).map(([find, replacement]) => ({ find, replacement }));
config.resolve = {
  ...config.resolve,
  alias: [{ find: "@dpm/agents/node", replacement: fileURLToPath(new URL("./src/node.ts", import.meta.url)) }, ...shared],
};

export default config;
