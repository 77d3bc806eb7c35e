// A local-pool thread for the bench: forecasts the chunks it is sent with forecastChunk.
import { parentPort } from "node:worker_threads";
import { forecastChunk, type ForecastChunk, type ForecastChunkOptions } from "../src/index.js";

parentPort?.on("message", (m: { chunk: ForecastChunk; options: ForecastChunkOptions }) => {
  parentPort?.postMessage(forecastChunk(m.chunk, m.options));
});
parentPort?.postMessage("ready");
