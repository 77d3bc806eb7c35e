import { goalSeek, isDpmError, type Model, modelFromJson, optimizeModel, runModel, runVectorized } from "@dpm/core";
import { distributionFromJson, type DistributionJson, tornado } from "@dpm/montecarlo";
import costsCsv from "../../data/costs.csv?raw";
import salesCsv from "../../data/sales.csv?raw";
import transactionsCsv from "../../data/transactions.csv?raw";
import { DataError } from "../../src/demo/DataError.js";
import { euro, pct } from "../../src/demo/format.js";
import type { BakeryData, DataKind } from "../../src/demo/loadData.js";
import { kpiStep } from "../../src/demo/steps/kpis.js";
import { segmentStep } from "../../src/demo/steps/segments.js";
import { barChart } from "../../src/report/barChart.js";
import { fanChart } from "../../src/report/fanChart.js";
import { histogramChart } from "../../src/report/histogramChart.js";
import { STYLES } from "../../src/report/styles.js";
import { tornadoChart } from "../../src/report/tornadoChart.js";
import { asDefinition, bakerySetup, type BakerySetup, dailyRevenue, FORECAST_CHOICES, type ForecastChoice, forecastRevenue, formulaNames, inputNames, type InputRange } from "./bakery.js";
import { curveChart, signedBars } from "./charts.js";
import { classifyFile, parseBakery } from "./data.js";
import type { WorkerMessage } from "./mcWorker.js";
import { CURRENT, MAX_ITERATIONS, type RiskResult } from "./risk.js";
import { inputValues, riskRequest, type StudioState, stateFromFile, stateFromHash, stateToFile, stateToHash, withInputs } from "./state.js";
import { formulaInWords } from "./words.js";

const $ = <T extends HTMLElement = HTMLElement>(id: string): T => {
  const el = document.getElementById(id);
  if (el === null) throw new Error(`#${id} missing from index.html`);
  return el as T;
};
const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** What the page shows, for the browser test and for curious users (window.studio). */
export interface StudioMetrics {
  firstChartMs: number;
  lastUpdateMs: number;
  iterationsPerSecond: number;
  risk: RiskResult | null;
}
const metrics: StudioMetrics = { firstChartMs: Number.NaN, lastUpdateMs: Number.NaN, iterationsPerSecond: Number.NaN, risk: null };

const embedded: Record<DataKind, string> = { sales: salesCsv, transactions: transactionsCsv, costs: costsCsv };
const texts: Record<DataKind, string> = { ...embedded };
const names: Record<DataKind, string> = { sales: "sales.csv (bakery)", transactions: "transactions.csv (bakery)", costs: "costs.csv (bakery)" };

let data: BakeryData;
let setup: BakerySetup;
let compiled: Model;
let state: StudioState;

// ---------------------------------------------------------------- data
function loadAll(initial: StudioState | null): void {
  data = parseBakery({ texts, names });
  setup = bakerySetup(data);
  state = initial ?? { model: setup.model, distributions: setup.distributions, seed: "studio", iterations: 20_000, scenarios: [], forecast: "ets" };
  compiled = modelFromJson(asDefinition(state.model));
  $("data-files").textContent = `${names.sales}: ${data.sales.length.toLocaleString("en")} rows · ${names.transactions}: ${data.transactions.length.toLocaleString("en")} · ${names.costs}: ${data.costs.length} months`;
  renderKpis();
  renderSegments();
  renderSheet();
  renderDistributions();
  renderBestControls();
  renderScenarios();
  update();
  $<HTMLSelectElement>("forecast-method").value = state.forecast;
  renderForecast();
}

