/// <reference lib="dom" />
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { goalSeek, modelFromJson, optimizeModel, runModel } from "@dpm/core";
import { type BrowserContext, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { asDefinition, bakerySetup, type BakerySetup } from "../studio/src/bakery.js";
import { parseBakery } from "../studio/src/data.js";
import { runRisk } from "../studio/src/risk.js";
import { inputValues, riskRequest, type StudioState, withInputs } from "../studio/src/state.js";

// The what-if studio end to end: build it with Vite, serve the static folder from a loopback
// port, drive it in Debian's headless Chromium and check its numbers against the same
// computations in Node. Set DPM_SKIP_BROWSER=1 to skip on a machine without /usr/bin/chromium.
const CHROMIUM = process.env.DPM_CHROMIUM ?? "/usr/bin/chromium";
const skipBrowser = process.env.DPM_SKIP_BROWSER === "1";
const FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
const examples = fileURLToPath(new URL("..", import.meta.url));
const dist = join(examples, "studio", "dist");
const TYPES: Record<string, string> = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css", ".json": "application/json", ".svg": "image/svg+xml" };

const figures: Record<string, number> = {};

describe.skipIf(skipBrowser)("the what-if studio in headless Chromium", () => {
  let server: Server;
  let base: string;
  let context: BrowserContext;
  let profile: string;
  let setup: BakerySetup;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found: install it (apt-get install chromium, as .ci/run does) or set DPM_SKIP_BROWSER=1 to skip this test locally`);
    const vite = join(createRequire(import.meta.url).resolve("vite/package.json"), "..", "bin", "vite.js");
    const built = spawnSync(process.execPath, [vite, "build", "--config", "studio/vite.config.ts", "--logLevel", "warn"], { cwd: examples, encoding: "utf8", timeout: 120_000 });
    expect(built.status, built.stderr + built.stdout).toBe(0);
    server = createServer((req, res) => {
      const path = normalize(decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname)).replace(/^(\.\.[/\\])+/, "");
      const file = join(dist, path === "/" ? "index.html" : path);
      if (!file.startsWith(dist) || !existsSync(file)) {
        res.writeHead(404).end("not found");
        return;
      }
      res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" }).end(readFileSync(file));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    const text = (f: string) => readFileSync(join(examples, "data", f), "utf8");
    setup = bakerySetup(parseBakery({ texts: { sales: text("sales.csv"), transactions: text("transactions.csv"), costs: text("costs.csv") }, names: { sales: "sales.csv", transactions: "transactions.csv", costs: "costs.csv" } }));
    profile = mkdtempSync(join(tmpdir(), "dpm-studio-profile-"));
    context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: FLAGS, viewport: { width: 1200, height: 1000 } });
    page = await context.newPage();
    page.on("console", (m) => {
      if (m.type() === "error" || m.type() === "warning") problems.push(`console.${m.type()}: ${m.text()}`);
    });
    page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  }, 150_000);

  afterAll(async () => {
    await context?.close();
    await new Promise((resolve) => (server === undefined ? resolve(undefined) : server.close(resolve)));
    if (profile !== undefined) rmSync(profile, { recursive: true, force: true });
    console.log(`studio figures: ${JSON.stringify(figures)}`);
  });

  const studioState = (p: Page) => p.evaluate(() => (window as unknown as { studio: { state(): StudioState } }).studio.state());
  const profileOf = async (p: Page) => Number(await p.locator("#profit-value").getAttribute("data-value"));

  /** Distinct colours in a screenshot of an element, counted by the page's own canvas. */
  async function colours(p: Page, selector: string): Promise<number> {
    const png = (await p.locator(selector).screenshot()).toString("base64");
    return p.evaluate(async (data) => {
      const img = new Image();
      img.src = `data:image/png;base64,${data}`;
      await img.decode();
      const c = document.createElement("canvas");
      c.width = img.width;
      c.height = img.height;
      const g = c.getContext("2d") as CanvasRenderingContext2D;
      g.drawImage(img, 0, 0);
      const px = g.getImageData(0, 0, c.width, c.height).data;
      const seen = new Set<number>();
      for (let i = 0; i < px.length; i += 4) seen.add(((px[i] as number) << 16) | ((px[i + 1] as number) << 8) | (px[i + 2] as number));
      return seen.size;
    }, png);
  }

  it("ships a small static folder with relative paths", () => {
    const html = readFileSync(join(dist, "index.html"), "utf8");
    expect(html).toMatch(/src="\.\/assets\/index-[\w-]+\.js"/);
    const js = readdirSync(join(dist, "assets")).filter((f) => f.endsWith(".js"));
    expect(js.some((f) => f.startsWith("mcWorker"))).toBe(true);
    const gz = (f: string) => gzipSync(readFileSync(join(dist, "assets", f))).length;
    figures.jsGzipKB = Math.round(js.reduce((a, f) => a + gz(f), 0) / 102.4) / 10;
    figures.workerGzipKB = Math.round(js.filter((f) => f.startsWith("mcWorker")).reduce((a, f) => a + gz(f), 0) / 102.4) / 10;
    const data = ["sales.csv", "transactions.csv", "costs.csv"].reduce((a, f) => a + gzipSync(readFileSync(join(examples, "data", f))).length, 0);
    figures.embeddedDataGzipKB = Math.round(data / 102.4) / 10;
    expect(figures.jsGzipKB - figures.embeddedDataGzipKB).toBeLessThan(250);
  });

  it("loads, draws KPI tiles and charts, and the profit is runModel's", async () => {
    await page.goto(base, { waitUntil: "load" });
    await page.waitForSelector("body[data-ready=true]");
    figures.firstChartMs = Math.round(await page.evaluate(() => (window as unknown as { studio: { metrics: { firstChartMs: number } } }).studio.metrics.firstChartMs));
    expect(await page.locator("#kpis li").count()).toBeGreaterThanOrEqual(3);
    for (const chart of ["profit-curve", "profit-bars", "forecast", "tornado", "segments"]) expect(await page.locator(`svg[data-chart=${chart}] :is(rect,path,circle,line)`).count(), chart).toBeGreaterThanOrEqual(5);
    const model = modelFromJson(asDefinition(setup.model));
    expect(await profileOf(page)).toBeCloseTo(runModel(model).value("profit", 0), 6);
    expect(await colours(page, "#forecast-chart")).toBeGreaterThan(8);
    // Accessible: every control has a label (a <label for>, aria-label or its own text).
    const unlabelled = await page.$$eval("input, select, button, progress", (els) =>
      els.filter((e) => ((e as HTMLInputElement).labels?.length ?? 0) === 0 && !e.getAttribute("aria-label") && !(e.tagName === "BUTTON" && (e.textContent ?? "").trim() !== "")).map((e) => e.outerHTML.slice(0, 80)),
    );
    expect(unlabelled).toEqual([]);
  }, 60_000);

  it("moves the price slider by keyboard: profit follows runModel, fast", async () => {
    const slider = page.locator("#slider-priceRise");
    await slider.focus();
    for (let i = 0; i < 10; i++) await page.keyboard.press("ArrowRight");
    const price = Number(await slider.inputValue());
    expect(price).toBeCloseTo(0.05, 9);
    expect(Number(await page.locator("#num-priceRise").inputValue())).toBeCloseTo(price, 12);
    const model = modelFromJson(asDefinition(setup.model));
    expect(await profileOf(page)).toBeCloseTo(runModel(model, { overrides: { priceRise: price } }).value("profit", 0), 6);
    // Slider-to-update latency: input event → model runs → DOM updated → next frame painted.
    const latencies = await page.evaluate(async () => {
      const el = document.getElementById("slider-flourPrice") as HTMLInputElement;
      const out: number[] = [];
      const v0 = Number((document.getElementById("num-flourPrice") as HTMLInputElement).value);
      for (let k = 1; k <= 10; k++) {
        const t = performance.now();
        el.value = String(v0 + k * Number(el.step));
        el.dispatchEvent(new Event("input", { bubbles: true }));
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
        out.push(performance.now() - t);
      }
      // Back to the sheet's value through the number field (the slider snaps to its steps).
      const num = document.getElementById("num-flourPrice") as HTMLInputElement;
      num.value = String(v0);
      num.dispatchEvent(new Event("input", { bubbles: true }));
      return out.sort((a, b) => a - b);
    });
    figures.sliderToUpdateMsMedian = Math.round((latencies[5] as number) * 10) / 10;
    figures.modelUpdateMs = Math.round((await page.evaluate(() => (window as unknown as { studio: { metrics: { lastUpdateMs: number } } }).studio.metrics.lastUpdateMs)) * 100) / 100;
    expect(figures.sliderToUpdateMsMedian).toBeLessThan(100);
    expect(await profileOf(page)).toBeCloseTo(runModel(model, { overrides: { priceRise: price } }).value("profit", 0), 6);
  }, 60_000);

  it("runs a 20,000-iteration Monte Carlo in the worker: same numbers as Node, histogram drawn", async () => {
    await page.locator("#scenario-name").fill("flour back to normal");
    await page.locator("#dist-flourPrice").selectOption("fixed");
    await page.locator("#scenario-save").click();
    await page.locator("#dist-flourPrice").selectOption("pert");
    for (const [f, v] of Object.entries({ min: setup.distributions.flourPrice?.min, mode: setup.distributions.flourPrice?.mode, max: setup.distributions.flourPrice?.max })) {
      await page.locator(`#dist-flourPrice-${f}`).fill(String(v));
      await page.locator(`#dist-flourPrice-${f}`).dispatchEvent("change");
    }
    expect(await page.locator("[aria-invalid=true]").count()).toBe(0);
    await page.locator("#mc-iterations").fill("20000");
    await page.locator("#mc-run").click();
    await page.waitForSelector("#risk-summary[data-mean]", { timeout: 30_000 });
    const mean = Number(await page.locator("#risk-summary").getAttribute("data-mean"));
    const se = Number(await page.locator("#risk-summary").getAttribute("data-se"));
    figures.mcIterationsPerSecond = Math.round(await page.evaluate(() => (window as unknown as { studio: { metrics: { iterationsPerSecond: number } } }).studio.metrics.iterationsPerSecond));
    const state = await studioState(page);
    expect(state.iterations).toBe(20_000);
    expect(state.scenarios.map((s) => s.name)).toEqual(["flour back to normal"]);
    const node = runRisk(riskRequest(state));
    if (node === null) throw new Error("runRisk stopped");
    expect(Math.abs(mean - node.current.mean)).toBeLessThanOrEqual(se);
    figures.mcMeanBrowserMinusNode = mean - node.current.mean;
    expect(await page.locator("svg[data-chart=histogram] rect.bar").count()).toBeGreaterThanOrEqual(20);
    expect(await page.locator("svg[data-chart=histogram] .var-line").count()).toBeGreaterThanOrEqual(1);
    expect(await page.locator("#p-loss").textContent()).toMatch(/\d+\.\d %/);
    expect(await page.locator("#scenario-results tr").count()).toBe(2);
    expect(await page.locator("#scenario-results").textContent()).toContain("flour back to normal");
    expect(await colours(page, "#histogram-chart")).toBeGreaterThan(8);
    const shot = join(tmpdir(), "dpm-studio.png");
    await page.screenshot({ path: shot, fullPage: true });
    console.log(`studio screenshot: ${shot}`);
  }, 60_000);

  it("cancels a long Monte Carlo", async () => {
    await page.locator("#mc-iterations").fill("1000000");
    await page.locator("#mc-run").click();
    await page.waitForFunction(() => Number((document.getElementById("mc-progress") as HTMLProgressElement).value) > 0, undefined, { timeout: 30_000 });
    await page.locator("#mc-cancel").click();
    await expect.poll(() => page.locator("#mc-status").textContent()).toBe("Cancelled.");
    expect(await page.locator("#mc-run").isEnabled()).toBe(true);
    await page.locator("#mc-iterations").fill("20000");
  }, 60_000);

  it("goal seek and optimize give core's answers", async () => {
    const state = await studioState(page);
    const model = modelFromJson(asDefinition(setup.model));
    const { priceRise: _p, ...others } = inputValues(state.model);
    await page.locator("#gs-target").fill("20000");
    await page.locator("#gs-run").click();
    const seek = goalSeek(model, { node: "profit", input: "priceRise", target: 20_000, lower: setup.ranges.priceRise?.min ?? 0, upper: setup.ranges.priceRise?.max ?? 0, overrides: others });
    expect(Number(await page.locator("#gs-value").getAttribute("data-value"))).toBeCloseTo(seek.value, 9);
    await page.locator("#opt-step").fill("0.005");
    await page.locator("#opt-run").click();
    const best = optimizeModel(model, { decisions: { priceRise: { lower: setup.ranges.priceRise?.min ?? 0, upper: setup.ranges.priceRise?.max ?? 0, step: 0.005 } }, objective: { node: "profit", goal: "maximize" }, overrides: others, onNotConverged: "return" });
    expect(Number(await page.locator("#opt-value").getAttribute("data-value"))).toBeCloseTo(best.decisions.priceRise as number, 9);
  }, 60_000);

  it("switches the forecast method", async () => {
    const before = await page.locator("svg[data-chart=forecast]").getAttribute("aria-label");
    await page.locator("#forecast-method").selectOption("theta");
    await expect.poll(() => page.locator("svg[data-chart=forecast]").getAttribute("aria-label"), { timeout: 30_000 }).not.toBe(before);
    expect(await page.locator("svg[data-chart=forecast]").getAttribute("aria-label")).toMatch(/Theta/);
    expect(await page.locator("svg[data-chart=forecast] path.band").count()).toBe(2);
  }, 60_000);

  it("reopens from the shared link with the same numbers", async () => {
    const profit = await profileOf(page);
    const mean = Number(await page.locator("#risk-summary").getAttribute("data-mean"));
    await page.locator("#share-link").click();
    const url = await page.locator("#share-url").inputValue();
    expect(url).toMatch(/#s=[\w-]+$/);
    const other = await context.newPage();
    await other.goto(url, { waitUntil: "load" });
    await other.waitForSelector("body[data-ready=true]");
    expect(await profileOf(other)).toBe(profit);
    expect(Number(await other.locator("#slider-priceRise").inputValue())).toBeCloseTo(0.05, 9);
    await other.locator("#mc-run").click();
    await other.waitForSelector("#risk-summary[data-mean]", { timeout: 30_000 });
    expect(Number(await other.locator("#risk-summary").getAttribute("data-mean"))).toBe(mean);
    expect(await other.locator("#scenario-results tr").count()).toBe(2);
    // The downloadable file is a model modelFromJson reads, giving the same profit.
    const [download] = await Promise.all([other.waitForEvent("download"), other.locator("#share-download").click()]);
    const file = readFileSync((await download.path()) as string, "utf8");
    expect(runModel(modelFromJson(file)).value("profit", 0)).toBeCloseTo(profit, 6);
    const state = await studioState(other);
    expect(runModel(modelFromJson(asDefinition(withInputs(setup.model, inputValues(state.model))))).value("profit", 0)).toBeCloseTo(profit, 6);
    await other.close();
  }, 60_000);

  it("reports a malformed dropped CSV and keeps the data", async () => {
    const before = await profileOf(page);
    await page.evaluate(() => {
      const dt = new DataTransfer();
      dt.items.add(new File(["date,product,units,unit_price\n2024-10-01,bread,12,2.5\n2024-10-02,bread,abc,2.5\n"], "my-sales.csv", { type: "text/csv" }));
      document.getElementById("drop-zone")?.dispatchEvent(new DragEvent("drop", { dataTransfer: dt, bubbles: true, cancelable: true }));
    });
    await expect.poll(() => page.locator("#data-error").textContent()).toMatch(/my-sales\.csv line 3: units "abc"/);
    await page.locator("#data-file").setInputFiles({ name: "notes.csv", mimeType: "text/csv", buffer: Buffer.from("name,colour\nx,y\n") });
    await expect.poll(() => page.locator("#data-error").textContent()).toMatch(/notes\.csv line 1: the header is not one of/);
    expect(await profileOf(page)).toBe(before);
    // A good file replaces its kind: costs with rent doubled lower the quarter's profit.
    const costs = readFileSync(join(examples, "data", "costs.csv"), "utf8").replace(/,3500,/g, ",7000,");
    await page.locator("#data-file").setInputFiles({ name: "my-costs.csv", mimeType: "text/csv", buffer: Buffer.from(costs) });
    await expect.poll(() => page.locator("#data-status").textContent()).toBe("Loaded my-costs.csv.");
    expect(await page.locator("#data-error").textContent()).toBe("");
    expect(await profileOf(page)).toBeLessThan(before);
    await page.locator("#data-reset").click();
    await expect.poll(() => page.locator("#data-status").textContent()).toBe("Back to the bakery data.");
    expect(problems).toEqual([]);
  }, 60_000);
});
