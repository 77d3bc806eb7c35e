import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isDpmError } from "../errors/DpmError.js";
import { parseCsv } from "./parseCsv.js";
import { readCsv } from "./readCsv.js";

const TEXT = 'store,day,sales\r\n"A, north",2025-03-01,12\r\n"B ""x""",2025-03-01,7.5\n"C\nmulti",2025-03-02,3\n';

function splitAt(text: string, cuts: number[]): string[] {
  const at = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
  const parts: string[] = [];
  let prev = 0;
  for (const c of at) {
    parts.push(text.slice(prev, c));
    prev = c;
  }
  parts.push(text.slice(prev));
  return parts;
}

describe("readCsv", () => {
  it("gives the same table as parseCsv however the text is cut into chunks (property)", async () => {
    const whole = parseCsv(TEXT);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat(), { maxLength: 12 }), async (cuts) => {
        const t = await readCsv(splitAt(TEXT, cuts));
        expect(t).toEqual(whole);
      }),
    );
  });

  it("decodes UTF-8 bytes split inside a character", async () => {
    const bytes = new TextEncoder().encode("name,n\nCafé Ü,1\n");
    const at = bytes.indexOf(0xc3) + 1; // inside the two-byte é
    async function* chunks() {
      yield bytes.slice(0, at);
      yield bytes.slice(at);
    }
    const t = await readCsv(chunks());
    expect(t.columns.name).toEqual(["Café Ü"]);
  });

  it("reads plain text and names the line of a bad row in a stream", async () => {
    expect((await readCsv("a\n1\n2")).columns.a).toEqual(new Float64Array([1, 2]));
    const error = await readCsv(["a,b\n1,2\n", "3,x\n"], { types: { b: "number" } }).catch((e: unknown) => e);
    expect(isDpmError(error, "PARSE_ERROR") && error.details).toMatchObject({ line: 3, column: "b" });
  });

  it("rejects a source that is neither text nor chunks", async () => {
    for (const bad of [42, null, { a: 1 }, [1, 2]]) {
      const error = await readCsv(bad as never).catch((e: unknown) => e);
      expect(isDpmError(error, "INVALID_ARGUMENT")).toBe(true);
    }
  });
});
