import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { docsDir, extractExamples, lintExample, plugin } from "../support/doc-examples";

/** Every rule doc's examples do what their headings say (see tests/support/doc-examples.ts). */
const docs = readdirSync(docsDir).filter((file) => file.endsWith(".md") && Object.hasOwn(plugin.rules, file.slice(0, -3)));

describe("extractExamples", () => {
  it("reads blocks under the example headings and honours the markers", () => {
    const md = ["## Examples", "### ❌ Incorrect", "```js", "bad()", "```", "<!-- example-check: skip -->", "```js", "skipped()", "```", "### ✅ Correct", '<!-- example-options: [{"a":1}] -->', "```ts", "good()", "```", "## Options", "```js", "other()", "```"].join("\n");
    expect(extractExamples(md).map((e) => [e.kind, e.code, e.options])).toEqual([
      ["incorrect", "bad()", undefined],
      ["correct", "good()", [{ a: 1 }]],
    ]);
  });
});

describe.each(docs)("examples in docs/rules/%s", (file) => {
  const ruleName = file.slice(0, -3);
  const examples = extractExamples(readFileSync(path.join(docsDir, file), "utf8"));

  it("has at least one incorrect and one correct example", () => {
    expect(examples.some((e) => e.kind === "incorrect")).toBe(true);
    expect(examples.some((e) => e.kind === "correct")).toBe(true);
  });

  for (const example of examples) {
    it(`${example.kind} example at line ${example.line}`, () => {
      const messages = lintExample(ruleName, example);
      const fatal = messages.filter((m) => m.fatal);
      expect(fatal.map((m) => m.message)).toEqual([]);
      const reports = messages.filter((m) => m.ruleId === `ai-encryption/${ruleName}`);
      if (example.kind === "incorrect") expect(reports.length).toBeGreaterThan(0);
      else expect(reports.map((m) => `${m.line}:${m.message}`)).toEqual([]);
    });
  }
});
