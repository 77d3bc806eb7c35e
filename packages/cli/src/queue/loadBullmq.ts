import { CliError, EXIT } from "../CliError.js";
import type { ForecastChunk, ForecastChunkOptions, ForecastChunkResult } from "../forecast/forecastChunk.js";

/** What `dpm forecast --queue` and `dpm worker` use of `@dpm/bullmq` (see its README). */
export interface BullmqApi {
  forecastOnQueue(
    chunks: AsyncIterable<ForecastChunk>,
    options: { connection: string; queue?: string; forecast: ForecastChunkOptions; stopped?: () => boolean },
  ): AsyncIterable<ForecastChunkResult>;
  startWorker(options: {
    connection: string;
    queue?: string;
    concurrency?: number;
    lockDuration?: number;
    stalledInterval?: number;
    onChunk?: (c: { run: string; chunk: number; series: number; stored: boolean }) => void;
  }): { worker: { waitUntilReady(): Promise<unknown> }; close(): Promise<void> };
}

/** Loads `@dpm/bullmq` only for queue mode (local runs never load BullMQ or ioredis). */
export async function loadBullmq(): Promise<BullmqApi> {
  const m = (await import("@dpm/bullmq")) as unknown as Partial<BullmqApi>;
  if (typeof m.forecastOnQueue !== "function" || typeof m.startWorker !== "function") {
    throw new CliError("this @dpm/bullmq has no forecastOnQueue/startWorker; install a @dpm/bullmq that matches @dpm/cli", EXIT.internal);
  }
  return m as BullmqApi;
}
