import {
  bgNbdExpectedTransactions,
  bgNbdProbabilityAlive,
  customerLifetimeValue,
  DEFAULT_RFM_RULES,
  fitBgNbd,
  fitGammaGamma,
  rfmScores,
  rfmSegments,
  summarizeTransactions,
} from "@dpm/segment";
import type { BakeryData } from "../loadData.js";

export interface SegmentLine {
  readonly segment: string;
  readonly customers: number;
  /** Share of all loyalty-card revenue to date. */
  readonly revenueShare: number;
  readonly meanProbabilityAlive: number;
  /** Expected visits per customer in the next 13 weeks (BG/NBD). */
  readonly visitsNextQuarter: number;
  /** Mean 12-month CLV (BG/NBD + Gamma-Gamma, 1 % a month discount). */
  readonly meanClv: number;
  readonly totalClv: number;
}

export interface SegmentStep {
  readonly customers: number;
  readonly repeaters: number;
  readonly calibrationEnd: string;
  readonly bgnbd: { readonly r: number; readonly alpha: number; readonly a: number; readonly b: number; readonly logLikelihood: number };
  readonly gammaGamma: { readonly p: number; readonly q: number; readonly v: number };
  readonly lines: readonly SegmentLine[];
  readonly totalClv: number;
}

/** One month in weeks (365.25 / 12 days): the CLV's step, since the models run in weeks. */
const MONTH_IN_WEEKS = 365.25 / 12 / 7;

/** RFM segments of the loyalty-card customers, with BG/NBD + Gamma-Gamma CLV per segment. */
export function segmentStep(data: BakeryData): SegmentStep {
  const s = summarizeTransactions(data.transactions, { unit: "weeks" });
  const names = rfmSegments(rfmScores(s));
  const bg = fitBgNbd(s);
  const gg = fitGammaGamma(s.frequency, s.monetary);
  const order = [...DEFAULT_RFM_RULES.map((r) => r.name), "others"];
  const acc = new Map<string, { n: number; revenue: number; alive: number; visits: number; clv: number }>();
  let revenue = 0;
  let totalClv = 0;
  let repeaters = 0;
  for (let i = 0; i < s.ids.length; i++) {
    const x = s.frequency[i] as number;
    const tx = s.recency[i] as number;
    const T = s.T[i] as number;
    if (x > 0) repeaters++;
    // One-time buyers have no repeat spend of their own: Gamma-Gamma's population mean stands in.
    const monetary = x > 0 ? (s.monetary[i] as number) : 0;
    const clv = customerLifetimeValue(bg, gg, x, tx, T, monetary, { periods: 12, periodLength: MONTH_IN_WEEKS, discountRate: 0.01 });
    const name = names[i] as string;
    const a = acc.get(name) ?? { n: 0, revenue: 0, alive: 0, visits: 0, clv: 0 };
    a.n++;
    a.revenue += s.revenue[i] as number;
    a.alive += bgNbdProbabilityAlive(bg, x, tx, T);
    a.visits += bgNbdExpectedTransactions(bg, x, tx, T, 13);
    a.clv += clv;
    acc.set(name, a);
    revenue += s.revenue[i] as number;
    totalClv += clv;
  }
  const lines = [...acc.entries()]
    .sort((p, q) => order.indexOf(p[0]) - order.indexOf(q[0]))
    .map(([segment, a]) => ({
      segment,
      customers: a.n,
      revenueShare: a.revenue / revenue,
      meanProbabilityAlive: a.alive / a.n,
      visitsNextQuarter: a.visits / a.n,
      meanClv: a.clv / a.n,
      totalClv: a.clv,
    }));
  return {
    customers: s.ids.length,
    repeaters,
    calibrationEnd: s.calibrationEnd,
    bgnbd: { r: bg.r, alpha: bg.alpha, a: bg.a, b: bg.b, logLikelihood: bg.logLikelihood },
    gammaGamma: { p: gg.p, q: gg.q, v: gg.v },
    lines,
    totalClv,
  };
}
