/**
 * Benchmark: checks per second, cost as the subject's lists grow, five CAC rules against
 * json-rules-engine and hand-written code, and cold start. Run with `npm run bench` (bundles this file
 * with tsup into node_modules/.cache and runs it with node; the cold start needs `npm run build` first).
 *
 * `node <bundle> --write` also replaces the measured section of docs/performance.md (between the
 * `<!-- bench:start -->` and `<!-- bench:end -->` markers). `--quick` shortens every measurement.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import { Engine, type RuleProperties } from "json-rules-engine";
import { Bench, type Task } from "tinybench";
import { checkCompliance, getDefaultCalendar, rules } from "../src/index.js";

const root = new URL("../", import.meta.url);
// The bundle runs from node_modules/.cache/<dir>/: find the project root by its package.json.
const projectRoot = [new URL("../", import.meta.url), new URL("../../../", import.meta.url)].find((u) => existsSync(new URL("package.json", u)) && existsSync(new URL("docs/examples/subjects", u))) ?? root;
const args = new Set(process.argv.slice(2));
const QUICK = args.has("--quick");
const TIME = QUICK ? 200 : 1_500;

const AS_OF = "2020-07-01";
const example = (name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(new URL(`docs/examples/subjects/${name}.json`, projectRoot), "utf8"));

// ─── helpers ──────────────────────────────────────────────────────────────────────────────────────

interface Measured {
  name: string;
  meanMs: number;
  p50Ms: number;
  rme: number;
  samples: number;
}

async function measure(tasks: Record<string, () => unknown>, options: { time?: number; iterations?: number } = {}): Promise<Measured[]> {
  const bench = new Bench({ time: options.time ?? TIME, iterations: options.iterations ?? 10, warmupTime: QUICK ? 50 : 300, warmupIterations: 3 });
  for (const [name, fn] of Object.entries(tasks)) bench.add(name, fn);
  await bench.run();
  return bench.tasks.map((task: Task) => {
    const result = task.result;
    if (result.state !== "completed") throw new Error(`${task.name}: ${result.state}${"error" in result ? `: ${String(result.error)}` : ""}`);
    return { name: task.name, meanMs: result.period, p50Ms: result.latency.p50, rme: result.latency.rme, samples: result.latency.samples?.length ?? 0 };
  });
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const fmt = (n: number, digits = 0) => n.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });
const perSecond = (ms: number) => 1000 / ms;

const lines: string[] = [];
const out = (line = "") => {
  lines.push(line);
  console.log(line);
};

// ─── machine ──────────────────────────────────────────────────────────────────────────────────────

function machine(): string[] {
  const nproc = spawnSync("nproc", { encoding: "utf8" }).stdout?.trim() || String(os.availableParallelism());
  let cpu = os.cpus()[0]?.model ?? "unknown";
  try {
    cpu = /model name\s*:\s*(.*)/.exec(readFileSync("/proc/cpuinfo", "utf8"))?.[1] ?? cpu;
  } catch {
    // not Linux
  }
  return [
    `- CPU: ${cpu}; \`nproc\`: ${nproc}; memory: ${fmt(os.totalmem() / 2 ** 30, 1)} GiB`,
    `- Node ${process.version} on ${os.type()} ${os.release()} (${process.arch})`,
    `- Load average when the run started: ${os.loadavg().map((l) => fmt(l, 2)).join(", ")} (other jobs shared the machine)`,
    `- Measured ${new Date().toISOString().slice(0, 10)}, tinybench, ${QUICK ? "quick mode (short runs)" : `${TIME} ms a task after warm-up`}, one thread.`,
  ];
}

// ─── 1. checks per second with the recommended preset ────────────────────────────────────────────

const small = example("partial-description");
const typical = example("consumer-app-late-filing");
const large = example("baas-platform-filed");

async function throughput(): Promise<number> {
  const sizes = { small, typical, large };
  const results = await measure(Object.fromEntries(Object.entries(sizes).map(([name, subject]) => [name, () => checkCompliance(subject, { asOf: AS_OF })])));
  out("### Checks per second (`recommended` preset, one thread)");
  out();
  out("| Subject | JSON size | Findings | Mean per check | Checks/s |");
  out("|---|---:|---:|---:|---:|");
  let typicalRate = 0;
  for (const r of results) {
    const subject = sizes[r.name as keyof typeof sizes];
    const findings = checkCompliance(subject, { asOf: AS_OF }).findings.length;
    const file = { small: "partial-description", typical: "consumer-app-late-filing", large: "baas-platform-filed" }[r.name as keyof typeof sizes];
    out(`| ${r.name} (\`${file}.json\`) | ${fmt(JSON.stringify(subject).length)} B | ${findings} | ${fmt(r.meanMs * 1000, 1)} µs ± ${fmt(r.rme, 1)}% | ${fmt(perSecond(r.meanMs))} |`);
    if (r.name === "typical") typicalRate = perSecond(r.meanMs);
  }
  out();
  return typicalRate;
}

// ─── 2. growth of the lists ───────────────────────────────────────────────────────────────────────

const IN_SCOPE = { usesBlockchain: true, offeredToPublic: true, providedFromMainland: true, startDate: "2019-09-26" };
const change = (i: number) => ({ kind: "platform-address", description: `change ${i}`, changedDate: "2019-10-08", filedDate: `2019-10-${10 + (i % 9)}` });
const feature = (i: number) => ({ name: `feature ${i}`, kind: "function", launchDate: "2020-05-11", securityAssessmentReported: true, securityAssessmentReportedDate: "2020-04-20" });

async function growth(): Promise<{ linear: boolean; ratios: string[] }> {
  const counts = [10, 100, 1_000, 10_000];
  out("### Cost as the lists grow (`recommended` preset)");
  out();
  out("| Entries | `changes`: per check | per entry | `newFeatures`: per check | per entry |");
  out("|---:|---:|---:|---:|---:|");
  const perEntry: Record<string, number[]> = { changes: [], newFeatures: [] };
  const base = { ...typical, service: { ...(typical.service as object), ...IN_SCOPE } };
  for (const n of counts) {
    const withChanges = { ...base, changes: Array.from({ length: n }, (_, i) => change(i)) };
    const withFeatures = { ...base, newFeatures: Array.from({ length: n }, (_, i) => feature(i)) };
    const big = n >= 1_000;
    const [c, f] = await measure(
      { changes: () => checkCompliance(withChanges, { asOf: AS_OF }), newFeatures: () => checkCompliance(withFeatures, { asOf: AS_OF }) },
      { time: big ? (QUICK ? 300 : 2_000) : TIME, iterations: big ? 3 : 10 },
    );
    perEntry.changes!.push(c!.meanMs / n);
    perEntry.newFeatures!.push(f!.meanMs / n);
    out(`| ${fmt(n)} | ${fmt(c!.meanMs, 3)} ms | ${fmt((c!.meanMs / n) * 1000, 1)} µs | ${fmt(f!.meanMs, 3)} ms | ${fmt((f!.meanMs / n) * 1000, 1)} µs |`);
  }
  // Linear: the cost per entry at 10,000 entries is within 2× of the cost per entry at 1,000.
  const ratios = Object.entries(perEntry).map(([list, costs]) => `${list}: ${fmt(costs[3]! / costs[2]!, 2)}`);
  const linear = Object.values(perEntry).every((costs) => costs[3]! / costs[2]! < 2);
  out();
  out(`Cost per entry at 10,000 entries ÷ cost per entry at 1,000 (1.0 is exactly linear; a quadratic cost would give about 10): ${ratios.join(", ")}.`);
  out(`Growth is ${linear ? "linear" : "NOT linear"}. (At 10 and 100 entries the fixed cost of the other rules dominates, so the cost per entry falls.)`);
  out();
  return { linear, ratios };
}

// ─── 3. five CAC rules: this engine, json-rules-engine, hand-written ─────────────────────────────

const FIVE = ["cac-2019/filing-deadline", "cac-2019/change-filing", "cac-2019/filing-number-display", "cac-2019/record-retention", "cac-2019/real-identity"];
const fiveRules = FIVE.map((id) => rules.find((rule) => rule.id === id)!);
const EFFECTIVE = "2019-02-15";
const calendar = getDefaultCalendar();

/** The typical subject with a fact for each of the five rules. */
const fiveSubject = {
  ...typical,
  changes: [
    { kind: "platform-address", changedDate: "2019-11-04", filedDate: "2019-11-08" },
    { kind: "service-items", changedDate: "2019-12-30", filedDate: "2020-01-08" },
  ],
  records: { userContentRecorded: true, logsRecorded: true, retention: { value: 180, unit: "days" }, providedOnLawfulRequest: true },
  identityVerification: { methods: ["mobile-number"], unverifiedUsersServed: false },
};

