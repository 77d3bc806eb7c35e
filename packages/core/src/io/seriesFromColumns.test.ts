import { describe, expect, it } from "vitest";
import { isDpmError } from "../errors/DpmError.js";
import { seriesFromRecords } from "../time/seriesFromRecords.js";
import { formatPeriod } from "../time/Period.js";
import { numberColumn, stringColumn } from "./columnAccess.js";
import { parseCsv } from "./parseCsv.js";
import { seriesByIdFromColumns } from "./seriesByIdFromColumns.js";
import { seriesFromColumns } from "./seriesFromColumns.js";
import { transactionsFromColumns } from "./transactionsFromColumns.js";

function caught(f: () => unknown) {
  try {
    f();
  } catch (error) {
    if (isDpmError(error)) return error;
    throw error;
  }
  throw new Error("expected a DpmError");
}

describe("seriesFromColumns", () => {
  it("equals seriesFromRecords over the same rows", () => {
    const t = parseCsv("day,sales\n2025-03-01,120\n2025-03-01,30\n2025-03-03,95");
    const a = seriesFromColumns(t, { date: "day", value: "sales", freq: "day", gaps: "zero" });
    const b = seriesFromRecords(
      [
        { date: "2025-03-01", value: 120 },
        { date: "2025-03-01", value: 30 },
        { date: "2025-03-03", value: 95 },
      ],
      { freq: "day", gaps: "zero" },
    );
    expect(a.series.values).toEqual(b.series.values);
    expect(formatPeriod(a.series.start)).toBe("2025-03-01");
    expect(a.gaps.map(formatPeriod)).toEqual(["2025-03-02"]);
    const monthly = seriesFromColumns(t, { date: "day", value: "sales", freq: "month" });
    expect(Array.from(monthly.series.values)).toEqual([245]);
    expect(Array.from(seriesFromColumns(t, { date: "day", freq: "month", aggregate: "count" }).series.values)).toEqual([3]);
  });

  it("names the file line and column of a bad date or out-of-order row", () => {
    const t = parseCsv("day,sales\n2025-03-01,1\n2025-03-32,2");
    const e = caught(() => seriesFromColumns(t, { date: "day", value: "sales", freq: "day" }));
    expect(e.code).toBe("PARSE_ERROR");
    expect(e.details).toMatchObject({ line: 3, column: "day" });
    expect(e.message).toContain('line 3, column "day"');
    const late = parseCsv("day,sales\n2025-03-02,1\n\n2025-03-01,2");
    expect(caught(() => seriesFromColumns(late, { date: "day", value: "sales", freq: "day" })).details).toMatchObject({ line: 4 });
    const nan = parseCsv("day,sales\n2025-03-01,1\n2025-03-02,", { missing: "nan" });
    expect(caught(() => seriesFromColumns(nan, { date: "day", value: "sales", freq: "day" })).details).toMatchObject({ line: 3, column: "sales" });
  });

  it("lists the columns for an unknown one, and rejects missing options", () => {
    const t = parseCsv("day,sales\n2025-03-01,1");
    const e = caught(() => seriesFromColumns(t, { date: "day", value: "revenue", freq: "day" }));
    expect(e.code).toBe("INVALID_ARGUMENT");
    expect(e.message).toContain("its columns are day, sales");
    expect(caught(() => seriesFromColumns(t, undefined as never)).code).toBe("INVALID_ARGUMENT");
    expect(caught(() => seriesFromColumns(t, { date: "day", value: "day", freq: "day" })).code).toBe("PARSE_ERROR");
  });
});

describe("seriesByIdFromColumns", () => {
  it("splits a long table by one or more id columns in order of first appearance", () => {
    const t = parseCsv("store,product,day,sales\nA,x,2025-03-01,1\nB,x,2025-03-01,2\nA,x,2025-03-02,3\nA,y,2025-03-01,4\nB,x,2025-03-02,5");
    const all = seriesByIdFromColumns(t, { id: ["store", "product"], date: "day", value: "sales", freq: "day" });
    expect(all.map((s) => s.key)).toEqual(["A/x", "B/x", "A/y"]);
    expect(all[0]?.id).toEqual({ store: "A", product: "x" });
    expect(Array.from(all[1]?.series.values ?? [])).toEqual([2, 5]);
    expect(all[2]?.series.name).toBe("A/y");
  });

  it("reports a bad row of any series by its file line", () => {
    const t = parseCsv("store,day,sales\nA,2025-03-01,1\nB,2025-03-01,2\nB,bad,3");
    expect(caught(() => seriesByIdFromColumns(t, { id: "store", date: "day", value: "sales", freq: "day" })).details).toMatchObject({ line: 4, column: "day" });
    expect(caught(() => seriesByIdFromColumns(t, { id: [], date: "day", value: "sales", freq: "day" })).code).toBe("INVALID_ARGUMENT");
  });
});

describe("transactionsFromColumns", () => {
  it("reads the records summarizeTransactions takes", () => {
    const t = parseCsv("customer_id,date,amount\nc1,2025-01-03,12.5\n7,2025-01-04,8", { types: { customer_id: "string" } });
    expect(transactionsFromColumns(t)).toEqual([
      { customerId: "c1", date: "2025-01-03", amount: 12.5 },
      { customerId: "7", date: "2025-01-04", amount: 8 },
    ]);
    const renamed = parseCsv("who,when,spent\nc1,2025-01-03,1");
    expect(transactionsFromColumns(renamed, { customer: "who", date: "when", amount: "spent" })).toHaveLength(1);
  });

  it("names the line of a bad date or a negative amount", () => {
    const bad = parseCsv("customer_id,date,amount\nc1,2025-01-03,1\nc2,2025-02-30,2");
    expect(caught(() => transactionsFromColumns(bad)).details).toMatchObject({ line: 3, column: "date" });
    const neg = parseCsv("customer_id,date,amount\nc1,2025-01-03,-1");
    expect(caught(() => transactionsFromColumns(neg)).details).toMatchObject({ line: 2, column: "amount" });
    expect(caught(() => transactionsFromColumns(neg, { customer: "id" })).message).toContain("customer_id, date, amount");
  });
});

describe("numberColumn and stringColumn", () => {
  it("return typed columns and list the columns for unknown names", () => {
    const t = parseCsv("store,sales\nA,1\nB,2");
    expect(numberColumn(t, "sales")).toEqual(new Float64Array([1, 2]));
    expect(stringColumn(t, "sales")).toEqual(["1", "2"]);
    expect(caught(() => numberColumn(t, "store")).details).toMatchObject({ line: 2, column: "store" });
    expect(caught(() => stringColumn(t, "__proto__")).message).toContain("store, sales");
    expect(caught(() => numberColumn(null as never, "x")).code).toBe("INVALID_ARGUMENT");
    const typed = parseCsv("code\n007\n008", { types: { code: "string" } });
    expect(numberColumn(typed, "code")).toEqual(new Float64Array([7, 8]));
  });
});

describe("seriesByIdFromColumns with an id column named __proto__", () => {
  it("keeps the id as an own property instead of setting the prototype", () => {
    const t = parseCsv("__proto__,day,sales\na,2025-01-01,1\na,2025-01-02,2\n");
    const [first] = seriesByIdFromColumns(t, { id: "__proto__", date: "day", value: "sales", freq: "day" });
    expect(Object.getPrototypeOf(first?.id)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(first?.id, "__proto__")?.value).toBe("a");
  });
});
