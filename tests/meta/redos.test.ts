import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { parse } from "@typescript-eslint/parser";
import type { TSESTree } from "@typescript-eslint/utils";
import { checkSync } from "recheck";
import { describe, expect, it } from "vitest";

/**
 * Every regular expression the plugin ships, checked for super-linear backtracking: regex literals
 * and `RegExp("…")` calls in `src/`, plus every RegExp value exported by the built knowledge files
 * (the secret catalogue, host lists, …), since some are assembled from data.
 */
const root = path.resolve(__dirname, "../..");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith(".ts") ? [full] : [];
  });
}

interface Found {
  source: string;
  flags: string;
  where: string;
}

function collectFromSource(file: string): { found: Found[]; dynamic: string[] } {
  const text = readFileSync(file, "utf8");
  const ast = parse(text, { loc: true, range: true, sourceType: "module" }) as TSESTree.Program;
  const found: Found[] = [];
  const dynamic: string[] = [];
  const where = (node: TSESTree.Node): string => `${path.relative(root, file)}:${node.loc.start.line}`;
  const visit = (node: TSESTree.Node): void => {
    if (node.type === "Literal" && "regex" in node && node.regex) {
      found.push({ source: node.regex.pattern, flags: node.regex.flags, where: where(node) });
    }
    if ((node.type === "NewExpression" || node.type === "CallExpression") && node.callee.type === "Identifier" && node.callee.name === "RegExp") {
      const [pattern, flags] = node.arguments;
      if (pattern?.type === "Literal" && typeof pattern.value === "string") {
        found.push({ source: pattern.value, flags: flags?.type === "Literal" && typeof flags.value === "string" ? flags.value : "", where: where(node) });
      } else {
        dynamic.push(where(node));
      }
    }
    for (const key of Object.keys(node)) {
      if (key === "parent") continue;
      const value = (node as unknown as Record<string, unknown>)[key];
      if (Array.isArray(value)) value.forEach((v) => v && typeof v === "object" && "type" in v && visit(v as TSESTree.Node));
      else if (value && typeof value === "object" && "type" in value) visit(value as TSESTree.Node);
    }
  };
  visit(ast);
  return { found, dynamic };
}

function collectExportedRegexes(value: unknown, where: string, out: Found[], seen = new Set<unknown>(), depth = 0): void {
  if (depth > 6 || value === null || typeof value !== "object" || seen.has(value)) return;
  seen.add(value);
  if (value instanceof RegExp) {
    out.push({ source: value.source, flags: value.flags, where });
    return;
  }
  for (const [key, child] of Object.entries(value)) collectExportedRegexes(child, `${where}.${key}`, out, seen, depth + 1);
  if (value instanceof Map || value instanceof Set) for (const child of value.values()) collectExportedRegexes(child, where, out, seen, depth + 1);
}

const fromSource = sourceFiles(path.join(root, "src")).map(collectFromSource);
const regexes: Found[] = fromSource.flatMap((r) => r.found);
const requireBuilt = createRequire(path.join(root, "package.json"));
const knowledgeDir = path.join(root, "dist/knowledge");
for (const file of readdirSync(knowledgeDir).filter((f) => f.endsWith(".js"))) {
  collectExportedRegexes(requireBuilt(path.join(knowledgeDir, file)), `dist/knowledge/${file}`, regexes);
}
// The words rules ask a file for are joined into one expression at run time: check the one the
// built plugin makes, with every rule loaded.
requireBuilt(path.join(root, "dist/index.js"));
const mentions = requireBuilt(path.join(root, "dist/analysis/mentions.js")) as { mentionsPattern(): RegExp };
const mentionsRegex = mentions.mentionsPattern();
regexes.push({ source: mentionsRegex.source, flags: mentionsRegex.flags, where: "dist/analysis/mentions.js mentionsPattern()" });
const unique = [...new Map(regexes.map((r) => [`/${r.source}/${r.flags}`, r])).values()];

describe("regular-expression safety", () => {
  it("finds the plugin's regexes", () => {
    expect(unique.length).toBeGreaterThan(10);
    expect(mentionsRegex.source).toContain("rejectunauthorized");
  });

  it("builds no RegExp from a value it cannot check here, outside the documented user-option paths", () => {
    // User-supplied patterns (rule options) are compiled at run time by design; the docs ask for linear-time patterns.
    // The mentions expression is built from escaped words and checked below as the built plugin makes it.
    const dynamic = fromSource
      .flatMap((r) => r.dynamic)
      .filter((where) => !/src\/rules\//.test(where) && !where.startsWith("src/analysis/mentions.ts:"));
    expect(dynamic).toEqual([]);
  });

  it.each(unique.map((r) => [r.where, r] as const))("%s is free of super-linear backtracking", (_where, r) => {
    const result = checkSync(r.source, r.flags.replace(/[gy]/g, ""), { timeout: 20_000 });
    expect({ pattern: `/${r.source}/${r.flags}`, status: result.status }).toEqual({ pattern: `/${r.source}/${r.flags}`, status: "safe" });
  });
});
