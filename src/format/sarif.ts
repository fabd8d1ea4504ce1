import type * as Sarif from "sarif";
import type { ResolvedCitation, ResolvedPenalty } from "../corpus/index.js";
import type { Finding, Rule } from "../engine/types.js";
import { rules as builtInRules } from "../presets.js";
import { TOOL } from "../version.js";
import { fnv1a64 } from "./hash.js";
import { listsMissingFacts, thousands, waiverLine } from "./shared.js";
import type { FormatEntry, FormatLocale, FormatManyOptions } from "./types.js";

/** The JSON Schema address GitHub's documentation gives for SARIF 2.1.0. */
export const SARIF_SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";

/** The package's page, as `tool.driver.informationUri`. */
export const PACKAGE_URI = `https://www.npmjs.com/package/${TOOL.name}`;

/**
 * The default base of rule pages. SARIF wants an absolute `helpUri`; the package has no repository
 * URL yet, so the default points at the published package's own files (`docs/rules/` is in its
 * `files`), pinned to this version. Override it with `helpBaseUri` (e.g. your fork's blob URL).
 */
export const DEFAULT_HELP_BASE_URI = `https://unpkg.com/${TOOL.name}@${TOOL.version}/`;

const DEFAULT_ARTIFACT = "subject.json";
const MAX_DESCRIPTION = 1024;

function clip(text: string, max = MAX_DESCRIPTION): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

function nonEmpty(text: string, fallback: string): string {
  return text.trim().length > 0 ? text : fallback;
}

/** `cac-2019/filing-deadline` → `FilingDeadline`. */
function pascalName(ruleId: string): string {
  const name = ruleId.slice(ruleId.indexOf("/") + 1);
  return name
    .split("-")
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join("");
}

/** `docs/rules/<instrument>/<name>.md` for a rule id. */
export function ruleDocPath(ruleId: string): string {
  const slash = ruleId.indexOf("/");
  return `docs/rules/${ruleId.slice(0, slash)}/${ruleId.slice(slash + 1)}.md`;
}

function citationText(citation: ResolvedCitation, locale: FormatLocale): string[] {
  const flag = citation.verified ? (locale === "zh" ? "已核实" : "verified") : `${locale === "zh" ? "未核实" : "not verified"}: ${citation.textStatus}`;
  return [
    `${citation.label[locale]} (${flag})`,
    citation.text.zh ?? "(Chinese text not available: substance only)",
    citation.text.en,
  ];
}

function penaltyText(penalty: ResolvedPenalty, locale: FormatLocale): string {
  const fine = penalty.fineCny ? ` CNY ${thousands(penalty.fineCny.min)}–${thousands(penalty.fineCny.max)}.` : "";
  const flag = penalty.verified ? "" : locale === "zh" ? "（未核实）" : " (not verified)";
  return `${penalty.label[locale]}: ${penalty.measures[locale]}${fine}${flag}`;
}

interface RuleInfo {
  id: string;
  title: { en: string; zh: string };
  description: { en: string; zh: string };
  citations: readonly ResolvedCitation[];
  penalties: readonly ResolvedPenalty[];
  severity: "error" | "warn";
}

function describeRule(info: RuleInfo, locale: FormatLocale, helpBaseUri: string): Sarif.ReportingDescriptor {
  const heading = { en: ["Cites:", "Penalties:"], zh: ["依据：", "罚则："] }[locale];
  const textParts = [info.description[locale]];
  const markdownParts = [info.description[locale]];
  if (info.citations.length > 0) {
    textParts.push("", heading[0]!);
    markdownParts.push("", `**${heading[0]!}**`, "");
    for (const citation of info.citations) {
      const [label, zh, en] = citationText(citation, locale);
      textParts.push(`- ${label}`, `  ${zh}`, `  ${en}`);
      markdownParts.push(`- **${label}**`, `  > ${zh}`, `  >`, `  > ${en}`);
    }
  }
  if (info.penalties.length > 0) {
    textParts.push("", heading[1]!);
    markdownParts.push("", `**${heading[1]!}**`, "");
    for (const penalty of info.penalties) {
      textParts.push(`- ${penaltyText(penalty, locale)}`);
      markdownParts.push(`- ${penaltyText(penalty, locale)}`);
    }
  }
  const title = nonEmpty(info.title[locale], info.id);
  return {
    id: info.id,
    name: pascalName(info.id),
    shortDescription: { text: clip(title) },
    fullDescription: { text: clip(nonEmpty(info.description[locale], title)) },
    help: { text: nonEmpty(textParts.join("\n"), title), markdown: nonEmpty(markdownParts.join("\n"), title) },
    helpUri: `${helpBaseUri}${ruleDocPath(info.id)}`,
    defaultConfiguration: { level: info.severity === "error" ? "error" : "warning" },
    properties: { tags: ["compliance", info.id.slice(0, info.id.indexOf("/"))] },
  };
}

/** Level from status and severity: failing findings are errors, warn-level breaches warnings, missing facts notes. */
function levelOf(finding: Finding): Sarif.Result.level {
  const status = finding.status === "waived" ? finding.waiver?.originalStatus ?? "violation" : finding.status;
  if (status === "needs-info") return "note";
  return finding.severity === "error" ? "error" : "warning";
}

function resultMessage(finding: Finding, locale: FormatLocale): string {
  const parts = [finding.message[locale]];
  if (listsMissingFacts(finding)) {
    parts.push(`${locale === "zh" ? "缺少的事实" : "Missing facts"}: ${finding.missingFacts.join(", ")}`);
  }
  if (finding.interpretation) parts.push(finding.interpretation[locale]);
  if (finding.deadline) parts.push(finding.deadline.explanation[locale]);
  if (finding.citations.length > 0) parts.push(`${locale === "zh" ? "依据" : "Cites"}: ${finding.citations.map((c) => c.label[locale]).join("; ")}`);
  if (finding.waiver?.expired) parts.push(waiverLine(finding, locale)!);
  return parts.join("\n");
}

