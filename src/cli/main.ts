import { readFileSync, writeFileSync } from "node:fs";
import { relative, resolve, sep } from "node:path";
import { parseArgs } from "node:util";
import { checkCompliance } from "../check.js";
import type { ComplianceReport, Rule, RuleLevel, Waiver } from "../engine/types.js";
import { formatPath, InvalidOptionsError, InvalidSubjectError } from "../errors.js";
import { formatReport, formatReports, reportFormats, type FormatEntry, type FormatLocale, type ReportFormat } from "../format/index.js";
import { createLocator } from "./locate.js";
import { presets, rules as builtInRules, type PresetName } from "../presets.js";
import { subjectJsonSchema } from "../subject/json-schema.js";
import { TOOL } from "../version.js";
import { isCalendarDate, loadConfig, type CliConfig } from "./config.js";
import { CliError } from "./errors.js";
import { CHECK_HELP, EXPLAIN_HELP, GLOBAL_HELP, RULES_HELP, SCHEMA_HELP } from "./help.js";
import { parseDataFile } from "./input.js";
import { explainRule, listRules } from "./rules.js";

/** What the CLI needs from its process, so that it can be driven from a test as from a terminal. */
export interface CliIo {
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readStdin: () => Promise<string>;
  stdoutIsTty: boolean;
}

const OPTIONS = {
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" },
  "as-of": { type: "string" },
  preset: { type: "string" },
  rule: { type: "string", multiple: true },
  config: { type: "string", short: "c" },
  format: { type: "string", short: "f" },
  locale: { type: "string" },
  output: { type: "string", short: "o" },
  quiet: { type: "boolean", short: "q" },
} as const;

type OptionName = keyof typeof OPTIONS;
type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true; strict: true }>>["values"];

const COMMANDS = {
  check: { help: CHECK_HELP, options: ["as-of", "preset", "rule", "config", "format", "locale", "output", "quiet"] },
  rules: { help: RULES_HELP, options: ["config", "format", "locale", "output"] },
  explain: { help: EXPLAIN_HELP, options: ["config", "format", "locale", "output"] },
  schema: { help: SCHEMA_HELP, options: ["output"] },
} satisfies Record<string, { help: string; options: OptionName[] }>;

type Command = keyof typeof COMMANDS;

const USAGE_HINT = `Run "${TOOL.name} --help" for usage.`;

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], what: string): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) throw new CliError(`${what}: "${value}" is not one of: ${allowed.join(", ")}`);
  return value as T;
}