type Status = "pass" | "violation" | "risk" | "needs-info" | "not-applicable";
interface Plain {
  rule: string;
  status: Status;
  message: string;
}

/** The five rules as a plain function: the same decisions, English messages, no validation, no citations. */
function handWritten(s: any, asOf: string): Plain[] {
  const out: Plain[] = [];
  const svc = s.service ?? {};
  if (!(svc.usesBlockchain && svc.offeredToPublic && svc.providedFromMainland)) return FIVE.map((rule) => ({ rule, status: "needs-info", message: "scope facts missing" }));
  // filing deadline
  const start: string | undefined = svc.startDate;
  const filedDate: string | undefined = s.filing?.filedDate;
  if (!start || s.filing?.filed === undefined) out.push({ rule: FIVE[0]!, status: "needs-info", message: "start date or filing missing" });
  else {
    const from = start < EFFECTIVE ? EFFECTIVE : start;
    const due = calendar.addWorkingDays(from, 10);
    const actual = s.filing.filed === false ? asOf : (filedDate ?? asOf);
    const late = actual > due ? calendar.workingDaysBetween(due, actual) : 0;
    out.push(late > 0 ? { rule: FIVE[0]!, status: "violation", message: `filed ${late} working days after ${due}` } : { rule: FIVE[0]!, status: "pass", message: `filed by ${due}` });
  }
  // change filing
  for (const [i, c] of ((s.changes ?? []) as any[]).entries()) {
    if (!c.changedDate || c.changedDate < EFFECTIVE) continue;
    const due = calendar.addWorkingDays(c.changedDate, 5);
    const filed = c.filed === false ? null : (c.filedDate ?? null);
    if (filed === null) out.push({ rule: FIVE[1]!, status: due < asOf ? "needs-info" : "pass", message: `change ${i + 1} due ${due}` });
    else out.push(filed <= due ? { rule: FIVE[1]!, status: "pass", message: `change ${i + 1} filed by ${due}` } : { rule: FIVE[1]!, status: "violation", message: `change ${i + 1} filed ${calendar.workingDaysBetween(due, filed)} working days late` });
  }
  // filing number display
  if (s.filing?.filed) {
    for (const [i, ch] of ((svc.channels ?? []) as any[]).entries()) {
      if (ch.type === "api") continue;
      if (ch.filingNumberDisplayed === undefined) out.push({ rule: FIVE[2]!, status: "needs-info", message: `channel ${i + 1}: displayed?` });
      else if (!ch.filingNumberDisplayed) out.push({ rule: FIVE[2]!, status: "violation", message: `channel ${i + 1}: number not shown` });
      else if (ch.displayedFilingNumber && s.filing.number && ch.displayedFilingNumber.replace(/\s+/g, "") !== s.filing.number.replace(/\s+/g, "")) out.push({ rule: FIVE[2]!, status: "violation", message: `channel ${i + 1}: another number` });
      else out.push({ rule: FIVE[2]!, status: "pass", message: `channel ${i + 1}: shown` });
    }
  }
  // record retention
  const r = s.records?.retention;
  if (!r) out.push({ rule: FIVE[3]!, status: "needs-info", message: "retention missing" });
  else {
    const enough = r.unit === "years" ? r.value >= 1 : r.unit === "months" ? r.value >= 6 : r.value >= 184;
    out.push({ rule: FIVE[3]!, status: enough ? "pass" : r.unit === "days" && r.value >= 181 ? "risk" : "violation", message: `kept ${r.value} ${r.unit}` });
  }
  // real identity
  const iv = s.identityVerification ?? {};
  if (iv.unverifiedUsersServed === true) out.push({ rule: FIVE[4]!, status: "violation", message: "unverified users served" });
  else if (!iv.methods || iv.unverifiedUsersServed === undefined) out.push({ rule: FIVE[4]!, status: "needs-info", message: "methods missing" });
  else if (iv.methods.length === 0) out.push({ rule: FIVE[4]!, status: "violation", message: "no verification" });
  else out.push({ rule: FIVE[4]!, status: "pass", message: `verified by ${iv.methods.join(", ")}` });
  return out;
}

