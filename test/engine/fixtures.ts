import { defineRule, type Path } from "../../src/index.js";

const STARTED: Path = ["service", "startDate"];

/** A small rule for engine tests: passes when the service has a start date on or before asOf. */
export const startedRule = defineRule({
  id: "test/started",
  title: { en: "Started", zh: "已开始" },
  description: { en: "Fixture.", zh: "测试用。" },
  cites: [{ instrument: "cac-2019", article: 11, paragraph: 1 }],
  appliesFrom: "2019-02-15",
  messages: {
    started: { en: "Started on {start}.", zh: "于{start}开始。" },
    future: { en: "Starts on {start}, after {asOf}.", zh: "于{start}开始，晚于{asOf}。" },
  },
  evaluate(subject, ctx) {
    const start = subject.service?.startDate;
    if (start === undefined) return ctx.needsInfo([STARTED]);
    return start <= ctx.asOf
      ? ctx.pass("started", { data: { start }, evidence: [STARTED] })
      : ctx.violation("future", { data: { start, asOf: ctx.asOf }, evidence: [STARTED] });
  },
});

/** Violates whenever the subject has a name; cites an article with a penalty mapping. */
export const namedRule = defineRule({
  id: "test/named",
  title: { en: "Named", zh: "有名称" },
  description: { en: "Fixture.", zh: "测试用。" },
  cites: [{ instrument: "cac-2019", article: 11, paragraph: 1 }],
  appliesUntil: "2030-12-31",
  messages: {
    named: { en: "Named {name}.", zh: "名称为{name}。" },
    ambiguous: { en: "Read as named.", zh: "按有名称理解。" },
    unnamed: { en: "No name.", zh: "无名称。" },
  },
  evaluate(subject, ctx) {
    const name = subject.name;
    if (name === undefined) return ctx.needsInfo([["name"], STARTED]);
    if (name === "maybe") return ctx.risk("named", "ambiguous", { data: { name }, evidence: [["name"]] });
    return ctx.violation("named", { data: { name }, evidence: [["name"]] });
  },
});

/** Always throws. */
export const throwingRule = defineRule({
  id: "test/throws",
  title: { en: "Throws", zh: "抛出异常" },
  description: { en: "Fixture.", zh: "测试用。" },
  cites: [],
  messages: { never: { en: "Never.", zh: "从不。" } },
  evaluate() {
    throw new Error("boom");
  },
});
