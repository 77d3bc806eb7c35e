import { describe, expectTypeOf, it } from "vitest";
import { seriesFromRecords, type SeriesFromRecordsResult } from "./seriesFromRecords.js";

describe("seriesFromRecords types", () => {
  it("takes column names of the row type, and requires them when the rows have no date/value fields", () => {
    const rows = [{ day: "2025-01-01", sales: "12.5", note: 3 }];
    expectTypeOf(seriesFromRecords(rows, { freq: "day", date: "day", value: "sales" })).toEqualTypeOf<SeriesFromRecordsResult>();
    // @ts-expect-error — the rows have no `value`: say which column holds it
    seriesFromRecords(rows, { freq: "day", date: "day" });
    // @ts-expect-error — the rows have no `date`: say which column holds it
    seriesFromRecords(rows, { freq: "day", value: "sales" });
    // @ts-expect-error — "note" holds numbers, not dates
    seriesFromRecords(rows, { freq: "day", date: "note", value: "sales" });
  });

  it("keeps the defaults for { date, value } rows, counting without a value, and typed accessor functions", () => {
    seriesFromRecords([{ date: "2025-01-01", value: 1 }], { freq: "day" });
    seriesFromRecords([{ date: "2025-01-01" }], { freq: "day", aggregate: "count" });
    seriesFromRecords([{ when: "2025-01-01", amount: 3 }], {
      freq: "day",
      date: (r) => {
        expectTypeOf(r.when).toEqualTypeOf<string>();
        return r.when;
      },
      value: (r) => r.amount,
    });
    seriesFromRecords<number>([0, 1], { freq: "day", date: (i) => `2025-01-0${i + 1}`, value: (i) => i });
  });
});