/** The five rules for json-rules-engine: conditions on the subject's paths, with the working-day arithmetic as facts. */
function jsonRulesEngine(): Engine {
  const engine = new Engine([], { allowUndefinedFacts: true });
  const inScope = [
    { fact: "subject", path: "$.service.usesBlockchain", operator: "equal", value: true },
    { fact: "subject", path: "$.service.offeredToPublic", operator: "equal", value: true },
    { fact: "subject", path: "$.service.providedFromMainland", operator: "equal", value: true },
  ];
  const rule = (name: string, status: Status, conditions: unknown[]): RuleProperties => ({
    name: `${name}:${status}`,
    conditions: { all: [...inScope, ...conditions] } as RuleProperties["conditions"],
    event: { type: status, params: { rule: name } },
  });
  engine.addFact("filingLateDays", (_params, almanac) =>
    almanac.factValue<any>("subject").then((s) => {
      const start: string | undefined = s.service?.startDate;
      if (!start || s.filing?.filed === undefined) return null;
      const due = calendar.addWorkingDays(start < EFFECTIVE ? EFFECTIVE : start, 10);
      const actual = s.filing.filed === false ? AS_OF : (s.filing.filedDate ?? AS_OF);
      return actual > due ? calendar.workingDaysBetween(due, actual) : 0;
    }),
  );
  engine.addFact("changesLate", (_params, almanac) =>
    almanac.factValue<any>("subject").then((s) =>
      ((s.changes ?? []) as any[]).filter((c) => c.changedDate >= EFFECTIVE && c.filedDate && c.filedDate > calendar.addWorkingDays(c.changedDate, 5)).length,
    ),
  );
  engine.addFact("channelsNotShowing", (_params, almanac) =>
    almanac.factValue<any>("subject").then((s) => ((s.service?.channels ?? []) as any[]).filter((c) => c.type !== "api" && c.filingNumberDisplayed === false).length),
  );
  const [deadline, changes, display, retention, identity] = FIVE as [string, string, string, string, string];
  engine.addRule(rule(deadline, "violation", [{ fact: "filingLateDays", operator: "greaterThan", value: 0 }]));
  engine.addRule(rule(deadline, "pass", [{ fact: "filingLateDays", operator: "equal", value: 0 }]));
  engine.addRule(rule(changes, "violation", [{ fact: "changesLate", operator: "greaterThan", value: 0 }]));
  engine.addRule(rule(changes, "pass", [{ fact: "changesLate", operator: "equal", value: 0 }]));
  engine.addRule(rule(display, "violation", [{ fact: "subject", path: "$.filing.filed", operator: "equal", value: true }, { fact: "channelsNotShowing", operator: "greaterThan", value: 0 }]));
  engine.addRule(rule(display, "pass", [{ fact: "subject", path: "$.filing.filed", operator: "equal", value: true }, { fact: "channelsNotShowing", operator: "equal", value: 0 }]));
  engine.addRule(
    rule(retention, "pass", [
      {
        any: [
          { all: [{ fact: "subject", path: "$.records.retention.unit", operator: "equal", value: "years" }, { fact: "subject", path: "$.records.retention.value", operator: "greaterThanInclusive", value: 1 }] },
          { all: [{ fact: "subject", path: "$.records.retention.unit", operator: "equal", value: "months" }, { fact: "subject", path: "$.records.retention.value", operator: "greaterThanInclusive", value: 6 }] },
          { all: [{ fact: "subject", path: "$.records.retention.unit", operator: "equal", value: "days" }, { fact: "subject", path: "$.records.retention.value", operator: "greaterThanInclusive", value: 184 }] },
        ],
      },
    ]),
  );
  engine.addRule(
    rule(retention, "risk", [
      { fact: "subject", path: "$.records.retention.unit", operator: "equal", value: "days" },
      { fact: "subject", path: "$.records.retention.value", operator: "greaterThanInclusive", value: 181 },
      { fact: "subject", path: "$.records.retention.value", operator: "lessThan", value: 184 },
    ]),
  );
  engine.addRule(rule(retention, "violation", [{ fact: "subject", path: "$.records.retention.value", operator: "lessThan", value: 181 }]));
  engine.addRule(rule(identity, "violation", [{ fact: "subject", path: "$.identityVerification.unverifiedUsersServed", operator: "equal", value: true }]));
  engine.addRule(
    rule(identity, "pass", [
      { fact: "subject", path: "$.identityVerification.unverifiedUsersServed", operator: "equal", value: false },
      { fact: "subject", path: "$.identityVerification.methods", operator: "notIn", value: [[], null] },
    ]),
  );
  return engine;
}

