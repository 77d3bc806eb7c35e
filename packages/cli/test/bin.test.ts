import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLI_DIR, dpm, salesCsv } from "./helpers.js";

// The published executable: dist/bin.js with its bundled worker thread (turbo builds it before
// the tests; run alone, the suite builds it first).
const pkg = JSON.parse(readFileSync(join(CLI_DIR, "package.json"), "utf8")) as { bin: Record<string, string> };
const bin = join(CLI_DIR, pkg.bin.dpm ?? "missing");
const dir = mkdtempSync(join(tmpdir(), "dpm-bin-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

beforeAll(() => {
  if (!existsSync(bin)) spawnSync("pnpm", ["exec", "tsup", "--silent"], { cwd: CLI_DIR, stdio: "inherit" });
}, 120_000);

describe("the dpm bin (dist)", () => {
  it("is an executable node script that forecasts on two worker threads like the sources do", () => {
    expect(readFileSync(bin, "utf8").startsWith("#!/usr/bin/env node\n")).toBe(true);
    expect(statSync(bin).mode & 0o111).not.toBe(0);
    const version = spawnSync(process.execPath, [bin, "--version"], { encoding: "utf8" });
    expect(version.status).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
    writeFileSync(join(dir, "sales.csv"), salesCsv(5, 30));
    const args = ["forecast", "--input", join(dir, "sales.csv"), "--id", "store,product", "--date", "day", "--value", "revenue", "--horizon", "4", "-q"];
    const r = spawnSync(process.execPath, [bin, ...args, "--output", join(dir, "dist.csv"), "--workers", "2", "--json"], { encoding: "utf8", timeout: 120_000 });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ status: "complete", series: 5, failed: 0, mode: "2 workers" });
    expect(dpm([...args, "--output", join(dir, "src.csv"), "--workers", "0"]).code).toBe(0);
    expect(readFileSync(join(dir, "dist.csv"), "utf8")).toBe(readFileSync(join(dir, "src.csv"), "utf8"));
  });
});
