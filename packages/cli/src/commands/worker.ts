import { Command } from "commander";
import { CliError, EXIT } from "../CliError.js";

interface WorkerFlags {
  queue: string;
  queueName: string;
  concurrency: string;
  lockDuration: string;
  stalledInterval: string;
  quiet?: boolean;
}

export function workerCommand(): Command {
  return new Command("worker")
    .description("Serve forecast chunks from a BullMQ queue on Redis (start one per core, on any number of machines)")
    .requiredOption("--queue <redis-url>", "Redis URL, e.g. redis://10.0.0.5:6380")
    .option("--queue-name <name>", "BullMQ queue name", "dpm")
    .option("--concurrency <n>", "chunks at once in this process", "1")
    .option("--lock-duration <ms>", "a chunk of a dead worker is retried after this long", "30000")
    .option("--stalled-interval <ms>", "how often to look for chunks of dead workers", "15000")
    .option("-q, --quiet", "no log lines")
    .addHelpText("after", "\nStops on SIGINT/SIGTERM after the chunk in hand. Exit codes: 0 stopped, 2 usage, 5 Redis unreachable.\n\nExample:\n  dpm worker --queue redis://10.0.0.5:6380")
    .action(async (flags: WorkerFlags) => {
      const n = (v: string, flag: string) => {
        const x = Number(v);
        if (!Number.isInteger(x) || x < 1) throw new CliError(`${flag} must be a whole number ≥ 1`, EXIT.usage);
        return x;
      };
      // Loaded here so `dpm --help` does not load BullMQ and ioredis.
      const { startWorker } = await import("@dpm/bullmq");
      let worker;
      try {
        worker = startWorker({
          connection: flags.queue,
          queue: flags.queueName,
          concurrency: n(flags.concurrency, "--concurrency"),
          lockDuration: n(flags.lockDuration, "--lock-duration"),
          stalledInterval: n(flags.stalledInterval, "--stalled-interval"),
          onChunk: (c) => {
            if (flags.quiet !== true) process.stderr.write(`worker ${process.pid}: chunk ${c.run}-${c.chunk} (${c.series} series)${c.stored ? "" : " already stored"}\n`);
          },
        });
      } catch (error) {
        throw new CliError((error as Error).message, EXIT.usage);
      }
      await worker.worker.waitUntilReady().catch(() => {
        throw new CliError(`cannot reach Redis at ${flags.queue}`, EXIT.queue);
      });
      if (flags.quiet !== true) process.stderr.write(`worker ${process.pid}: serving ${flags.queueName} on ${flags.queue}\n`);
      await new Promise<void>((resolve) => {
        const stop = () => resolve();
        process.once("SIGINT", stop);
        process.once("SIGTERM", stop);
      });
      await worker.close();
    });
}
