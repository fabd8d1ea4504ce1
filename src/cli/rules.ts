import type { ResolvedPenalty } from "../corpus/index.js";
import type { Rule } from "../engine/types.js";
import type { FormatLocale } from "../format/index.js";
import { presets, rules as builtInRules, type PresetName } from "../presets.js";
import { TOOL } from "../version.js";
import { CliError } from "./errors.js";

const NO_CHINESE = "(Chinese text not available: substance only)";

const LABELS = {
  en: {
    presets: "presets",
    cites: "cites",
    severity: "default severity",
    plugin: "plugin rule",
    whatItChecks: "What it checks",
    citations: "Citations",
    penalties: "Penalties",
    none: "none",
    inForce: "in force",
    from: "from",
    until: "until",
    always: "whenever the instrument is",
    verified: "verified",
    textStatus: "text",
    fine: "fine",
    noFine: "no fine range",
    mapping: "link to the breached article",
    rules: "rules",
    note: "note",
    yes: "yes",
    no: "no",
  },
  zh: {
    presets: "预设",
    cites: "引用",
    severity: "默认级别",
    plugin: "插件规则",
    whatItChecks: "核查内容",
    citations: "依据条文",
    penalties: "罚则",
    none: "无",
    inForce: "适用期间",
    from: "自",
    until: "至",
    always: "随所依据的文件",
    verified: "已核实",
    textStatus: "文本状态",
    fine: "罚款",
    noFine: "未规定罚款幅度",
    mapping: "与所违反条文的对应关系",
    rules: "条规则",
    note: "说明",
    yes: "是",
    no: "否",
  },
} as const;

function presetsOf(rule: Rule): PresetName[] {
  return (Object.keys(presets) as PresetName[]).filter((name) => presets[name].some((candidate) => candidate.id === rule.id));
}

function isBuiltIn(rule: Rule): boolean {
  return builtInRules.some((candidate) => candidate === rule);
}

function cny(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** The `rules` command: every rule with its title, severity, citations and presets; then the presets. */
export function listRules(all: readonly Rule[], format: "pretty" | "json", locale: FormatLocale): string {
  const sorted = [...all].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  if (format === "json") {
    return JSON.stringify(
      {
        rules: sorted.map((rule) => ({
          id: rule.id,
          title: rule.title,
          defaultSeverity: rule.defaultSeverity,
          citations: rule.citations.map((citation) => ({ label: citation.label, verified: citation.verified, textStatus: citation.textStatus })),
          presets: presetsOf(rule),
          source: isBuiltIn(rule) ? "built-in" : "plugin",
        })),
        presets: Object.fromEntries(Object.entries(presets).map(([name, members]) => [name, members.map((rule) => rule.id)])),
      },
      null,
      2,
    );
  }
  const text = LABELS[locale];
  const lines: string[] = [];
  for (const rule of sorted) {
    const inPresets = presetsOf(rule);
    lines.push(`${rule.id}  [${rule.defaultSeverity}]  ${rule.title[locale]}`);
    lines.push(`    ${text.cites}: ${rule.citations.map((citation) => citation.label[locale]).join("; ") || text.none}`);
    lines.push(`    ${text.presets}: ${inPresets.length > 0 ? inPresets.join(", ") : isBuiltIn(rule) ? text.none : text.plugin}`);
  }
  lines.push("", `${text.presets}:`);
  for (const [name, members] of Object.entries(presets)) lines.push(`  ${name.padEnd(12)} ${members.length} ${text.rules}`);
  return lines.join("\n");
}

function penaltyLines(penalty: ResolvedPenalty, locale: FormatLocale): string[] {
  const text = LABELS[locale];
  const lines = [`  ${penalty.label[locale]}`, `    ${penalty.measures[locale]}`];
  lines.push(`    ${penalty.fineCny ? `${text.fine}: CNY ${cny(penalty.fineCny.min)}–${cny(penalty.fineCny.max)}` : text.noFine}`);
  lines.push(
    `    ${text.verified}: ${penalty.verified ? text.yes : text.no} (${text.textStatus}: ${penalty.textStatus}; ${text.mapping}: ${penalty.mappingVerified ? text.verified : text.no})`,
  );
  if (penalty.note) lines.push(`    ${text.note}: ${penalty.note}`);
  return lines;
}

function suggestions(id: string, all: readonly Rule[]): string[] {
  const name = id.slice(id.indexOf("/") + 1).toLowerCase();
  const words = name.split(/[^a-z0-9]+/).filter((word) => word.length > 2);
  return all.map((rule) => rule.id).filter((candidate) => candidate.includes(name) || words.some((word) => candidate.includes(word)));
}

/** The `explain` command: what a rule checks, its citations with the statute text, its penalties. */
export function explainRule(id: string, all: readonly Rule[], format: "pretty" | "json", locale: FormatLocale): string {
  const rule = all.find((candidate) => candidate.id === id);
  if (!rule) {
    const similar = suggestions(id, all);
    throw new CliError(
      `explain: unknown rule id "${id}"${similar.length > 0 ? `; did you mean: ${similar.slice(0, 5).join(", ")}?` : ""}`,
      [`Run "${TOOL.name} rules" to list them.`],
    );
  }
  if (format === "json") {
    return JSON.stringify(
      {
        id: rule.id,
        title: rule.title,
        description: rule.description,
        defaultSeverity: rule.defaultSeverity,
        appliesFrom: rule.appliesFrom ?? null,
        appliesUntil: rule.appliesUntil ?? null,
        presets: presetsOf(rule),
        source: isBuiltIn(rule) ? "built-in" : "plugin",
        citations: rule.citations,
        penalties: rule.penaltyProvisions,
      },
      null,
      2,
    );
  }
  const text = LABELS[locale];
  const other: FormatLocale = locale === "en" ? "zh" : "en";
  const inPresets = presetsOf(rule);
  const period =
    rule.appliesFrom || rule.appliesUntil
      ? [rule.appliesFrom ? `${text.from} ${rule.appliesFrom}` : "", rule.appliesUntil ? `${text.until} ${rule.appliesUntil}` : ""].filter(Boolean).join(" ")
      : text.always;
  const lines = [
    `${rule.id}: ${rule.title[locale]}`,
    `  ${rule.title[other]}`,
    "",
    `${text.whatItChecks}:`,
    `  ${rule.description[locale]}`,
    "",
    `${text.severity}: ${rule.defaultSeverity}; ${text.inForce}: ${period}; ${text.presets}: ${inPresets.length > 0 ? inPresets.join(", ") : isBuiltIn(rule) ? text.none : text.plugin}`,
    "",
    `${text.citations}:`,
  ];
  if (rule.citations.length === 0) lines.push(`  ${text.none}`);
  for (const citation of rule.citations) {
    lines.push(`  ${citation.label.en}  ${citation.label.zh}`);
    lines.push(`    ${text.verified}: ${citation.verified ? text.yes : text.no} (${text.textStatus}: ${citation.textStatus})`);
    lines.push(`    zh: ${citation.text.zh ?? NO_CHINESE}`);
    lines.push(`    en: ${citation.text.en}`);
  }
  lines.push("", `${text.penalties}:`);
  if (rule.penaltyProvisions.length === 0) lines.push(`  ${text.none}`);
  for (const penalty of rule.penaltyProvisions) lines.push(...penaltyLines(penalty, locale));
  return lines.join("\n");
}
