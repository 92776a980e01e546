import { createRequire } from "node:module";
import path from "node:path";
import { Linter } from "eslint";
import * as tsParser from "@typescript-eslint/parser";

/**
 * The fenced examples of the rule docs. An example under "### ❌ Incorrect" must make its rule
 * report, and one under "### ✅ Correct" must not. A block right after `<!-- example-check: skip -->`
 * is not read; a block after `<!-- example-options: [...] -->` runs with those rule options.
 */
const root = path.resolve(__dirname, "../..");
export const plugin = createRequire(path.join(root, "package.json"))("./dist/index.js") as { rules: Record<string, unknown> };
export const docsDir = path.join(root, "docs/rules");

export interface Example {
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

export function filenameFor(lang: string): string {
  if (lang === "ts" || lang === "typescript") return "example.ts";
  if (lang === "tsx") return "example.tsx";
  if (lang === "jsx") return "example.jsx";
  if (lang === "cjs") return "example.cjs";
  return "example.mjs";
}

/** Lints an example with its rule alone, as a file of the example's language (or under `filename`). */
export function lintExample(ruleName: string, example: Example, filename = filenameFor(example.lang)): Linter.LintMessage[] {
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
  return linter.verify(example.code, [config] as never, filename);
}

