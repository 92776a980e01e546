import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

/** The repository root. */
export const root = path.resolve(__dirname, "../..");
const fixtureSources = path.join(__dirname, "fixtures/src");

export const VERSIONS = {
  8: { spec: "eslint@8.57.1" },
  9: { spec: `eslint@${(JSON.parse(readFileSync(path.join(root, "node_modules/eslint-v9/package.json"), "utf8")) as { version: string }).version}` },
  10: { spec: `eslint@${(JSON.parse(readFileSync(path.join(root, "node_modules/eslint/package.json"), "utf8")) as { version: string }).version}` },
} as const;
export type EslintMajor = keyof typeof VERSIONS;

function version(name: string): string {
  return (JSON.parse(readFileSync(path.join(root, "node_modules", name, "package.json"), "utf8")) as { version: string }).version;
}

/** Packs the plugin as `npm pack` would publish it. */
export function packPlugin(workDir: string): string {
  const out = execFileSync("npm", ["pack", "--silent", "--pack-destination", workDir], { cwd: root, encoding: "utf8" });
  return path.join(workDir, out.trim().split("\n").pop()!);
}

/**
 * Installs the packed tarball with one ESLint major, the typescript-eslint parser and TypeScript
 * into a throwaway project, from the npm cache that `npm ci` filled (the registry only if missing).
 */
export function installProject(workDir: string, tarball: string, major: EslintMajor, extraPackages: string[] = []): string {
  const dir = path.join(workDir, `install-eslint-${major}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: `fixture-eslint-${major}`, private: true }));
  const packages = [tarball, VERSIONS[major].spec, `@typescript-eslint/parser@${version("@typescript-eslint/parser")}`, `typescript@${version("typescript")}`, `jiti@${version("jiti")}`, ...extraPackages.map((name) => `${name}@${version(name)}`)];
  execFileSync("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund", "--ignore-scripts", "--loglevel=error", ...packages], { cwd: dir, stdio: "pipe" });
  return path.join(dir, "node_modules");
}

/** A project folder with the fixture sources, the given files, and the installed node_modules. */
export function makeCase(workDir: string, name: string, nodeModules: string, files: Record<string, string>, packageType: "module" | "commonjs"): string {
  const dir = path.join(workDir, "cases", name);
  mkdirSync(dir, { recursive: true });
  cpSync(fixtureSources, dir, { recursive: true });
  symlinkSync(nodeModules, path.join(dir, "node_modules"), "dir");
  writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: `case-${name}`, private: true, type: packageType }));
  for (const [file, text] of Object.entries(files)) writeFileSync(path.join(dir, file), text);
  return dir;
}

export interface EslintRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runEslint(dir: string, args: string[], env: Record<string, string> = {}): EslintRun {
  const bin = path.join(dir, "node_modules/eslint/bin/eslint.js");
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: dir, encoding: "utf8", env: { ...process.env, ...env }, maxBuffer: 1 << 26 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

interface JsonResult {
  filePath: string;
  messages: { ruleId: string | null; line: number; message: string; fatal?: boolean }[];
}

/** `file:line rule` for every report of this plugin, sorted; fatal errors too, so a parse failure shows up. */
export function reportsOf(stdout: string): string[] {
  const results = JSON.parse(stdout) as JsonResult[];
  return results
    .flatMap((r) => r.messages.filter((m) => m.fatal || m.ruleId?.startsWith("ai-encryption/")).map((m) => `${path.basename(r.filePath)}:${m.line} ${m.ruleId ?? `FATAL ${m.message}`}`))
    .sort();
}

/** The reports the fixture sources' `// expect:` and `// expect-strict:` comments announce. */
export function expectedReports(files: string[], config: "recommended" | "strict"): string[] {
  const out: string[] = [];
  for (const file of files) {
    readFileSync(path.join(fixtureSources, file), "utf8")
      .split("\n")
      .forEach((line, index) => {
        const match = /\/\/ expect(-strict)?: (.+)$/.exec(line);
        if (!match) return;
        if (match[1] && config !== "strict") return;
        for (const rule of match[2]!.split(",")) out.push(`${file}:${index + 1} ai-encryption/${rule.trim()}`);
      });
  }
  return out.sort();
}

export const SOURCE_FILES = readdirSync(fixtureSources).sort();

export function makeWorkDir(): string {
  return mkdtempSync(path.join(os.tmpdir(), "ai-encryption-integration-"));
}

export function removeWorkDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}
