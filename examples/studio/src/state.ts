import type { DistributionJson } from "@dpm/montecarlo";
import type { ForecastChoice, SheetModel, SheetNode } from "./bakery.js";
import type { RiskRequest, Scenario } from "./risk.js";

/** Everything a shared link or a downloaded file carries (not the data: it never leaves the machine). */
export interface StudioState {
  /** The sheet with the current input values. */
  readonly model: SheetModel;
  readonly distributions: Readonly<Record<string, DistributionJson>>;
  readonly seed: string;
  readonly iterations: number;
  readonly scenarios: readonly Scenario[];
  readonly forecast: ForecastChoice;
}

/** The sheet with some input values replaced. */
export function withInputs(model: SheetModel, values: Readonly<Record<string, number>>): SheetModel {
  const nodes: Record<string, SheetNode> = {};
  for (const [name, node] of Object.entries(model.nodes)) nodes[name] = node.input !== undefined && values[name] !== undefined ? { ...node, input: values[name] } : node;
  return { ...model, nodes };
}

/** The current input values of a sheet. */
export function inputValues(model: SheetModel): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [name, node] of Object.entries(model.nodes)) if (node.input !== undefined) out[name] = node.input;
  return out;
}

/** The Monte Carlo request for a state (what the worker runs; the browser test repeats it in Node). */
export const riskRequest = (s: StudioState): RiskRequest => ({ model: s.model, distributions: s.distributions, iterations: s.iterations, seed: s.seed, scenarios: s.scenarios, output: "profit" });

/**
 * The downloadable file: the model definition `modelFromJson` reads (start, freq, periods, nodes
 * with the current values), plus the studio's own settings under `studio`, which it ignores.
 */
export function stateToFile(s: StudioState): string {
  return JSON.stringify({ ...s.model, studio: { distributions: s.distributions, seed: s.seed, iterations: s.iterations, scenarios: s.scenarios, forecast: s.forecast } }, null, 2);
}

/**
 * Reads a downloaded file (or the JSON of a link) back into a state.
 * @throws Error saying what is missing
 */
export function stateFromFile(text: string): StudioState {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch (e) {
    throw new Error(`not valid JSON (${(e as Error).message})`);
  }
  if (typeof v !== "object" || v === null) throw new Error("expected a JSON object with start, freq, periods and nodes");
  const o = v as { nodes?: unknown; start?: unknown; studio?: Partial<StudioState> };
  if (typeof o.nodes !== "object" || o.nodes === null || typeof o.start !== "string") throw new Error("expected a model with start and nodes (as the studio's Download button writes)");
  const st = o.studio ?? {};
  const { studio: _ignored, ...model } = o as Record<string, unknown>;
  return {
    model: model as unknown as SheetModel,
    distributions: st.distributions ?? {},
    seed: typeof st.seed === "string" ? st.seed : "studio",
    iterations: typeof st.iterations === "number" ? st.iterations : 20_000,
    scenarios: Array.isArray(st.scenarios) ? st.scenarios : [],
    forecast: st.forecast ?? "ets",
  };
}

const toBase64Url = (text: string) => {
  const bytes = new TextEncoder().encode(text);
  let bin = "";
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
};
const fromBase64Url = (code: string) => {
  const bin = atob(code.replace(/-/g, "+").replace(/_/g, "/"));
  return new TextDecoder().decode(Uint8Array.from(bin, (c) => c.charCodeAt(0)));
};

/** The state as a URL hash (`#s=` + base64url JSON). */
export const stateToHash = (s: StudioState): string => `#s=${toBase64Url(stateToFile(s))}`;

/** The state in a URL hash, or null when the hash holds none. @throws Error for a damaged link */
export function stateFromHash(hash: string): StudioState | null {
  const m = /^#s=([A-Za-z0-9_-]+)$/.exec(hash);
  if (m === null) return null;
  let text: string;
  try {
    text = fromBase64Url(m[1] as string);
  } catch {
    throw new Error("the link's state is damaged (not base64url); copy the whole link again");
  }
  return stateFromFile(text);
}