async function fiveRulesComparison(): Promise<{ jreRatio: number; handRatio: number }> {
  const engine = jsonRulesEngine();
  const ours = () => checkCompliance(fiveSubject, { asOf: AS_OF, ruleSet: fiveRules });
  const jre = () => engine.run({ subject: fiveSubject });
  const hand = () => handWritten(fiveSubject, AS_OF);

  // The three agree on each rule's worst status.
  const worst = (statuses: string[]) => (statuses.includes("violation") ? "violation" : statuses.includes("risk") ? "risk" : statuses.includes("needs-info") ? "needs-info" : "pass");
  const byRule = (pairs: { rule: string; status: string }[]) => Object.fromEntries(FIVE.map((id) => [id, worst(pairs.filter((p) => p.rule === id).map((p) => p.status))]));
  const oursStatuses = byRule(ours().findings.map((f) => ({ rule: f.ruleId, status: f.status })));
  const jreResult = await jre();
  const jreStatuses = byRule(jreResult.events.map((e) => ({ rule: String(e.params?.rule), status: e.type })));
  const handStatuses = byRule(hand());
  const agree = JSON.stringify(oursStatuses) === JSON.stringify(jreStatuses) && JSON.stringify(oursStatuses) === JSON.stringify(handStatuses);
  if (!agree) console.warn("the three implementations disagree:", { oursStatuses, jreStatuses, handStatuses });

  const bench = new Bench({ time: TIME, iterations: 10, warmupTime: QUICK ? 50 : 300, warmupIterations: 3 });
  bench.add("this engine, the five rules", ours).add("json-rules-engine", jre).add("hand-written function", hand);
  await bench.run();
  const mean = (name: string) => {
    const result = bench.getTask(name)!.result;
    if (result.state !== "completed") throw new Error(`${name}: ${result.state}`);
    return result.period;
  };
  const [o, j, h] = [mean("this engine, the five rules"), mean("json-rules-engine"), mean("hand-written function")];
  out("### Five CAC rules: this engine, json-rules-engine, a hand-written function");
  out();
  out("Rules: filing deadline (Art. 11 ¶1), change filing (Art. 11 ¶2), filing number display (Art. 13), record retention (Art. 17), real identity (Art. 8).");
  out(`Subject: the typical subject with two changes, a retention period and identity verification. The three give the same status for each rule: ${agree ? "yes" : "NO (see the warning above)"}.`);
  out();
  out("| Implementation | Mean per check | Checks/s | Time ÷ this engine's |");
  out("|---|---:|---:|---:|");
  out(`| this engine (\`ruleSet\`: the five rules) | ${fmt(o * 1000, 1)} µs | ${fmt(perSecond(o))} | 1.00 |`);
  out(`| json-rules-engine 7 (async, JSONPath conditions, deadlines as JS facts) | ${fmt(j * 1000, 1)} µs | ${fmt(perSecond(j))} | ${fmt(j / o, 2)} |`);
  out(`| hand-written function (no validation, English only, no citations) | ${fmt(h * 1000, 1)} µs | ${fmt(perSecond(h))} | ${fmt(h / o, 2)} |`);
  out();
  out(`This engine is ${fmt(j / o, 1)}× as fast as json-rules-engine and takes ${fmt(o / h, 1)}× the time of the hand-written function.`);
  out();
  return { jreRatio: j / o, handRatio: o / h };
}

