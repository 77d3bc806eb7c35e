// Turns every ```ts block of docs/guides/*.md and of README.md into a module under examples/generated/guides/, one
// module per guide (each block in its own scope, as a reader would copy it). Lines of the form
// `expression; // => expected` become checks. Single-line named imports are merged and hoisted, so
// each block can show its own imports. The modules are type-checked by `pnpm typecheck` (tsc) and
// run by test/guides.test.ts.
//   pnpm --filter @dpm/examples exec tsx scripts/extractGuides.ts
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { basename, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

export const GUIDES_DIR = fileURLToPath(new URL("../../docs/guides/", import.meta.url));
export const OUT_DIR = fileURLToPath(new URL("../generated/guides/", import.meta.url));
const REPO = fileURLToPath(new URL("../../", import.meta.url));

export interface Guide {
  /** The markdown file, relative to the repository root. */
  readonly file: string;
  readonly title: string;
  readonly blocks: number;
  /** The generated module's source. */
  readonly code: string;
  /** Where the module is written. */
  readonly out: string;
}

const FENCE = /^```ts\s*$/;
const NAMED_IMPORT = /^import (type )?\{([^}]*)\} from "([^"]+)";\s*$/;
const CHECK = /^(\s*)(.+?);?\s*\/\/ => (.+)$/;

/** Reads one guide and builds its module, to be written into `outDir` (two levels below examples/). */
export function extractGuide(path: string, outDir = OUT_DIR): Guide {
  const file = relative(REPO, path);
  const lines = readFileSync(path, "utf8").split("\n");
  const title = (lines.find((l) => l.startsWith("# ")) ?? "").slice(2).trim();
  const imports = new Map<string, Set<string>>();
  const body: string[] = [];
  let blocks = 0;
  for (let i = 0; i < lines.length; i++) {
    if (!FENCE.test(lines[i] as string)) continue;
    blocks++;
    body.push("", `// ${file}:${i + 1}`, "{");
    for (i++; i < lines.length && !(lines[i] as string).startsWith("```"); i++) {
      const line = lines[i] as string;
      const named = NAMED_IMPORT.exec(line);
      if (named !== null) {
        const names = imports.get(named[3] as string) ?? new Set<string>();
        for (const n of (named[2] as string).split(",").map((s) => s.trim()).filter(Boolean)) names.add(named[1] === undefined ? n : n.startsWith("type ") ? n : `type ${n}`);
        imports.set(named[3] as string, names);
        continue;
      }
      if (/^import /.test(line)) throw new Error(`${file}:${i + 1}: write imports on one line as import { … } from "…"; so the guide can be checked`);
      const check = CHECK.exec(line);
      body.push(
        check === null || (check[2] as string).trimStart().startsWith("//")
          ? line
          : `${check[1]}checkGuide(() => (${check[2]}), ${JSON.stringify(check[3])}, ${JSON.stringify(`${file}:${i + 1}`)});`,
      );
    }
    body.push("}");
  }
  const header = [
    `// Generated from ${file} by examples/scripts/extractGuides.ts; do not edit.`,
    `import { checkGuide } from "../../scripts/guideCheck.ts";`,
    ...[...imports].map(([from, names]) => {
      // A name imported both as a type and as a value needs only the value import.
      const values = new Set([...names].filter((n) => !n.startsWith("type ")));
      const all = [...names].filter((n) => !(n.startsWith("type ") && values.has(n.slice(5))));
      return `import { ${all.sort().join(", ")} } from "${from}";`;
    }),
  ];
  return { file, title, blocks, code: `${[...header, ...body].join("\n")}\nexport {};\n`, out: join(outDir, `${basename(path, ".md")}.ts`) };
}

/** The repository's README, whose code is checked like the guides'. */
export const README = join(REPO, "README.md");

/** Every guide in docs/guides in file order, then the README. */
export function collectGuides(outDir = OUT_DIR): Guide[] {
  const guides = readdirSync(GUIDES_DIR)
    .filter((f) => f.endsWith(".md"))
    .sort()
    .map((f) => extractGuide(join(GUIDES_DIR, f), outDir));
  return [...guides, extractGuide(README, outDir)];
}

/**
 * Writes the modules into `outDir` (replacing older ones) and returns the guides. The tests use
 * their own folder so they never race with `pnpm typecheck`, which reads generated/guides.
 */
export function writeGuides(outDir = OUT_DIR): Guide[] {
  const guides = collectGuides(outDir);
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  for (const g of guides) writeFileSync(g.out, g.code);
  return guides;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const guides = writeGuides();
  console.log(`extracted ${guides.reduce((a, g) => a + g.blocks, 0)} code blocks from ${guides.length} guides into ${relative(process.cwd(), OUT_DIR) || "."}`);
}
