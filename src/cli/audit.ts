#!/usr/bin/env node
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { toSarif, type AuditMessage, type AuditResult, type RuleInfo } from "./sarif";

const USAGE = `Usage: ai-encryption-audit [options] [paths...]

Audits JavaScript and TypeScript files for encryption and secret-handling mistakes with the
eslint-plugin-ai-encryption rules, without reading or changing the project's own ESLint setup.

Options:
  --config recommended|strict   Rule set (default: recommended)
  --format stylish|json|sarif   Report format (default: stylish)
  --output FILE                 Write the report to FILE instead of standard output
  --max-warnings N              Exit 1 when there are more than N warnings (default: no limit)
  --quiet                       Report errors only
  --no-progress                 Never show progress
  -h, --help                    Show this help
  -v, --version                 Show the version

Exit codes: 0 no errors, 1 errors found (or too many warnings), 2 usage error or failure.`;

const SOURCE_EXTENSIONS = new Set([".js", ".mjs", ".cjs", ".jsx", ".ts", ".mts", ".cts", ".tsx"]);
const SKIPPED_DIRS = new Set(["node_modules", ".git", ".hg", ".svn", "dist", "build", "out", "coverage", ".next", ".nuxt", ".svelte-kit", ".turbo", ".vercel", ".output", ".cache", "vendor", "bower_components", ".yarn", ".pnpm-store"]);
const LINT_GLOB = "**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx}";

interface Options {
  config: "recommended" | "strict";
  format: "stylish" | "json" | "sarif";
  output: string | undefined;
  maxWarnings: number | undefined;
  quiet: boolean;
  progress: boolean;
  paths: string[];
}

class UsageError extends Error {}

function parseOptions(argv: string[]): Options | "help" | "version" {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      config: { type: "string", default: "recommended" },
      format: { type: "string", default: "stylish" },
      output: { type: "string", short: "o" },
      "max-warnings": { type: "string" },
      quiet: { type: "boolean", default: false },
      "no-progress": { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
      version: { type: "boolean", short: "v", default: false },
    },
  });
  if (values.help) return "help";
  if (values.version) return "version";
  const config = values.config;
  if (config !== "recommended" && config !== "strict") throw new UsageError(`--config must be "recommended" or "strict", not "${config}".`);
  const format = values.format;
  if (format !== "stylish" && format !== "json" && format !== "sarif") throw new UsageError(`--format must be stylish, json or sarif, not "${format}".`);
  let maxWarnings: number | undefined;
  if (values["max-warnings"] !== undefined) {
    maxWarnings = Number(values["max-warnings"]);
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0) throw new UsageError("--max-warnings takes a whole number.");
  }
  return {
    config,
    format,
    output: values.output,
    maxWarnings,
    quiet: values.quiet ?? false,
    progress: !values["no-progress"],
    paths: positionals.length > 0 ? positionals : ["."],
  };
}

/** Lines of a .gitignore as flat-config ignore patterns (relative to the folder that holds it). */
export function gitignoreToPatterns(text: string, prefix: string): string[] {
  const out: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    let line = raw.trim();
    if (!line || line.startsWith("#")) continue;
    const negated = line.startsWith("!");
    if (negated) line = line.slice(1);
    const anchored = line.startsWith("/") || line.slice(0, -1).includes("/");
    line = line.replace(/^\//, "");
    const dirOnly = line.endsWith("/");
    if (dirOnly) line = line.slice(0, -1);
    let pattern = anchored ? `${prefix}${line}` : `${prefix}**/${line}`;
    if (dirOnly) pattern += "/";
    out.push(negated ? `!${pattern}` : pattern);
  }
  return out;
}

function collectFiles(target: string, out: string[], skippedDirs: Set<string>): void {
  let stat;
  try {
    stat = statSync(target);
  } catch {
    throw new UsageError(`No such file or folder: ${target}`);
  }
  if (stat.isFile()) {
    out.push(path.resolve(target));
    return;
  }
  const walk = (dir: string): void => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!skippedDirs.has(entry.name)) walk(full);
      } else if (entry.isFile() || entry.isSymbolicLink()) {
        const ext = path.extname(entry.name);
        if (SOURCE_EXTENSIONS.has(ext) && !entry.name.endsWith(".d.ts") && !entry.name.endsWith(".min.js")) out.push(full);
      }
    }
  };
  walk(path.resolve(target));
}

interface LintEngine {
  lintText(code: string, options: { filePath: string }): Promise<{ messages: AuditMessage[] }[]>;
  isPathIgnored(filePath: string): Promise<boolean>;
}

