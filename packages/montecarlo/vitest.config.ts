import { fileURLToPath } from "node:url";
import { packageTestConfig } from "../../vitest.shared.ts";

const config = packageTestConfig("montecarlo");
// `@dpm/montecarlo/node` starts worker threads, which cannot run TypeScript sources: examples and
// tests import it from the bundle test/buildNodeEntry.ts builds from src before they run.
const nodeEntry = fileURLToPath(new URL("./node_modules/.montecarlo-test/node.js", import.meta.url));
config.resolve = { ...config.resolve, alias: { "@dpm/montecarlo/node": nodeEntry, ...(config.resolve?.alias as Record<string, string>) } };

export default config;
