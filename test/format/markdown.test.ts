import { describe, expect, it } from "vitest";
import { formatReport, formatReports } from "../../src/index.js";
import { example, fixtureReport } from "./fixtures.js";

describe("markdown format", () => {
  it("is a table of status, rule, message and citation, with a summary line", () => {
    const text = formatReport(fixtureReport({ name: "Acme", service: { startDate: "2019-01-01" } }), "markdown", { artifactUri: "acme.json" });
    const lines = text.split("\n");
    expect(lines[0]).toBe("### ❌ Acme (acme.json): non-compliant");
    expect(lines).toContain("| Status | Rule | Message | Citation |");
    expect(lines).toContain("| ❌ violation | `fmt/echo` | Named Acme. | CAC Blockchain Provisions (2019), Art. 11 ¶1 |");
    expect(text).toContain("<details>");
    expect(lines.at(-1)).toBe("**Summary:** non-compliant: 1 failing (violation: 1, pass: 1)");
  });

  it("escapes what would break the table or inject markup", () => {
    const text = formatReport(fixtureReport({ name: "a|b <script>x</script> *c*\nd" }), "markdown");
    const row = text.split("\n").find((line) => line.includes("`fmt/echo`"))!;
    expect(row).toContain("a\\|b &lt;script&gt;x&lt;/script&gt; \\*c\\*<br>d");
    expect(row.split(/(?<!\\)\|/).length).toBe(6); // 4 cells between 5 unescaped pipes
    expect(text).not.toContain("<script>");
  });

  it("speaks Chinese with locale zh", () => {
    const text = formatReport(fixtureReport({ name: "Acme" }), "markdown", { locale: "zh" });
    expect(text).toContain("| 状态 | 规则 | 说明 | 依据 |");
    expect(text).toContain("名称为Acme。");
    expect(text).toContain("**小结:** 不合规");
  });

  it("gives a heading with the total and a section per subject for several", () => {
    const { report } = example("consumer-app-late-filing");
    const text = formatReports([{ report, artifactUri: "a.json" }, { report: fixtureReport({}), artifactUri: "b.json" }], "markdown");
    expect(text.split("\n")[0]).toMatch(/^### ❌ cn-blockchain-compliance: 2 subjects, \d+ failing$/);
    expect(text.match(/^#### /gm)).toHaveLength(2);
  });
});
