import { fileURLToPath } from "node:url";
import type { ViteUserConfig as UserConfig } from "vitest/config";
import { packageTestConfig } from "../../vitest.shared.ts";

const config: UserConfig = packageTestConfig("forecast");
// The Node-only subpath `@dpm/forecast/node` (used by doc examples) also resolves to source; it must
// precede the shared `@dpm/forecast` alias, which would otherwise match it as a prefix.
const shared = Object.entries((config.resolve?.alias ?? {}) as Record<string, string>).map(([find, replacement]) => ({ find, replacement }));
const withNode: UserConfig = {
  ...config,
  resolve: {
    ...config.resolve,
    alias: [{ find: "@dpm/forecast/node", replacement: fileURLToPath(new URL("./src/node.ts", import.meta.url)) }, ...shared],
  },
};
export default withNode;