async function onFiles(files: FileList | readonly File[]): Promise<void> {
  const out = $("data-error");
  out.textContent = "";
  const saved = { texts: { ...texts }, names: { ...names } };
  try {
    for (const file of Array.from(files)) {
      const text = await file.text();
      if (file.name.toLowerCase().endsWith(".json")) {
        loadAll(stateFromFileChecked(text, file.name));
        return;
      }
      const kind = classifyFile(file.name, text);
      texts[kind] = text;
      names[kind] = file.name;
    }
    loadAll(null);
    $("data-status").textContent = `Loaded ${Array.from(files).map((f) => f.name).join(", ")}.`;
  } catch (e) {
    Object.assign(texts, saved.texts);
    Object.assign(names, saved.names);
    out.textContent = e instanceof DataError ? `Could not read ${e.message}. Nothing was changed; fix the file and drop it again.` : `Could not read the file: ${message(e)}`;
  }
}

function stateFromFileChecked(text: string, name: string): StudioState {
  let s: StudioState;
  try {
    s = stateFromFile(text);
    modelFromJson(asDefinition(s.model));
  } catch (e) {
    throw new Error(`${name}: ${message(e)}`);
  }
  return s;
}

function resetData(): void {
  Object.assign(texts, embedded);
  Object.assign(names, { sales: "sales.csv (bakery)", transactions: "transactions.csv (bakery)", costs: "costs.csv (bakery)" });
  $("data-error").textContent = "";
  loadAll(null);
  $("data-status").textContent = "Back to the bakery data.";
}

// ---------------------------------------------------------------- KPIs
function renderKpis(): void {
  const k = kpiStep(data);
  $("kpis").innerHTML = k.lines
    .map(
      (l) =>
        `<li class="tile status-${esc(l.status)}"><h3>${esc(l.name)}</h3><p class="big">${esc(l.value)}</p>` +
        `<p>target ${esc(l.target)} · <strong class="status-${esc(l.status)}">${esc(l.status)}</strong></p><p class="muted">${esc(l.period)} · trend ${esc(l.trend)}</p></li>`,
    )
    .join("");
}

// ---------------------------------------------------------------- customers
function renderSegments(): void {
  try {
    const s = segmentStep(data);
    $("segments-note").textContent = `${s.customers.toLocaleString("en")} loyalty-card customers (${s.repeaters.toLocaleString("en")} came back), calibrated to ${s.calibrationEnd}; total CLV ${euro(s.totalClv)} (BG/NBD + Gamma–Gamma, @dpm/segment).`;
    $("segments-chart").innerHTML = barChart(s.lines.map((l) => ({ label: l.segment, value: l.totalClv })), "segments", "Customer lifetime value by RFM segment", euro);
    $("segments-table").innerHTML = s.lines
      .map((l) => `<tr><th scope="row">${esc(l.segment)}</th><td class="num">${l.customers}</td><td class="num">${pct(l.revenueShare)}</td><td class="num">${pct(l.meanProbabilityAlive)}</td><td class="num">${l.visitsNextQuarter.toFixed(1)}</td><td class="num">${euro(l.meanClv)}</td><td class="num">${euro(l.totalClv)}</td></tr>`)
      .join("");
  } catch (e) {
    $("segments-note").textContent = `Segments: ${message(e)}`;
    $("segments-chart").innerHTML = "";
    $("segments-table").innerHTML = "";
  }
}

// ---------------------------------------------------------------- forecast
function renderForecast(): void {
  const started = performance.now();
  const history = dailyRevenue(data);
  const f = forecastRevenue(history, state.forecast);
  const keep = Math.min(history.length, 120);
  const labels: string[] = [];
  for (let i = history.length - keep; i < history.length; i++) labels.push(String(i));
  $("forecast-chart").innerHTML = fanChart(
    { historyLabels: labels.map(() => ""), history: history.values.slice(history.length - keep), forecastLabels: f.days, point: f.point, bands: f.bands },
    `Daily revenue: last ${keep} days and the next 90 (${f.method}), with 80 % and 95 % intervals`,
  );
  $("forecast-note").textContent = `${f.method} · next 90 days ${euro(Array.from(f.point).reduce((a, b) => a + b, 0))} · computed in ${(performance.now() - started).toFixed(0)} ms`;
}

