import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { isDeclarationFile } from "../../src/util/create-rule";
import { docsDir, extractExamples, lintExample, plugin, type Example } from "../support/doc-examples";

/**
 * A TypeScript declaration file holds no code that runs: the rules about what code does (connections,
 * logs, prompts, ciphers) leave it alone, while `no-hardcoded-api-key` still reads its strings.
 */
const READS_DECLARATION_FILES = new Set(["no-hardcoded-api-key"]);

describe("isDeclarationFile", () => {
  it("knows the declaration file names", () => {
    for (const name of ["index.d.ts", "/p/lib/index.d.mts", "C:\\p\\types.d.cts", "styles.d.css.ts", "x.D.TS"]) expect(isDeclarationFile(name), name).toBe(true);
  });
  it("leaves other files alone", () => {
    for (const name of ["index.ts", "d.ts", "model.d.tsx", "index.mts", "audio.d.js", "/p/a.d/b.ts", "x.dts", "<input>"]) expect(isDeclarationFile(name), name).toBe(false);
  });
});

describe.each(Object.keys(plugin.rules))("%s in a declaration file", (ruleName) => {
  const examples = extractExamples(readFileSync(path.join(docsDir, `${ruleName}.md`), "utf8"));
  // The rule's own incorrect examples that parse as TypeScript and are reported in a `.ts` file.
  const reported = (example: Example): boolean =>
    lintExample(ruleName, example, "example.ts").some((m) => m.ruleId === `ai-encryption/${ruleName}`);
  const incorrect = examples.filter((e) => e.kind === "incorrect" && /^(js|ts|mjs|javascript|typescript)$/.test(e.lang) && reported(e));

  it("has an incorrect example reported in a .ts file", () => {
    expect(incorrect.length).toBeGreaterThan(0);
  });

  it(READS_DECLARATION_FILES.has(ruleName) ? "still reports it as .d.ts" : "reports nothing as .d.ts, .d.mts or .d.cts", () => {
    for (const filename of ["example.d.ts", "example.d.mts", "example.d.cts"]) {
      for (const example of incorrect) {
        const messages = lintExample(ruleName, example, filename);
        expect(messages.filter((m) => m.fatal), `${filename}, line ${example.line}`).toEqual([]);
        const count = messages.filter((m) => m.ruleId === `ai-encryption/${ruleName}`).length;
        if (READS_DECLARATION_FILES.has(ruleName)) expect(count, `${filename}, line ${example.line}`).toBeGreaterThan(0);
        else expect(count, `${filename}, line ${example.line}`).toBe(0);
      }
    }
  });
});
