import { copyFile } from "node:fs/promises";
import { defineConfig } from "tsup";

export default defineConfig([
  {
    // The library: isomorphic, ESM and CommonJS, typed.
    entry: { index: "src/index.ts" },
    format: ["esm", "cjs"],
    dts: true,
    // The two builds run in parallel: the library's clean must leave the CLI's output alone.
    clean: ["!cli.js", "!cli.js.map"],
    sourcemap: true,
    target: "es2022",
    platform: "neutral",
    // The subject's JSON Schema, shipped as a file for form builders and other languages.
    onSuccess: () => copyFile("src/subject/subject.schema.json", "dist/subject.schema.json"),
  },
  {
    // The CLI: Node only, ESM, one file with a shebang (package.json "bin").
    entry: { cli: "src/cli/index.ts" },
    format: ["esm"],
    dts: false,
    clean: false,
    sourcemap: false,
    target: "node20",
    platform: "node",
    banner: { js: "#!/usr/bin/env node" },
  },
]);
