// The worker side of the export fuzzer (see fuzzExports.ts): records the seed calls the package's
// TSDoc examples make, replays each with one argument corrupted at a time and reports every case
// to the parent thread, which enforces the per-call time budget (a hang kills this worker; the
// parent restarts it after the hanging case).
import { parentPort, workerData } from "node:worker_threads";
import { pathToFileURL } from "node:url";
import fc from "fast-check";

export interface FuzzWorkerData {
  readonly entry: string;
  readonly exampleFiles: readonly string[];
  readonly callsModule: string | undefined;
  readonly skip: readonly string[];
  readonly openObjects: readonly string[];
  readonly allowNonFinite: readonly string[];
  readonly allowNaN: readonly string[];
  readonly startAt: number;
  readonly seed: number;
  readonly maxCasesPerFunction: number;
  readonly seedCallsPerFunction: number;
  readonly budgetMs: number;
  readonly hangMs: number;
}

export type FuzzMessage =
  | {
      readonly type: "plan";
      readonly exports: readonly string[];
      readonly functions: readonly string[];
      readonly covered: readonly string[];
      readonly cases: number;
      readonly seedFailures: readonly string[];
    }
  | { readonly type: "start"; readonly index: number; readonly label: string }
  | { readonly type: "done"; readonly index: number; readonly failure?: string }
  | { readonly type: "finished" };

const data = workerData as FuzzWorkerData;
const post = (message: FuzzMessage) => parentPort?.postMessage(message);

type Fn = (...args: unknown[]) => unknown;
type Path = readonly (string | number)[];

interface SeedCall {
  readonly name: string;
  readonly args: readonly unknown[];
  readonly result: Summary;
}

interface Case {
  readonly seed: SeedCall;
  readonly label: string;
  readonly build: () => unknown[];
  /** An unknown key added to the options object: the call must be rejected. */
  readonly mustThrow: boolean;
}

interface Summary {
  readonly type: string;
  readonly hasNaN: boolean;
  readonly finite: boolean;
}

// ---- corruptions ----------------------------------------------------------------------------

function deepArray(depth: number): unknown {
  let value: unknown = [1];
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}

function deepObject(depth: number): unknown {
  let value: unknown = { value: 1 };
  for (let i = 0; i < depth; i++) value = { value, type: "normal", a: value };
  return value;
}

interface Corruption {
  readonly name: string;
  readonly make: () => unknown;
}

/** Always tried at every position. */
const CORE: readonly Corruption[] = [
  { name: "undefined", make: () => undefined },
  { name: "null", make: () => null },
  { name: "NaN", make: () => NaN },
  { name: "Infinity", make: () => Infinity },
  { name: "-Infinity", make: () => -Infinity },
  { name: "1e308", make: () => 1e308 },
  { name: "-1", make: () => -1 },
  { name: '"constructor"', make: () => "constructor" },
  { name: '"__proto__"', make: () => "__proto__" },
  { name: "10n", make: () => 10n },
  { name: "[]", make: () => [] },
  { name: "{}", make: () => ({}) },
];

function extended(seed: number): Corruption[] {
  const drawn = fc.sample(
    fc.oneof(
      fc.double(),
      fc.integer(),
      fc.string({ maxLength: 6 }),
      fc.array(fc.oneof(fc.double(), fc.constant(null)), { maxLength: 4 }),
      fc.dictionary(fc.string({ maxLength: 4 }), fc.oneof(fc.double(), fc.string({ maxLength: 3 })), { maxKeys: 3 }),
      fc.boolean(),
    ),
    { seed, numRuns: 8 },
  );
  return [
    { name: "1e9", make: () => 1e9 },
    { name: "0", make: () => 0 },
    { name: "0.5", make: () => 0.5 },
    { name: "-1e308", make: () => -1e308 },
    { name: '""', make: () => "" },
    { name: '"abc"', make: () => "abc" },
    { name: "true", make: () => true },
    { name: "a function", make: () => () => 1 },
    { name: "a Symbol", make: () => Symbol("fuzz") },
    { name: "5000-deep array", make: () => deepArray(5000) },
    { name: "5000-deep object", make: () => deepObject(5000) },
    { name: 'JSON {"__proto__":{"polluted":1}}', make: () => JSON.parse('{"__proto__":{"polluted":1}}') },
    { name: "[NaN]", make: () => [NaN] },
    { name: "[undefined]", make: () => [undefined] },
    { name: "Float64Array [NaN]", make: () => new Float64Array([NaN]) },
    ...drawn.map((value, i) => ({ name: `fast-check #${i} ${safeString(value)}`, make: () => structuredClone(value) })),
  ];
}

