import { describe, expect, it } from "vitest";
import { parseArgs, UsageError } from "../src/demo/args.js";
import { parseCsv } from "../src/demo/csv.js";
import { DataError } from "../src/demo/DataError.js";
import { detectKind } from "../src/demo/loadData.js";
import { escapeXml, linearScale, niceDomain, niceTicks } from "../src/report/svg.js";

const cols = [
  { name: "date", kind: "date" },
  { name: "amount", kind: "number" },
] as const;

describe("parseCsv", () => {
  it("reads columns by name in any order, with CRLF, a BOM, quotes and extra columns", () => {
    const text = '\uFEFFnote,amount,date\r\n"a, quoted ""note""",12.5,2026-01-31\r\nplain,3,2026-02-01\r\n\r\n';
    expect(parseCsv(text, "x.csv", cols)).toEqual([
      { date: "2026-01-31", amount: 12.5 },
      { date: "2026-02-01", amount: 3 },
    ]);
  });

  it.each([
    ["date,amount\n2026-01-01,1e3\n2026-01-02,abc\n", 'x.csv line 3: amount "abc" is not a number'],
    ["date,amount\n2026-01-01,12,5\n", "x.csv line 2: expected 2 fields, found 3"],
    ["date,amount\n2026-13-01,1\n", 'x.csv line 2: date "2026-13-01" is not a calendar date'],
    ["date,amount\n26-01-01,1\n", 'x.csv line 2: date "26-01-01" is not a date (expected YYYY-MM-DD)'],
    ["date,amount\n2026-01-01,\n", "x.csv line 2: amount is empty"],
    ["date,amount\n2026-01-01,Infinity\n", 'x.csv line 2: amount "Infinity" is not a number'],
    ["date,amount\n2026-01-01,0x10\n", 'x.csv line 2: amount "0x10" is not a number'],
    ['date,amount\n2026-01-01,"1\n', "x.csv line 2: unterminated quoted field"],
    ["day,amount\n", "x.csv line 1: missing column date (expected a header line: date,amount)"],
    ["date,amount\n", "x.csv: has a header but no data rows"],
  ])("%j → %s", (text, message) => {
    expect(() => parseCsv(text, "x.csv", cols)).toThrow(DataError);
    expect(() => parseCsv(text, "x.csv", cols)).toThrow(message);
  });
});

describe("detectKind", () => {
  it("recognises the three files by their headers", () => {
    expect(detectKind("date,product,units,unit_price\n")).toBe("sales");
    expect(detectKind("customer_id,date,amount\r\n")).toBe("transactions");
    expect(detectKind("month,flour_kg,flour_price_per_kg,other_ingredients,wages,rent,energy")).toBe("costs");
    expect(detectKind("date,amount")).toBeNull();
  });
});

describe("parseArgs", () => {
  it("reads flags with separate or = values", () => {
    expect(parseArgs(["--data", "d", "--out=r.html", "--quiet"])).toEqual({ help: false, quiet: true, out: "r.html", data: "d" });
    expect(parseArgs([]).out).toBe("report.html");
  });
  it("rejects unknown, repeated and valueless flags", () => {
    expect(() => parseArgs(["--dta", "x"])).toThrow(UsageError);
    expect(() => parseArgs(["--sales", "a", "--sales", "b"])).toThrow("--sales given twice");
    expect(() => parseArgs(["--out", "--quiet"])).toThrow("--out needs a value");
  });
});

describe("svg helpers", () => {
  it("picks round ticks: steps of 1, 2 or 5 × 10^k", () => {
    expect(niceTicks(0, 100, 5)).toEqual([0, 20, 40, 60, 80, 100]);
    expect(niceTicks(-3_200, 4_100, 5)).toEqual([-2000, 0, 2000, 4000]);
    expect(niceDomain(13, 87, 5)).toEqual([0, 100]);
  });
  it("maps a domain linearly onto pixels, flipping for y", () => {
    const y = linearScale([0, 50], [200, 0]);
    expect([y(0), y(25), y(50)]).toEqual([200, 100, 0]);
  });
  it("escapes markup", () => {
    expect(escapeXml(`<a href="x">Tom & Jerry's</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;");
  });
});
