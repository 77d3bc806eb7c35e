import { DpmError } from "@dpm/core";
import { Redis } from "ioredis";

/**
 * Where Redis is: a `redis://[user:password@]host:port[/db]` URL (or `rediss://` for TLS).
 *
 * @category Queue
 */
export type RedisUrl = string;

/** @internal Checks a Redis URL at the public boundary. */
export function checkRedisUrl(url: unknown, fn: string): string {
  if (typeof url !== "string" || !/^rediss?:\/\/[^\s]+$/.test(url)) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: connection must be a Redis URL such as "redis://127.0.0.1:6380", got ${JSON.stringify(url)}.`, { path: "options.connection" });
  }
  return url;
}

/**
 * @internal A client that waits through Redis restarts (commands queue while disconnected and
 * reconnects back off up to 1 s), as BullMQ requires (`maxRetriesPerRequest: null`).
 */
export function openRedis(url: string): Redis {
  const redis = new Redis(url, { maxRetriesPerRequest: null, retryStrategy: (times) => Math.min(50 * times, 1000), lazyConnect: false });
  redis.on("error", () => {}); // reconnects are automatic; errors surface on commands
  return redis;
}

/** @internal BullMQ connection options for a URL. */
export function bullConnection(url: string) {
  return { url, maxRetriesPerRequest: null, retryStrategy: (times: number) => Math.min(50 * times, 1000) };
}

/** @internal What a chunk's result key holds once the producer has read the result. */
export const CONSUMED = "consumed";

/** @internal The Redis key of a chunk's stored result. */
export function resultKey(queue: string, run: string, chunk: number): string {
  return `dpm:${queue}:${run}:result:${chunk}`;
}

/** @internal The BullMQ job id of a chunk (BullMQ reserves ":" in ids). */
export function jobId(run: string, chunk: number): string {
  return `${run}-${chunk}`;
}
