// Package hygiene, after `npm run build`: publint, arethetypeswrong, the packed files, the library's
// size, the runtime dependencies, no install scripts, and npm audit of the runtime dependencies.
// Prints one line per check and exits 1 if any failed. Usage: node scripts/check-package.mjs
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";

const root = new URL("../", import.meta.url);
const cwd = root.pathname;
const pkg = JSON.parse(readFileSync(new URL("package.json", root), "utf8"));

/** Budget of dist/index.js minified (esbuild) and gzipped (zlib, level 9), the corpus included. */
const SIZE_BUDGET = 100 * 1024;
const ALLOWED_DEPENDENCIES = ["zod", "date-fns", "@date-fns/tz", "yaml"];
const INSTALL_SCRIPTS = ["preinstall", "install", "postinstall", "prepare"];
/** What the tarball may hold. docs/rules/ is there because package.json "files" ships the rule pages for the CLI. */
const ALLOWED_FILES = [/^dist\//, /^package\.json$/, /^README(\.md)?$/i, /^(LICEN[CS]E|COPYING|NOTICE)(\.(md|txt))?$/i, /^CHANGELOG\.md$/i, /^docs\/rules\/.+\.md$/];

let failed = 0;
const pass = (name, detail = "") => console.log(`ok    ${name}${detail ? `: ${detail}` : ""}`);
const fail = (name, detail) => {
  failed += 1;
  console.log(`FAIL  ${name}: ${detail}`);
};
const warn = (name, detail) => console.log(`warn  ${name}: ${detail}`);
const run = (command, args) => spawnSync(command, args, { cwd, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
const indent = (text) => text.trim().split("\n").map((line) => `      ${line}`).join("\n");

if (!existsSync(new URL("dist/index.js", root))) {
  console.error("dist/index.js is missing: run `npm run build` first.");
  process.exit(1);
}

// 1. publint: the package.json fields and exports point at files that exist, with the right formats.
{
  const result = run("npx", ["--no-install", "publint", "--strict"]);
  if (result.status === 0) pass("publint", (result.stdout.trim().split("\n").pop() ?? "").trim());
  else fail("publint", `\n${indent(result.stdout + result.stderr)}`);
}

// 2. arethetypeswrong: the types resolve for ESM and CommonJS consumers under every module resolution.
{
  // The JSON Schema subpath is data, not code with types; node10 cannot resolve any subpath export.
  const result = run("npx", ["--no-install", "attw", "--pack", ".", "--format", "table-flipped", "--exclude-entrypoints", "./subject.schema.json"]);
  if (result.status === 0) pass("attw", "no problems for node10, node16 (CJS and ESM), bundler (the JSON Schema subpath is data, not checked)");
  else fail("attw", `\n${indent(result.stdout + result.stderr)}`);
}

// 3. The packed files: dist/, README, licence files, package.json (and the rule pages).
{
  const result = run("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"]);
  if (result.status !== 0) fail("npm pack", result.stderr.trim());
  else {
    const [info] = JSON.parse(result.stdout);
    const files = info.files.map((file) => file.path);
    const stray = files.filter((file) => !ALLOWED_FILES.some((pattern) => pattern.test(file)));
    if (stray.length > 0) fail("packed files", `not allowed in the package: ${stray.join(", ")}`);
    else pass("packed files", `${files.length} files, ${(info.size / 1024).toFixed(0)} KiB packed, ${(info.unpackedSize / 1024).toFixed(0)} KiB unpacked`);
    if (!files.some((file) => /^LICEN[CS]E/i.test(file))) warn("licence file", `package.json says "${pkg.license}" but the package has no LICENSE file`);
    for (const required of ["dist/index.js", "dist/index.cjs", "dist/index.d.ts", "dist/index.d.cts", "package.json"]) {
      if (!files.includes(required)) fail("packed files", `${required} is missing`);
    }
  }
}

// 4. The library's size: dist/index.js minified by esbuild (tsup's) and gzipped.
{
  const { transform } = await import("esbuild");
  const source = readFileSync(new URL("dist/index.js", root), "utf8");
  const { code } = await transform(source, { minify: true, format: "esm", target: "es2022", legalComments: "none" });
  const gzipped = gzipSync(code, { level: 9 }).length;
  const detail = `dist/index.js ${(source.length / 1024).toFixed(0)} KiB, minified ${(code.length / 1024).toFixed(0)} KiB, gzipped ${(gzipped / 1024).toFixed(1)} KiB (budget ${SIZE_BUDGET / 1024} KiB; dependencies not included)`;
  if (gzipped > SIZE_BUDGET) fail("bundle size", detail);
  else pass("bundle size", detail);
}

// 5. Runtime dependencies: only the four the design allows; no peer, optional or bundled ones.
{
  const deps = Object.keys(pkg.dependencies ?? {});
  const extra = deps.filter((dep) => !ALLOWED_DEPENDENCIES.includes(dep));
  const others = ["peerDependencies", "optionalDependencies", "bundleDependencies", "bundledDependencies"].filter((field) => pkg[field] && Object.keys(pkg[field]).length > 0);
  if (extra.length > 0) fail("dependencies", `not allowed at run time: ${extra.join(", ")} (allowed: ${ALLOWED_DEPENDENCIES.join(", ")})`);
  else if (others.length > 0) fail("dependencies", `unexpected ${others.join(", ")}`);
  else pass("dependencies", deps.join(", "));
}

// 6. No install scripts: installing the package runs nothing.
{
  const found = INSTALL_SCRIPTS.filter((name) => pkg.scripts?.[name] !== undefined);
  if (found.length > 0) fail("install scripts", `package.json has ${found.join(", ")}`);
  else pass("install scripts", "none");
}

// 7. npm audit of the runtime dependencies. Needs the registry: without it, a warning, not a failure.
{
  const result = run("npm", ["audit", "--omit=dev", "--json"]);
  let report = null;
  try {
    report = JSON.parse(result.stdout);
  } catch {
    // no JSON: npm could not run the audit
  }
  const counts = report?.metadata?.vulnerabilities;
  if (!counts) {
    const reason = report?.error?.summary || report?.message || result.stderr.trim().split("\n").pop() || "no answer from the registry";
    warn("npm audit", `could not reach the registry (${reason}); the audit was not made`);
  } else {
    const summary = ["critical", "high", "moderate", "low", "info"].map((level) => `${counts[level] ?? 0} ${level}`).join(", ");
    if ((counts.critical ?? 0) + (counts.high ?? 0) > 0) fail("npm audit", `${summary}; run \`npm audit --omit=dev\` for details`);
    else if ((counts.total ?? 0) > 0) warn("npm audit", summary);
    else pass("npm audit", "no known vulnerabilities in the runtime dependencies");
  }
}

console.log(failed > 0 ? `\npackage check: ${failed} failed` : "\npackage check: all passed");
process.exit(failed > 0 ? 1 : 0);
