import { presets } from "../presets.js";
import { TOOL } from "../version.js";

const BIN = TOOL.name;

export const GLOBAL_HELP = `${BIN} ${TOOL.version}: China's blockchain and crypto-asset rules as code.

Usage:
  ${BIN} check <files...> [options]   check subjects (JSON or YAML; "-" reads stdin)
  ${BIN} rules [options]              list the rules, their citations and the presets
  ${BIN} explain <rule-id> [options]  what a rule checks, its statute text and penalties
  ${BIN} schema [--output FILE]       print the subject's JSON Schema

Options everywhere:
  -h, --help       show help (also "${BIN} <command> --help")
  -v, --version    print the version

Exit codes: 0 nothing fails, 1 a finding fails, 2 bad input, bad options or an internal error.
Not legal advice. Reference: docs/cli.md.`;

export const CHECK_HELP = `Usage: ${BIN} check <files...> [options]

Checks each subject file (JSON or YAML, by extension or content; "-" reads stdin) and prints
one combined output.

Options:
  --as-of YYYY-MM-DD      the date of the check (default: today in Beijing)
  --preset NAME           ${Object.keys(presets).join(" | ")} (default: recommended)
  --rule ID=LEVEL         off | warn | error for one rule; repeatable; turns on a rule the preset leaves out
  -c, --config FILE       configuration file (JSON or YAML): preset, rules, asOf, locale, format, waivers, plugins
  -f, --format FORMAT     pretty | json | sarif | junit | markdown (default: pretty)
  --locale en|zh          language of messages (default: en)
  -o, --output FILE       write the output to FILE instead of stdout
  -q, --quiet             list only failing findings (the summary still counts all)

Command-line options override the configuration file's.
Exit codes: 0 nothing fails, 1 a finding fails, 2 a file or an option is bad (the other files are still reported).`;

export const RULES_HELP = `Usage: ${BIN} rules [options]

Lists every rule (built-in, and the configuration's plugins) with its title, default severity,
citations and presets, then the presets.

Options:
  -c, --config FILE       load plugin rules from a configuration file
  -f, --format pretty|json
  --locale en|zh
  -o, --output FILE`;

export const EXPLAIN_HELP = `Usage: ${BIN} explain <rule-id> [options]

Explains a rule: what it checks, the provisions it cites with the statute's Chinese text and our
English rendering (and whether the text is verified), and the penalties with their fine ranges.

Options:
  -c, --config FILE       load plugin rules from a configuration file
  -f, --format pretty|json
  --locale en|zh
  -o, --output FILE`;

export const SCHEMA_HELP = `Usage: ${BIN} schema [--output FILE]

Prints the subject's JSON Schema (draft 2020-12), with a description and a question for every field.`;
