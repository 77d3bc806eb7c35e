import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { EXAMPLES, findExample, PACKAGES } from "../scripts/examples.js";

// Every example runs in CI against the built packages, so none can rot.
const dir = fileURLToPath(new URL("../src/", import.meta.url));
const root = fileURLToPath(new URL("../", import.meta.url));
const files = readdirSync(dir).filter((f) => f.endsWith(".ts"));

/** Every .ts file under examples/src (the examples, the demo and its report helpers). */
function sources(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(`${folder}${e.name}/`) : e.name.endsWith(".ts") ? [`${folder}${e.name}`] : [],
  );
}

describe("examples", () => {
  it("lists every example file, and has one for every package", () => {
    expect(EXAMPLES.map((e) => `${e.name}.ts`).sort()).toEqual([...files].sort());
    // The Node-side doors (@dpm/cli, @dpm/bullmq) are exercised by their own spawned-process tests.
    const doors = ["cli", "bullmq"];
    const packages = readdirSync(fileURLToPath(new URL("../../packages/", import.meta.url)))
      .filter((p) => !doors.includes(p))
      .sort();
    expect([...PACKAGES].sort()).toEqual(packages);
    for (const p of PACKAGES) {
      const example = findExample(p);
      expect(example?.package).toBe(p);
      // The package's example really uses that package.
      expect(readFileSync(`${dir}${example?.name}.ts`, "utf8")).toMatch(new RegExp(`from "@dpm/${p}(/node)?"`));
    }
  });

  it("uses @dpm only through its published entry points", () => {
    const allowed = /^(@dpm\/(core|kpi|forecast|segment|montecarlo|agents|impact|operations)(\/node)?|node:[a-z_/]+|\.\.?\/.*|playwright-core|vitest)$/;
    for (const file of sources(dir)) {
      for (const [, specifier] of readFileSync(file, "utf8").matchAll(/(?:from|import)\s*\(?\s*"([^"]+)"/g)) {
        expect(specifier, `${file.slice(root.length)} imports ${specifier}`).toMatch(allowed);
      }
    }
  });

  it("pnpm example without a name lists them", () => {
    const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/example.ts"], { cwd: root, encoding: "utf8" });
    expect(result.status).toBe(0);
    for (const e of EXAMPLES) expect(result.stdout).toContain(e.name);
    const unknown = spawnSync(process.execPath, ["--import", "tsx", "scripts/example.ts", "nope"], { cwd: root, encoding: "utf8" });
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('no example named "nope"');
  });

  it.each(EXAMPLES.map((e) => [e.name, e.package]))("%s (@dpm/%s) runs to completion", (name) => {
    const result = spawnSync(process.execPath, ["--import", "tsx", `${dir}${name}.ts`], { encoding: "utf8", timeout: 120_000 });
    expect(result.stderr).not.toMatch(/Error/);
    expect(result.status).toBe(0);
    expect(result.stdout.length).toBeGreaterThan(100);
  });
});
