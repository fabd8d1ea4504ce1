import { extname } from "node:path";
import { parseAllDocuments } from "yaml";
import { CliError } from "./errors.js";

/** A file's text parsed as data: JSON or YAML by extension, else by its first character. */
export interface ParsedFile {
  data: unknown;
  /** The text without a byte-order mark: SARIF locates evidence in it. */
  text: string;
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  return { line, column: offset - before.lastIndexOf("\n") };
}

function parseJson(text: string, label: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /at position (\d+)/.exec(message);
    const where = position ? (({ line, column }) => ` at line ${line}, column ${column}`)(lineAndColumn(text, Number(position[1]))) : "";
    throw new CliError(`${label}: invalid JSON${where}: ${message.replace(/ in JSON at position \d+.*$/, "")}`);
  }
}

function parseYaml(text: string, label: string): unknown {
  const documents = parseAllDocuments(text, { uniqueKeys: true });
  if (documents.length > 1) throw new CliError(`${label}: expected one YAML document, found ${documents.length}`);
  const document = documents[0];
  if (!document) throw new CliError(`${label}: the file holds no data`);
  const problem = document.errors[0];
  if (problem) throw new CliError(`${label}: invalid YAML: ${(problem.message.split("\n")[0] ?? "").replace(/:$/, "")}`);
  try {
    return document.toJS({ maxAliasCount: 100 }) as unknown;
  } catch (error) {
    throw new CliError(`${label}: invalid YAML: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/**
 * Parses a file's text: `.json` as JSON, `.yaml`/`.yml` as YAML; otherwise (and for stdin) JSON
 * when it starts with `{` or `[`, else YAML. Errors name the file, and the line and column.
 */
export function parseDataFile(raw: string, label: string, path: string | null): ParsedFile {
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  const extension = path ? extname(path).toLowerCase() : "";
  const json = extension === ".json" || (extension !== ".yaml" && extension !== ".yml" && /^\s*[[{]/.test(text));
  if (text.trim() === "") throw new CliError(`${label}: the file is empty`);
  return { data: json ? parseJson(text, label) : parseYaml(text, label), text };
}
