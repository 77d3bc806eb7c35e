import { existsSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { type ColumnSpec, parseCsv } from "./csv.js";
import { DataError } from "./DataError.js";

export interface SaleRow {
  readonly date: string;
  readonly product: string;
  readonly units: number;
  readonly unitPrice: number;
}
export interface TransactionRow {
  readonly customerId: string;
  readonly date: string;
  readonly amount: number;
}
export interface CostRow {
  readonly month: string;
  readonly flourKg: number;
  readonly flourPrice: number;
  readonly otherIngredients: number;
  readonly wages: number;
  readonly rent: number;
  readonly energy: number;
}
/** The three inputs of the bakery story, checked and sorted by date. */
export interface BakeryData {
  readonly sales: readonly SaleRow[];
  readonly transactions: readonly TransactionRow[];
  readonly costs: readonly CostRow[];
  /** The files read, as the user would name them (relative to the directory the command ran in). */
  readonly files: { readonly sales: string; readonly transactions: string; readonly costs: string };
}

export type DataKind = "sales" | "transactions" | "costs";
export const DATA_KINDS: readonly DataKind[] = ["sales", "transactions", "costs"];

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

/** The data set committed with the examples (see examples/data/README.md). */
export const DEFAULT_DATA_DIR = resolve(import.meta.dirname, "../../data");

/** Which of the three files a CSV is, judged by its header line; null if none fits. */
export function detectKind(text: string): DataKind | null {
  const header = (text.split(/\r?\n/, 1)[0] ?? "").replace(/^\uFEFF/, "").split(",").map((h) => h.trim().replace(/^"|"$/g, ""));
  return DATA_KINDS.find((kind) => SCHEMAS[kind].every((c) => header.includes(c.name))) ?? null;
}

/** Where each file comes from: explicit per-kind paths win over `--data`, which wins over the default data set. */
export interface DataSources {
  readonly data?: string;
  readonly sales?: string;
  readonly transactions?: string;
  readonly costs?: string;
}

function readText(path: string, shown: string): string {
  if (!existsSync(path)) throw new DataError(shown, null, "no such file");
  if (statSync(path).isDirectory()) throw new DataError(shown, null, "is a directory, expected a CSV file");
  return readFileSync(path, "utf8");
}

/**
 * Resolves the sources against `cwd`, reads and checks the three files. `data` may be a folder
 * (holding sales.csv, transactions.csv, costs.csv) or a single CSV, whose header says which of the
 * three it replaces; the others then come from the default data set.
 * @throws {@link DataError} for a missing file or any bad line
 */
export function loadData(sources: DataSources, cwd: string): BakeryData {
  const show = (abs: string) => {
    const rel = relative(cwd, abs);
    return rel.startsWith("..") || rel === "" ? abs : rel;
  };
  const paths: Record<DataKind, string> = {
    sales: join(DEFAULT_DATA_DIR, "sales.csv"),
    transactions: join(DEFAULT_DATA_DIR, "transactions.csv"),
    costs: join(DEFAULT_DATA_DIR, "costs.csv"),
  };
  const texts: Partial<Record<DataKind, string>> = {};
  if (sources.data !== undefined) {
    const abs = resolve(cwd, sources.data);
    if (!existsSync(abs)) throw new DataError(show(abs), null, "no such file or folder");
    if (statSync(abs).isDirectory()) {
      for (const kind of DATA_KINDS) paths[kind] = join(abs, `${kind}.csv`);
    } else {
      const text = readText(abs, show(abs));
      if (text.trim() === "") throw new DataError(show(abs), null, "the file is empty");
      const kind = detectKind(text);
      if (kind === null) {
        const expected = DATA_KINDS.map((k) => `${k} (${SCHEMAS[k].map((c) => c.name).join(",")})`).join("; ");
        throw new DataError(show(abs), 1, `the header is not one of the demo's files: ${expected}`);
      }
      paths[kind] = abs;
      texts[kind] = text;
    }
  }
  for (const kind of DATA_KINDS) {
    const given = sources[kind];
    if (given !== undefined) {
      paths[kind] = resolve(cwd, given);
      delete texts[kind];
    }
  }
  const rowsOf = (kind: DataKind) => parseCsv(texts[kind] ?? readText(paths[kind], show(paths[kind])), show(paths[kind]), SCHEMAS[kind]);

  const sales = rowsOf("sales")
    .map((r) => ({ date: r.date as string, product: r.product as string, units: r.units as number, unitPrice: r.unit_price as number }))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const days = new Set(sales.map((s) => s.date)).size;
  if (days < 56) throw new DataError(show(paths.sales), null, `needs at least 8 weeks of daily sales to forecast, found ${days} day${days === 1 ? "" : "s"}`);

  const transactions = rowsOf("transactions").map((r) => ({ customerId: r.customer_id as string, date: r.date as string, amount: r.amount as number }));

  const costRows = rowsOf("costs");
  const costs: CostRow[] = costRows.map((r) => ({
    month: r.month as string,
    flourKg: r.flour_kg as number,
    flourPrice: r.flour_price_per_kg as number,
    otherIngredients: r.other_ingredients as number,
    wages: r.wages as number,
    rent: r.rent as number,
    energy: r.energy as number,
  }));
  for (let i = 1; i < costs.length; i++) {
    const prev = (costs[i - 1] as CostRow).month;
    const [y, m] = prev.split("-").map(Number) as [number, number];
    const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, "0")}`;
    if ((costs[i] as CostRow).month !== next) {
      throw new DataError(show(paths.costs), i + 2, `month ${(costs[i] as CostRow).month} should be ${next} (one row per month, in order, no gaps)`);
    }
  }
  const firstSaleMonth = (sales[0] as SaleRow).date.slice(0, 7);
  const lastSaleMonth = (sales[sales.length - 1] as SaleRow).date.slice(0, 7);
  const overlap = costs.filter((c) => c.month >= firstSaleMonth && c.month <= lastSaleMonth).length;
  if (overlap < 3) {
    throw new DataError(show(paths.costs), null, `covers ${overlap} month${overlap === 1 ? "" : "s"} of the sales period ${firstSaleMonth} … ${lastSaleMonth}; at least 3 are needed`);
  }
  return { sales, transactions, costs, files: { sales: show(paths.sales), transactions: show(paths.transactions), costs: show(paths.costs) } };
}
