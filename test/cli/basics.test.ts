import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { cli, requireBuiltCli, root } from "./run.js";

// Each run starts a Node process (about 0.3 s); several runs per test need more than the default 5 s under load.
vi.setConfig({ testTimeout: 60_000 });
beforeAll(requireBuiltCli);

describe("cli basics", () => {
  it("is the package's bin, with a shebang", () => {
    const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
    expect(pkg.bin).toEqual({ "cn-blockchain-compliance": "./dist/cli.js" });
    expect(readFileSync(join(root, "dist", "cli.js"), "utf8").startsWith("#!/usr/bin/env node\n")).toBe(true);
  });

  it("prints the version everywhere", () => {
    const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
    for (const args of [["--version"], ["-v"], ["check", "--version"], ["explain", "x", "--version"]]) {
      expect(cli(args)).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: "" });
    }
  });

  it("prints help everywhere: the commands, and each command's options", () => {
    const global = cli(["--help"]);
    expect(global.code).toBe(0);
    for (const command of ["check <files...>", "rules", "explain <rule-id>", "schema"]) expect(global.stdout).toContain(command);
    expect(cli(["check", "--help"]).stdout).toMatch(/--as-of[\s\S]*--preset[\s\S]*--rule[\s\S]*--config[\s\S]*--format[\s\S]*--locale[\s\S]*--output[\s\S]*--quiet/);
    expect(cli(["rules", "-h"]).stdout).toContain("Usage: cn-blockchain-compliance rules");
    expect(cli(["explain", "--help"]).stdout).toContain("Usage: cn-blockchain-compliance explain <rule-id>");
    expect(cli(["schema", "--help"]).stdout).toContain("Usage: cn-blockchain-compliance schema");
  });

  it("exits 2 with usage for no command, an unknown command, an unknown option or one the command does not take", () => {
    const none = cli([]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("Usage:");
    const unknown = cli(["lint", "x.json"]);
    expect(unknown).toMatchObject({ code: 2, stdout: "" });
    expect(unknown.stderr).toContain('unknown command "lint"; expected one of: check, rules, explain, schema');
    const option = cli(["check", "--colour", "x.json"]);
    expect(option.code).toBe(2);
    expect(option.stderr).toContain("Unknown option '--colour'");
    const misplaced = cli(["schema", "--preset", "all"]);
    expect(misplaced.code).toBe(2);
    expect(misplaced.stderr).toContain("schema: --preset is not an option of this command");
    const missingValue = cli(["check", "x.json", "--as-of"]);
    expect(missingValue.code).toBe(2);
    expect(missingValue.stderr).toContain("--as-of");
  });
});
