import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// Every example runs in CI against the built packages, so none can rot.
const dir = fileURLToPath(new URL("../src/", import.meta.url));
const examples = readdirSync(dir).filter((f) => f.endsWith(".ts"));

describe("examples", () => {
  it("has at least one example", () => {
    expect(examples.length).toBeGreaterThan(0);
  });

  it.each(examples)("%s runs to completion", (file) => {
    const result = spawnSync(process.execPath, ["--import", "tsx", `${dir}${file}`], { encoding: "utf8", timeout: 120_000 });
    expect(result.stderr).not.toMatch(/Error/);
    expect(result.status).toBe(0);
    expect(result.stdout.length).toBeGreaterThan(100);
  });
});
