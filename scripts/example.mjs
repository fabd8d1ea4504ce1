// The README's first command: checks a bundled example subject with the built library and prints the
// readable report. A failing report is the point of the example, so it exits 0 unless something breaks.
// Usage: npm run example [-- path/to/subject.json [asOf]]
import { readFileSync } from "node:fs";
import { checkCompliance, formatReport } from "../dist/index.js";

const file = process.argv[2] ?? new URL("../docs/examples/subjects/consumer-app-late-filing.json", import.meta.url);
const asOf = process.argv[3] ?? "2019-11-01";
const report = checkCompliance(JSON.parse(readFileSync(file, "utf8")), { asOf });
console.log(formatReport(report, "pretty", { color: process.stdout.isTTY === true && !process.env.NO_COLOR }));
console.log("\nThe same from the command line: npx cn-blockchain-compliance check <file> --as-of <date> (see docs/cli.md).");
