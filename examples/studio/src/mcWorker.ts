import { type RiskRequest, runRisk } from "./risk.js";

/** Messages the worker posts back to the page. */
export type WorkerMessage =
  | { readonly kind: "progress"; readonly done: number; readonly total: number }
  | { readonly kind: "done"; readonly result: NonNullable<ReturnType<typeof runRisk>>; readonly iterationsPerSecond: number }
  | { readonly kind: "error"; readonly message: string };

// Typed by hand so the studio's tsconfig needs only the DOM lib (DOM and WebWorker clash).
const scope = self as unknown as { onmessage: ((e: MessageEvent<RiskRequest>) => void) | null; postMessage(m: WorkerMessage): void };

// Cancel = the page terminates this worker; a run is synchronous batch by batch.
scope.onmessage = (e) => {
  try {
    const started = performance.now();
    let last = 0;
    const result = runRisk(e.data, (done, total) => {
      const now = performance.now();
      if (now - last > 50 || done === total) {
        last = now;
        scope.postMessage({ kind: "progress", done, total });
      }
    });
    if (result !== null) scope.postMessage({ kind: "done", result, iterationsPerSecond: e.data.iterations / ((performance.now() - started) / 1000) });
  } catch (error) {
    scope.postMessage({ kind: "error", message: error instanceof Error ? error.message : String(error) });
  }
};
