/**
 * The Node-only entry of `@dpm/agents`: parameter sweeps across worker threads. Browser bundles
 * import `@dpm/agents` and never pull this in.
 *
 * @packageDocumentation
 */

export { sweepParallel } from "./node/sweepParallel.js";
export type { BuiltInModel, ModuleRun, SweepParallelOptions } from "./node/sweepParallel.js";
