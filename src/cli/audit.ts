#!/usr/bin/env node
import { readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { ancestorLayers, isIgnored, isWithinIgnored, readIgnoreLayer, type IgnoreLayer } from "./gitignore";
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
/** Build output in a project, but the code itself in a published package (under node_modules). */
const PACKAGE_CODE_DIRS = new Set(["dist", "build", "out"]);
/** Skipped folders not worth mentioning when nothing else is found. */
const HIDDEN_SKIPS = new Set([".git", ".hg", ".svn"]);
const LINT_GLOB = "**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx}";
const DECLARATION_FILE = /\.d\.[cm]?ts$/;
const JS_FILE = /\.[cm]?jsx?$/;

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

/** Whether a file name is a source file the audit lints (declaration files and minified bundles are not). */
function isSourceFile(name: string): boolean {
  if (!SOURCE_EXTENSIONS.has(path.extname(name))) return false;
  return !DECLARATION_FILE.test(name) && !name.endsWith(".min.js");
}

/**
 * The source files under each target, sorted, each once. Below a folder given on the command line,
 * dependency and build-output folders are skipped, and so is whatever git ignores: the .gitignore
 * files of the folder, of the folders above it up to the root of its git work tree, and of the
 * folders below it. Targets named on the command line are always read, and inside node_modules a
 * package's dist/ or build/ is its code, so it is read too.
 */
export function collectFiles(targets: readonly string[]): { files: string[]; skippedDirs: string[] } {
  const out = new Set<string>();
  const skippedDirs: string[] = [];
  for (const target of targets) {
    const full = path.resolve(target);
    let stat;
    try {
      stat = statSync(full);
    } catch {
      throw new UsageError(`No such file or folder: ${target}`);
    }
    if (!stat.isDirectory()) {
      out.add(full);
      continue;
    }
    const inPackage = full.split(path.sep).includes("node_modules");
    const walk = (dir: string, inherited: readonly IgnoreLayer[]): void => {
      let entries;
      try {
        entries = readdirSync(dir, { withFileTypes: true });
      } catch {
        return;
      }
      const own = readIgnoreLayer(dir);
      const layers = own ? [...inherited, own] : inherited;
      entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      for (const entry of entries) {
        const entryPath = path.join(dir, entry.name);
        if (entry.isDirectory()) {
          if (SKIPPED_DIRS.has(entry.name) && !(inPackage && PACKAGE_CODE_DIRS.has(entry.name))) {
            if (!HIDDEN_SKIPS.has(entry.name)) skippedDirs.push(entryPath);
          } else if (!isIgnored(layers, entryPath, true)) {
            walk(entryPath, layers);
          }
        } else if ((entry.isFile() || entry.isSymbolicLink()) && isSourceFile(entry.name) && !isIgnored(layers, entryPath, false)) {
          out.add(entryPath);
        }
      }
    };
    // A folder that git ignores, named on the command line (a package in node_modules): its content is wanted.
    const above = ancestorLayers(full);
    walk(full, isWithinIgnored(above, full) ? [] : above);
  }
  return { files: [...out], skippedDirs };
}

/**
 * The folder ESLint runs in and paths are shown relative to: the folder given when there is only
 * one, else the current folder when it holds every target, else the deepest folder that does.
 */
function auditRoot(targets: readonly string[]): string {
  const resolved = targets.map((t) => path.resolve(t));
  if (resolved.length === 1 && statSync(resolved[0]!).isDirectory()) return resolved[0]!;
  const cwd = process.cwd();
  const inside = (dir: string, p: string): boolean => {
    const relative = path.relative(dir, p);
    return !relative.startsWith("..") && !path.isAbsolute(relative);
  };
  if (resolved.every((p) => inside(cwd, p))) return cwd;
  let root = statSync(resolved[0]!).isDirectory() ? resolved[0]! : path.dirname(resolved[0]!);
  while (!resolved.every((p) => inside(root, p)) && root !== path.dirname(root)) root = path.dirname(root);
  return root;
}

interface LintEngine {
  lintText(code: string, options: { filePath: string }): Promise<{ messages: AuditMessage[] }[]>;
}

interface Engines {
  module: LintEngine;
  script: LintEngine;
  /** typescript-eslint's parser on JavaScript: decorators and other syntax espree does not take yet. */
  jsWithTsParser: LintEngine;
}

async function createEngines(cwd: string, config: Options["config"]): Promise<Engines> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the user's ESLint, resolved at run time
  const eslintModule = require("eslint") as { loadESLint?: (o: { useFlatConfig: boolean }) => Promise<new (o: object) => LintEngine>; ESLint: new (o: object) => LintEngine };
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded only when the audit runs
  const tsParser = require("@typescript-eslint/parser") as object;
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the plugin itself, built next to this file
  const plugin = require("../index") as { configs: Record<string, { rules: object; plugins: object }> };
  const FlatESLint = eslintModule.loadESLint ? await eslintModule.loadESLint({ useFlatConfig: true }) : eslintModule.ESLint;
  const ruleConfig = plugin.configs[config]!;
  const make = (sourceType: "module" | "commonjs", tsParserForJs = false): LintEngine =>
    new FlatESLint({
      cwd,
      // The files were chosen by collectFiles: un-ignore node_modules, so that a package given on the command line is linted.
      overrideConfigFile: true,
      overrideConfig: [
        { ignores: ["!**/node_modules/"] },
        {
          files: [LINT_GLOB],
          languageOptions: { ecmaVersion: "latest", sourceType, parserOptions: { ecmaFeatures: { jsx: true } } },
          linterOptions: { reportUnusedDisableDirectives: "off" },
        },
        { files: ["**/*.cjs"], languageOptions: { sourceType: "commonjs" } },
        { files: [tsParserForJs ? LINT_GLOB : "**/*.{ts,mts,cts,tsx}"], languageOptions: { parser: tsParser, sourceType: "module" } },
        { files: [LINT_GLOB], plugins: ruleConfig.plugins, rules: ruleConfig.rules },
      ],
    });
  // ESLint warns about a `.eslintignore` in the folder, a file of the project's own setup that the audit never reads.
  const emitWarning = process.emitWarning;
  process.emitWarning = ((warning: string | Error, ...rest: unknown[]) => {
    const type = typeof rest[0] === "string" ? rest[0] : (rest[0] as { type?: string } | undefined)?.type;
    if (type !== "ESLintIgnoreWarning") (emitWarning as (...args: unknown[]) => void).call(process, warning, ...rest);
  }) as typeof process.emitWarning;
  try {
    return { module: make("module"), script: make("commonjs"), jsWithTsParser: make("module", true) };
  } finally {
    process.emitWarning = emitWarning;
  }
}

