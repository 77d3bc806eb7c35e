import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isDpmError } from "../errors/DpmError.js";
import { parseCsv } from "./parseCsv.js";

function caught(f: () => unknown): { code: string; message: string; details: Record<string, unknown> } {
  try {
    f();
  } catch (error) {
    if (!isDpmError(error)) throw error;
    return { code: error.code, message: error.message, details: { ...(error.details ?? {}) } };
  }
  throw new Error("expected a DpmError");
}

describe("parseCsv", () => {
  it("types columns: numbers as Float64Array, the rest as strings", () => {
    const t = parseCsv("day,store,sales\n2025-03-01,A,1.5\n2025-03-02,B,-2e3\n");
    expect(t.names).toEqual(["day", "store", "sales"]);
    expect(t.header).toBe(true);
    expect(t.rowCount).toBe(2);
    expect(t.columns.sales).toEqual(new Float64Array([1.5, -2000]));
    expect(t.columns.day).toEqual(["2025-03-01", "2025-03-02"]);
    expect(t.types).toEqual({ day: "string", store: "string", sales: "number" });
    expect(Array.from(t.lines)).toEqual([2, 3]);
  });

  it("reads quoted fields: delimiters, doubled quotes and line breaks inside quotes", () => {
    const t = parseCsv('name,note,n\n"Smith, J","said ""hi""",1\n"multi\nline",x,2\nlast,"",3');
    expect(t.columns.name).toEqual(["Smith, J", "multi\nline", "last"]);
    expect(t.columns.note).toEqual(['said "hi"', "x", ""]);
    // the row after the quoted line break starts on line 5
    expect(Array.from(t.lines)).toEqual([2, 3, 5]);
  });

  it("handles \\r\\n and \\r line ends, a BOM, blank lines and trims unquoted fields", () => {
    const t = parseCsv("\uFEFFa,b\r\n 1 , x \r\n\r\n2,y\r3,\" z \"");
    expect(t.names).toEqual(["a", "b"]);
    expect(t.columns.a).toEqual(new Float64Array([1, 2, 3]));
    expect(t.columns.b).toEqual(["x", "y", " z "]);
    expect(Array.from(t.lines)).toEqual([2, 4, 5]);
  });

  it("takes another delimiter and decimal commas", () => {
    const t = parseCsv("day;sales\n2025-03-01;1,5\n2025-03-02;2", { delimiter: ";", decimal: "," });
    expect(t.columns.sales).toEqual(new Float64Array([1.5, 2]));
    expect(parseCsv("a\tb\n1\t2", { delimiter: "\t" }).columns.b).toEqual(new Float64Array([2]));
  });

  it("detects a missing header and names the columns column1…", () => {
    const t = parseCsv("1,2\n3,4");
    expect(t.header).toBe(false);
    expect(t.names).toEqual(["column1", "column2"]);
    expect(t.columns.column1).toEqual(new Float64Array([1, 3]));
    expect(parseCsv("a,b\nx,y").header).toBe(true);
    // With no number column, a first row of distinct non-empty text is taken as the header: say header: false.
    expect(parseCsv("2025-01-01,x\n2025-01-02,y").header).toBe(true);
    expect(parseCsv("2025-01-01,x\n2025-01-02,y", { header: false }).rowCount).toBe(2);
    expect(parseCsv("a,b\n1,2", { header: false }).columns.column1).toEqual(["a", "1"]);
  });

  it("honours explicit types and select", () => {
    const t = parseCsv("day,code,sales\n20250301,007,5\n20250302,008,6", { types: { day: "string", code: "string" }, select: ["sales", "code"] });
    expect(t.names).toEqual(["sales", "code"]);
    expect(t.columns.code).toEqual(["007", "008"]);
    expect(Object.keys(t.columns)).toEqual(["sales", "code"]);
  });

  it("reads empty numbers as NaN only when asked", () => {
    const e = caught(() => parseCsv("a,b\n1,2\n,3"));
    expect(e.code).toBe("PARSE_ERROR");
    expect(e.details).toMatchObject({ line: 3, column: "a" });
    expect(e.message).toContain('missing: "nan"');
    expect(Array.from(parseCsv("a,b\n1,2\n,3", { missing: "nan" }).columns.a as Float64Array)).toEqual([1, Number.NaN]);
  });

  it("names the line and column of a value that is not a number", () => {
    const e = caught(() => parseCsv("day,sales\n2025-03-01,12\n2025-03-02,abc", { types: { sales: "number" } }));
    expect(e.code).toBe("PARSE_ERROR");
    expect(e.details).toMatchObject({ line: 3, column: "sales", value: "abc" });
    expect(e.message).toContain('line 3, column "sales"');
  });

  it("names the line of a row with too few or too many fields", () => {
    const short = caught(() => parseCsv("a,b,c\n1,2,3\n4,5"));
    expect(short.details).toMatchObject({ line: 3, column: "c" });
    const long = caught(() => parseCsv("a,b\n1,2\n3,4\n5,6,7"));
    expect(long.code).toBe("PARSE_ERROR");
    expect(long.details).toMatchObject({ line: 4 });
  });

  it("names the line where an unclosed quote opened, and rejects text after a closing quote", () => {
    const e = caught(() => parseCsv('a,b\n1,2\n3,"oops\n4,5\n'));
    expect(e.details).toMatchObject({ line: 3, column: "b" });
    expect(caught(() => parseCsv('a,b\n1,"x"y')).details).toMatchObject({ line: 2, column: "b" });
  });

  it("lists the columns for an unknown column in select or types", () => {
    const e = caught(() => parseCsv("day,sales\n2025-01-01,1", { select: ["revenue"] }));
    expect(e.code).toBe("INVALID_ARGUMENT");
    expect(e.message).toContain("its columns are day, sales");
    expect(caught(() => parseCsv("day,sales\n2025-01-01,1", { types: { units: "number" } })).message).toContain("day, sales");
  });

  it("rejects empty input, header-only input, duplicate names and bad options", () => {
    expect(caught(() => parseCsv("")).code).toBe("EMPTY");
    expect(caught(() => parseCsv("\n\n")).code).toBe("EMPTY");
    expect(caught(() => parseCsv("a,b\n")).code).toBe("EMPTY");
    expect(caught(() => parseCsv("a,a\n1,2")).details).toMatchObject({ line: 1, column: "a" });
    expect(caught(() => parseCsv("a\n1", { delimiter: ";;" })).code).toBe("INVALID_ARGUMENT");
    expect(caught(() => parseCsv("a\n1", { delimitter: ";" } as never)).message).toContain('Did you mean "delimiter"');
    expect(caught(() => parseCsv("a\n1", null as never)).code).toBe("INVALID_ARGUMENT");
    expect(caught(() => parseCsv(42 as never)).code).toBe("INVALID_ARGUMENT");
    expect(caught(() => parseCsv("a\n1\n2\n3", { maxRows: 2 })).code).toBe("INVALID_ARGUMENT");
    expect(caught(() => parseCsv("a;b\n1;2", { delimiter: ",", decimal: "," })).code).toBe("INVALID_ARGUMENT");
  });

  it("round-trips any table written with RFC 4180 quoting (property)", () => {
    const cell = fc.string({ maxLength: 6 }).map((s) => `x${s}`); // never numeric, never empty
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4 }), fc.array(fc.tuple(cell, fc.double({ noNaN: true, noDefaultInfinity: true })), { minLength: 1, maxLength: 8 }), (_w, rows) => {
        const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
        const text = `name,value\n${rows.map(([s, x]) => `${quote(s)},${String(x)}`).join("\r\n")}`;
        const t = parseCsv(text, { types: { name: "string" }, trim: false });
        expect(t.columns.name).toEqual(rows.map(([s]) => s));
        expect(Array.from(t.columns.value as Float64Array)).toEqual(rows.map(([, x]) => (Object.is(x, -0) ? -0 : x)));
      }),
    );
  });
});

describe("parseCsv column names that are Object.prototype keys", () => {
  it("reads columns named constructor, toString and __proto__ as own columns of the right type", () => {
    const table = parseCsv("constructor,toString,__proto__\n1,2,x\n3,4,y\n");
    expect(Object.getPrototypeOf(table.columns)).toBe(Object.prototype);
    expect(Object.keys(table.columns)).toEqual(["constructor", "toString", "__proto__"]);
    expect(table.types).toEqual(JSON.parse('{"constructor":"number","toString":"number","__proto__":"string"}'));
    expect(Array.from(table.columns["constructor"] as Float64Array)).toEqual([1, 3]);
    expect(Object.getOwnPropertyDescriptor(table.columns, "__proto__")?.value).toEqual(["x", "y"]);
  });
});
