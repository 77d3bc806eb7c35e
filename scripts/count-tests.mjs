// Sums vitest's JSON reports (packages/*/reports/vitest.json and examples/reports/*.json) into one
// plain line `N passed, N failed`, so CI shows how many tests really ran. Exits 1 when a report
// records a failure or when no report exists at all.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const reports = [];
for (const dir of ["packages", "examples"]) {
  if (!existsSync(dir)) continue;
  const roots = dir === "packages" ? readdirSync(dir).map((name) => join(dir, name)) : [dir];
  for (const root of roots) {
    const folder = join(root, "reports");
    if (!existsSync(folder)) continue;
    for (const file of readdirSync(folder)) if (file.endsWith(".json")) reports.push(join(folder, file));
  }
}

let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of reports) {
  const report = JSON.parse(readFileSync(file, "utf8"));
  passed += report.numPassedTests ?? 0;
  // A failing test also fails its file: count files only when they failed without a failing test
  // (an import error), and an unhandled error once when nothing else failed.
  const failedTests = report.numFailedTests ?? 0;
  const failedFiles = report.numFailedTestSuites ?? 0;
  failed += failedTests > 0 ? failedTests : failedFiles > 0 ? failedFiles : report.success === false ? 1 : 0;
  skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
}
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(reports.length === 0 || failed > 0 ? 1 : 0);
