// A BullMQ worker process for the bench: `node --import tsx queueWorker.ts <redis url> <queue>`.
import { startWorker } from "../src/index.js";

const [url = "", queue = "bench"] = process.argv.slice(2);
const w = startWorker({ connection: url, queue });
await w.worker.waitUntilReady();
process.stdout.write("ready\n");
process.once("SIGTERM", () => {
  void w.close().then(() => process.exit(0));
});