/**
 * This plugin's reports and fatal errors. The rest concerns the project's own ESLint setup, which
 * the audit does not load: `eslint-disable` comments naming rules of other plugins ("Definition for
 * rule … was not found"), `/* eslint … *\/` comments that turn core rules on, `eslint-env` comments.
 */
function isAuditMessage(message: AuditMessage): boolean {
  return isFailure(message) || (message.ruleId?.startsWith("ai-encryption/") ?? false);
}

/**
 * A file that could not be read, parsed or linted. ESLint 10 also marks its complaint about an
 * `eslint-env` comment as fatal, although it lints the file: that one concerns the project's setup.
 */
function isFailure(message: AuditMessage): boolean {
  return message.fatal === true && !(message.ruleId === null && ESLINT_ENV_COMPLAINT.test(message.message));
}

const ESLINT_ENV_COMPLAINT = /^\/\* eslint-env \*\/ comments are no longer supported/;

function isParseError(messages: readonly AuditMessage[]): boolean {
  return messages.some(isFailure);
}

/** A read failure in words, without the absolute path Node puts in its message. */
function describeReadError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case "ENOENT":
      return "it does not exist (a broken symbolic link?)";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EISDIR":
      return "it is a folder";
    case "ELOOP":
      return "a symbolic link loop";
    default:
      return code ?? (error as Error).message;
  }
}