function safeString(value: unknown): string {
  try {
    const text = JSON.stringify(value, (_k, v: unknown) => (typeof v === "number" && !Number.isFinite(v) ? String(v) : v));
    return text === undefined ? String(value) : text.slice(0, 40);
  } catch {
    return typeof value;
  }
}

// ---- inspection -----------------------------------------------------------------------------

/** Canonical text of a value's structure (depth- and size-capped), for mutation and determinism checks. */
function fingerprint(value: unknown): string {
  const out: string[] = [];
  const seen = new Set<object>();
  let budget = 200_000;
  const walk = (v: unknown, depth: number): void => {
    if (--budget < 0) return;
    if (v === null || typeof v !== "object") {
      if (typeof v === "function") out.push("fn");
      else if (typeof v === "number") out.push(Object.is(v, -0) ? "-0" : String(v));
      else if (typeof v === "string") out.push(JSON.stringify(v));
      else out.push(String(v));
      return;
    }
    if (seen.has(v) || depth > 40) {
      out.push("@");
      return;
    }
    seen.add(v);
    if (ArrayBuffer.isView(v) && !(v instanceof DataView)) {
      out.push(`${v.constructor.name}[`);
      const arr = v as unknown as ArrayLike<number | bigint>;
      for (let i = 0; i < arr.length && --budget > 0; i++) out.push(String(arr[i]), ",");
      out.push("]");
    } else if (v instanceof Map) {
      out.push("Map{");
      for (const [k, x] of v) {
        walk(k, depth + 1);
        out.push(":");
        walk(x, depth + 1);
      }
      out.push("}");
    } else if (v instanceof Set) {
      out.push("Set{");
      for (const x of v) walk(x, depth + 1);
      out.push("}");
    } else if (v instanceof Date) {
      out.push(`Date(${v.getTime()})`);
    } else if (Array.isArray(v)) {
      out.push("[");
      for (let i = 0; i < v.length && budget > 0; i++) {
        walk(v[i], depth + 1);
        out.push(",");
      }
      out.push("]");
    } else {
      out.push("{");
      for (const key of Object.keys(v)) {
        out.push(key, ":");
        let x: unknown;
        try {
          x = (v as Record<string, unknown>)[key];
        } catch {
          x = "<getter threw>";
        }
        walk(x, depth + 1);
        out.push(",");
      }
      out.push("}");
    }
    seen.delete(v);
  };
  walk(value, 0);
  return out.join("");
}

