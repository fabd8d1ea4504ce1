/**
 * The BUILT library entry stays browser-safe: dist/index.js imports no Node built-in (`node:fs`, or a
 * bare `fs`, `path`, …), neither statically nor dynamically nor through require. The sources are
 * checked by test/engine/package.test.ts; this checks what tsup actually emitted (a dependency of the
 * CLI bundled into the library by mistake would show here). Skipped, saying why, when dist is missing
 * (`npm test` builds before it runs the suite).
 */
import { existsSync, readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { describe, expect, it } from "vitest";

const entry = new URL("../../dist/index.js", import.meta.url);
const built = existsSync(entry);
if (!built) console.warn(`skipping the dist/index.js checks: ${entry.pathname} is missing (run \`npm run build\` first)`);

/** Every module specifier the file imports: static imports and re-exports, dynamic imports, require calls. */
function specifiers(code: string): string[] {
  const found = new Set<string>();
  const patterns = [
    /\b(?:import|export)\s*(?:[\w*{}\s,$]+?\s*from\s*)?["']([^"']+)["']/g,
    /\bimport\s*\(\s*["']([^"']+)["']\s*\)/g,
    /\brequire\s*\(\s*["']([^"']+)["']\s*\)/g,
  ];
  for (const pattern of patterns) for (const match of code.matchAll(pattern)) found.add(match[1]!);
  return [...found].sort();
}

describe.skipIf(!built)(`the built library entry (${built ? "dist/index.js" : "dist/index.js missing: run npm run build"})`, () => {
  const code = built ? readFileSync(entry, "utf8") : "";

  it("imports no node: module and no Node built-in", () => {
    const builtins = new Set(builtinModules);
    const imports = specifiers(code);
    expect(imports.length).toBeGreaterThan(0);
    const offenders = imports.filter((s) => s.startsWith("node:") || builtins.has(s) || builtins.has(s.split("/")[0]!));
    expect(offenders).toEqual([]);
    expect(code).not.toMatch(/["']node:[a-z_/]+["']/);
  });

  it("imports only its declared runtime dependencies", () => {
    const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8"));
    const declared = Object.keys(pkg.dependencies ?? {});
    const packages = specifiers(code)
      .filter((s) => !s.startsWith("."))
      .map((s) => (s.startsWith("@") ? s.split("/").slice(0, 2).join("/") : s.split("/")[0]!));
    expect(packages.filter((p) => !declared.includes(p))).toEqual([]);
  });
});
