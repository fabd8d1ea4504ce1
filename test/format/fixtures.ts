import { readFileSync } from "node:fs";
import { checkCompliance, defineRule, type ComplianceReport, type Path } from "../../src/index.js";

const NAME: Path = ["name"];
const START: Path = ["service", "startDate"];

/** Violates with the subject's name in its message (to test escaping); risk for "maybe"; needs-info without a name. */
export const echoRule = defineRule({
  id: "fmt/echo",
  title: { en: "Echo <the> name", zh: "回显名称" },
  description: { en: "Fixture: echoes the subject's name.", zh: "测试用：回显名称。" },
  cites: [{ instrument: "cac-2019", article: 11, paragraph: 1 }],
  messages: {
    named: { en: "Named {name}.", zh: "名称为{name}。" },
    ambiguous: { en: "Read as named.", zh: "按有名称理解。" },
  },
  evaluate(subject, ctx) {
    const name = subject.name;
    if (name === undefined) return ctx.needsInfo([NAME]);
    if (name === "maybe") return ctx.risk("named", "ambiguous", { data: { name }, evidence: [NAME] });
    return ctx.violation("named", { data: { name }, evidence: [NAME] });
  },
});

/** Passes with a start date; needs the start date otherwise; warn by default. */
export const startRule = defineRule({
  id: "fmt/start",
  title: { en: "Start date", zh: "开始日期" },
  description: { en: "Fixture: wants a start date.", zh: "测试用：需要开始日期。" },
  cites: [{ instrument: "cac-2019", article: 11, paragraph: 1 }],
  defaultSeverity: "warn",
  messages: { started: { en: "Started on {start}.", zh: "于{start}开始。" }, late: { en: "Started late, on {start}.", zh: "于{start}开始，过晚。" } },
  evaluate(subject, ctx) {
    const start = subject.service?.startDate;
    if (start === undefined) return ctx.needsInfo([START]);
    return start > "2019-06-01" ? ctx.violation("late", { data: { start }, evidence: [START] }) : ctx.pass("started", { data: { start }, evidence: [START] });
  },
});

/** Always throws: a rule error. */
export const brokenRule = defineRule({
  id: "fmt/broken",
  title: { en: "Broken", zh: "出错" },
  description: { en: "Fixture: throws.", zh: "测试用：抛出异常。" },
  cites: [{ instrument: "cac-2019", article: 11, paragraph: 1 }],
  messages: { never: { en: "Never.", zh: "从不。" } },
  evaluate() {
    throw new Error("boom");
  },
});

export const AS_OF = "2019-11-01";

export function fixtureReport(subject: unknown, options: Parameters<typeof checkCompliance>[1] = {}): ComplianceReport {
  return checkCompliance(subject, { asOf: AS_OF, ruleSet: [echoRule, startRule], ...options });
}

const root = new URL("../../", import.meta.url);

/** An example subject's text and report. */
export function example(name: string, asOf = AS_OF): { text: string; report: ComplianceReport; uri: string } {
  const uri = `docs/examples/subjects/${name}.json`;
  const text = readFileSync(new URL(uri, root), "utf8");
  return { text, uri, report: checkCompliance(JSON.parse(text), { asOf }) };
}