/** SARIF 2.1.0 for GitHub code scanning: one run, every rule that ran, a result per violation, risk, missing fact and waiver. */
export function formatSarif(entries: readonly FormatEntry[], options: FormatManyOptions): string {
  const locale = options.locale ?? "en";
  const helpBaseUri = options.helpBaseUri ?? DEFAULT_HELP_BASE_URI;
  const known = new Map<string, Rule>();
  for (const rule of [...builtInRules, ...(options.rules ?? [])]) known.set(rule.id, rule);

  const ruleIds = [...new Set(entries.flatMap((entry) => entry.report.rules))].sort();
  const descriptors = ruleIds.map((id): Sarif.ReportingDescriptor => {
    const findings = entries.flatMap((entry) => entry.report.findings.filter((finding) => finding.ruleId === id));
    const rule = known.get(id);
    const severity = findings[0]?.severity ?? rule?.defaultSeverity ?? "error";
    if (rule) {
      return describeRule(
        { id, title: rule.title, description: rule.description, citations: rule.citations, penalties: rule.penaltyProvisions, severity },
        locale,
        helpBaseUri,
      );
    }
    const first = findings[0];
    const title = first?.title ?? { en: id, zh: id };
    return describeRule({ id, title, description: title, citations: first?.citations ?? [], penalties: [], severity }, locale, helpBaseUri);
  });
  const ruleIndex = new Map(ruleIds.map((id, index) => [id, index]));

  const results: Sarif.Result[] = [];
  const notifications: Sarif.Notification[] = [];
  for (const entry of entries) {
    const uri = entry.artifactUri ?? DEFAULT_ARTIFACT;
    const locate = entry.locate;
    const occurrences = new Map<string, number>();
    for (const finding of entry.report.findings) {
      if (finding.status === "error") {
        notifications.push({
          level: "error",
          message: { text: `${uri}: ${finding.message[locale]}` },
          descriptor: { id: finding.ruleId },
          locations: [{ physicalLocation: { artifactLocation: { uri } } }],
        });
        continue;
      }
      if (finding.status === "pass" || finding.status === "not-applicable") continue;

      const paths = [...finding.evidence.map((item) => item.path), ...finding.missingFacts.map((field) => field.split(/[.[\]]+/).filter(Boolean))];
      let best: { region: Sarif.Region; depth: number; complete: boolean } | undefined;
      for (const path of paths) {
        const located = locate?.(path.map((segment) => (typeof segment === "string" && /^\d+$/.test(segment) ? Number(segment) : segment)));
        if (!located) continue;
        const complete = located.depth === path.length;
        if (!best || (complete && !best.complete) || (complete === best.complete && located.depth > best.depth)) {
          best = { region: located.region, depth: located.depth, complete };
        }
        if (complete && finding.evidence.length > 0) break;
      }
      const region: Sarif.Region = best?.region ?? { startLine: 1, startColumn: 1 };

      const key = [finding.ruleId, finding.evidence.map((item) => item.field).join(","), finding.messageId].join("\u0000");
      const hash = fnv1a64(key);
      const occurrence = (occurrences.get(hash) ?? 0) + 1;
      occurrences.set(hash, occurrence);

      const result: Sarif.Result = {
        ruleId: finding.ruleId,
        ruleIndex: ruleIndex.get(finding.ruleId) ?? -1,
        level: levelOf(finding),
        message: { text: resultMessage(finding, locale) },
        locations: [{ physicalLocation: { artifactLocation: { uri }, region } }],
        partialFingerprints: { primaryLocationLineHash: `${hash}:${occurrence}` },
        properties: {
          status: finding.status,
          severity: finding.severity,
          messageId: finding.messageId,
          subjectName: entry.report.subjectName,
          evidence: finding.evidence.map((item) => item.field),
          missingFacts: finding.missingFacts,
          citations: finding.citations.map((citation) => citation.label.en),
        },
      };
      if (finding.status === "waived" && finding.waiver) {
        const { justification, approvedBy, expires } = finding.waiver;
        const extra = [approvedBy ? `approved by ${approvedBy}` : null, expires ? `expires ${expires}` : null].filter(Boolean).join("; ");
        result.suppressions = [{ kind: "external", status: "accepted", justification: extra ? `${justification} (${extra})` : justification }];
      }
      results.push(result);
    }
  }

  const run: Sarif.Run = {
    tool: {
      driver: {
        name: TOOL.name,
        version: TOOL.version,
        semanticVersion: TOOL.version,
        informationUri: PACKAGE_URI,
        rules: descriptors,
      },
    },
    invocations: [{ executionSuccessful: notifications.length === 0, ...(notifications.length > 0 ? { toolExecutionNotifications: notifications } : {}) }],
    columnKind: "utf16CodeUnits",
    results,
    properties: {
      subjects: entries.map((entry) => ({
        artifactUri: entry.artifactUri ?? DEFAULT_ARTIFACT,
        subjectName: entry.report.subjectName,
        asOf: entry.report.asOf,
        verdict: entry.report.summary.verdict,
        failing: entry.report.summary.failing,
      })),
    },
  };
  const log: Sarif.Log = { $schema: SARIF_SCHEMA_URI, version: "2.1.0", runs: [run] };
  return JSON.stringify(log, null, 2);
}
