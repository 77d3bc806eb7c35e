// Worker-thread entry of the local pool (bundled to dist/poolWorker.js): forecasts the chunks it
// is sent with the same function the BullMQ workers use. Runs at import by design.
import { parentPort } from "node:worker_threads";
import { forecastChunk, type ForecastChunk, type ForecastChunkOptions } from "@dpm/bullmq";

const port = parentPort;
if (port !== null) {
  port.on("message", (msg: { chunk: ForecastChunk; options: ForecastChunkOptions }) => {
    port.postMessage(forecastChunk(msg.chunk, msg.options));
  });
}
