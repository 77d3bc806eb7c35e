// Worker-thread entry of @dpm/montecarlo/node (an internal file, not a public entry point). A
// worker serves one job at a time: `job` rebuilds the model from its JSON definition and the plan
// from plain data; each `chunk` message then computes one chunk. Workers are reused between
// simulateParallel calls (warm JIT, no start-up cost). It runs at import by design.
import { parentPort } from "node:worker_threads";
import { isDpmError, modelFromJson } from "@dpm/core";
import { computeChunk, type ChunkResult } from "./simulate/engine.js";
import { ChunkSampler } from "./simulate/sampleChunk.js";
import { simulationPlanFromJson, type SimulationPlan, type SimulationPlanJson } from "./simulate/simulationPlan.js";

/** Messages from the main thread. */
type Request = { type: "job"; job: number; definition: string; plan: SimulationPlanJson } | { type: "chunk"; job: number; chunk: number };

/** Transferable buffers of a chunk result (moved, not copied, to the main thread). */
function transfers(r: ChunkResult): ArrayBuffer[] {
  const list: ArrayBuffer[] = [];
  for (const p of r.parts) list.push(p.above.buffer as ArrayBuffer, p.below.buffer as ArrayBuffer, p.sketch.pos.counts.buffer as ArrayBuffer, p.sketch.neg.counts.buffer as ArrayBuffer);
  if (r.track !== undefined) list.push(r.track.pos.counts.buffer as ArrayBuffer, r.track.neg.counts.buffer as ArrayBuffer);
  for (const a of r.outputs ?? []) list.push(a.buffer as ArrayBuffer);
  for (const a of r.inputs ?? []) list.push(a.buffer as ArrayBuffer);
  return [...new Set(list)];
}

function serialise(error: unknown): { message: string; code?: string; path?: string } {
  if (isDpmError(error)) return { message: error.message, code: error.code, ...(error.path === undefined ? {} : { path: error.path }) };
  return { message: error instanceof Error ? error.message : String(error) };
}

const port = parentPort;
if (port !== null) {
  let current: { job: number; plan: SimulationPlan; sampler: ChunkSampler } | undefined;
  port.on("message", (msg: Request) => {
    try {
      if (msg.type === "job") {
        const plan = simulationPlanFromJson(modelFromJson(msg.definition), msg.plan, "simulateParallel (worker)");
        current = { job: msg.job, plan, sampler: new ChunkSampler(plan.sampling) };
        return;
      }
      if (current === undefined || current.job !== msg.job) return; // a chunk of a finished job
      const result = computeChunk(current.plan, current.sampler, msg.chunk, current.plan.keepSamples);
      port.postMessage({ job: msg.job, result }, transfers(result));
    } catch (error) {
      port.postMessage({ job: msg.job, error: serialise(error) });
    }
  });
}