async function createEngines(cwd: string, config: Options["config"], ignores: string[]): Promise<{ module: LintEngine; script: LintEngine }> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the user's ESLint, resolved at run time
  const eslintModule = require("eslint") as { loadESLint?: (o: { useFlatConfig: boolean }) => Promise<new (o: object) => LintEngine>; ESLint: new (o: object) => LintEngine };
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded only when the audit runs
  const tsParser = require("@typescript-eslint/parser") as object;
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the plugin itself, built next to this file
  const plugin = require("../index") as { configs: Record<string, { rules: object; plugins: object }> };
  const FlatESLint = eslintModule.loadESLint ? await eslintModule.loadESLint({ useFlatConfig: true }) : eslintModule.ESLint;
  const ruleConfig = plugin.configs[config]!;
  const make = (sourceType: "module" | "commonjs"): LintEngine =>
    new FlatESLint({
      cwd,
      overrideConfigFile: true,
      overrideConfig: [
        { ignores },
        {
          files: [LINT_GLOB],
          languageOptions: { ecmaVersion: "latest", sourceType, parserOptions: { ecmaFeatures: { jsx: true } } },
          linterOptions: { reportUnusedDisableDirectives: "off" },
        },
        { files: ["**/*.cjs"], languageOptions: { sourceType: "commonjs" } },
        { files: ["**/*.{ts,mts,cts,tsx}"], languageOptions: { parser: tsParser, sourceType: "module" } },
        { files: [LINT_GLOB], plugins: ruleConfig.plugins, rules: ruleConfig.rules },
      ],
    });
  return { module: make("module"), script: make("commonjs") };
}

function isParseError(messages: readonly AuditMessage[]): boolean {
  return messages.some((m) => m.fatal);
}

