// Test helper: spawns test/fixtures/worker.ts as a separate Node process and follows its JSON event
// lines. It runs through tsx with test/fixtures/tsconfig.json, whose `paths` send @dpm/core and
// @dpm/forecast to their TypeScript sources, as vitest's aliases do for the in-process reference
// run: both sides run the same code, and a clean clone needs no build.
import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";

export interface WorkerEvent {
  readonly event: "ready" | "active" | "chunk";
  readonly pid: number;
  readonly job?: string;
  readonly run?: string;
  readonly chunk?: number;
  readonly stored?: boolean;
}

export interface WorkerProcess {
  readonly child: ChildProcess;
  readonly events: WorkerEvent[];
  readonly ready: Promise<void>;
  onEvent(listener: (event: WorkerEvent) => void): void;
  /** SIGTERM (the worker finishes its chunk and closes), then waits for the exit. */
  stop(): Promise<void>;
}

const script = fileURLToPath(new URL("./fixtures/worker.ts", import.meta.url));
const cwd = fileURLToPath(new URL("..", import.meta.url));
const tsconfig = fileURLToPath(new URL("./fixtures/tsconfig.json", import.meta.url));

export function spawnWorker(url: string, queue: string): WorkerProcess {
  const child = spawn(process.execPath, ["--import", "tsx", script, url, queue], { cwd, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, TSX_TSCONFIG_PATH: tsconfig } });
  const events: WorkerEvent[] = [];
  const listeners: ((event: WorkerEvent) => void)[] = [];
  let stderr = "";
  child.stderr?.on("data", (d: Buffer) => {
    stderr += d.toString();
  });
  const ready = new Promise<void>((resolve, reject) => {
    let buffer = "";
    child.stdout?.on("data", (d: Buffer) => {
      buffer += d.toString();
      let nl = buffer.indexOf("\n");
      while (nl >= 0) {
        const event = JSON.parse(buffer.slice(0, nl)) as WorkerEvent;
        buffer = buffer.slice(nl + 1);
        events.push(event);
        if (event.event === "ready") resolve();
        for (const l of listeners) l(event);
        nl = buffer.indexOf("\n");
      }
    });
    child.once("exit", (code, signal) => reject(new Error(`worker exited (${code ?? signal}) before it was ready:\n${stderr}`)));
  });
  ready.catch(() => {});
  return {
    child,
    events,
    ready,
    onEvent(listener) {
      listeners.push(listener);
    },
    stop() {
      if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
      return new Promise((resolve) => {
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      });
    },
  };
}