// ─── 4. cold start ────────────────────────────────────────────────────────────────────────────────

function coldStart(): { median: number; wall: number; node: number } | null {
  const dist = new URL("dist/index.js", projectRoot);
  if (!existsSync(dist)) {
    out("### Cold start");
    out();
    out("Skipped: dist/index.js is missing (run `npm run build` first).");
    out();
    return null;
  }
  const runs = QUICK ? 5 : 15;
  const script = `
    const t0 = performance.now();
    const { checkCompliance } = await import(${JSON.stringify(dist.href)});
    const t1 = performance.now();
    checkCompliance(${JSON.stringify(typical)}, { asOf: "${AS_OF}" });
    const t2 = performance.now();
    console.log(JSON.stringify({ imported: t1 - t0, first: t2 - t1 }));`;
  const spawnTimed = (argv: string[]) => {
    const start = process.hrtime.bigint();
    const child = spawnSync(process.execPath, argv, { encoding: "utf8", cwd: new URL(".", projectRoot).pathname });
    const wall = Number(process.hrtime.bigint() - start) / 1e6;
    if (child.status !== 0) throw new Error(child.stderr);
    return { wall, stdout: child.stdout };
  };
  const inside: { imported: number; first: number }[] = [];
  const walls: number[] = [];
  const bare: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const run = spawnTimed(["--input-type=module", "-e", script]);
    inside.push(JSON.parse(run.stdout));
    walls.push(run.wall);
    bare.push(spawnTimed(["-e", "0"]).wall);
  }
  const deps: [string, number][] = ["zod", "date-fns/lightFormat", "@date-fns/tz"].map((dep) => {
    const times = Array.from({ length: QUICK ? 3 : 7 }, () => JSON.parse(spawnTimed(["--input-type=module", "-e", `const t=performance.now(); await import(${JSON.stringify(dep)}); console.log(performance.now()-t)`]).stdout) as number);
    return [dep, median(times)];
  });
  const imported = median(inside.map((r) => r.imported));
  const first = median(inside.map((r) => r.first));
  const total = median(inside.map((r) => r.imported + r.first));
  out("### Cold start (a fresh `node` process)");
  out();
  out(`Median of ${runs} child processes: import of dist/index.js, then the first check of the typical subject.`);
  out();
  out("| Measure | Median |");
  out("|---|---:|");
  out(`| import of dist/index.js (in the process) | ${fmt(imported, 1)} ms |`);
  out(`| first check (in the process) | ${fmt(first, 1)} ms |`);
  out(`| **import + first check** | **${fmt(total, 1)} ms** |`);
  out(`| whole process, wall clock (\`node\` start, import, check, exit) | ${fmt(median(walls), 1)} ms |`);
  out(`| \`node -e 0\`, wall clock (Node's own start-up, for comparison) | ${fmt(median(bare), 1)} ms |`);
  out();
  out(`Importing each runtime dependency alone in a fresh process (median): ${deps.map(([d, t]) => `${d} ${fmt(t, 1)} ms`).join(", ")}.`);
  out();
  return { median: total, wall: median(walls), node: median(bare) };
}

