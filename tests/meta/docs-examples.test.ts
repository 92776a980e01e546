import { readFileSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { Linter } from "eslint";
import * as tsParser from "@typescript-eslint/parser";
import { describe, expect, it } from "vitest";

/**
 * Every fenced example under "### ❌ Incorrect" must make its rule report, and every example under
 * "### ✅ Correct" must not. A block right after `<!-- example-check: skip -->` is not checked; a
 * block after `<!-- example-options: [...] -->` runs with those rule options.
 */
const root = path.resolve(__dirname, "../..");
const plugin = createRequire(path.join(root, "package.json"))("./dist/index.js") as { rules: Record<string, unknown> };
const docsDir = path.join(root, "docs/rules");

interface Example {
  kind: "incorrect" | "correct";
  lang: string;
  code: string;
  line: number;
  options: unknown[] | undefined;
}

const FENCE = /^```(\w+)\s*$/;

export function extractExamples(markdown: string): Example[] {
  const lines = markdown.split("\n");
  const out: Example[] = [];
  let kind: Example["kind"] | undefined;
  let skipNext = false;
  let options: unknown[] | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.startsWith("#")) {
      if (/^###\s.*❌/.test(line)) kind = "incorrect";
      else if (/^###\s.*✅/.test(line)) kind = "correct";
      else kind = undefined;
      continue;
    }
    if (line.trim() === "<!-- example-check: skip -->") {
      skipNext = true;
      continue;
    }
    const optionMatch = /^<!-- example-options: (.*) -->$/.exec(line.trim());
    if (optionMatch) {
      options = JSON.parse(optionMatch[1]!) as unknown[];
      continue;
    }
    const fence = FENCE.exec(line);
    if (!fence) continue;
    const start = i;
    const body: string[] = [];
    for (i++; i < lines.length && !lines[i]!.startsWith("```"); i++) body.push(lines[i]!);
    if (kind && !skipNext && /^(js|jsx|ts|tsx|javascript|typescript|mjs|cjs)$/.test(fence[1]!)) {
      out.push({ kind, lang: fence[1]!, code: body.join("\n"), line: start + 1, options });
    }
    skipNext = false;
    options = undefined;
  }
  return out;
}

function filenameFor(lang: string): string {
  if (lang === "ts" || lang === "typescript") return "example.ts";
  if (lang === "tsx") return "example.tsx";
  if (lang === "jsx") return "example.jsx";
  if (lang === "cjs") return "example.cjs";
  return "example.mjs";
}

function lint(ruleName: string, example: Example): Linter.LintMessage[] {
  const linter = new Linter({ configType: "flat" });
  const isTs = /^(ts|tsx|typescript)$/.test(example.lang);
  const config = {
    files: ["**/*.*"],
    languageOptions: {
      ...(isTs ? { parser: tsParser } : {}),
      sourceType: example.lang === "cjs" ? "commonjs" : "module",
      parserOptions: { ecmaFeatures: { jsx: true } },
    },
    plugins: { "ai-encryption": plugin },
    rules: { [`ai-encryption/${ruleName}`]: ["error", ...(example.options ?? [])] },
  };
  return linter.verify(example.code, [config] as never, filenameFor(example.lang));
}

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
      const messages = lint(ruleName, example);
      const fatal = messages.filter((m) => m.fatal);
      expect(fatal.map((m) => m.message)).toEqual([]);
      const reports = messages.filter((m) => m.ruleId === `ai-encryption/${ruleName}`);
      if (example.kind === "incorrect") expect(reports.length).toBeGreaterThan(0);
      else expect(reports.map((m) => `${m.line}:${m.message}`)).toEqual([]);
    });
  }
});
