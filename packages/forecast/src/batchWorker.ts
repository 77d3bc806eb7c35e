// Entry point of the batch worker threads (tsup bundles it to dist/batchWorker.js and .cjs).
import { serveBatchRequests } from "./batch/batchWorker.js";

serveBatchRequests();
