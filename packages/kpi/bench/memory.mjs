// Memory probe for bench/index.ts, run on bare node: builds the bench data, runs cohortTable once
// and prints one JSON line with the peak RSS after the data alone and after cohortTable. (Repeated
// calls would also measure how lazily V8 collects the typed arrays of earlier calls.)
import { cohortTable } from "../dist/index.js";
import { makeTransactions } from "./transactions.mjs";

const mb = (kb) => kb / 1024;
const rows = makeTransactions();
const dataMB = mb(process.resourceUsage().maxRSS);
const cells = cohortTable(rows).revenue.length;
console.log(JSON.stringify({ dataMB, peakMB: mb(process.resourceUsage().maxRSS), cells }));
