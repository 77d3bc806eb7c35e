// Generated from docs/guides/driver-model.md by examples/scripts/extractGuides.ts; do not edit.
import { checkGuide } from "../../scripts/guideCheck.ts";
import { compareScenarios, defineModel, isDpmError, modelFromJson, runModel, runVectorized } from "@dpm/core";

// docs/guides/driver-model.md:16
{

const bakery = defineModel({
  start: "2026-01",
  periods: 3,
  nodes: {
    loaves: { input: [3_000, 3_100, 3_300], unit: "loaves", label: "Loaves sold" },
    price: { input: 3.2, unit: "EUR" },
    flourPerLoaf: { input: 0.5, unit: "kg" },
    flourPrice: { input: 0.6, unit: "EUR/kg" },
    fixedCosts: { input: 6_000, unit: "EUR" },
    revenue: { formula: "loaves * price" },
    cogs: { formula: "loaves * flourPerLoaf * flourPrice" },
    grossProfit: { formula: "revenue - cogs" },
    netProfit: { formula: "grossProfit - fixedCosts" },
  },
});

const plan = runModel(bakery);
checkGuide(() => (plan.value("revenue", "2026-01")), "9600", "docs/guides/driver-model.md:36");
checkGuide(() => (plan.value("netProfit", "2026-01")), "2700", "docs/guides/driver-model.md:37");
checkGuide(() => (plan.rows().map((r) => r.period)), "[\"2026-01\", \"2026-02\", \"2026-03\"]", "docs/guides/driver-model.md:38");
}

// docs/guides/driver-model.md:53
{

const growing = defineModel({
  start: "2026-01",
  periods: 4,
  nodes: {
    firstMonth: { input: 3_000 },
    growth: { input: 0.02 },
    lastLoaves: { lag: "loaves", initial: "firstMonth" },
    loaves: { formula: "lastLoaves * (1 + growth)" },
    profit: { formula: "loaves * 0.9 - 2000" },
    cash: { stock: { initial: 5_000, inflows: ["profit"] } },
  },
});
const run = runModel(growing);
checkGuide(() => (run.value("loaves", 0)), "3060", "docs/guides/driver-model.md:69");
checkGuide(() => (run.value("cash", 1)), "5754", "docs/guides/driver-model.md:70");
}

// docs/guides/driver-model.md:81
{

const month = defineModel({
  start: "2026-10",
  periods: 1,
  nodes: {
    loaves: { input: 3_000 },
    price: { input: 3.2 },
    flourPrice: { input: 0.6 },
    profit: { formula: "loaves * (price - 0.5 * flourPrice) - 6000" },
  },
});
const flour = compareScenarios(month, {
  base: {},
  flourSpike: { flourPrice: 0.9 },
  spikeAndPriceRise: { flourPrice: 0.9, price: 3.4 },
});
checkGuide(() => (Math.round(flour.difference("profit", "flourSpike", "base").values[0] ?? 0)), "-450", "docs/guides/driver-model.md:99");
checkGuide(() => (Math.round(flour.difference("profit", "spikeAndPriceRise", "base").values[0] ?? 0)), "150", "docs/guides/driver-model.md:100");
}

// docs/guides/driver-model.md:108
{

const fromConfig = modelFromJson(`{
  "start": "2026-Q1", "periods": 2,
  "nodes": {
    "traffic": { "input": [48000, 51000] },
    "conversion": { "input": 0.021 },
    "aov": { "input": 74 },
    "sales": { "formula": "traffic * conversion * aov" }
  }
}`);
checkGuide(() => (Math.round(runModel(fromConfig).value("sales", 0))), "74592", "docs/guides/driver-model.md:120");
}

// docs/guides/driver-model.md:125
{

try {
  modelFromJson(`{ "start": "2026-01", "periods": 1, "nodes": {
    "a": { "formula": "b + 1" }, "b": { "formula": "a * 2" } } }`);
} catch (error) {
  if (isDpmError(error)) console.log(error.code, error.message); // CYCLE, naming a → b → a
}
}

// docs/guides/driver-model.md:141
{

const unitModel = defineModel({
  start: "2026-10",
  periods: 1,
  nodes: { loaves: { input: 3_000 }, flourPrice: { input: 0.6 }, profit: { formula: "loaves * (3.2 - 0.5 * flourPrice) - 6000" } },
});
const prices = Float64Array.of(0.6, 0.75, 0.9, 1.2);
const many = runVectorized(unitModel, { count: prices.length, inputs: { flourPrice: prices }, outputs: ["profit"] });
checkGuide(() => (Array.from(many.column("profit", 0), Math.round)), "[2700, 2475, 2250, 1800]", "docs/guides/driver-model.md:151");
}
export {};