async function lintFile(engines: { module: LintEngine; script: LintEngine }, filePath: string): Promise<AuditResult> {
  let text: string;
  try {
    text = readFileSync(filePath, "utf8");
  } catch (error) {
    return { filePath, messages: [{ ruleId: null, severity: 2, fatal: true, message: `Could not read the file: ${(error as Error).message}`, line: 1, column: 1 }] };
  }
  try {
    let [result] = await engines.module.lintText(text, { filePath });
    if (result && isParseError(result.messages) && /\.jsx?$/.test(filePath)) {
      const [asScript] = await engines.script.lintText(text, { filePath });
      if (asScript && !isParseError(asScript.messages)) result = asScript;
    }
    return { filePath, messages: result?.messages ?? [] };
  } catch (error) {
    return { filePath, messages: [{ ruleId: null, severity: 2, fatal: true, message: `Could not lint the file: ${(error as Error).message.split("\n")[0]}`, line: 1, column: 1 }] };
  }
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

function formatStylish(results: readonly AuditResult[], cwd: string, filesScanned: number): string {
  const byRule = new Map<string, { errors: number; warnings: number; locations: string[] }>();
  let errors = 0;
  let warnings = 0;
  let unparsable = 0;
  for (const result of results) {
    const rel = path.relative(cwd, result.filePath) || result.filePath;
    if (result.messages.some((m) => m.fatal)) unparsable++;
    for (const m of result.messages) {
      const id = m.ruleId ?? "(could not read or parse)";
      const entry = byRule.get(id) ?? { errors: 0, warnings: 0, locations: [] };
      if (m.severity === 2) {
        entry.errors++;
        errors++;
      } else {
        entry.warnings++;
        warnings++;
      }
      entry.locations.push(`  ${rel}:${m.line ?? 1}:${m.column ?? 1}  ${m.severity === 2 ? "error" : "warning"}  ${m.message}`);
      byRule.set(id, entry);
    }
  }
  const lines: string[] = [];
  for (const [id, entry] of [...byRule.entries()].sort((a, b) => b[1].errors + b[1].warnings - (a[1].errors + a[1].warnings))) {
    const counts = [entry.errors ? plural(entry.errors, "error") : "", entry.warnings ? plural(entry.warnings, "warning") : ""].filter(Boolean).join(", ");
    lines.push(`${id}  (${counts})`, ...entry.locations, "");
  }
  const problems = errors + warnings;
  lines.push(
    problems === 0
      ? `No problems found in ${plural(filesScanned, "file")}.`
      : `${plural(problems, "problem")} (${plural(errors, "error")}, ${plural(warnings, "warning")}) in ${plural(filesScanned, "file")} scanned.`,
  );
  if (unparsable > 0) lines.push(`${plural(unparsable, "file")} could not be read or parsed (listed above).`);
  return `${lines.join("\n")}\n`;
}

export async function main(argv: string[], io: { stdout: NodeJS.WriteStream | { write(s: string): unknown; isTTY?: boolean }; stderr: { write(s: string): unknown; isTTY?: boolean } } = process): Promise<number> {
  let options: Options | "help" | "version";
  try {
    options = parseOptions(argv);
  } catch (error) {
    io.stderr.write(`${(error as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- version of the installed package
  const pkg = require("../../package.json") as { version: string };
  if (options === "help") {
    io.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (options === "version") {
    io.stdout.write(`${pkg.version}\n`);
    return 0;
  }
  try {
    const single = options.paths.length === 1 && existsSync(options.paths[0]!) && statSync(options.paths[0]!).isDirectory();
    const cwd = single ? path.resolve(options.paths[0]!) : process.cwd();
    const files: string[] = [];
    for (const target of options.paths) collectFiles(target, files, SKIPPED_DIRS);
    const ignores: string[] = [];
    const gitignore = path.join(cwd, ".gitignore");
    if (existsSync(gitignore)) ignores.push(...gitignoreToPatterns(readFileSync(gitignore, "utf8"), ""));
    const engines = await createEngines(cwd, options.config, ignores);
    const showProgress = options.progress && Boolean(io.stderr.isTTY) && files.length > 20;
    const results: AuditResult[] = [];
    let scanned = 0;
    for (const [index, file] of files.entries()) {
      if (showProgress && index % 10 === 0) io.stderr.write(`\rai-encryption-audit: ${index}/${files.length} files`);
      if (path.relative(cwd, file).startsWith("..") === false && (await engines.module.isPathIgnored(file))) continue;
      scanned++;
      const result = await lintFile(engines, file);
      const messages = options.quiet ? result.messages.filter((m) => m.severity === 2) : result.messages;
      if (messages.length > 0) results.push({ filePath: file, messages });
    }
    if (showProgress) io.stderr.write(`\r${" ".repeat(60)}\r`);

    // eslint-disable-next-line @typescript-eslint/no-require-imports -- rule docs for the SARIF rule table
    const plugin = require("../index") as { rules: Record<string, { meta: { docs?: { description?: string; url?: string } } }> };
    const ruleInfo: Record<string, RuleInfo> = {};
    for (const [name, rule] of Object.entries(plugin.rules)) ruleInfo[name] = { description: rule.meta.docs?.description ?? name, url: rule.meta.docs?.url };

    let report: string;
    if (options.format === "json") {
      const summary = summarize(results, scanned);
      report = `${JSON.stringify({ summary, results: results.map((r) => ({ ...r, filePath: path.relative(cwd, r.filePath) || r.filePath })) }, null, 2)}\n`;
    } else if (options.format === "sarif") {
      report = `${JSON.stringify(toSarif(results, ruleInfo, cwd, pkg.version), null, 2)}\n`;
    } else {
      report = formatStylish(results, cwd, scanned);
    }
    if (options.output) {
      writeFileSync(options.output, report);
      const summary = summarize(results, scanned);
      io.stderr.write(`ai-encryption-audit: ${summary.errors} errors, ${summary.warnings} warnings in ${scanned} files; report written to ${options.output}\n`);
    } else {
      io.stdout.write(report);
    }
    const summary = summarize(results, scanned);
    if (summary.errors > 0) return 1;
    if (options.maxWarnings !== undefined && summary.warnings > options.maxWarnings) return 1;
    return 0;
  } catch (error) {
    io.stderr.write(`ai-encryption-audit: ${(error as Error).message}\n`);
    return 2;
  }
}

function summarize(results: readonly AuditResult[], filesScanned: number): { filesScanned: number; errors: number; warnings: number; unparsable: number; byRule: Record<string, number> } {
  const byRule: Record<string, number> = {};
  let errors = 0;
  let warnings = 0;
  let unparsable = 0;
  for (const result of results) {
    if (result.messages.some((m) => m.fatal)) unparsable++;
    for (const m of result.messages) {
      const id = m.ruleId ?? "parse-error";
      byRule[id] = (byRule[id] ?? 0) + 1;
      if (m.severity === 2) errors++;
      else warnings++;
    }
  }
  return { filesScanned, errors, warnings, unparsable, byRule };
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`ai-encryption-audit: ${String(error)}\n`);
      process.exitCode = 2;
    },
  );
}