// ---------------------------------------------------------------- sheet
const fmt = (name: string, v: number) => {
  const unit = state.model.nodes[name]?.unit;
  if (unit === "EUR") return euro(v);
  if (name === "priceRise") return pct(v, 1);
  return String(Number(v.toPrecision(6)));
};
const range = (name: string): InputRange => setup.ranges[name] ?? { min: 0, max: Math.max(1, 2 * (inputValues(state.model)[name] ?? 1)), step: 0.01 };

function renderSheet(): void {
  const values = inputValues(state.model);
  const rows = inputNames(state.model).map((name) => {
    const node = state.model.nodes[name] ?? {};
    const r = range(name);
    const v = values[name] ?? 0;
    const label = node.label ?? name;
    return (
      `<tr><th scope="row"><label for="num-${name}">${esc(label)}</label>${node.unit === undefined ? "" : ` <span class="muted">(${esc(node.unit)})</span>`}</th>` +
      `<td><input type="range" id="slider-${name}" data-input="${name}" aria-label="${esc(label)} slider" min="${Math.min(r.min, v)}" max="${Math.max(r.max, v)}" step="${r.step}" value="${v}"></td>` +
      `<td><input type="number" id="num-${name}" data-input="${name}" step="any" value="${v}"></td></tr>`
    );
  });
  $("sheet-inputs").innerHTML = rows.join("");
  $("sheet-formulas").innerHTML = formulaNames(state.model)
    .map((name) => {
      const node = state.model.nodes[name] ?? {};
      return `<tr><th scope="row">${esc(node.label ?? name)}</th><td>= ${esc(formulaInWords(node.formula ?? "", state.model))}<br><code>${esc(name)} = ${esc(node.formula ?? "")}</code></td><td class="num"><output id="value-${name}" aria-live="off"></output></td></tr>`;
    })
    .join("");
  for (const el of Array.from(document.querySelectorAll<HTMLInputElement>("#sheet-inputs input"))) {
    el.addEventListener("input", () => {
      const name = el.dataset.input as string;
      const v = Number(el.value);
      if (el.value.trim() === "" || !Number.isFinite(v)) {
        el.setAttribute("aria-invalid", "true");
        return;
      }
      el.removeAttribute("aria-invalid");
      const other = $<HTMLInputElement>(el.type === "range" ? `num-${name}` : `slider-${name}`);
      other.value = String(v);
      setInput(name, v);
    });
  }
}

function setInput(name: string, v: number): void {
  state = { ...state, model: withInputs(state.model, { [name]: v }) };
  update();
}

/** Re-runs the model (one run for the sheet, one vectorised sweep for the profit curve). */
function update(): void {
  const started = performance.now();
  const values = inputValues(state.model);
  const run = runModel(compiled, { overrides: values });
  for (const name of formulaNames(state.model)) {
    const out = document.getElementById(`value-${name}`);
    if (out !== null) out.textContent = fmt(name, run.value(name, 0));
  }
  const profit = run.value("profit", 0);
  const p = $("profit-value");
  p.textContent = euro(profit);
  p.dataset.value = String(profit);
  p.className = profit < 0 ? "big loss" : "big";
  // Profit against the price rise, every other input as on the sheet: one vectorised run.
  const r = range("priceRise");
  const n = 101;
  const xs = Float64Array.from({ length: n }, (_, i) => r.min + ((r.max - r.min) * i) / (n - 1));
  const { priceRise: _p, ...rest } = values;
  const sweep = runVectorized(compiled, { count: n, inputs: { priceRise: xs }, overrides: rest, outputs: ["profit"] });
  $("profit-curve").innerHTML = curveChart(xs, sweep.values("profit"), { x: values.priceRise ?? 0, y: profit }, "profit-curve", "Quarter profit against the price rise (dot: the sheet now)", (v) => pct(v, 0));
  $("profit-bars").innerHTML = signedBars(
    ["revenue", "flourCost", "otherCost", "opex", "profit"].map((k) => ({ label: state.model.nodes[k]?.label ?? k, value: (k === "revenue" || k === "profit" ? 1 : -1) * run.value(k, 0) })),
    "profit-bars",
    "Next quarter: revenue, costs (negative) and profit",
    euro,
  );
  metrics.lastUpdateMs = performance.now() - started;
  $("update-time").textContent = `updated in ${metrics.lastUpdateMs.toFixed(1)} ms`;
  if (Number.isNaN(metrics.firstChartMs)) metrics.firstChartMs = performance.now();
  renderTornado();
}

