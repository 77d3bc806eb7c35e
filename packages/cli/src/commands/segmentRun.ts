import { readFileSync, writeFileSync } from "node:fs";
import { isDpmError, parseCsv, transactionsFromColumns } from "@dpm/core";
import { customerLifetimeValueBatch, fitBgNbd, fitGammaGamma, rfmScores, rfmSegments, summarizeTransactions } from "@dpm/segment";
import { CliError, EXIT } from "../CliError.js";
import { csvField } from "../io/writers.js";
import type { SegmentFlags } from "./segment.js";

// `dpm segment`'s run, loaded only when the command runs.
export function runSegment(flags: SegmentFlags): void {
  let text: string;
  try {
    text = readFileSync(flags.input, "utf8");
  } catch {
    throw new CliError(`${flags.input}: no such file`, EXIT.usage);
  }
  const periods = Number(flags.periods);
  const discountRate = Number(flags.discount);
  if (!Number.isInteger(periods) || periods < 1 || periods > 1200) throw new CliError("--periods must be a whole number from 1 to 1200", EXIT.usage);
  if (!(discountRate >= 0 && discountRate < 1)) throw new CliError("--discount must be a rate in [0, 1)", EXIT.usage);
  try {
    const table = parseCsv(text, { types: { [flags.customer]: "string", [flags.date]: "string" } });
    const transactions = transactionsFromColumns(table, { customer: flags.customer, date: flags.date, amount: flags.amount });
    const summary = summarizeTransactions(transactions, { unit: "weeks" });
    const scores = rfmScores(summary);
    const segments = rfmSegments(scores);
    const bgnbd = fitBgNbd(summary);
    const gg = fitGammaGamma(summary.frequency, summary.monetary);
    const clv = customerLifetimeValueBatch(bgnbd, gg, summary, { periods, periodLength: 52 / 12, discountRate });
    let out = "customer,frequency,recency,T,monetary,r,f,m,segment,clv\n";
    for (let i = 0; i < summary.ids.length; i++) {
      out += `${csvField(summary.ids[i] as string)},${summary.frequency[i]},${summary.recency[i]},${summary.T[i]},${summary.monetary[i]},${scores.r[i]},${scores.f[i]},${scores.m[i]},${csvField(segments[i] as string)},${clv[i]}\n`;
    }
    writeFileSync(flags.output, out);
    const result = { command: "segment", customers: summary.ids.length, bgnbd: { r: bgnbd.r, alpha: bgnbd.alpha, a: bgnbd.a, b: bgnbd.b }, gammaGamma: { p: gg.p, q: gg.q, v: gg.v }, output: flags.output };
    if (flags.json === true) process.stdout.write(`${JSON.stringify(result)}\n`);
    else process.stderr.write(`segment: ${summary.ids.length} customers → ${flags.output}\n`);
  } catch (error) {
    if (isDpmError(error)) {
      const usage = error.code === "INVALID_ARGUMENT" && /its columns are/.test(error.message);
      throw new CliError(`${flags.input}: ${error.message.replace(/^\w+: /, "")}`, usage ? EXIT.usage : EXIT.data);
    }
    throw error;
  }
}