/** Where the first NaN in a result sits ("" when there is none). */
function findNaN(value: unknown): string | undefined {
  const seen = new Set<object>();
  let budget = 1_000_000;
  const walk = (v: unknown, path: string, depth: number): string | undefined => {
    if (--budget < 0) return undefined;
    if (typeof v === "number") return Number.isNaN(v) ? path || "result" : undefined;
    if (v === null || typeof v !== "object" || depth > 8 || seen.has(v)) return undefined;
    seen.add(v);
    if (ArrayBuffer.isView(v) && !(v instanceof DataView)) {
      const arr = v as unknown as ArrayLike<number>;
      for (let i = 0; i < arr.length && --budget > 0; i++) if (Number.isNaN(arr[i])) return `${path}[${i}]`;
      return undefined;
    }
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length && budget > 0; i++) {
        const hit = walk(v[i], `${path}[${i}]`, depth + 1);
        if (hit !== undefined) return hit;
      }
      return undefined;
    }
    if (v instanceof Map) {
      for (const [k, x] of v) {
        const hit = walk(x, `${path}.get(${String(k)})`, depth + 1);
        if (hit !== undefined) return hit;
      }
      return undefined;
    }
    if (Object.getPrototypeOf(v) !== Object.prototype && Object.getPrototypeOf(v) !== null) return undefined;
    for (const key of Object.keys(v)) {
      let x: unknown;
      try {
        x = (v as Record<string, unknown>)[key];
      } catch {
        continue;
      }
      const hit = walk(x, `${path}.${key}`, depth + 1);
      if (hit !== undefined) return hit;
    }
    return undefined;
  };
  return walk(value, "", 0);
}

function summarize(value: unknown): Summary {
  return {
    type: value === null ? "null" : typeof value,
    hasNaN: findNaN(value) !== undefined,
    finite: typeof value !== "number" || Number.isFinite(value),
  };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function isOneShot(value: unknown): boolean {
  if (value === null || typeof value !== "object" || Array.isArray(value) || ArrayBuffer.isView(value)) return false;
  return typeof (value as { next?: unknown }).next === "function" || Symbol.asyncIterator in value || typeof (value as { getReader?: unknown }).getReader === "function";
}

function isDpmError(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as Record<symbol, unknown>)[Symbol.for("@dpm/core/DpmError")] === true;
}

const PROTOS: readonly [string, object][] = [
  ["Object.prototype", Object.prototype],
  ["Array.prototype", Array.prototype],
  ["Function.prototype", Function.prototype],
  ["String.prototype", String.prototype],
  ["Number.prototype", Number.prototype],
];
const PROTO_KEYS = new Map(PROTOS.map(([name, proto]) => [name, new Set(Reflect.ownKeys(proto))]));

function pollution(): string | undefined {
  for (const [name, proto] of PROTOS) {
    const known = PROTO_KEYS.get(name) ?? new Set();
    for (const key of Reflect.ownKeys(proto)) {
      if (known.has(key)) continue;
      delete (proto as Record<string | symbol, unknown>)[key];
      return `polluted ${name}.${String(key)}`;
    }
  }
  return undefined;
}

