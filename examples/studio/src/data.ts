import { type ColumnSpec, parseCsv } from "../../src/demo/csv.js";
import { DataError } from "../../src/demo/DataError.js";
import type { BakeryData, CostRow, DataKind, SaleRow } from "../../src/demo/loadData.js";

// The demo's loader reads files with node:fs; the studio gets texts (embedded or dropped) and
// checks them with the demo's own CSV reader, so both report the same line-pinned errors.

export const KINDS: readonly DataKind[] = ["sales", "transactions", "costs"];

export const SCHEMAS: Readonly<Record<DataKind, readonly ColumnSpec[]>> = {
  sales: [
    { name: "date", kind: "date" },
    { name: "product", kind: "text" },
    { name: "units", kind: "count" },
    { name: "unit_price", kind: "number" },
  ],
  transactions: [
    { name: "customer_id", kind: "text" },
    { name: "date", kind: "date" },
    { name: "amount", kind: "number" },
  ],
  costs: [
    { name: "month", kind: "month" },
    { name: "flour_kg", kind: "number" },
    { name: "flour_price_per_kg", kind: "number" },
    { name: "other_ingredients", kind: "number" },
    { name: "wages", kind: "number" },
    { name: "rent", kind: "number" },
    { name: "energy", kind: "number" },
  ],
};

/** Which of the three files a CSV is, judged by its header line; null if none fits. */
export function detectKind(text: string): DataKind | null {
  const header = (text.split(/\r?\n/, 1)[0] ?? "").replace(/^\uFEFF/, "").split(",").map((h) => h.trim().replace(/^"|"$/g, ""));
  return KINDS.find((kind) => SCHEMAS[kind].every((c) => header.includes(c.name))) ?? null;
}

/** The texts of the three files and the names to show in messages. */
export interface BakeryTexts {
  readonly texts: Readonly<Record<DataKind, string>>;
  readonly names: Readonly<Record<DataKind, string>>;
}

/**
 * Checks a dropped file and says which of the three it replaces.
 * @throws {@link DataError} for an empty file or a header that fits none of the three
 */
export function classifyFile(name: string, text: string): DataKind {
  if (text.trim() === "") throw new DataError(name, null, "the file is empty");
  const kind = detectKind(text);
  if (kind === null) {
    const expected = KINDS.map((k) => `${k} (${SCHEMAS[k].map((c) => c.name).join(",")})`).join("; ");
    throw new DataError(name, 1, `the header is not one of the studio's files: ${expected}`);
  }
  return kind;
}

/**
 * Parses and checks the three CSV texts into the demo's {@link BakeryData}.
 * @throws {@link DataError} naming the file and line of the first problem
 */
export function parseBakery(input: BakeryTexts): BakeryData {
  const rowsOf = (kind: DataKind) => parseCsv(input.texts[kind], input.names[kind], SCHEMAS[kind]);
  const sales: SaleRow[] = rowsOf("sales")
    .map((r) => ({ date: r.date as string, product: r.product as string, units: r.units as number, unitPrice: r.unit_price as number }))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const days = new Set(sales.map((s) => s.date)).size;
  if (days < 56) throw new DataError(input.names.sales, null, `needs at least 8 weeks of daily sales to forecast, found ${days} day${days === 1 ? "" : "s"}`);
  const transactions = rowsOf("transactions").map((r) => ({ customerId: r.customer_id as string, date: r.date as string, amount: r.amount as number }));
  const costs: CostRow[] = rowsOf("costs").map((r) => ({
    month: r.month as string,
    flourKg: r.flour_kg as number,
    flourPrice: r.flour_price_per_kg as number,
    otherIngredients: r.other_ingredients as number,
    wages: r.wages as number,
    rent: r.rent as number,
    energy: r.energy as number,
  }));
  for (let i = 1; i < costs.length; i++) {
    const [y, m] = (costs[i - 1] as CostRow).month.split("-").map(Number) as [number, number];
    const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, "0")}`;
    if ((costs[i] as CostRow).month !== next) throw new DataError(input.names.costs, i + 2, `month ${(costs[i] as CostRow).month} should be ${next} (one row per month, in order, no gaps)`);
  }
  if (costs.length < 3) throw new DataError(input.names.costs, null, `has ${costs.length} month${costs.length === 1 ? "" : "s"}; at least 3 are needed`);
  return { sales, transactions, costs, files: { ...input.names } };
}