// ---------------------------------------------------------------- risk
const DIST_FIELDS: Readonly<Record<string, readonly string[]>> = {
  fixed: [],
  normal: ["mean", "sd"],
  triangular: ["min", "mode", "max"],
  pert: ["min", "mode", "max"],
  uniform: ["min", "max"],
};

function renderDistributions(): void {
  const values = inputValues(state.model);
  $("dists").innerHTML = inputNames(state.model)
    .map((name) => {
      const d = state.distributions[name];
      const type = d === undefined ? "fixed" : String(d.type);
      const label = state.model.nodes[name]?.label ?? name;
      const fields = (DIST_FIELDS[type] ?? [])
        .map((f) => `<label>${f} <input type="number" step="any" id="dist-${name}-${f}" data-dist="${name}" data-field="${f}" value="${Number((d as Record<string, unknown> | undefined)?.[f] ?? values[name] ?? 0)}"></label>`)
        .join(" ");
      const options = Object.keys(DIST_FIELDS)
        .map((t) => `<option value="${t}"${t === type ? " selected" : ""}>${t === "fixed" ? "fixed (sheet value)" : t}</option>`)
        .join("");
      return `<tr><th scope="row"><label for="dist-${name}">${esc(label)}</label></th><td><select id="dist-${name}" data-dist-type="${name}">${options}</select></td><td>${fields}</td></tr>`;
    })
    .join("");
  for (const sel of Array.from(document.querySelectorAll<HTMLSelectElement>("[data-dist-type]"))) {
    sel.addEventListener("change", () => {
      const name = sel.dataset.distType as string;
      const v = inputValues(state.model)[name] ?? 0;
      const next: Record<string, DistributionJson> = { ...state.distributions };
      const spread = Math.abs(v) * 0.1 || 0.1;
      if (sel.value === "fixed") delete next[name];
      else if (sel.value === "normal") next[name] = { type: "normal", mean: v, sd: spread };
      else if (sel.value === "uniform") next[name] = { type: "uniform", min: v - spread, max: v + spread };
      else next[name] = { type: sel.value, min: v - spread, mode: v, max: v + 2 * spread } as DistributionJson;
      state = { ...state, distributions: next };
      renderDistributions();
      $<HTMLSelectElement>(`dist-${name}`).focus();
      renderTornado();
    });
  }
  for (const el of Array.from(document.querySelectorAll<HTMLInputElement>("[data-dist]"))) {
    el.addEventListener("change", () => {
      // Read every field of this input's distribution: a change is judged with its siblings.
      const name = el.dataset.dist as string;
      const fields = Array.from(document.querySelectorAll<HTMLInputElement>(`[data-dist="${name}"]`));
      const d = { ...(state.distributions[name] as Record<string, unknown>) };
      for (const f of fields) d[f.dataset.field as string] = Number(f.value);
      try {
        distributionFromJson(d);
        for (const f of fields) f.removeAttribute("aria-invalid");
        $("risk-error").textContent = "";
        state = { ...state, distributions: { ...state.distributions, [name]: d as DistributionJson } };
        renderTornado();
      } catch (e) {
        for (const f of fields) f.setAttribute("aria-invalid", "true");
        $("risk-error").textContent = `${state.model.nodes[name]?.label ?? name}: ${message(e)}`;
      }
    });
  }
}

