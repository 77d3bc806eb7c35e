// The export fuzzer every package runs (usage: /tmp/dpm-contracts/fuzz.md, or the one-line
// `test/fuzz.test.ts` of any package): each exported function is called from the valid calls its
// TSDoc examples make, with one argument corrupted at a time; a case passes only when it throws a
// DpmError or returns a sound result, without mutating its inputs or polluting prototypes. The
// calls run in a worker thread so that a hang is caught (the worker is killed and the run resumes
// after the hanging case) instead of blocking the test run.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { beforeAll, describe, expect, it } from "vitest";
import { collectExamples } from "./docExamples.ts";
import type { FuzzMessage, FuzzWorkerData } from "./fuzzWorker.ts";

export interface FuzzOptions {
  /** The package's name, e.g. `"@dpm/kpi"`: its own imports in the examples are recorded. */
  readonly package: string;
  /** A module (relative to the test file) exporting `calls: Record<string, unknown[][]>`, extra seed calls. */
  readonly calls?: string;
  /** Exported functions not fuzzed, with the reason. */
  readonly skip?: Readonly<Record<string, string>>;
  /** Functions whose trailing object argument is data rather than options (extra keys allowed). */
  readonly openObjects?: readonly string[];
  /** Functions documented to return ±Infinity for some valid inputs (e.g. `runway` with no burn), with the reason. */
  readonly allowNonFinite?: Readonly<Record<string, string>>;
  /** Functions documented to return NaN (a missing value) in some fields of a valid result, with the reason. */
  readonly allowNaN?: Readonly<Record<string, string>>;
  /** Corrupted cases per function (default 60). */
  readonly maxCasesPerFunction?: number;
  /** Seed calls kept per function (default 2). */
  readonly seedCallsPerFunction?: number;
  /** A call slower than this fails as "slow" (default 1500 ms). */
  readonly budgetMs?: number;
  /** A call slower than this is killed and fails as a hang (default 4000 ms). */
  readonly hangMs?: number;
}

export interface FuzzReport {
  readonly exports: number;
  readonly functions: readonly string[];
  readonly covered: readonly string[];
  readonly cases: number;
  readonly failures: readonly string[];
}

const seedFromEnv = (): number => {
  const configured = process.env.FC_SEED;
  return configured === undefined || configured === "random" ? 20_261_123 : Number(configured);
};