function emit(text: string, values: Values, io: CliIo): void {
  const output = text.endsWith("\n") ? text : `${text}\n`;
  if (values.output === undefined) {
    io.stdout(output);
    return;
  }
  try {
    writeFileSync(resolve(io.cwd, values.output), output, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(`${values.output}: cannot write the output${code ? ` (${code})` : ""}`);
  }
}

/** Runs the CLI with `argv` (without `node` and the script) and returns the exit code. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    return await run(argv, io);
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr(`${[error.message, ...error.details].join("\n")}\n`);
      return 2;
    }
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    io.stderr(`${TOOL.name}: internal error (please report it): ${detail}\n`);
    return 2;
  }
}

async function run(argv: readonly string[], io: CliIo): Promise<number> {
  let parsed: { values: Values; positionals: string[] };
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new CliError(`${error instanceof Error ? error.message : String(error)}\n${USAGE_HINT}`);
  }
  const { values, positionals } = parsed;
  const [name, ...args] = positionals;
  if (values.version) {
    io.stdout(`${TOOL.version}\n`);
    return 0;
  }
  if (name === undefined) {
    if (values.help) {
      io.stdout(`${GLOBAL_HELP}\n`);
      return 0;
    }
    io.stderr(`${GLOBAL_HELP}\n`);
    return 2;
  }
  if (!Object.hasOwn(COMMANDS, name)) throw new CliError(`unknown command "${name}"; expected one of: ${Object.keys(COMMANDS).join(", ")}\n${USAGE_HINT}`);
  const command = name as Command;
  if (values.help) {
    io.stdout(`${COMMANDS[command].help}\n`);
    return 0;
  }
  const allowed: readonly OptionName[] = COMMANDS[command].options;
  for (const option of Object.keys(values) as OptionName[]) {
    if (!allowed.includes(option)) throw new CliError(`${command}: --${option} is not an option of this command\nRun "${TOOL.name} ${command} --help" for usage.`);
  }
  const locale = oneOf(values.locale, ["en", "zh"] as const, "--locale");

  switch (command) {
    case "schema":
      if (args.length > 0) throw new CliError(`schema: unexpected argument "${args[0]}"`);
      emit(JSON.stringify(subjectJsonSchema, null, 2), values, io);
      return 0;
    case "rules":
    case "explain": {
      const config = values.config === undefined ? undefined : await loadConfig(values.config, io.cwd);
      const format = oneOf(values.format, ["pretty", "json"] as const, `${command} --format`) ?? "pretty";
      const all = [...builtInRules, ...(config?.pluginRules ?? [])];
      const chosenLocale = locale ?? config?.locale ?? "en";
      if (command === "rules") {
        if (args.length > 0) throw new CliError(`rules: unexpected argument "${args[0]}"`);
        emit(listRules(all, format, chosenLocale), values, io);
        return 0;
      }
      if (args.length !== 1) throw new CliError(`explain: expected one rule id, e.g. "${TOOL.name} explain cac-2019/filing-deadline"`);
      emit(explainRule(args[0]!, all, format, chosenLocale), values, io);
      return 0;
    }
    case "check":
      return check(args, values, locale, io);
  }
}

function parseRuleFlags(flags: readonly string[], problems: string[]): Record<string, RuleLevel> {
  const levels: Record<string, RuleLevel> = {};
  for (const flag of flags) {
    const match = /^([^=\s]+)=(off|warn|error)$/.exec(flag.trim());
    if (match) levels[match[1]!] = match[2] as RuleLevel;
    else problems.push(`--rule ${flag}: expected ID=off|warn|error, e.g. --rule cac-2019/filing-deadline=warn`);
  }
  return levels;
}

interface Settings {
  asOf?: string;
  preset?: PresetName;
  levels: Record<string, RuleLevel>;
  format: ReportFormat;
  locale: FormatLocale;
  pluginRules: Rule[];
  waivers: Waiver[];
  config?: CliConfig;
}

function settingsOf(values: Values, locale: FormatLocale | undefined, config: CliConfig | undefined): Settings {
  const problems: string[] = [];
  const known = new Set([...builtInRules, ...(config?.pluginRules ?? [])].map((rule) => rule.id));
  const unknown = (id: string): string => `unknown rule id "${id}"; run "${TOOL.name} rules" to list them`;

  const flagLevels = parseRuleFlags(values.rule ?? [], problems);
  for (const id of Object.keys(flagLevels)) if (!known.has(id)) problems.push(`--rule ${id}: ${unknown(id)}`);
  if (config) {
    for (const id of Object.keys(config.rules)) if (!known.has(id)) problems.push(`${config.label}: ${formatPath(["rules", id])}: ${unknown(id)}`);
    config.waivers.forEach((waiver, index) => {
      if (!known.has(waiver.rule)) problems.push(`${config.label}: ${formatPath(["waivers", index, "rule"])}: ${unknown(waiver.rule)}`);
    });
  }
  const asOf = values["as-of"] ?? config?.asOf;
  if (values["as-of"] !== undefined && !isCalendarDate(values["as-of"])) {
    problems.push(`--as-of ${values["as-of"]}: expected a calendar date YYYY-MM-DD that exists`);
  }
  let preset: PresetName | undefined;
  let format: ReportFormat = "pretty";
  try {
    preset = oneOf(values.preset, Object.keys(presets) as PresetName[], "--preset") ?? config?.preset;
  } catch (error) {
    problems.push((error as Error).message);
  }
  try {
    format = oneOf(values.format, reportFormats, "--format") ?? config?.format ?? "pretty";
  } catch (error) {
    problems.push((error as Error).message);
  }
  if (problems.length > 0) throw new CliError(problems[0]!, problems.slice(1));
  return {
    ...(asOf !== undefined ? { asOf } : {}),
    ...(preset !== undefined ? { preset } : {}),
    levels: { ...(config?.rules ?? {}), ...flagLevels },
    format,
    locale: locale ?? config?.locale ?? "en",
    pluginRules: config?.pluginRules ?? [],
    waivers: config?.waivers ?? [],
    ...(config ? { config } : {}),
  };
}

/** The waivers for one file: a waiver whose `subject` is this file's path applies to it (whatever its name); one naming another file does not. */
function waiversFor(file: string | null, settings: Settings): { waivers: Waiver[]; matchedByPath: Set<number> } {
  const matchedByPath = new Set<number>();
  const waivers: Waiver[] = [];
  settings.waivers.forEach((waiver, index) => {
    const byPath = waiver.subject !== undefined && file !== null && settings.config !== undefined && resolve(settings.config.dir, waiver.subject) === file;
    if (byPath) {
      matchedByPath.add(index);
      const { subject: _subject, ...rest } = waiver;
      waivers.push(rest);
    } else {
      waivers.push(waiver);
    }
  });
  return { waivers, matchedByPath };
}

function artifactUriOf(file: string | null, cwd: string): string {
  if (file === null) return "stdin";
  return relative(cwd, file).split(sep).join("/");
}

async function check(files: readonly string[], values: Values, locale: FormatLocale | undefined, io: CliIo): Promise<number> {
  if (files.length === 0) throw new CliError(`check: no files given; e.g. "${TOOL.name} check subject.yaml" ("-" reads stdin)\n${USAGE_HINT}`);
  if (files.filter((file) => file === "-").length > 1) throw new CliError(`check: "-" (stdin) may be given only once`);
  const config = values.config === undefined ? undefined : await loadConfig(values.config, io.cwd);
  const settings = settingsOf(values, locale, config);

  const entries: FormatEntry[] = [];
  const reports: ComplianceReport[] = [];
  let bad = 0;
  const waiverUsed = new Set<number>();
  const subjectNames = new Set<string>();
  for (const given of files) {
    const label = given === "-" ? "<stdin>" : given;
    const file = given === "-" ? null : resolve(io.cwd, given);
    try {
      let raw: string;
      if (file === null) {
        raw = await io.readStdin();
      } else {
        try {
          raw = readFileSync(file, "utf8");
        } catch (error) {
          const code = (error as NodeJS.ErrnoException).code;
          throw new CliError(`${label}: cannot read the file${code === "ENOENT" ? ": no such file" : code === "EISDIR" ? ": it is a folder" : code ? ` (${code})` : ""}`);
        }
      }
      const { data, text } = parseDataFile(raw, label, file);
      const { waivers, matchedByPath } = waiversFor(file, settings);
      const report = checkCompliance(data, {
        ...(settings.asOf !== undefined ? { asOf: settings.asOf } : {}),
        ...(settings.preset !== undefined ? { preset: settings.preset } : {}),
        rules: settings.levels,
        extraRules: settings.pluginRules,
        waivers,
      });
      for (const index of matchedByPath) waiverUsed.add(index);
      if (report.subjectName !== null) subjectNames.add(report.subjectName);
      reports.push(report);
      entries.push({ report, artifactUri: artifactUriOf(file, io.cwd), locate: createLocator(text) });
    } catch (error) {
      bad += 1;
      if (error instanceof CliError) {
        io.stderr(`${[error.message, ...error.details].join("\n")}\n`);
      } else if (error instanceof InvalidSubjectError) {
        io.stderr(`${error.issues.map((issue) => `${label}: ${formatPath(issue.path)}: ${issue.message}`).join("\n")}\n`);
      } else if (error instanceof InvalidOptionsError) {
        io.stderr(`${error.issues.map((issue) => `${label}: options: ${formatPath(issue.path)}: ${issue.message}`).join("\n")}\n`);
      } else {
        throw error;
      }
    }
  }

  if (settings.config) {
    settings.config.waivers.forEach((waiver, index) => {
      if (waiver.subject !== undefined && !waiverUsed.has(index) && !subjectNames.has(waiver.subject)) {
        io.stderr(`warning: ${settings.config!.label}: waivers[${index}].subject: "${waiver.subject}" names no file and no subject checked\n`);
      }
    });
  }

  if (entries.length > 0) {
    const options = {
      locale: settings.locale,
      color: settings.format === "pretty" && values.output === undefined && io.stdoutIsTty && !io.env.NO_COLOR,
      onlyFailing: values.quiet === true,
      rules: settings.pluginRules,
    };
    const text =
      files.length === 1
        ? formatReport(entries[0]!.report, settings.format, { ...options, artifactUri: entries[0]!.artifactUri!, locate: entries[0]!.locate! })
        : formatReports(entries, settings.format, options);
    emit(text, values, io);
  }
  if (bad > 0) return 2;
  return reports.some((report) => report.summary.failing > 0) ? 1 : 0;
}
