/**
 * Node-only entry of `@dpm/montecarlo`: simulations split across worker threads.
 *
 * @packageDocumentation
 */

export { simulateParallel } from "./simulate/simulateParallel.js";
export type { SimulateParallelOptions } from "./simulate/simulateParallel.js";
