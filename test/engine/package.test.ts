import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { TOOL } from "../../src/index.js";

const root = new URL("../../", import.meta.url).pathname;

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(root, path)).isDirectory()) return path === join("src", "cli") ? [] : sourceFiles(path);
    return path.endsWith(".ts") ? [path] : [];
  });
}

describe("package", () => {
  it("names the version package.json has", () => {
    const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
    expect(TOOL).toEqual({ name: pkg.name, version: pkg.version });
  });

  it("keeps the library entry isomorphic: no node: imports, no process, no eval outside the CLI", () => {
    const offenders = ["src", "rules", "seeds"].flatMap(sourceFiles).filter((file) => {
      // Doc comments may show Node code in their examples; only code counts.
      const text = readFileSync(join(root, file), "utf8").replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");
      return /from\s+["']node:|require\(|\bprocess\.|\beval\(|new Function\(/.test(text);
    });
    expect(offenders).toEqual([]);
  });
});