async function lintFile(engines: Engines, filePath: string): Promise<AuditResult> {
  let text: string;
  try {
    text = readFileSync(filePath, "utf8");
  } catch (error) {
    return { filePath, messages: [{ ruleId: null, severity: 2, fatal: true, message: `Could not read the file: ${describeReadError(error)}.`, line: 1, column: 1 }] };
  }
  try {
    let [result] = await engines.module.lintText(text, { filePath });
    // A JavaScript file espree cannot parse: as a script (`with`, top-level `return`), then with typescript-eslint's parser (decorators).
    if (result && isParseError(result.messages) && JS_FILE.test(filePath)) {
      for (const engine of [engines.script, engines.jsWithTsParser]) {
        const [retry] = await engine.lintText(text, { filePath });
        if (retry && !isParseError(retry.messages)) {
          result = retry;
          break;
        }
      }
    }
    return { filePath, messages: (result?.messages ?? []).filter(isAuditMessage) };
  } catch (error) {
    return { filePath, messages: [{ ruleId: null, severity: 2, fatal: true, message: `Could not lint the file: ${(error as Error).message.split("\n")[0]}`, line: 1, column: 1 }] };
  }
}

const UNREADABLE = "(could not read or parse)";

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
      const id = m.ruleId ?? UNREADABLE;
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
  // Rules with the most findings first; files that could not be read or parsed last.
  const order = ([id, entry]: [string, { errors: number; warnings: number }]): [number, number, string] => [id === UNREADABLE ? 1 : 0, -(entry.errors + entry.warnings), id];
  const sorted = [...byRule.entries()].sort((a, b) => {
    const [x, y] = [order(a), order(b)];
    return x[0] - y[0] || x[1] - y[1] || (x[2] < y[2] ? -1 : x[2] > y[2] ? 1 : 0);
  });
  for (const [id, entry] of sorted) {
    const counts = [entry.errors ? plural(entry.errors, "error") : "", entry.warnings ? plural(entry.warnings, "warning") : ""].filter(Boolean).join(", ");
    lines.push(`${id}  (${counts})`, ...entry.locations, "");
  }
  const problems = errors + warnings;
  lines.push(
    filesScanned === 0
      ? "No files audited."
      : problems === 0
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
    if (options.output !== undefined && !isDirectory(path.dirname(path.resolve(options.output)))) {
      throw new UsageError(`The folder of --output ${options.output} does not exist.`);
    }
    const { files, skippedDirs } = collectFiles(options.paths);
    const cwd = auditRoot(options.paths);
    if (files.length === 0) io.stderr.write(nothingFound(options.paths, skippedDirs));
    const engines = await createEngines(cwd, options.config);
    const showProgress = options.progress && Boolean(io.stderr.isTTY) && files.length > 20;
    const results: AuditResult[] = [];
    for (const [index, file] of files.entries()) {
      if (showProgress && index % 10 === 0) io.stderr.write(`\rai-encryption-audit: ${index}/${files.length} files`);
      const result = await lintFile(engines, file);
      const messages = options.quiet ? result.messages.filter((m) => m.severity === 2) : result.messages;
      if (messages.length > 0) results.push({ filePath: file, messages });
    }
    const scanned = files.length;
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
      io.stderr.write(`ai-encryption-audit: ${plural(summary.errors, "error")}, ${plural(summary.warnings, "warning")} in ${plural(scanned, "file")}; report written to ${options.output}\n`);
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

function isDirectory(dir: string): boolean {
  try {
    return statSync(dir).isDirectory();
  } catch {
    return false;
  }
}

/** Why no file was found, and how to audit the folders the walk skipped (a package's dist/, for instance). */
function nothingFound(targets: readonly string[], skippedDirs: readonly string[]): string {
  const lines = [`ai-encryption-audit: no JavaScript or TypeScript files found in ${targets.join(", ")}.`];
  if (skippedDirs.length > 0) {
    const shown = skippedDirs.slice(0, 5).map((d) => path.relative(process.cwd(), d) || d);
    lines.push(
      `Dependency and build-output folders are skipped: ${shown.join(", ")}${skippedDirs.length > 5 ? `, and ${skippedDirs.length - 5} more` : ""}.`,
      `To audit one of them, name it: ai-encryption-audit ${shown[0]}`,
    );
  } else {
    lines.push("Files listed in .gitignore are skipped; name a file to audit it anyway.");
  }
  return `${lines.join("\n")}\n`;
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
  // `ai-encryption-audit | head`: a reader that stops early is not an error of the audit.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
    process.exit(process.exitCode ?? 0);
  });
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
