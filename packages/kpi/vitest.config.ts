import { mergeConfig } from "vitest/config";
import { packageTestConfig } from "../../vitest.shared.ts";

// Every module of @dpm/kpi is pure (no module state, no globals), so its ~50 small test files can
// share one module graph instead of paying a fresh worker each: about 4× faster on 2 cores.
export default mergeConfig(packageTestConfig("kpi"), { test: { isolate: false } });
