import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

// The demo's command line on bad input: one line naming the file, the line and the problem,
// a non-zero exit code, and no stack trace. Runs the real CLI in a child process.
const examples = fileURLToPath(new URL("..", import.meta.url));
const fixtures = fileURLToPath(new URL("./fixtures/", import.meta.url));
const out = mkdtempSync(join(tmpdir(), "dpm-demo-cli-"));
afterAll(() => rmSync(out, { recursive: true, force: true }));

function demo(...args: string[]) {
  const result = spawnSync(process.execPath, ["--import", "tsx", "src/demo/main.ts", "--out", join(out, "report.html"), ...args], {
    cwd: examples,
    // Paths on the command line are relative to where the user ran `pnpm demo` (INIT_CWD).
    env: { ...process.env, INIT_CWD: fixtures },
    encoding: "utf8",
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function expectOneLineError(r: ReturnType<typeof demo>, message: string) {
  expect(r.stderr).toBe(`error: ${message}\n`);
  expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
  expect(r.code).toBe(1);
}

describe("pnpm demo on bad data", () => {
  it.each([
    ["--data", "broken-sales.csv", 'broken-sales.csv line 17: units "abc" is not a number'],
    ["--sales", "short-row-sales.csv", "short-row-sales.csv line 8: expected 4 fields, found 3"],
    ["--data", "bad-date-transactions.csv", 'bad-date-transactions.csv line 6: date "2025-02-30" is not a calendar date'],
    ["--transactions", "negative-amount-transactions.csv", 'negative-amount-transactions.csv line 10: amount "-4.50" is negative'],
    ["--costs", "gap-costs.csv", "gap-costs.csv line 5: month 2025-02 should be 2025-01 (one row per month, in order, no gaps)"],
    ["--data", "dir-with-broken-costs", "dir-with-broken-costs/costs.csv line 13: energy is empty"],
    ["--data", "empty.csv", "empty.csv: the file is empty"],
    ["--sales", "empty.csv", "empty.csv: the file is empty (expected a header line: date,product,units,unit_price)"],
    ["--sales", "no-such-file.csv", "no-such-file.csv: no such file"],
  ])("%s %s", (flag, file, message) => {
    expectOneLineError(demo(flag, file), message);
  });

  it("names the expected headers when a file is none of the three", () => {
    const r = demo("--data", "unknown-header.csv");
    expect(r.stderr).toMatch(/^error: unknown-header\.csv line 1: the header is not one of the demo's files: sales \(date,product,units,unit_price\); transactions/);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.code).toBe(1);
  });

  it("rejects unknown options with exit code 2 and a pointer to --help", () => {
    const r = demo("--bogus");
    expect(r.stderr).toBe('error: unknown option "--bogus"\nRun "pnpm demo --help" for the options.\n');
    expect(r.code).toBe(2);
    expect(demo("--data").code).toBe(2);
  });

  it("documents the flags in --help", () => {
    const r = demo("--help");
    expect(r.code).toBe(0);
    for (const flag of ["--data", "--sales", "--transactions", "--costs", "--out", "--quiet"]) expect(r.stdout).toContain(flag);
    expect(existsSync(join(out, "report.html"))).toBe(false);
  });
});
