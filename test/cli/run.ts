import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { ComplianceReport } from "../../src/index.js";

export const root = fileURLToPath(new URL("../../", import.meta.url));
export const cliPath = join(root, "dist", "cli.js");
export const libraryUrl = pathToFileURL(join(root, "dist", "index.js")).href;
export const examples = "docs/examples/subjects";
export const AS_OF = "2019-11-01";

/** Fails clearly when the CLI has not been built (the test command builds first; the tests never build). */
export function requireBuiltCli(): void {
  if (!existsSync(cliPath)) {
    throw new Error(`${cliPath} is missing: build it first with "npx tsup" (npm test builds before running vitest)`);
  }
}

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI as a child process, from the repository root unless told otherwise. */
export function cli(args: readonly string[], options: { input?: string; cwd?: string; env?: Record<string, string | undefined> } = {}): CliRun {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, ...options.env };
  const result = spawnSync(process.execPath, [cliPath, ...args], {
    cwd: options.cwd ?? root,
    input: options.input ?? "",
    encoding: "utf8",
    env: Object.fromEntries(Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined)),
    timeout: 30_000,
  });
  if (result.error) throw result.error;
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A `check --format json` run's report(s). */
export function reportOf(run: CliRun): ComplianceReport {
  return JSON.parse(run.stdout) as ComplianceReport;
}

export function expectedExit(reports: readonly ComplianceReport[]): number {
  return reports.some((report) => report.summary.failing > 0) ? 1 : 0;
}

/** A temporary folder with files; `cleanup` removes it. */
export function tempDir(files: Record<string, string> = {}): { dir: string; path: (name: string) => string; write: (name: string, text: string) => string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), "cbc-cli-"));
  const write = (name: string, text: string): string => {
    const path = join(dir, name);
    writeFileSync(path, text, "utf8");
    return path;
  };
  for (const [name, text] of Object.entries(files)) write(name, text);
  return { dir, path: (name) => join(dir, name), write, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
