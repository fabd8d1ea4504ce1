// Checks a bundled example subject with the built library and prints its report.
// Usage: npm run example [-- path/to/subject.json [asOf]]
import { readFileSync } from "node:fs";
import { checkCompliance } from "../dist/index.js";

const file = process.argv[2] ?? new URL("../docs/examples/subjects/consumer-app-late-filing.json", import.meta.url);
const asOf = process.argv[3] ?? "2019-11-01";
const subject = JSON.parse(readFileSync(file, "utf8"));
const report = checkCompliance(subject, { asOf });

console.log(`${report.subjectName ?? "subject"}: checked as of ${report.asOf} with ${report.rules.length} rules`);
for (const finding of report.findings) {
  const cited = finding.citations.map((c) => c.label.en).join("; ");
  console.log(`\n[${finding.status}] ${finding.ruleId} (${finding.severity})`);
  console.log(`  ${finding.message.en}`);
  console.log(`  ${finding.message.zh}`);
  if (finding.interpretation) console.log(`  interpretation: ${finding.interpretation.en}`);
  if (finding.deadline) console.log(`  deadline: ${finding.deadline.explanation.en}`);
  for (const penalty of finding.penalties ?? []) {
    const fine = penalty.fineCny ? `, fine ${penalty.fineCny.min}–${penalty.fineCny.max} CNY` : "";
    console.log(`  penalty: ${penalty.label.en}${fine}${penalty.verified ? "" : " (unverified)"}`);
  }
  if (cited) console.log(`  cites: ${cited}`);
}
const counts = Object.entries(report.summary.byStatus).filter(([, n]) => n > 0).map(([s, n]) => `${n} ${s}`).join(", ");
console.log(`\nverdict: ${report.summary.verdict} (${counts})`);
if (report.missingFacts.length > 0) {
  console.log("\nquestions to ask next:");
  for (const fact of report.missingFacts) console.log(`  - ${fact.field}: ${fact.question.en}`);
}
