// Loads poolThread.ts through tsx inside a worker thread (a .ts main file cannot be a thread's entry on Node 20).
import { register } from "tsx/esm/api";

register();
await import("./poolThread.ts");
