// Worker of bench:competition: runs the named methods on the series it is sent, timing each call.
import { parentPort } from "node:worker_threads";
import { runMethod, type CompetitionSeries, type MethodOutput } from "./competitionMethods.ts";

export interface WorkerResult {
  readonly index: number;
  readonly method: string;
  readonly ms: number;
  readonly out: MethodOutput | null;
  readonly error: string | null;
}

parentPort?.on("message", (msg: { items: { index: number; series: CompetitionSeries }[]; methods: string[] } | null) => {
  if (msg === null) {
    parentPort?.close();
    return;
  }
  const results: WorkerResult[] = [];
  for (const { index, series } of msg.items) {
    for (const method of msg.methods) {
      const t0 = performance.now();
      try {
        const out = runMethod(method, series);
        results.push({ index, method, ms: performance.now() - t0, out, error: null });
      } catch (e) {
        results.push({ index, method, ms: performance.now() - t0, out: null, error: e instanceof Error ? e.message : String(e) });
      }
    }
  }
  parentPort?.postMessage(results);
});