/** Runs the fuzzer over the package whose test file is `testFileUrl` (`import.meta.url`, in `<pkg>/test/`). */
export async function fuzzPackage(testFileUrl: string, options: FuzzOptions): Promise<FuzzReport> {
  const src = fileURLToPath(new URL("../src/", testFileUrl));
  // Beside the test (git-ignored as .doc-examples/), not in node_modules: tsx transforms neither
  // node_modules nor files outside an ESM package.
  const out = fileURLToPath(new URL(`./.doc-examples/fuzz-${process.pid}/`, testFileUrl));
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const exampleFiles: string[] = [];
  collectExamples(src).forEach((example, i) => {
    if (/from\s+"@dpm\/[a-z-]+\/node"/.test(example.code)) return;
    const path = join(out, `example${i}.ts`);
    writeFileSync(path, `// ${example.name}\n${recordOwnImports(example.code, options.package)}\nexport {};\n`);
    exampleFiles.push(path);
  });

  const base: Omit<FuzzWorkerData, "startAt"> = {
    entry: join(src, "index.ts"),
    exampleFiles,
    callsModule: options.calls === undefined ? undefined : fileURLToPath(new URL(options.calls, testFileUrl)),
    skip: Object.keys(options.skip ?? {}),
    openObjects: options.openObjects ?? [],
    allowNonFinite: Object.keys(options.allowNonFinite ?? {}),
    allowNaN: Object.keys(options.allowNaN ?? {}),
    seed: seedFromEnv(),
    maxCasesPerFunction: options.maxCasesPerFunction ?? 60,
    seedCallsPerFunction: options.seedCallsPerFunction ?? 2,
    budgetMs: options.budgetMs ?? 1500,
    hangMs: options.hangMs ?? 4000,
  };
  const failures: string[] = [];
  let plan: Extract<FuzzMessage, { type: "plan" }> | undefined;
  let startAt = 0;
  try {
    for (let restarts = 0; ; restarts++) {
      const next = await runWorker({ ...base, startAt }, failures, (p) => (plan ??= p));
      if (next === undefined) break;
      if (restarts > 50) {
        failures.push("too many hangs or crashes: stopped");
        break;
      }
      startAt = next;
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
  if (plan === undefined) throw new Error("the fuzz worker never reported its plan");
  return { exports: plan.exports.length, functions: plan.functions, covered: plan.covered, cases: plan.cases, failures: [...new Set([...plan.seedFailures, ...failures])] };
}

/** Runs cases from `data.startAt`; resolves `undefined` when done, or the index to resume at after a hang or crash. */
function runWorker(
  data: FuzzWorkerData,
  failures: string[],
  onPlan: (plan: Extract<FuzzMessage, { type: "plan" }>) => void,
): Promise<number | undefined> {
  const tsconfig = fileURLToPath(new URL("./tsconfig.fuzz.json", import.meta.url));
  const worker = new Worker(new URL("./tsWorker.mjs", import.meta.url), {
    argv: [new URL("./fuzzWorker.ts", import.meta.url).href, tsconfig],
    workerData: data,
    stdout: true,
    stderr: true,
    resourceLimits: { maxOldGenerationSizeMb: 1536 },
  });
  worker.stdout.resume();
  if (process.env.FUZZ_DEBUG !== undefined) worker.stderr.pipe(process.stderr);
  else worker.stderr.resume();
  return new Promise((resolve, reject) => {
    let current: { index: number; label: string } | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let settled = false;
    const finish = (value: number | undefined, error?: Error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      if (error === undefined) resolve(value);
      else reject(error);
    };
    // Starting a worker (tsx + recording the examples) gets a generous allowance.
    const arm = (ms: number) => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        if (current === undefined) return finish(undefined, new Error(`the fuzz worker did not start within ${ms} ms`));
        failures.push(`${current.label}: hang (over ${data.hangMs} ms): cap the size or iterations and check them first`);
        finish(current.index + 1);
      }, ms);
    };
    arm(120_000);
    worker.on("message", (message: FuzzMessage) => {
      if (message.type === "plan") onPlan(message);
      else if (message.type === "start") {
        current = { index: message.index, label: message.label };
        arm(data.hangMs);
      } else if (message.type === "done") {
        if (message.failure !== undefined) failures.push(message.failure);
        current = undefined;
        clearTimeout(timer);
      } else finish(undefined);
    });
    worker.on("error", (error) => {
      if (current === undefined) return finish(undefined, error);
      failures.push(`${current.label}: crashed the worker (${error.message.split("\n")[0]})`);
      finish(current.index + 1);
    });
    worker.on("exit", (code) => {
      if (settled) return;
      if (current !== undefined) {
        failures.push(`${current.label}: the worker exited (code ${code})`);
        return finish(current.index + 1);
      }
      finish(undefined, new Error(`the fuzz worker exited with code ${code} before finishing`));
    });
  });
}

/** `import { a, b as c, type T } from "<pkg>"` → `const { a, b: c } = globalThis.__fuzzApi;` */
function recordOwnImports(code: string, pkg: string): string {
  const escaped = pkg.replace(/[/@]/g, (c) => `\\${c}`);
  return code
    .replace(new RegExp(`import\\s+type\\s*\\{[^}]*\\}\\s*from\\s*"${escaped}";?`, "g"), "")
    .replace(new RegExp(`import\\s*\\{([^}]*)\\}\\s*from\\s*"${escaped}";?`, "g"), (_m, list: string) => {
      const names = list
        .split(",")
        .map((s) => s.trim())
        .filter((s) => s !== "" && !s.startsWith("type "))
        .map((s) => s.replace(/\s+as\s+/, ": "));
      return names.length === 0 ? "" : `const { ${names.join(", ")} } = (globalThis as any).__fuzzApi;`;
    });
}

/** Declares the fuzz suite: every exported function is covered by a seed call, and no case fails. */
export function describeFuzz(testFileUrl: string, options: FuzzOptions): void {
  describe(`fuzz ${options.package}`, () => {
    let report: FuzzReport | undefined;
    beforeAll(async () => {
      report = await fuzzPackage(testFileUrl, options);
      const summary = {
        fuzz: options.package,
        exports: report.exports,
        functions: report.functions.length,
        covered: report.covered.length,
        cases: report.cases,
        failures: report.failures.length,
      };
      console.log(JSON.stringify(summary));
    }, 300_000);

    it("has a valid seed call (a TSDoc example or a `calls` entry) for every exported function", () => {
      const covered = new Set(report?.covered);
      expect(report?.functions.filter((name) => !covered.has(name))).toEqual([]);
    });

    it("ends every corrupted call in a DpmError or a sound result, mutating nothing", () => {
      expect(report?.failures).toEqual([]);
    });
  });
}
