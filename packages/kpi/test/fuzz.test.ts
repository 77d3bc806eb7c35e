import { describeFuzz } from "../../../scripts/fuzzExports.ts";

// Every export is called with one argument corrupted at a time (see scripts/fuzzExports.ts).
describeFuzz(import.meta.url, {
  package: "@dpm/kpi",
  allowNonFinite: {
    runway: "Infinity when the business does not burn cash (documented)",
    paybackPeriod: "Infinity when the flows never pay back (documented)",
    cacPayback: "Infinity when the CAC is never repaid (documented)",
  },
  allowNaN: { cohortRows: "revenueRetention is NaN when a cohort's first-period revenue is not positive (documented)" },
});
