// The clothing boutique tests free shipping on orders over €50 against today's shop (control).
// 1. Plan: how many visitors to detect conversion going from 2.4 % to 2.9 %, and how many weeks
//    that takes at the shop's traffic.
// 2. Run: visitors are split 50/50; every Monday the owner peeks, and an O'Brien–Fleming
//    (Lan–DeMets) group-sequential design says whether to stop — peeking without inflating the
//    false-positive rate.
// 3. Read out: conversion with its interval and the split's health check, the Bayesian view, and
//    whether free shipping pays once its cost is counted (profit per visitor, Welch).
// The visitors are simulated (seeded) with a true lift to 2.85 %, so you can see the design find it.
// Run: pnpm example impact   (or pnpm example boutiqueFreeShipping)
import { createRng } from "@dpm/core";
import { bayesProportions, experimentDuration, groupSequentialDesign, monitorGroupSequential, proportionTest, readExperiment, sampleSizeProportions } from "@dpm/impact";

const BASELINE = 0.024; // today's conversion
const HOPED = 0.029; // the smallest lift worth shipping (+21 %)
const TRUE_RATE = 0.0285; // what free shipping really does in this simulation
const DAILY_VISITORS = 1_400;
const MARGIN = 0.55; // gross margin on the basket
const SHIPPING = 4.9; // € the shop pays per order it ships for free

const pct = (x: number) => `${(100 * x).toFixed(2)} %`;
const euro = (x: number) => `€${x.toFixed(3)}`;

// 1. Plan the sample size (two-sided 5 %, 80 % power) and the duration.
const plan = sampleSizeProportions(BASELINE, HOPED, { alpha: 0.05, power: 0.8 });
const duration = experimentDuration(plan.nTotal, { dailyVisitors: DAILY_VISITORS });
console.log("Boutique: free shipping over €50 — A/B test plan\n");
console.log(`To detect ${pct(BASELINE)} → ${pct(HOPED)} with 80 % power at 5 %: ${plan.nControl.toLocaleString("en")} visitors per group (${plan.nTotal.toLocaleString("en")} in all).`);
console.log(`At ${DAILY_VISITORS.toLocaleString("en")} visitors a day that is ${duration.days} days (${duration.weeks} whole weeks).\n`);

// 2. Weekly peeks with an O'Brien–Fleming spending design over the planned weeks (one-sided 2.5 %,
// the same false-positive risk in the direction we care about as the two-sided 5 % plan).
const looks = duration.weeks;
const design = groupSequentialDesign({ kMax: looks, alpha: 0.025, sided: 1, type: "OF" });
console.log(`Sequential design: ${looks} weekly looks, stop for efficacy when z crosses`);
console.log(`  ${design.criticalValues.map((c, i) => `week ${i + 1}: ${c.toFixed(2)}`).join("   ")}\n`);

const rng = createRng("boutique-2026");
const arms = [
  { name: "Control", rate: BASELINE, freeShipping: false, n: 0, conversions: 0, profit: [] as number[] },
  { name: "Free shipping over €50", rate: TRUE_RATE, freeShipping: true, n: 0, conversions: 0, profit: [] as number[] },
];
const peeks: { z: number; informationRate: number }[] = [];
let decision: ReturnType<typeof monitorGroupSequential> | undefined;
const weekly: Record<string, string | number>[] = [];
for (let week = 1; week <= looks; week++) {
  for (let v = 0; v < 7 * DAILY_VISITORS; v++) {
    const arm = arms[rng.next() < 0.5 ? 0 : 1]!;
    arm.n++;
    let profit = 0;
    if (rng.next() < arm.rate) {
      arm.conversions++;
      // Baskets: log-normal around €62; free shipping nudges baskets up to clear the €50 bar.
      const basket = Math.exp(4.05 + 0.45 * rng.normal()) * (arm.freeShipping ? 1.04 : 1);
      profit = MARGIN * basket - (arm.freeShipping && basket >= 50 ? SHIPPING : 0);
    }
    arm.profit.push(profit);
  }
  const [control, treatment] = arms as [(typeof arms)[0], (typeof arms)[0]];
  const test = proportionTest(control, treatment);
  // The boundaries are recomputed at the actual share of the planned visitors seen by each Monday.
  const informationRate = Math.min(1, (control.n + treatment.n) / plan.nTotal);
  peeks.push({ z: test.statistic, informationRate });
  decision = monitorGroupSequential(peeks, { alpha: 0.025, sided: 1, type: "OF", final: week === looks });
  weekly.push({
    week,
    visitors: control.n + treatment.n,
    control: pct(control.conversions / control.n),
    "free shipping": pct(treatment.conversions / treatment.n),
    z: +test.statistic.toFixed(2),
    boundary: +decision.criticalValues[week - 1]!.toFixed(2),
    decision: decision.decision,
  });
  if (decision.decision !== "continue") break;
}
console.table(weekly);
const stopped = decision?.stoppedAt;
console.log(stopped === undefined ? `No early stop: ${decision?.decision}.\n` : `Stopped at week ${stopped} of ${looks}: the lift crossed the O'Brien–Fleming boundary.\n`);

// 3. The readout: conversion (with the sample-ratio-mismatch check), the Bayesian view, and the
// profit per visitor once free shipping's cost is counted.
const [control, treatment] = arms as [(typeof arms)[0], (typeof arms)[0]];
const readout = readExperiment([
  { name: "Control", n: control.n, conversions: control.conversions },
  { name: "Free shipping", n: treatment.n, conversions: treatment.conversions },
]);
console.log(String(readout));
if (stopped !== undefined && stopped < looks) {
  console.log(
    `(The simulation's true lift is +${Math.round(100 * (TRUE_RATE / BASELINE - 1))} %. A test stopped early on a big swing overstates the effect, and the fixed-sample p-value and interval above are a little optimistic; the sequential design protects the stop decision itself — a 2.5 % false-positive risk however often you peek.)`,
  );
}
console.log("");

const bayes = bayesProportions(control, treatment, { seed: 1 });
console.log(
  `Bayesian view: P(free shipping converts better) = ${(100 * bayes.probabilityTreatmentBetter).toFixed(1)} %, ` +
    `expected loss if we ship it ${pct(bayes.expectedLossTreatment)} of conversion, relative lift ${(100 * bayes.liftCiLow).toFixed(0)} % … ${(100 * bayes.liftCiHigh).toFixed(0)} % (95 % credible).`,
);

const profit = readExperiment(
  [
    { name: "Control", values: control.profit },
    { name: "Free shipping", values: treatment.profit },
  ],
  { metric: "profit per visitor", format: euro },
);
console.log(String(profit));
const v = profit.variants[0]!;
console.log(
  v.result.ciLow > 0
    ? "Free shipping pays for itself: more orders outweigh the shipping the shop now covers."
    : v.result.ciHigh < 0
      ? "Free shipping wins orders but loses money per visitor: the shipping cost eats the extra margin."
      : "Conversion is up, but profit per visitor cannot yet tell free shipping from control: the shipping cost eats part of the extra margin.",
);
