// Worker for bench/reference.ts: fits augurs' seasonal AutoETS once and reports "ok" or the crash
// (it panics inside WebAssembly for some season lengths), so the bench's own thread survives.
import { readFileSync } from "node:fs";
import { parentPort, workerData } from "node:worker_threads";

const ets = await import(workerData.js);
ets.initSync({ module: readFileSync(workerData.wasm) });
try {
  const model = new ets.AutoETS(workerData.m, "ZZZ");
  model.fit(workerData.y);
  model.predict(4);
  parentPort.postMessage("ok");
} catch (error) {
  parentPort.postMessage(`crash: ${String(error).split("\n")[0]}`);
}
