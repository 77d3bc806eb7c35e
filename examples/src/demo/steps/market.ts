import { formatPeriod, periodAt, runModel, toPeriod, type TimeSeries } from "@dpm/core";
import { brandSwitching, parameterGrid, summaryBands, sweep, wattsStrogatz } from "@dpm/agents";
import type { RiskStep } from "./risk.js";

export const HOUSEHOLDS = 3_000;
export const WEEKS = 52;
export const OPENS = 6;

export interface MarketStep {
  readonly weeks: readonly string[];
  readonly opensAt: number;
  readonly replications: number;
  /** Mean share per brand, and a 90 % band for ours and the newcomer's. */
  readonly shares: Readonly<Record<string, Float64Array>>;
  readonly oursLower: Float64Array;
  readonly oursUpper: Float64Array;
  readonly rivalLower: Float64Array;
  readonly rivalUpper: Float64Array;
  readonly shareBefore: number;
  readonly shareAfterQuarter: number;
  readonly shareAfterYear: number;
  /** The quarter's profit (driver model, means) with and without the competitor, at the spike's most likely flour price. */
  readonly profitWithoutRival: number;
  readonly profitWithRival: number;
}

const BRANDS = [
  { name: "our bakery", price: 3.4, quality: 7.5 },
  { name: "supermarket", price: 2.1, quality: 4 },
  { name: "new bakery", price: 3.2, quality: 7.2, entersAt: OPENS },
];

/**
 * A competitor opens across the street six weeks from the start day: 3,000 households on a small-world network choose weekly by a
 * logit of price, quality, loyalty and what their neighbours buy. `onProgress` gets the fraction done.
 */
export function marketStep(risk: RiskStep, start: string, onProgress: (fraction: number) => void = () => {}): MarketStep {
  const replications = 12;
  const neighbourhood = wattsStrogatz(HOUSEHOLDS, 8, 0.1, { seed: "street" });
  let done = 0;
  const result = sweep(
    (params: { loyalty: number }, seed) => {
      const run = brandSwitching({
        size: HOUSEHOLDS,
        steps: WEEKS,
        brands: BRANDS,
        weights: { price: -1.2, quality: 0.5, loyalty: params.loyalty, social: 0.8 },
        reconsider: 0.3,
        interaction: neighbourhood,
        start: toPeriod(start, "week"),
        seed,
      });
      onProgress(++done / replications);
      return run;
    },
    { parameters: parameterGrid({ loyalty: [3] }), replications, seed: "competitor" },
  );
  const band = (metric: string) => summaryBands(result, `shares.${metric}`)[0];
  const ours = band("our bakery");
  const rival = band("new bakery");
  const market = band("supermarket");
  if (ours === undefined || rival === undefined || market === undefined) throw new Error("sweep returned no runs");
  const v = (s: TimeSeries) => Float64Array.from(s.values);
  const meanOver = (s: TimeSeries, from: number, to: number) => {
    let sum = 0;
    for (let t = from; t < to; t++) sum += s.values[t] as number;
    return sum / (to - from);
  };
  const shareBefore = ours.mean.values[OPENS - 1] as number;
  const shareAfterQuarter = meanOver(ours.mean, OPENS, OPENS + 13);
  // Agents → series → core model: the quarter's sales scale with our share.
  const quarter = (salesFactor: number) =>
    runModel(risk.model, { overrides: { sales: risk.baseInputs.sales * salesFactor, flourPrice: risk.flourPriceNow * 1.4 } }).series("profit").values[0] as number;
  return {
    weeks: Array.from({ length: WEEKS + 1 }, (_, t) => formatPeriod(periodAt(ours.mean, t))),
    opensAt: OPENS,
    replications,
    shares: { "our bakery": v(ours.mean), supermarket: v(market.mean), "new bakery": v(rival.mean) },
    oursLower: v(ours.lower),
    oursUpper: v(ours.upper),
    rivalLower: v(rival.lower),
    rivalUpper: v(rival.upper),
    shareBefore,
    shareAfterQuarter,
    shareAfterYear: ours.mean.values[WEEKS] as number,
    profitWithoutRival: quarter(1),
    profitWithRival: quarter(shareAfterQuarter / shareBefore),
  };
}