const short = (label: string) => (label.length > 22 ? `${label.slice(0, 21)}…` : label);

function renderTornado(): void {
  const uncertain = Object.keys(state.distributions);
  if (uncertain.length === 0) {
    $("tornado-chart").innerHTML = "<p>Choose a distribution for at least one input to see which matters most.</p>";
    return;
  }
  try {
    const values = inputValues(state.model);
    const inputs = Object.fromEntries(uncertain.map((n) => [n, distributionFromJson(state.distributions[n])]));
    const overrides = Object.fromEntries(Object.entries(values).filter(([n]) => !uncertain.includes(n)));
    const t = tornado(compiled, inputs, { output: "profit", overrides });
    $("tornado-chart").innerHTML = tornadoChart(
      { base: t.base, bars: t.bars.map((b) => ({ input: short(state.model.nodes[b.input]?.label ?? b.input), lowOutput: b.lowOutput, highOutput: b.highOutput })) },
      "Profit when each uncertain input sits at its 10th and 90th percentile (others at their medians)",
    );
  } catch (e) {
    $("tornado-chart").textContent = `Tornado: ${message(e)}`;
  }
}

let worker: Worker | null = null;

function runMonteCarlo(): void {
  cancelMonteCarlo(false);
  const iterations = Number($<HTMLInputElement>("mc-iterations").value);
  const seed = $<HTMLInputElement>("mc-seed").value.trim() || "studio";
  if (!Number.isInteger(iterations) || iterations < 100 || iterations > MAX_ITERATIONS) {
    $("risk-error").textContent = `Iterations must be a whole number from 100 to ${MAX_ITERATIONS.toLocaleString("en")}.`;
    return;
  }
  $("risk-error").textContent = "";
  state = { ...state, iterations, seed };
  const bar = $<HTMLProgressElement>("mc-progress");
  bar.value = 0;
  $("mc-status").textContent = "Running…";
  $<HTMLButtonElement>("mc-cancel").disabled = false;
  $<HTMLButtonElement>("mc-run").disabled = true;
  const w = new Worker(new URL("./mcWorker.ts", import.meta.url), { type: "module" });
  worker = w;
  w.onmessage = (e: MessageEvent<WorkerMessage>) => {
    const m = e.data;
    if (m.kind === "progress") {
      bar.value = m.done / m.total;
      $("mc-status").textContent = `${m.done.toLocaleString("en")} of ${m.total.toLocaleString("en")} iterations`;
    } else if (m.kind === "done") {
      metrics.iterationsPerSecond = m.iterationsPerSecond;
      metrics.risk = m.result;
      showRisk(m.result, m.iterationsPerSecond);
      finish();
    } else {
      $("risk-error").textContent = `Monte Carlo: ${m.message}`;
      finish();
    }
  };
  w.onerror = (e) => {
    $("risk-error").textContent = `Monte Carlo worker failed: ${e.message}`;
    finish();
  };
  w.postMessage(riskRequest(state));
}

function finish(): void {
  worker?.terminate();
  worker = null;
  $<HTMLButtonElement>("mc-cancel").disabled = true;
  $<HTMLButtonElement>("mc-run").disabled = false;
}

function cancelMonteCarlo(say: boolean): void {
  if (worker === null) return;
  finish();
  if (say) $("mc-status").textContent = "Cancelled.";
}

