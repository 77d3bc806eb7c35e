import { describe, expect, it } from "vitest";
import { holdout } from "../../test/reference.js";
import { forecastBatch } from "./forecastBatch.js";
import { forecastBatchParallel } from "./forecastBatchParallel.js";

function items(n: number): number[][] {
  const base = [holdout("USAccDeaths").train, holdout("UKgas").train, holdout("Nile").train, holdout("airmiles").train];
  return Array.from({ length: n }, (_, i) => (base[i % base.length] as number[]).map((v, t) => v * (1 + 0.01 * i) + ((t * i) % 7)));
}

describe("forecastBatchParallel", () => {
  it("on 2 worker threads returns exactly the single-threaded results, bad series included", async () => {
    const series: (number[] | string)[] = items(23);
    series.splice(5, 0, [1, Number.NaN, 2]);
    series.splice(9, 0, "not a series");
    const options = { horizon: 6, period: 4, paths: 3, seed: 11 } as const;
    const progress: number[] = [];
    const parallel = await forecastBatchParallel(series as never, { ...options, workers: 2, chunkSize: 4, onProgress: (p) => progress.push(p.done) });
    const single = await forecastBatch(series as never, options);
    expect(parallel.items.length).toBe(25);
    expect(parallel.failed).toBe(2);
    // Identical but for the function named in error messages.
    const rename = (r: unknown) => JSON.parse(JSON.stringify(r).replaceAll("forecastBatchParallel:", "forecastBatch:"));
    expect(parallel.items.map(rename)).toEqual(single.items.map(rename));
    expect(parallel.items.map((i) => i.ok && Array.from(i.forecast.point))).toEqual(single.items.map((i) => i.ok && Array.from(i.forecast.point)));
    expect(progress.at(-1)).toBe(25);
  }, 120_000);

  it("accepts async iterables and runs in this thread with workers: 0", async () => {
    async function* gen() {
      for (const s of items(3)) yield s;
    }
    const result = await forecastBatchParallel(gen(), { horizon: 2, workers: 0, method: "drift" });
    expect(result.succeeded).toBe(3);
    expect(result.items.map((i) => i.ok && i.forecast.method)).toEqual(["Drift", "Drift", "Drift"]);
  });

  it("rejects bad pool options", async () => {
    await expect(forecastBatchParallel([[1, 2, 3]], { horizon: 1, workers: -1 })).rejects.toMatchObject({ path: "options.workers" });
    await expect(forecastBatchParallel([[1, 2, 3]], { horizon: 1, chunkSize: 0 })).rejects.toMatchObject({ path: "options.chunkSize" });
  });
});
