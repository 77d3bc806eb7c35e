import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseCsv } from "@dpm/core";
import { DuckDBInstance } from "@duckdb/node-api";
import { asyncBufferFromFile, parquetMetadataAsync, parquetReadObjects } from "hyparquet";
import { afterAll, describe, expect, it } from "vitest";
import { dpm, dpmSpawn, salesCsv } from "./helpers.js";

const dir = mkdtempSync(join(tmpdir(), "dpm-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string) => join(dir, name);
const FORECAST = ["forecast", "--id", "store,product", "--date", "day", "--value", "revenue", "--horizon", "5", "-q"];

writeFileSync(file("sales.csv"), salesCsv(6, 40));

async function csvToParquet(csv: string, parquet: string) {
  const db = await DuckDBInstance.create(":memory:");
  const c = await db.connect();
  await c.run(`copy (select store, product, cast(day as date) as day, revenue from read_csv('${csv}')) to '${parquet}' (format parquet)`);
  c.closeSync();
  db.closeSync();
}

describe("dpm forecast", () => {
  it("CSV in, CSV out: long format, one row per series × period, the same with 0 or 2 workers", () => {
    const a = dpm([...FORECAST, "--input", file("sales.csv"), "--output", file("a.csv"), "--workers", "0", "--json"]);
    expect(a.code).toBe(0);
    const summary = JSON.parse(a.stdout) as { series: number; failed: number; status: string };
    expect(summary).toMatchObject({ series: 6, failed: 0, status: "complete" });
    const t = parseCsv(readFileSync(file("a.csv"), "utf8"), { types: { period: "string" } });
    expect(t.names).toEqual(["store", "product", "period", "point", "lower_80", "upper_80", "lower_95", "upper_95", "method"]);
    expect(t.rowCount).toBe(30);
    expect((t.columns.period as string[]).slice(0, 5)).toEqual(["2025-02-10", "2025-02-11", "2025-02-12", "2025-02-13", "2025-02-14"]);
    const lo = t.columns.lower_95 as Float64Array;
    const pt = t.columns.point as Float64Array;
    const hi = t.columns.upper_95 as Float64Array;
    for (let i = 0; i < t.rowCount; i++) expect(lo[i]! <= pt[i]! && pt[i]! <= hi[i]!).toBe(true);
    const b = dpm([...FORECAST, "--input", file("sales.csv"), "--output", file("b.csv"), "--workers", "2"]);
    expect(b.code).toBe(0);
    expect(readFileSync(file("b.csv"), "utf8")).toBe(readFileSync(file("a.csv"), "utf8"));
    expect(JSON.parse(readFileSync(file("a.csv.manifest.json"), "utf8"))).toMatchObject({ status: "complete", series: 6 });
  });

  it("Parquet in (DuckDB and hyparquet readers), Parquet and DuckDB out: the same numbers as the CSV run", async () => {
    await csvToParquet(file("sales.csv"), file("sales.parquet"));
    expect(dpm([...FORECAST, "--input", file("sales.parquet"), "--output", file("p.parquet"), "--workers", "0"]).code).toBe(0);
    expect(dpm([...FORECAST, "--input", file("sales.parquet"), "--parquet-reader", "hyparquet", "--output", file("h.csv"), "--workers", "0"]).code).toBe(0);
    const csv = readFileSync(file("a.csv"), "utf8");
    expect(readFileSync(file("h.csv"), "utf8")).toBe(csv);
    const pq = await asyncBufferFromFile(file("p.parquet"));
    const meta = await parquetMetadataAsync(pq);
    expect(meta.key_value_metadata).toContainEqual({ key: "dpm.status", value: "complete" });
    const rows = (await parquetReadObjects({ file: pq })) as Record<string, string | number>[];
    const t = parseCsv(csv, { types: { period: "string" } });
    expect(rows).toHaveLength(t.rowCount);
    expect(rows.map((r) => r.point)).toEqual(Array.from(t.columns.point as Float64Array));
    expect(rows[0]).toMatchObject({ store: "S0", product: "bread", period: "2025-02-10" });
    expect(dpm([...FORECAST, "--input", file("sales.csv"), "--output", file("d.duckdb"), "--workers", "0"]).code).toBe(0);
    const db = await DuckDBInstance.create(file("d.duckdb"));
    const c = await db.connect();
    const n = await c.runAndReadAll("select count(*)::integer as n, (select status from dpm_run) as s from forecasts");
    expect(n.getRows()[0]).toEqual([30, "complete"]);
    c.closeSync();
    db.closeSync();
  });

  it("a --sql query through DuckDB, and --sort for input not grouped by id", () => {
    const shuffled = salesCsv(4, 30).trim().split("\n");
    const [header, ...body] = shuffled;
    body.sort((x, y) => (x.split(",")[2]! < y.split(",")[2]! ? -1 : 1)); // by day: series interleaved
    writeFileSync(file("interleaved.csv"), `${[header, ...body].join("\n")}\n`);
    const bad = dpm([...FORECAST, "--input", file("interleaved.csv"), "--output", file("i.csv")]);
    expect(bad.code).toBe(3);
    expect(bad.stderr).toMatch(/appears again after other series; the input must be sorted or grouped by store, product — add --sort/);
    expect(dpm([...FORECAST, "--input", file("interleaved.csv"), "--sort", "--output", file("i.csv"), "--workers", "0"]).code).toBe(0);
    writeFileSync(file("grouped.csv"), salesCsv(4, 30));
    expect(dpm([...FORECAST, "--input", file("grouped.csv"), "--output", file("g.csv"), "--workers", "0"]).code).toBe(0);
    expect(readFileSync(file("i.csv"), "utf8")).toBe(readFileSync(file("g.csv"), "utf8"));
    const sql = dpm([...FORECAST, "--sql", `select * from read_csv('${file("interleaved.csv")}') order by store, product, day`, "--output", file("s.csv"), "--workers", "0"]);
    expect(sql.code).toBe(0);
    expect(readFileSync(file("s.csv"), "utf8")).toBe(readFileSync(file("g.csv"), "utf8"));
  });

  it("a malformed row names the line", () => {
    writeFileSync(file("malformed.csv"), "store,product,day,revenue\nS0,bread,2025-01-01,5\nS0,bread,2025-01-02,6,7\n");
    const r = dpm([...FORECAST, "--input", file("malformed.csv"), "--output", file("m.csv")]);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain("malformed.csv line 3: malformed row");
    expect(r.stderr).not.toMatch(/\n\s+at /);
    writeFileSync(file("quote.csv"), 'store,product,day,revenue\nS0,bread,2025-01-01,5\nS0,"bread,2025-01-02,6\n');
    const q = dpm([...FORECAST, "--input", file("quote.csv"), "--output", file("m.csv")]);
    expect(q.code).toBe(3);
    expect(q.stderr).toMatch(/quote\.csv line \d+: malformed row/);
  });

  it("an unknown column lists the columns", () => {
    const r = dpm([...FORECAST.map((a) => (a === "revenue" ? "sales" : a)), "--input", file("sales.csv"), "--output", file("u.csv")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`error: ${file("sales.csv")}: --value names column "sales", which is not in the input; its columns are store, product, day, revenue\n`);
  });

  it("an empty file, a header-only file and a missing file are clear errors", () => {
    writeFileSync(file("empty.csv"), "");
    writeFileSync(file("header.csv"), "store,product,day,revenue\n");
    expect(dpm([...FORECAST, "--input", file("empty.csv"), "--output", file("e.csv")])).toMatchObject({ code: 3, stderr: `error: ${file("empty.csv")}: the file is empty\n` });
    expect(dpm([...FORECAST, "--input", file("header.csv"), "--output", file("e.csv")])).toMatchObject({ code: 3, stderr: `error: ${file("header.csv")}: the input has no data rows\n` });
    expect(dpm([...FORECAST, "--input", file("nope.csv"), "--output", file("e.csv")]).code).toBe(2);
  });

  it("a series too short or with a bad value lands in the errors file; the others are forecast", () => {
    writeFileSync(file("short.csv"), `${salesCsv(2, 30)}S9,tiny,2025-01-01,5\nS9,bad,2025-01-01,5\nS9,bad,2025-01-02,abc\n`);
    const r = dpm([...FORECAST, "--input", file("short.csv"), "--output", file("short-out.csv"), "--errors", file("short-errors.csv"), "--workers", "0"]);
    expect(r.code).toBe(4);
    const errors = parseCsv(readFileSync(file("short-errors.csv"), "utf8"));
    expect(errors.names).toEqual(["store", "product", "code", "message"]);
    expect(errors.columns.product).toEqual(["tiny", "bad"]);
    expect(errors.columns.code).toEqual(["TOO_SHORT", "PARSE_ERROR"]);
    expect((errors.columns.message as string[])[1]).toBe('line 64, column "revenue": "abc" is not a number');
    expect(parseCsv(readFileSync(file("short-out.csv"), "utf8")).rowCount).toBe(10);
  });

  it("Ctrl-C: the output so far is valid, complete per series, and marked partial", async () => {
    writeFileSync(file("big.csv"), salesCsv(300, 120));
    const child = dpmSpawn(["forecast", "--id", "store,product", "--date", "day", "--value", "revenue", "--horizon", "5", "--input", file("big.csv"), "--output", file("big-out.csv"), "--workers", "1", "--chunk-size", "4", "--json"]);
    let stderr = "";
    let stdout = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    const deadline = Date.now() + 60_000;
    while (!(existsSync(file("big-out.csv")) && readFileSync(file("big-out.csv"), "utf8").split("\n").length > 40) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    child.kill("SIGINT");
    const code = await new Promise<number | null>((r) => child.on("exit", (c) => r(c)));
    expect(code).toBe(130);
    expect(stderr).toContain("interrupted");
    const summary = JSON.parse(stdout) as { status: string; series: number };
    expect(summary.status).toBe("partial");
    expect(summary.series).toBeGreaterThan(0);
    expect(summary.series).toBeLessThan(300);
    expect(JSON.parse(readFileSync(file("big-out.csv.manifest.json"), "utf8"))).toMatchObject({ status: "partial", series: summary.series });
    const t = parseCsv(readFileSync(file("big-out.csv"), "utf8"));
    expect(t.rowCount).toBe(summary.series * 5);
  });

  it("--help on every command, and usage errors exit 2", () => {
    for (const c of [[], ["forecast"], ["segment"], ["simulate"], ["kpi"], ["worker"]]) {
      const r = dpm([...c, "--help"]);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/Usage: dpm/);
    }
    expect(dpm(["forecast", "--input", file("sales.csv")]).code).toBe(2);
    expect(dpm([...FORECAST, "--input", file("sales.csv"), "--output", file("x.csv"), "--method", "magic"]).code).toBe(2);
    expect(dpm(["bogus"]).code).toBe(2);
  });
});

describe("dpm segment, simulate, kpi", () => {
  it("segment: transactions → RFM and CLV per customer; a bad row names its line", () => {
    const lines = ["customer_id,date,amount"];
    for (let c = 0; c < 40; c++) for (let k = 0; k <= c % 5; k++) lines.push(`c${c},2025-${String(1 + ((c + 3 * k) % 12)).padStart(2, "0")}-0${1 + (k % 9)},${10 + (c % 7) + k}`);
    const sorted = [lines[0], ...lines.slice(1).sort((a, b) => (a.split(",")[1]! < b.split(",")[1]! ? -1 : 1))];
    writeFileSync(file("tx.csv"), `${sorted.join("\n")}\n`);
    const r = dpm(["segment", "--input", file("tx.csv"), "--output", file("customers.csv"), "--json"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ command: "segment", customers: 40 });
    const t = parseCsv(readFileSync(file("customers.csv"), "utf8"));
    expect(t.names).toEqual(["customer", "frequency", "recency", "T", "monetary", "r", "f", "m", "segment", "clv"]);
    expect(t.rowCount).toBe(40);
    writeFileSync(file("tx-bad.csv"), "customer_id,date,amount\nc1,2025-01-01,5\nc2,2025-13-01,6\n");
    const bad = dpm(["segment", "--input", file("tx-bad.csv"), "--output", file("c.csv")]);
    expect(bad.code).toBe(3);
    expect(bad.stderr).toContain('line 3, column "date"');
  });

  it("simulate: a JSON model with distributions → summaries; kpi: a formula by name", () => {
    writeFileSync(
      file("model.json"),
      JSON.stringify({ model: { start: "2026", periods: 1, nodes: { units: { input: 100 }, revenue: { formula: "units * 12" } } }, inputs: { units: { type: "normal", mean: 100, sd: 10 } }, iterations: 2000, seed: 7 }),
    );
    const r = dpm(["simulate", file("model.json"), "--json"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { iterations: number; summaries: Record<string, { mean: number }> };
    expect(out.iterations).toBe(2000);
    expect(Math.abs((out.summaries.revenue?.mean ?? 0) - 1200)).toBeLessThan(15);
    expect(dpm(["simulate", file("model.json"), "--json"]).stdout).toBe(r.stdout);
    expect(dpm(["kpi", "grossMargin", "1000", "600"])).toMatchObject({ code: 0, stdout: "0.4\n" });
    expect(dpm(["kpi", "grossMargn", "1"]).stderr).toContain("the KPIs are");
    expect(dpm(["kpi", "grossMargin", "1000", "x"]).code).toBe(2);
  });
});