function showRisk(r: RiskResult, perSecond: number): void {
  const c = r.current;
  $("mc-status").textContent = `${r.iterations.toLocaleString("en")} iterations in ${r.seconds.toFixed(2)} s (${Math.round(perSecond).toLocaleString("en")} per second, in a worker)`;
  const summary = $("risk-summary");
  summary.dataset.mean = String(c.mean);
  summary.dataset.se = String(c.standardError);
  summary.dataset.ploss = String(c.probabilityOfLoss);
  summary.innerHTML =
    `<li>Mean profit <strong>${euro(c.mean)}</strong> <span class="muted">± ${euro(c.standardError)} (standard error)</span></li>` +
    `<li>P(loss) <strong id="p-loss">${pct(c.probabilityOfLoss)}</strong></li>` +
    `<li>VaR 95 %: <strong>${euro(c.valueAtRisk95)}</strong> (1 in 20 quarters is worse than a profit of ${euro(c.p5)}); CVaR 95 % ${euro(c.conditionalValueAtRisk95)}</li>` +
    `<li>5th–95th percentile ${euro(c.p5)} … ${euro(c.p95)}</li>`;
  $("histogram-chart").innerHTML = histogramChart(
    { edges: r.histogram.edges, counts: r.histogram.counts, markers: [{ value: c.p5, label: "VaR 95 % (P5)", className: "var-line" }, { value: c.mean, label: "mean", className: "mean-line" }] },
    `Simulated quarter profit, ${r.iterations.toLocaleString("en")} iterations`,
  );
  const rows = [c, ...r.scenarios]
    .map(
      (s) =>
        `<tr><th scope="row">${esc(s.name)}</th><td class="num">${euro(s.mean)}</td><td class="num">${euro(s.p5)}</td><td class="num">${euro(s.p95)}</td><td class="num">${pct(s.probabilityOfLoss)}</td>` +
        `<td class="num">${s.name === CURRENT ? "—" : `${s.versusCurrent >= 0 ? "+" : ""}${euro(s.versusCurrent)} ± ${euro(s.versusCurrentStandardError)}`}</td></tr>`,
    )
    .join("");
  $("scenario-results").innerHTML = rows;
}

// ---------------------------------------------------------------- scenarios
function renderScenarios(): void {
  $("scenario-list").innerHTML =
    state.scenarios.length === 0
      ? "<li class=\"muted\">No saved scenarios yet.</li>"
      : state.scenarios
          .map(
            (s, i) =>
              `<li>${esc(s.name)}: ${esc(Object.entries(s.overrides).map(([k, v]) => `${state.model.nodes[k]?.label ?? k} ${fmt(k, v)}`).join(", ") || "as the sheet")} <button type="button" data-remove="${i}" aria-label="Remove scenario ${esc(s.name)}">Remove</button></li>`,
          )
          .join("");
  for (const b of Array.from(document.querySelectorAll<HTMLButtonElement>("[data-remove]"))) {
    b.addEventListener("click", () => {
      state = { ...state, scenarios: state.scenarios.filter((_, i) => i !== Number(b.dataset.remove)) };
      renderScenarios();
    });
  }
}

function saveScenario(): void {
  const name = $<HTMLInputElement>("scenario-name").value.trim();
  if (name === "" || name === CURRENT || state.scenarios.some((s) => s.name === name)) {
    $("risk-error").textContent = name === "" ? "Give the scenario a name." : `"${name}" is taken; choose another name.`;
    return;
  }
  // A scenario keeps the sheet's values that differ from the base model, minus uncertain inputs.
  const values = inputValues(state.model);
  const overrides: Record<string, number> = {};
  for (const [k, v] of Object.entries(values)) if (state.distributions[k] === undefined) overrides[k] = v;
  state = { ...state, scenarios: [...state.scenarios, { name, overrides }] };
  $("risk-error").textContent = "";
  $<HTMLInputElement>("scenario-name").value = "";
  renderScenarios();
}

