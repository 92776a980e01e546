import { cpSync, mkdirSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sarifProblems } from "../support/sarif";
import { installProject, makeCase, makeWorkDir, packPlugin, removeWorkDir, runEslint } from "./harness";

/**
 * The lint step of docs/ci.md, run for real with ESLint 10: exit codes, --max-warnings 0, SARIF
 * for code scanning through @microsoft/eslint-formatter-sarif, and --cache and --concurrency giving
 * the same results as a plain run.
 */
const CONFIG = [
  'import tsParser from "@typescript-eslint/parser";',
  'import aiEncryption from "eslint-plugin-ai-encryption";',
  'export default [{ files: ["**/*.{ts,tsx}"], languageOptions: { parser: tsParser } }, aiEncryption.configs.strict];',
  "",
].join("\n");

let workDir: string;
let dir: string;

beforeAll(() => {
  workDir = makeWorkDir();
  const nodeModules = installProject(workDir, packPlugin(workDir), 10, ["@microsoft/eslint-formatter-sarif"]);
  dir = makeCase(workDir, "ci", nodeModules, { "eslint.config.js": CONFIG }, "module");
  // Several folders of sources, so a concurrent run has work to share out.
  const sources = readdirSync(dir).filter((f) => /^(app|view)\./.test(f));
  for (let i = 0; i < 6; i++) {
    mkdirSync(path.join(dir, `service-${i}`));
    for (const file of sources) cpSync(path.join(dir, file), path.join(dir, `service-${i}`, file));
  }
}, 600_000);

afterAll(() => {
  if (workDir) removeWorkDir(workDir);
});

interface JsonResult {
  filePath: string;
  messages: { ruleId: string | null; line: number; column: number; message: string; severity: number }[];
}

function normalized(stdout: string): string[] {
  return (JSON.parse(stdout) as JsonResult[])
    .flatMap((r) => r.messages.map((m) => `${path.relative(dir, r.filePath)}:${m.line}:${m.column} ${m.severity} ${m.ruleId} ${m.message}`))
    .sort();
}

describe("the CI lint step", () => {
  it("fails the build on errors (exit 1) and passes a clean tree (exit 0)", () => {
    expect(runEslint(dir, ["."]).status).toBe(1);
    const clean = runEslint(dir, ["eslint.config.js"]);
    expect(clean.status).toBe(0);
  });

  it("with --max-warnings 0, strict warnings alone fail the build", () => {
    const warnOnly = runEslint(dir, ["--rule", JSON.stringify({ "ai-encryption/no-disabled-tls-verification": "off", "ai-encryption/no-weak-tls-version": "warn" }), "--max-warnings", "0", "app.mjs"]);
    expect(warnOnly.stdout).toMatch(/warning/);
    expect(warnOnly.stdout).toMatch(/\(0 errors, \d+ warnings?\)/);
    expect(warnOnly.status).toBe(1);
    const withoutLimit = runEslint(dir, ["--rule", JSON.stringify({ "ai-encryption/no-disabled-tls-verification": "off", "ai-encryption/no-weak-tls-version": "warn" }), "app.mjs"]);
    expect(withoutLimit.status).toBe(0);
  });

  it("writes SARIF 2.1.0 that code scanning accepts", () => {
    const run = runEslint(dir, ["--format", "@microsoft/eslint-formatter-sarif", "--output-file", "results.sarif", "."]);
    expect(run.status).toBe(1);
    const log = JSON.parse(readFileSync(path.join(dir, "results.sarif"), "utf8")) as { runs: { results: { ruleId: string }[] }[] };
    expect(sarifProblems(log)).toEqual([]);
    expect(log.runs[0]!.results.some((r) => r.ruleId === "ai-encryption/no-disabled-tls-verification")).toBe(true);
  });

  it("gives the same results with --cache (cold and warm) and with --concurrency=2 as a plain run", () => {
    const plain = normalized(runEslint(dir, ["--format", "json", "."]).stdout);
    expect(plain.length).toBeGreaterThan(20);
    const cold = normalized(runEslint(dir, ["--format", "json", "--cache", "--cache-location", ".eslintcache", "."]).stdout);
    const warm = normalized(runEslint(dir, ["--format", "json", "--cache", "--cache-location", ".eslintcache", "."]).stdout);
    const concurrent = normalized(runEslint(dir, ["--format", "json", "--concurrency=2", "."]).stdout);
    expect(cold).toEqual(plain);
    expect(warm).toEqual(plain);
    expect(concurrent).toEqual(plain);
  });
});