// ---- running --------------------------------------------------------------------------------

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`__fuzz_timeout: the promise did not settle within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function invoke(fn: Fn, args: unknown[]): Promise<{ ok: true; value: unknown } | { ok: false; error: unknown }> {
  try {
    let value = fn(...args);
    if (value !== null && typeof value === "object" && typeof (value as { then?: unknown }).then === "function") {
      value = await withTimeout(Promise.resolve(value), data.hangMs);
    }
    return { ok: true, value };
  } catch (error) {
    return { ok: false, error };
  }
}

function describeError(error: unknown): string {
  if (error instanceof Error) return `${error.constructor.name}: ${error.message.split("\n")[0]?.slice(0, 160)}`;
  return `a thrown ${typeof error}: ${safeString(error)}`;
}

function setAt(args: unknown[], path: Path, value: unknown): void {
  let target: unknown = args;
  for (let i = 0; i < path.length - 1; i++) target = (target as Record<string | number, unknown>)[path[i] as string | number];
  const last = path[path.length - 1] as string | number;
  if (Array.isArray(target) && typeof last === "number") target[last] = value;
  else Object.defineProperty(target, last, { value, enumerable: true, writable: true, configurable: true });
}

/** A copy of the seed arguments along `path` (the containers on the path are shallow-copied). */
function copyAlong(args: readonly unknown[], path: Path): unknown[] {
  const root = [...args];
  let target: unknown = root;
  for (let i = 0; i < path.length - 1; i++) {
    const key = path[i] as string | number;
    const child = (target as Record<string | number, unknown>)[key];
    const copy = Array.isArray(child) ? [...child] : { ...(child as object) };
    (target as Record<string | number, unknown>)[key] = copy;
    target = copy;
  }
  return root;
}

function label(name: string, path: Path, corruption: string): string {
  const where = path.map((p, i) => (i === 0 ? `args[${p}]` : typeof p === "number" ? `[${p}]` : `.${p}`)).join("");
  return `${name}(${where} = ${corruption})`;
}

function pseudoRandom(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
}

function planCases(seed: SeedCall, extra: readonly Corruption[], random: () => number): Case[] {
  const core: Case[] = [];
  const more: Case[] = [];
  const positions: Path[] = [];
  seed.args.forEach((arg, i) => {
    positions.push([i]);
    if (isPlainObject(arg)) for (const key of Object.keys(arg)) positions.push([i, key]);
    else if (Array.isArray(arg) && arg.length > 0) positions.push([i, 0]);
  });
  for (const path of positions) {
    const top = path.length === 1;
    for (const c of CORE) {
      (top ? core : more).push({ seed, label: label(seed.name, path, c.name), mustThrow: false, build: () => corrupt(seed.args, path, c.make()) });
    }
    for (const c of extra) {
      more.push({ seed, label: label(seed.name, path, c.name), mustThrow: false, build: () => corrupt(seed.args, path, c.make()) });
    }
  }
  const n = seed.args.length;
  core.push({ seed, label: `${seed.name}(…, args[${n}] = null)`, mustThrow: false, build: () => [...seed.args, null] });
  const last = seed.args[n - 1];
  if (n >= 2 && isPlainObject(last) && !data.openObjects.includes(seed.name)) {
    core.push({
      seed,
      label: `${seed.name}(…, args[${n - 1}].zzUnknownOption = 1)`,
      mustThrow: true,
      build: () => corrupt(seed.args, [n - 1, "zzUnknownOption"], 1),
    });
  }
  // Fill the rest of the per-call budget with a seeded sample of the nested and extended cases.
  for (let i = more.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [more[i], more[j]] = [more[j] as Case, more[i] as Case];
  }
  return [...core, ...more];
}

function corrupt(args: readonly unknown[], path: Path, value: unknown): unknown[] {
  const copy = copyAlong(args, path);
  setAt(copy, path, value);
  return copy;
}

async function main(): Promise<void> {
  const api = (await import(pathToFileURL(data.entry).href)) as Record<string, unknown>;
  const exportNames = Object.keys(api).sort();
  const isClass = (f: unknown) => typeof f === "function" && /^class\b/.test(Function.prototype.toString.call(f));
  const functions = exportNames.filter((name) => typeof api[name] === "function" && !isClass(api[name]) && !data.skip.includes(name));

  // 1. Record the calls the examples make (top-level calls only, not the library's own inner calls).
  const recorded = new Map<string, unknown[][]>();
  let depth = 0;
  const proxies: Record<string, unknown> = {};
  for (const name of exportNames) {
    const fn = api[name];
    if (typeof fn !== "function" || isClass(fn)) {
      proxies[name] = fn;
      continue;
    }
    proxies[name] = function (this: unknown, ...args: unknown[]) {
      if (depth === 0) {
        const list = recorded.get(name) ?? [];
        if (list.length < 8) list.push(args);
        recorded.set(name, list);
      }
      depth++;
      try {
        return (fn as Fn).apply(this, args);
      } finally {
        depth--;
      }
    };
  }
  (globalThis as Record<string, unknown>).__fuzzApi = proxies;
  (globalThis as Record<string, unknown>).__check = (value: () => unknown) => {
    try {
      value();
    } catch {
      // only the calls matter here
    }
  };
  const quiet = { log: console.log, warn: console.warn, info: console.info };
  console.log = console.warn = console.info = () => undefined;
  for (const file of data.exampleFiles) {
    try {
      await withTimeout(import(pathToFileURL(file).href), data.hangMs);
    } catch (error) {
      // a failing example is the docExamples suite's business; its calls up to the failure still count
      if (process.env.FUZZ_DEBUG !== undefined) process.stderr.write(`${file}: ${describeError(error)}\n`);
    }
  }
  if (data.callsModule !== undefined) {
    const extra = (await import(pathToFileURL(data.callsModule).href)) as { calls: Record<string, readonly unknown[][]> };
    for (const [name, list] of Object.entries(extra.calls)) recorded.set(name, [...(recorded.get(name) ?? []), ...list.map((a) => [...a])]);
  }
  Object.assign(console, quiet);

  // 2. Replay the seed calls (twice: determinism), keep the ones that succeed.
  const seedFailures: string[] = [];
  const seeds = new Map<string, SeedCall[]>();
  for (const name of functions) {
    const fn = api[name] as Fn;
    const kept: SeedCall[] = [];
    for (const args of recorded.get(name) ?? []) {
      if (kept.length >= data.seedCallsPerFunction) break;
      if (args.some(isOneShot)) continue;
      const before = fingerprint(args);
      const first = await invoke(fn, [...args]);
      if (!first.ok) continue;
      const second = await invoke(fn, [...args]);
      if (fingerprint(args) !== before) seedFailures.push(`${name}: the seed call mutated its arguments`);
      else if (second.ok && fingerprint(first.value) !== fingerprint(second.value)) {
        seedFailures.push(`${name}: two runs of the same call gave different results (not deterministic)`);
      }
      kept.push({ name, args, result: summarize(first.value) });
    }
    if (kept.length > 0) seeds.set(name, kept);
  }

  // 3. Plan the corrupted cases (deterministic for a seed, so a restarted worker skips ahead).
  const random = pseudoRandom(data.seed);
  const extra = extended(data.seed);
  const cases: Case[] = [];
  for (const name of functions) {
    const list = seeds.get(name);
    if (list === undefined) continue;
    const perCall = Math.max(1, Math.floor(data.maxCasesPerFunction / list.length));
    for (const seed of list) cases.push(...planCases(seed, extra, random).slice(0, perCall));
  }
  post({ type: "plan", exports: exportNames, functions, covered: [...seeds.keys()], cases: cases.length, seedFailures });

  // 4. Run them.
  for (let index = data.startAt; index < cases.length; index++) {
    const c = cases[index] as Case;
    post({ type: "start", index, label: c.label });
    const args = c.build();
    const before = fingerprint(args);
    const t0 = performance.now();
    const outcome = await invoke(api[c.seed.name] as Fn, args);
    const ms = performance.now() - t0;
    const failure = judge(c, outcome, ms) ?? (fingerprint(args) !== before ? "mutated its arguments" : undefined) ?? pollution();
    post(failure === undefined ? { type: "done", index } : { type: "done", index, failure: `${c.label}: ${failure}` });
  }
  post({ type: "finished" });
}

function judge(c: Case, outcome: { ok: true; value: unknown } | { ok: false; error: unknown }, ms: number): string | undefined {
  if (ms > data.budgetMs) return `took ${Math.round(ms)} ms (budget ${data.budgetMs} ms): cap the size or iterations`;
  if (!outcome.ok) {
    if (isDpmError(outcome.error)) return undefined;
    return `threw ${describeError(outcome.error)} instead of a DpmError`;
  }
  if (c.mustThrow) return "accepted an unknown option key silently (use checkOptions)";
  const value = outcome.value;
  const got = summarize(value);
  if (got.type !== c.seed.result.type) return `returned ${got.type} where the valid call returns ${c.seed.result.type}`;
  if (got.hasNaN && !c.seed.result.hasNaN && !data.allowNaN.includes(c.seed.name)) return `returned NaN at ${findNaN(value) ?? "?"}`;
  if (!got.finite && c.seed.result.finite && !data.allowNonFinite.includes(c.seed.name)) return `returned ${String(value)}`;
  return undefined;
}

await main();