// ---------------------------------------------------------------- find the best
function renderBestControls(): void {
  const options = (list: readonly string[], selected: string) => list.map((n) => `<option value="${n}"${n === selected ? " selected" : ""}>${esc(state.model.nodes[n]?.label ?? n)}</option>`).join("");
  const inputs = inputNames(state.model);
  const all = Object.keys(state.model.nodes);
  $("gs-node").innerHTML = options(all, "profit");
  $("gs-input").innerHTML = options(inputs, "priceRise");
  $("opt-node").innerHTML = options(all, "profit");
  $("opt-input").innerHTML = options(inputs, "priceRise");
  $("opt-cnode").innerHTML = `<option value="">(no constraint)</option>${options(all, "")}`;
}

function boundsOf(prefix: string, input: string): { lower: number; upper: number } {
  const lo = $<HTMLInputElement>(`${prefix}-lower`).value;
  const hi = $<HTMLInputElement>(`${prefix}-upper`).value;
  const r = range(input);
  return { lower: lo.trim() === "" ? r.min : Number(lo), upper: hi.trim() === "" ? r.max : Number(hi) };
}
const others = (input: string) => Object.fromEntries(Object.entries(inputValues(state.model)).filter(([k]) => k !== input));
const applyButton = (input: string, v: number) => `<button type="button" data-apply="${input}" data-value="${v}">Use ${esc(fmt(input, v))} on the sheet</button>`;
function wireApply(container: HTMLElement): void {
  for (const b of Array.from(container.querySelectorAll<HTMLButtonElement>("[data-apply]"))) {
    b.addEventListener("click", () => {
      const name = b.dataset.apply as string;
      const v = Number(b.dataset.value);
      setInput(name, v);
      renderSheet();
    });
  }
}

function runGoalSeek(): void {
  const out = $("gs-result");
  const node = $<HTMLSelectElement>("gs-node").value;
  const input = $<HTMLSelectElement>("gs-input").value;
  const target = Number($<HTMLInputElement>("gs-target").value);
  try {
    const r = goalSeek(compiled, { node, input, target, ...boundsOf("gs", input), overrides: others(input) });
    out.innerHTML = `${esc(state.model.nodes[input]?.label ?? input)} = <strong id="gs-value" data-value="${r.value}">${esc(fmt(input, r.value))}</strong> gives ${esc(state.model.nodes[node]?.label ?? node)} ${esc(fmt(node, r.achieved))}. ${applyButton(input, r.value)}`;
    wireApply(out);
  } catch (e) {
    out.textContent = isDpmError(e) ? e.message : `Goal seek failed: ${message(e)}`;
  }
}

function runOptimize(): void {
  const out = $("opt-result");
  const node = $<HTMLSelectElement>("opt-node").value;
  const input = $<HTMLSelectElement>("opt-input").value;
  const goal = $<HTMLSelectElement>("opt-goal").value as "maximize" | "minimize";
  const step = Number($<HTMLInputElement>("opt-step").value || "0");
  const cnode = $<HTMLSelectElement>("opt-cnode").value;
  const cvalue = Number($<HTMLInputElement>("opt-cvalue").value);
  const cop = $<HTMLSelectElement>("opt-cop").value as ">=" | "<=";
  try {
    const r = optimizeModel(compiled, {
      decisions: { [input]: { ...boundsOf("opt", input), ...(step > 0 ? { step } : {}) } },
      objective: { node, goal },
      ...(cnode === "" ? {} : { constraints: [{ node: cnode, op: cop, value: cvalue }] }),
      overrides: others(input),
      onNotConverged: "return",
    });
    const v = r.decisions[input] as number;
    out.innerHTML =
      `Best ${esc(state.model.nodes[input]?.label ?? input)}: <strong id="opt-value" data-value="${v}">${esc(fmt(input, v))}</strong>, ${esc(state.model.nodes[node]?.label ?? node)} ${esc(fmt(node, r.objective))} ` +
      `<span class="muted">(${r.method}, ${r.evaluations} runs${r.converged ? "" : `; ${esc(r.message)}`})</span>. ${applyButton(input, v)}` +
      r.constraints.map((c) => `<br>${esc(state.model.nodes[c.node]?.label ?? c.node)} ${c.op} ${esc(fmt(c.node, c.value))}: ${esc(fmt(c.node, c.actual))}${c.binding ? " (binding)" : ""}`).join("");
    wireApply(out);
  } catch (e) {
    out.textContent = isDpmError(e) ? e.message : `Optimize failed: ${message(e)}`;
  }
}

