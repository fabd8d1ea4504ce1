// Runs the whole vitest suite once per time zone (the results must not depend on the host's zone)
// and ends with one plain line that CI reads: "tests: N passed, N failed".
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const zones = ["UTC", "Asia/Shanghai", "America/Los_Angeles", "Pacific/Kiritimati"];
const dir = mkdtempSync(join(tmpdir(), "cbc-tests-"));
let passed = 0;
let failed = 0;
let crashed = false;

for (const zone of zones) {
  console.log(`\n=== vitest under TZ=${zone} ===`);
  const outputFile = join(dir, `${zone.replace("/", "-")}.json`);
  const run = spawnSync("npx", ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${outputFile}`], {
    stdio: "inherit",
    env: { ...process.env, TZ: zone },
  });
  try {
    const results = JSON.parse(readFileSync(outputFile, "utf8"));
    passed += results.numPassedTests;
    failed += results.numFailedTests;
    if (run.status !== 0 && results.numFailedTests === 0) crashed = true;
  } catch {
    crashed = true;
  }
}
rmSync(dir, { recursive: true, force: true });
console.log(`\ntests: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 || crashed ? 1 : 0);
