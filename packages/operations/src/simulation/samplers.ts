import { DpmError, type Rng } from "@dpm/core";
import { show } from "../internal/check.js";

/**
 * A random duration (service time, patience): a function of the seeded stream, or a built-in
 * distribution given by its mean (and standard deviation) — `exponential`, `lognormal`, `gamma`
 * or `deterministic`. Built-ins are sampled inline in the engine's hot loop.
 *
 * @category Simulation
 */
export type Duration =
  | ((rng: Rng) => number)
  | { readonly dist: "exponential"; readonly mean: number }
  | { readonly dist: "lognormal"; readonly mean: number; readonly sd: number }
  | { readonly dist: "gamma"; readonly mean: number; readonly sd: number }
  | { readonly dist: "deterministic"; readonly value: number };

/** A compiled duration: kind 0 exponential (a = mean), 1 lognormal (a = μ, b = σ), 2 gamma (a = shape, b = scale), 3 fixed (a), 4 function. @internal */
export interface CompiledDuration {
  readonly kind: number;
  readonly a: number;
  readonly b: number;
  readonly mean: number;
  readonly fn: ((rng: Rng) => number) | undefined;
  /** Where it was given, for error messages. */
  readonly path: string;
}

function positive(v: unknown, path: string, fn: string, zero = false): number {
  if (typeof v !== "number" || !Number.isFinite(v) || (zero ? v < 0 : v <= 0)) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: ${path} must be a finite number ${zero ? "≥ 0" : "> 0"}, got ${String(v)}.`, { path });
  }
  return v;
}

/** Validates and compiles a {@link Duration}. @internal */
export function compileDuration(d: unknown, path: string, fn: string): CompiledDuration {
  if (typeof d === "function") return { kind: 4, a: 0, b: 0, mean: Number.NaN, fn: d as (rng: Rng) => number, path };
  const example = '{ dist: "exponential", mean: 2.5 } or (rng) => …';
  if (typeof d !== "object" || d === null) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: ${path} must be a duration such as ${example}, got ${d === null ? "null" : typeof d}.`, { path });
  }
  const spec = d as { dist?: unknown; mean?: unknown; sd?: unknown; value?: unknown };
  switch (spec.dist) {
    case "exponential":
      return { kind: 0, a: positive(spec.mean, `${path}.mean`, fn), b: 0, mean: spec.mean as number, fn: undefined, path };
    case "lognormal": {
      const m = positive(spec.mean, `${path}.mean`, fn);
      const sd = positive(spec.sd, `${path}.sd`, fn);
      const s2 = Math.log(1 + (sd * sd) / (m * m));
      return { kind: 1, a: Math.log(m) - s2 / 2, b: Math.sqrt(s2), mean: m, fn: undefined, path };
    }
    case "gamma": {
      const m = positive(spec.mean, `${path}.mean`, fn);
      const sd = positive(spec.sd, `${path}.sd`, fn);
      return { kind: 2, a: (m * m) / (sd * sd), b: (sd * sd) / m, mean: m, fn: undefined, path };
    }
    case "deterministic": {
      const v = positive(spec.value, `${path}.value`, fn, true);
      return { kind: 3, a: v, b: 0, mean: v, fn: undefined, path };
    }
    default:
      throw new DpmError(
        "INVALID_ARGUMENT",
        `${fn}: ${path}.dist must be "exponential", "lognormal", "gamma" or "deterministic", got ${show(spec.dist)}; e.g. ${example}.`,
        { path: `${path}.dist` },
      );
  }
}

/** Marsaglia–Tsang gamma(shape, 1) draw. @internal */
export function gammaDraw(rng: Rng, shape: number, normal: NormalSource): number {
  if (shape < 1) return gammaDraw(rng, shape + 1, normal) * Math.pow(1 - rng.next(), 1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = normal.draw();
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = rng.next();
    if (u < 1 - 0.0331 * x * x * x * x) return d * v;
    if (Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v;
  }
}

/** One draw of a compiled duration. @internal */
export function drawDuration(d: CompiledDuration, rng: Rng, fn: string, normal: NormalSource): number {
  switch (d.kind) {
    case 0:
      return -d.a * Math.log(1 - rng.next());
    case 1:
      return Math.exp(d.a + d.b * normal.draw());
    case 2:
      return d.b * gammaDraw(rng, d.a, normal);
    case 3:
      return d.a;
    default: {
      const x = (d.fn as (rng: Rng) => number)(rng);
      if (!(x >= 0) || x === Infinity) {
        throw new DpmError("NON_FINITE", `${fn}: the sampler at ${d.path} returned ${String(x)}; durations must be finite numbers ≥ 0.`, { path: d.path });
      }
      return x;
    }
  }
}

/**
 * Standard normal draws by Marsaglia's polar method from a seeded stream, two per accepted pair —
 * several times cheaper than inversion in the simulation's hot loop.
 * @internal
 */
export class NormalSource {
  private spare = 0;
  private hasSpare = false;
  constructor(private readonly next: () => number) {}
  draw(): number {
    if (this.hasSpare) {
      this.hasSpare = false;
      return this.spare;
    }
    let u: number;
    let v: number;
    let s: number;
    do {
      u = 2 * this.next() - 1;
      v = 2 * this.next() - 1;
      s = u * u + v * v;
    } while (s >= 1 || s === 0);
    const f = Math.sqrt((-2 * Math.log(s)) / s);
    this.spare = v * f;
    this.hasSpare = true;
    return u * f;
  }
}