// ─── run ──────────────────────────────────────────────────────────────────────────────────────────

out("### Machine");
out();
for (const line of machine()) out(line);
out();
const typicalRate = await throughput();
const grown = await growth();
const five = await fiveRulesComparison();
const cold = coldStart();

const met = (ok: boolean) => (ok ? "met" : "**missed**");
out("### Targets");
out();
out("| Target | Measured | |");
out("|---|---:|---|");
out(`| ≥ 50,000 checks/s on the typical subject, one core | ${fmt(typicalRate)} checks/s | ${met(typicalRate >= 50_000)} |`);
out(`| ≥ 10× as fast as json-rules-engine (five rules) | ${fmt(five.jreRatio, 1)}× | ${met(five.jreRatio >= 10)} |`);
out(`| within 3× of a hand-written function (five rules) | ${fmt(five.handRatio, 1)}× | ${met(five.handRatio <= 3)} |`);
out(`| cold start < 50 ms (import + first check) | ${cold ? `${fmt(cold.median, 1)} ms` : "not measured"} | ${cold ? met(cold.median < 50) : "n/a"} |`);
out(`| cost linear in the lists' length | ${grown.ratios.join(", ")} | ${met(grown.linear)} |`);

if (args.has("--write")) {
  const file = new URL("docs/performance.md", projectRoot);
  const text = readFileSync(file, "utf8");
  const start = text.indexOf("<!-- bench:start -->");
  const end = text.indexOf("<!-- bench:end -->");
  if (start < 0 || end < start) throw new Error("docs/performance.md has no <!-- bench:start --> … <!-- bench:end --> section");
  writeFileSync(file, `${text.slice(0, start)}<!-- bench:start -->\n\n${lines.join("\n")}\n\n${text.slice(end)}`);
  console.log(`\nwrote ${file.pathname}`);
}