// ---------------------------------------------------------------- share
function shareLink(): void {
  const hash = stateToHash(state);
  history.replaceState(null, "", hash);
  const link = location.href;
  $<HTMLInputElement>("share-url").value = link;
  $("share-status").textContent = "The link in the address bar now opens this exact scenario (model, inputs, distributions, seed). Your data stays on this machine.";
}

function download(): void {
  const blob = new Blob([stateToFile(state)], { type: "application/json" });
  const a = document.createElement("a");
  a.href = URL.createObjectURL(blob);
  a.download = "studio-scenario.json";
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

// ---------------------------------------------------------------- start
function start(): void {
  const style = document.createElement("style");
  style.textContent = STYLES;
  document.head.prepend(style);
  $("forecast-method").innerHTML = FORECAST_CHOICES.map((c) => `<option value="${c.value}">${esc(c.label)}</option>`).join("");
  $("forecast-method").addEventListener("change", () => {
    state = { ...state, forecast: $<HTMLSelectElement>("forecast-method").value as ForecastChoice };
    $("forecast-note").textContent = "Forecasting…";
    setTimeout(renderForecast, 0);
  });
  $("mc-run").addEventListener("click", runMonteCarlo);
  // The fields are part of the shared state as soon as they change (not only when a run starts).
  for (const id of ["mc-iterations", "mc-seed"]) {
    $(id).addEventListener("input", () => {
      const iterations = Number($<HTMLInputElement>("mc-iterations").value);
      state = { ...state, seed: $<HTMLInputElement>("mc-seed").value.trim() || "studio", ...(Number.isInteger(iterations) && iterations >= 100 && iterations <= MAX_ITERATIONS ? { iterations } : {}) };
    });
  }
  $("mc-cancel").addEventListener("click", () => cancelMonteCarlo(true));
  $("scenario-save").addEventListener("click", saveScenario);
  $("gs-run").addEventListener("click", runGoalSeek);
  $("opt-run").addEventListener("click", runOptimize);
  $("share-link").addEventListener("click", shareLink);
  $("share-download").addEventListener("click", download);
  $("data-reset").addEventListener("click", resetData);
  const file = $<HTMLInputElement>("data-file");
  file.addEventListener("change", () => {
    if (file.files !== null) void onFiles(file.files);
  });
  const zone = $("drop-zone");
  zone.addEventListener("dragover", (e) => {
    e.preventDefault();
    zone.classList.add("over");
  });
  zone.addEventListener("dragleave", () => zone.classList.remove("over"));
  zone.addEventListener("drop", (e) => {
    e.preventDefault();
    zone.classList.remove("over");
    if (e.dataTransfer !== null) void onFiles(e.dataTransfer.files);
  });
  let initial: StudioState | null = null;
  try {
    initial = stateFromHash(location.hash);
  } catch (e) {
    $("share-status").textContent = `Could not open the shared link: ${message(e)}. Showing the bakery's defaults.`;
  }
  try {
    loadAll(initial);
  } catch (e) {
    $("share-status").textContent = `Could not open the shared scenario: ${message(e)}. Showing the bakery's defaults.`;
    loadAll(null);
  }
  $<HTMLInputElement>("mc-iterations").value = String(state.iterations);
  $<HTMLInputElement>("mc-seed").value = state.seed;
  (window as unknown as { studio: unknown }).studio = { metrics, state: () => state };
  document.body.dataset.ready = "true";
}

start();
