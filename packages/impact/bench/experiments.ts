// Experiments timing: a 10-variant test (A/B/…/J) on 10,000,000 visitors from raw typed arrays —
// group index (Uint8Array), 0/1 conversion (Uint8Array) and revenue (Float64Array, zero for the
// visitors who bought nothing) — no per-visitor objects. The frequentist readout is one pass over
// the arrays (aggregateVariants) plus the readouts of conversion and revenue per visitor (omnibus
// χ², nine z / Welch tests against control with Holm, SRM); the bootstrap is a Poisson bootstrap
// of revenue per visitor, 10,000 resamples of 1,000,000 values (two arms of 500,000). Data
// generation is not timed. peakMB is the process's peak resident memory when this section ends
// (it runs last in bench/index.ts, so it is the peak of the whole bench run).
import { createRng } from "@dpm/core";
import { aggregateVariants, poissonBootstrap, readExperiment } from "../dist/index.js";

/** Runs the experiments benchmark and returns its figures. */
export function benchExperiments(): { visitors: number; variants: number; readoutSeconds: number; bootstrapValues: number; bootstrapResamples: number; bootstrapSeconds: number; peakMB: number } {
  const visitors = 10_000_000;
  const variants = 10;
  const rng = createRng("impact-experiments-bench");
  const assignment = new Uint8Array(visitors);
  const converted = new Uint8Array(visitors);
  const revenue = new Float64Array(visitors);
  for (let i = 0; i < visitors; i++) {
    const g = Math.floor(rng.next() * variants);
    assignment[i] = g;
    if (rng.next() < 0.03 + 0.0005 * g) {
      converted[i] = 1;
      revenue[i] = Math.exp(3.6 + 0.8 * rng.normal()); // log-normal basket, heavy right tail
    }
  }
  const names = Array.from({ length: variants }, (_, g) => (g === 0 ? "Control" : `Variant ${String.fromCharCode(65 + g)}`));

  const t0 = performance.now();
  const agg = aggregateVariants(assignment, { variants, converted, values: revenue, names });
  const conversion = readExperiment(agg.conversion);
  const perVisitor = readExperiment(agg.value, { metric: "revenue per visitor" });
  const readoutSeconds = (performance.now() - t0) / 1000;

  const half = 500_000;
  const control = revenue.subarray(0, half);
  const treatment = revenue.subarray(half, 2 * half);
  const resamples = 10_000;
  const t1 = performance.now();
  const boot = poissonBootstrap(control, treatment, { resamples, seed: 1 });
  const bootstrapSeconds = (performance.now() - t1) / 1000;
  const peakMB = process.resourceUsage().maxRSS / 1024;

  const significant = conversion.variants.filter((v) => v.significant).length;
  console.log(
    `experiments, ${variants} variants × ${visitors.toLocaleString("en")} visitors (typed arrays): readout ${readoutSeconds.toFixed(3)} s ` +
      `(${significant} of ${variants - 1} conversion lifts significant after Holm, omnibus p ${conversion.omnibus?.pValue.toExponential(1)}, SRM p ${conversion.srm.pValue.toFixed(2)}; ` +
      `revenue per visitor ${perVisitor.variants.length} Welch tests); Poisson bootstrap ${resamples.toLocaleString("en")} × ${(2 * half).toLocaleString("en")} values ${bootstrapSeconds.toFixed(2)} s ` +
      `(difference ${boot.difference.toFixed(3)}, 95 % CI ${boot.ciLow.toFixed(3)} … ${boot.ciHigh.toFixed(3)}); peak RSS ${Math.round(peakMB)} MB`,
  );
  return {
    visitors,
    variants,
    readoutSeconds: Math.round(readoutSeconds * 1000) / 1000,
    bootstrapValues: 2 * half,
    bootstrapResamples: resamples,
    bootstrapSeconds: Math.round(bootstrapSeconds * 1000) / 1000,
    peakMB: Math.round(peakMB),
  };
}
