import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { extractGuide, type Guide, writeGuides } from "../scripts/extractGuides.js";

// Every ```ts block of docs/guides and of the README runs against the built packages, and its `// =>` lines are
// checked; `pnpm typecheck` type-checks the same generated modules with tsc.
const TITLES = ["Getting started", "Build a driver model", "Forecast your sales", "Segment your customers", "Quantify risk", "Simulate your market"];
const examples = fileURLToPath(new URL("..", import.meta.url));
let guides: Guide[] = [];
beforeAll(() => {
  guides = writeGuides(fileURLToPath(new URL("../generated/test-run/", import.meta.url)));
});

describe("guides", () => {
  it("has the six guides, each with code", () => {
    expect(guides.filter((g) => g.file.startsWith("docs/guides/")).map((g) => g.title).sort()).toEqual([...TITLES].sort());
    for (const g of guides.filter((g) => g.file.startsWith("docs/guides/"))) {
      expect(g.blocks, g.file).toBeGreaterThanOrEqual(3);
      expect(g.code, g.file).toMatch(/checkGuide\(/);
    }
  });

  it("imports @dpm only through published entry points", () => {
    for (const g of guides) {
      for (const [, from] of g.code.matchAll(/^import .* from "([^"]+)";$/gm)) {
        expect(from, `${g.file} imports ${from}`).toMatch(/^(@dpm\/(core|kpi|forecast|segment|montecarlo|agents)(\/node)?|\.\.\/\.\.\/scripts\/guideCheck\.ts)$/);
      }
    }
  });

  it("turns `// =>` lines into checks and hoists one-line imports", () => {
    const g = extractGuide(fileURLToPath(new URL("./fixtures/guide.md", import.meta.url)));
    expect(g.blocks).toBe(2);
    expect(g.code).toContain('import { timeSeries } from "@dpm/core";');
    expect(g.code).toContain('checkGuide(() => (1 + 1), "2", "examples/test/fixtures/guide.md:8");');
    expect(g.code).not.toMatch(/^import \{ timeSeries \} from "@dpm\/core";\n[\s\S]*import \{ timeSeries \}/m);
  });

  it("fails a guide whose stated result is wrong, naming the line", () => {
    const g = extractGuide(fileURLToPath(new URL("./fixtures/guide.md", import.meta.url)));
    // Same depth as generated/guides, so the module's relative import of the checker resolves.
    const dir = fileURLToPath(new URL("../generated/fixture/", import.meta.url));
    mkdirSync(dir, { recursive: true });
    const file = join(dir, "guide.ts");
    writeFileSync(file, g.code);
    try {
      const result = spawnSync(process.execPath, ["--import", "tsx", file], { cwd: examples, encoding: "utf8", timeout: 60_000 });
      expect(result.status).toBe(1);
      expect(result.stderr).toContain("examples/test/fixtures/guide.md:14: expected 3, got 2");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.each([...TITLES, "README.md"])("%s runs and its stated results hold", (title) => {
    const guide = guides.find((g) => g.title === title || g.file === title);
    expect(guide).toBeDefined();
    const result = spawnSync(process.execPath, ["--import", "tsx", guide?.out ?? ""], { cwd: examples, encoding: "utf8", timeout: 120_000 });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  });
});
