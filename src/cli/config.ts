import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { z } from "zod";
import { isRule } from "../engine/define-rule.js";
import type { Rule, Waiver } from "../engine/types.js";
import { formatPath } from "../errors.js";
import { reportFormats, type FormatLocale, type ReportFormat } from "../format/index.js";
import { presets, rules as builtInRules, type PresetName } from "../presets.js";
import { CliError } from "./errors.js";
import { parseDataFile } from "./input.js";

const LEVELS = ["off", "warn", "error"] as const;
const LOCALES = ["en", "zh"] as const;

/** A `YYYY-MM-DD` date that exists (checked without the host's time zone). */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const date = z.string().refine(isCalendarDate, { error: "expected a calendar date YYYY-MM-DD that exists" });

const waiverSchema = z.strictObject({
  rule: z.string().min(1, { error: "expected a rule id" }),
  subject: z.string().min(1).optional(),
  justification: z.string().trim().min(1, { error: "a waiver needs a justification" }),
  approvedBy: z.string().min(1).optional(),
  expires: date.optional(),
});

const configSchema = z.strictObject({
  $schema: z.string().optional(),
  preset: z.enum(Object.keys(presets) as [PresetName, ...PresetName[]]).optional(),
  rules: z.record(z.string(), z.enum(LEVELS)).optional(),
  asOf: date.optional(),
  locale: z.enum(LOCALES).optional(),
  format: z.enum(reportFormats as [ReportFormat, ...ReportFormat[]]).optional(),
  waivers: z.array(waiverSchema).optional(),
  plugins: z.array(z.string().min(1, { error: "expected a path to an ES module" })).optional(),
});

/** The configuration file, validated. */
export interface CliConfig {
  /** The config file as given, for messages. */
  label: string;
  /** The folder it is in: plugins and file waivers are relative to it. */
  dir: string;
  preset?: PresetName;
  rules: Record<string, "off" | "warn" | "error">;
  asOf?: string;
  locale?: FormatLocale;
  format?: ReportFormat;
  waivers: Waiver[];
  /** The rules the plugins export. */
  pluginRules: Rule[];
}

function issueLines(label: string, issues: readonly z.core.$ZodIssue[]): string[] {
  return issues.flatMap((issue) => {
    const path = issue.path.map((segment) => (typeof segment === "symbol" ? String(segment) : segment));
    if (issue.code === "unrecognized_keys") {
      const allowed = path.length === 0 ? Object.keys(configSchema.shape) : Object.keys(waiverSchema.shape);
      return issue.keys.map((key) => `${label}: ${formatPath([...path, key])}: unknown field "${key}"; expected one of: ${allowed.join(", ")}`);
    }
    return [`${label}: ${formatPath(path)}: ${issue.message}`];
  });
}

function rulesOf(value: unknown): Rule[] {
  if (isRule(value)) return [value];
  if (Array.isArray(value)) return value.filter(isRule);
  return [];
}

async function loadPlugin(specifier: string, index: number, config: { label: string; dir: string }): Promise<Rule[]> {
  const path = resolve(config.dir, specifier);
  let module: Record<string, unknown>;
  try {
    module = (await import(pathToFileURL(path).href)) as Record<string, unknown>;
  } catch (error) {
    throw new CliError(`${config.label}: plugins[${index}]: cannot load ${specifier}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const found = [...new Set(Object.values(module).flatMap(rulesOf))];
  if (found.length === 0) {
    throw new CliError(`${config.label}: plugins[${index}]: ${specifier} exports no rule made with defineRule (export a rule, or an array of rules)`);
  }
  return found;
}

/** Reads, validates and loads a configuration file (its plugins included). */
export async function loadConfig(file: string, cwd: string): Promise<CliConfig> {
  const path = resolve(cwd, file);
  let raw: string;
  try {
    raw = readFileSync(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(`${file}: cannot read the configuration file${code === "ENOENT" ? ": no such file" : code ? ` (${code})` : ""}`);
  }
  const { data } = parseDataFile(raw, file, path);
  const parsed = configSchema.safeParse(data);
  if (!parsed.success) {
    const lines = issueLines(file, parsed.error.issues);
    throw new CliError(lines[0] ?? `${file}: invalid configuration`, lines.slice(1));
  }
  const dir = dirname(path);
  const pluginRules: Rule[] = [];
  const taken = new Map<string, string>(builtInRules.map((rule) => [rule.id, "a built-in rule"]));
  for (const [index, specifier] of (parsed.data.plugins ?? []).entries()) {
    for (const rule of await loadPlugin(specifier, index, { label: file, dir })) {
      const owner = taken.get(rule.id);
      if (owner) throw new CliError(`${file}: plugins[${index}]: ${specifier} exports the rule id "${rule.id}", already used by ${owner}`);
      taken.set(rule.id, `plugins[${index}] (${specifier})`);
      pluginRules.push(rule);
    }
  }
  const { preset, asOf, locale, format } = parsed.data;
  return {
    label: file,
    dir,
    ...(preset !== undefined ? { preset } : {}),
    rules: parsed.data.rules ?? {},
    ...(asOf !== undefined ? { asOf } : {}),
    ...(locale !== undefined ? { locale } : {}),
    ...(format !== undefined ? { format } : {}),
    waivers: parsed.data.waivers ?? [],
    pluginRules,
  };
}
