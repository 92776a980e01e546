import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sarifProblems } from "../support/sarif";
import { makeWorkDir, removeWorkDir, root } from "./harness";

/**
 * The built `ai-encryption-audit` command (dist/cli/audit.js, run `npm run build` first), run as a
 * user runs it on folders made at test time: its output formats, exit codes, which files it reads,
 * and the two example apps of examples/. The build is copied first, next to a copy of
 * package.json, so that a rebuild during the run cannot change what is tested.
 */
const TIMEOUT = 120_000;
let AUDIT: string;
/** The built plugin's rules, as the command loads them. */
let builtRules: Record<string, { meta: { docs: { recommended: string } } }>;

interface AuditRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

const runs = new Map<string, AuditRun>();

/** Runs the command (once per folder and arguments: the fixtures do not change during the tests). */
function audit(cwd: string, args: string[]): AuditRun {
  const key = JSON.stringify([cwd, args]);
  const cached = runs.get(key);
  if (cached) return cached;
  const run = spawnAudit(cwd, args);
  runs.set(key, run);
  return run;
}

function spawnAudit(cwd: string, args: string[]): AuditRun {
  const result = spawnSync(process.execPath, [AUDIT, "--no-progress", ...args], { cwd, encoding: "utf8", maxBuffer: 1 << 26 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

interface JsonReport {
  summary: { filesScanned: number; errors: number; warnings: number; unparsable: number; byRule: Record<string, number> };
  results: { filePath: string; messages: { ruleId: string | null; severity: number; message: string; line: number; column: number; fatal?: boolean }[] }[];
}

function auditJson(cwd: string, args: string[]): { run: AuditRun; report: JsonReport } {
  const run = audit(cwd, [...args, "--format", "json"]);
  return { run, report: JSON.parse(run.stdout) as JsonReport };
}

/** `file:line rule` of every report in a JSON report, sorted (`FATAL` for files that could not be read or parsed). */
function findingsOf(report: JsonReport): string[] {
  return report.results
    .flatMap((r) => r.messages.map((m) => `${r.filePath}:${m.line} ${m.ruleId ?? "FATAL"}`))
    .sort();
}

// ---------------------------------------------------------------- the fixture project

/**
 * Sources with `// expect: rule` (recommended and strict) and `// expect-strict: rule` (strict
 * only) on each line the audit must report, in every extension the audit reads.
 */
const SOURCES: Record<string, string> = {
  "src/agent.ts": `import https from "node:https";

interface AgentOptions {
  keepAlive: boolean;
}

const defaults: AgentOptions = { keepAlive: true };
export const legacyAgent = new https.Agent({ ...defaults, minVersion: "TLSv1" }); // expect: no-weak-tls-version
export const modernAgent = new https.Agent({ ...defaults, minVersion: "TLSv1.2" }); // expect-strict: no-weak-tls-version
`,
  "src/view.tsx": `import { useEffect, useState } from "react";

export function Completion<T,>({ prompt }: { prompt: string; extra?: T }) {
  const [text, setText] = useState("");
  useEffect(() => {
    fetch("http://inference.internal/v1/completions", { method: "POST", body: JSON.stringify({ prompt }) }) // expect: no-plaintext-http
      .then((r) => r.json())
      .then((d: { text: string }) => setText(d.text));
  }, [prompt]);
  return <pre className="completion">{text}</pre>;
}
`,
  "src/weights.mjs": `import fs from "node:fs";

export function saveWeights(weights) {
  fs.writeFileSync("/tmp/model.gguf", weights, { mode: 0o644 }); // expect-strict: no-world-readable-model-files
}
`,
  "src/suppressed.ts": `import https from "node:https";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a rule the audit does not load
export const x: any = 1;
/* eslint no-console: "error" */
console.log("core rules turned on in a comment are not the audit's business");
// eslint-disable-next-line ai-encryption/no-disabled-tls-verification -- local test server
export const agent = new https.Agent({ rejectUnauthorized: false });
`,
  "src/types.d.ts": "declare const apiKey: string;\nexport { apiKey };\n",
  "src/broken.ts": "export const = ;\n",
  // ESLint 10 answers an \`eslint-env\` comment with a fatal message, yet lints the file.
  "lib/legacy.cjs": `/* eslint-env node, mocha */
const tls = require("tls");

module.exports = function connect() {
  return tls.connect({ host: "vectors.example.net", port: 6334, rejectUnauthorized: false }); // expect: no-disabled-tls-verification
};
`,
  "lib/startup.mjs": `export function printConfig() {
  console.log("OpenAI key:", process.env.OPENAI_API_KEY); // expect: no-secret-in-log
}
`,
  // JSX in a .js file
  "lib/widget.js": `export const Banner = () => <div className="banner">Beta</div>;
process.env.NODE_TLS_REJECT_UNAUTHORIZED = "0"; // expect: no-disabled-tls-verification
`,
  // sloppy-mode script (not a module)
  "lib/sloppy.js": `with (Math) {
  process.env.NODE_TLS_REJECT_UNAUTHORIZED = "0"; // expect: no-disabled-tls-verification
}
`,
  // decorators, which espree does not parse yet
  "lib/service.js": `@sealed
class Service {}
process.env.NODE_TLS_REJECT_UNAUTHORIZED = "0"; // expect: no-disabled-tls-verification
export default Service;
`,
};

const INSECURE = 'process.env.NODE_TLS_REJECT_UNAUTHORIZED = "0";\n';

/** Files the audit must not read when it walks the folder: each would be reported if it did. */
const SKIPPED: Record<string, string> = {
  "node_modules/fake-sdk/index.js": INSECURE,
  "packages/app/node_modules/dep/index.mjs": INSECURE,
  "dist/bundle.js": INSECURE,
  "build/app.js": INSECURE,
  "coverage/lcov-report/prettify.js": INSECURE,
  "generated/client.ts": INSECURE,
  "src/settings.local.js": INSECURE,
  "lib/private/keys.mjs": INSECURE,
};

const GITIGNORE = "# generated code\ngenerated/\n*.local.js\n";
const NESTED_GITIGNORE = "private/\n";

/** The files the audit lints in the fixture: the sources without the declaration file, plus the dangling link. */
const LINTED = [...Object.keys(SOURCES).filter((f) => !f.endsWith(".d.ts")), "src/dangling.js"];

function expected(config: "recommended" | "strict"): string[] {
  const out: string[] = [];
  for (const [file, text] of Object.entries(SOURCES)) {
    text.split("\n").forEach((line, index) => {
      const match = /\/\/ expect(-strict)?: ([a-z-]+)$/.exec(line);
      if (match && (!match[1] || config === "strict")) out.push(`${file}:${index + 1} ai-encryption/${match[2]}`);
    });
  }
  out.push("src/broken.ts:1 FATAL", "src/dangling.js:1 FATAL");
  return out.sort();
}

/** `file:line:col` of the first occurrence of `text` in a fixture source. */
function locate(file: string, text: string): string {
  const source = SOURCES[file]!;
  const index = source.indexOf(text);
  if (index < 0) throw new Error(`"${text}" is not in ${file}`);
  const before = source.slice(0, index).split("\n");
  return `${file}:${before.length}:${before[before.length - 1]!.length + 1}`;
}

function writeFiles(dir: string, files: Record<string, string>): void {
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
}

let workDir: string;
let project: string;
let clean: string;

beforeAll(() => {
  const built = path.join(root, "dist/cli/audit.js");
  if (!existsSync(built)) throw new Error(`${built} is missing: run \`npm run build\` first.`);
  workDir = makeWorkDir();
  const installed = path.join(workDir, "installed");
  cpSync(path.join(root, "dist"), path.join(installed, "dist"), { recursive: true });
  cpSync(path.join(root, "package.json"), path.join(installed, "package.json"));
  symlinkSync(path.join(root, "node_modules"), path.join(installed, "node_modules"), "dir");
  AUDIT = path.join(installed, "dist/cli/audit.js");
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the built plugin
  builtRules = (require(path.join(installed, "dist/index.js")) as { rules: typeof builtRules }).rules;
  project = path.join(workDir, "project");
  // An .eslintignore belongs to the project's own ESLint setup, which the audit does not read (nor warn about).
  writeFiles(project, { ...SOURCES, ...SKIPPED, ".gitignore": GITIGNORE, "lib/.gitignore": NESTED_GITIGNORE, ".eslintignore": "src/\nlib/\n" });
  symlinkSync("../does-not-exist.js", path.join(project, "src/dangling.js"));
  clean = path.join(workDir, "clean");
  writeFiles(clean, {
    "index.ts": 'import https from "node:https";\nexport const agent = new https.Agent({ keepAlive: true, minVersion: "TLSv1.3" });\n',
    "warn-only.mjs": 'import fs from "node:fs";\nfs.writeFileSync("/tmp/adapter_model.safetensors", adapter, { mode: 0o644 });\n',
  });
});

afterAll(() => {
  if (workDir) removeWorkDir(workDir);
});

// ---------------------------------------------------------------- output

describe("stylish output", () => {
  it("groups the findings by rule with counts, lists file:line:col locations, and ends with a summary", { timeout: TIMEOUT }, () => {
    const run = audit(project, []);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe("");
    const lines = run.stdout.trimEnd().split("\n");
    // Groups: a header `rule  (counts)`, its locations, a blank line.
    const groups = new Map<string, { count: number; locations: string[] }>();
    let current: { count: number; locations: string[] } | undefined;
    for (const line of lines) {
      const header = /^(ai-encryption\/[a-z-]+|\(could not read or parse\)) {2}\((\d+ errors?(?:, \d+ warnings?)?|\d+ warnings?)\)$/.exec(line);
      if (header) {
        const count = header[2]!.split(", ").reduce((sum, part) => sum + Number(part.split(" ")[0]), 0);
        current = { count, locations: [] };
        groups.set(header[1]!, current);
      } else if (line.startsWith("  ")) {
        expect(current, `location outside a group: ${line}`).toBeDefined();
        current!.locations.push(line);
      } else {
        current = undefined;
      }
    }
    for (const [id, { count, locations }] of groups) {
      expect(locations.length, id).toBe(count);
      for (const location of locations) expect(location).toMatch(/^ {2}[\w./-]+:\d+:\d+ {2}(error|warning) {2}\S.*\.$/);
    }
    // Every expected finding is in the group of its rule, with its exact position.
    const shown = [...groups.entries()].flatMap(([id, { locations }]) =>
      locations.map((l) => `${l.trim().split(" ")[0]!.replace(/:\d+$/, "")} ${id.startsWith("(") ? "FATAL" : id}`),
    );
    expect(shown.sort()).toEqual(expected("recommended"));
    expect(groups.get("ai-encryption/no-weak-tls-version")!.locations).toEqual([expect.stringContaining(`  ${locate("src/agent.ts", 'minVersion: "TLSv1"')}  error  `)]);
    expect(groups.get("ai-encryption/no-disabled-tls-verification")!.locations[0]).toContain(`  ${locate("lib/legacy.cjs", "rejectUnauthorized: false")}  error  `);
    // The most frequent rule first, files that could not be read or parsed last.
    const ids = [...groups.keys()];
    expect(ids[0]).toBe("ai-encryption/no-disabled-tls-verification");
    expect(ids[ids.length - 1]).toBe("(could not read or parse)");
    const problems = expected("recommended").length;
    expect(lines.at(-2)).toBe(`${problems} problems (${problems} errors, 0 warnings) in ${LINTED.length} files scanned.`);
    expect(lines.at(-1)).toBe("2 files could not be read or parsed (listed above).");
  });

  it("--quiet reports errors only", { timeout: TIMEOUT }, () => {
    const run = audit(project, ["--config", "strict", "--quiet"]);
    expect(run.status).toBe(1);
    expect(run.stdout).not.toMatch(/ {2}warning {2}|\(\d+ warnings?\)$|no-world-readable-model-files/m);
    expect(run.stdout).toMatch(/ai-encryption\/no-weak-tls-version {2}\(2 errors\)/);
  });
});

describe("--format json and sarif, --output", () => {
  it("json: results with positions relative to the folder, and a summary that counts them", { timeout: TIMEOUT }, () => {
    const { run, report } = auditJson(project, ["--config", "strict"]);
    expect(run.status).toBe(1);
    expect(findingsOf(report)).toEqual(expected("strict"));
    const messages = report.results.flatMap((r) => r.messages);
    const byRule: Record<string, number> = {};
    for (const m of messages) byRule[m.ruleId ?? "parse-error"] = (byRule[m.ruleId ?? "parse-error"] ?? 0) + 1;
    expect(report.summary).toEqual({
      filesScanned: LINTED.length,
      errors: messages.filter((m) => m.severity === 2).length,
      warnings: messages.filter((m) => m.severity === 1).length,
      unparsable: 2,
      byRule,
    });
    expect(report.summary.warnings).toBe(1);
    expect(report.results.every((r) => !path.isAbsolute(r.filePath) && !r.filePath.startsWith(".."))).toBe(true);
  });

  it("sarif: a valid SARIF 2.1.0 log with one result per finding and the rules that reported", { timeout: TIMEOUT }, () => {
    const run = audit(project, ["--config", "strict", "--format", "sarif"]);
    expect(run.status).toBe(1);
    const log = JSON.parse(run.stdout) as {
      runs: {
        tool: { driver: { name: string; rules: { id: string; shortDescription: { text: string }; helpUri?: string }[] } };
        results: { ruleId: string; level: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[] }[];
      }[];
    };
    expect(sarifProblems(log)).toEqual([]);
    const [sarifRun] = log.runs;
    expect(sarifRun!.tool.driver.name).toBe("ai-encryption-audit");
    const found = sarifRun!.results.map((r) => `${r.locations[0]!.physicalLocation.artifactLocation.uri}:${r.locations[0]!.physicalLocation.region.startLine} ${r.ruleId === "parse-error" ? "FATAL" : r.ruleId}`);
    expect(found.sort()).toEqual(expected("strict"));
    expect(sarifRun!.results.filter((r) => r.level === "warning").map((r) => r.ruleId)).toEqual(["ai-encryption/no-world-readable-model-files"]);
    const ruleIds = sarifRun!.tool.driver.rules.map((r) => r.id);
    expect(ruleIds).toEqual([...new Set(sarifRun!.results.map((r) => r.ruleId))].sort());
    const weakTls = sarifRun!.tool.driver.rules.find((r) => r.id === "ai-encryption/no-weak-tls-version");
    expect(weakTls?.shortDescription.text).toMatch(/^Disallow /);
  });

  it("--output writes the report to a file, and a one-line summary to stderr", { timeout: TIMEOUT }, () => {
    const file = path.join(workDir, "report.sarif");
    const run = audit(project, ["--format", "sarif", "--output", file]);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe("");
    const problems = expected("recommended").length;
    expect(run.stderr).toBe(`ai-encryption-audit: ${problems} errors, 0 warnings in ${LINTED.length} files; report written to ${file}\n`);
    expect(JSON.parse(readFileSync(file, "utf8"))).toEqual(JSON.parse(audit(project, ["--format", "sarif"]).stdout));
    const stylish = path.join(workDir, "report.txt");
    expect(audit(project, ["--output", stylish]).status).toBe(1);
    expect(readFileSync(stylish, "utf8")).toBe(audit(project, []).stdout);
  });
});

// ---------------------------------------------------------------- exit codes and options

describe("exit codes", () => {
  it("0 without errors, 1 with errors, 1 when warnings pass --max-warnings", { timeout: TIMEOUT }, () => {
    const recommended = audit(clean, []);
    expect(recommended.status).toBe(0);
    expect(recommended.stdout).toBe("No problems found in 2 files.\n");
    const strict = audit(clean, ["--config", "strict"]);
    expect(strict.stdout).toMatch(/^ai-encryption\/no-world-readable-model-files {2}\(1 warning\)$/m);
    expect(strict.stdout).toMatch(/^1 problem \(0 errors, 1 warning\) in 2 files scanned\.$/m);
    expect(strict.status).toBe(0);
    expect(audit(clean, ["--config", "strict", "--max-warnings", "1"]).status).toBe(0);
    expect(audit(clean, ["--config", "strict", "--max-warnings", "0"]).status).toBe(1);
    expect(audit(project, []).status).toBe(1);
  });

  it.each([
    [["--config", "paranoid"], /--config must be "recommended" or "strict"/],
    [["--format", "xml"], /--format must be stylish, json or sarif/],
    [["--max-warnings", "some"], /--max-warnings takes a whole number/],
    [["--max-warnings=-1"], /--max-warnings takes a whole number/],
    [["--max-warnings", "1.5"], /--max-warnings takes a whole number/],
    [["--no-such-option"], /Unknown option '--no-such-option'/],
    [["--config"], /--config.*argument missing/],
  ])("2 on a bad option: %j", { timeout: TIMEOUT }, (args, message) => {
    const run = audit(clean, args);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(message);
    expect(run.stderr).toContain("Usage: ai-encryption-audit");
  });

  it("2 on a path or an --output folder that does not exist, before reading anything", { timeout: TIMEOUT }, () => {
    const run = audit(clean, [".", "no-such-folder"]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe("ai-encryption-audit: No such file or folder: no-such-folder\n");
    const output = audit(clean, ["--output", "no-such-folder/report.txt"]);
    expect(output.status).toBe(2);
    expect(output.stderr).toBe("ai-encryption-audit: The folder of --output no-such-folder/report.txt does not exist.\n");
  });

  it("--help and --version", { timeout: TIMEOUT }, () => {
    const help = audit(clean, ["--help"]);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage: ai-encryption-audit \[options\] \[paths\.\.\.\]/);
    for (const option of ["--config", "--format", "--output", "--max-warnings", "--quiet", "--help", "--version"]) expect(help.stdout).toContain(option);
    expect(audit(clean, ["-h"]).stdout).toBe(help.stdout);
    const version = audit(clean, ["--version"]);
    expect(version.status).toBe(0);
    expect(version.stdout).toBe(`${(JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as { version: string }).version}\n`);
  });
});

describe("--config strict", () => {
  it("adds the strict-only rules as warnings and the strict options of the others", { timeout: TIMEOUT }, () => {
    const strictOnly = new Set(Object.entries(builtRules).filter(([, rule]) => rule.meta.docs.recommended === "strict").map(([name]) => `ai-encryption/${name}`));
    const recommended = auditJson(project, []).report;
    const strict = auditJson(project, ["--config", "strict"]).report;
    const added = findingsOf(strict).filter((f) => !findingsOf(recommended).includes(f));
    expect(added).toEqual(["src/agent.ts:9 ai-encryption/no-weak-tls-version", "src/weights.mjs:4 ai-encryption/no-world-readable-model-files"]);
    for (const m of strict.results.flatMap((r) => r.messages)) {
      if (m.ruleId && strictOnly.has(m.ruleId)) expect(m.severity, m.ruleId).toBe(1);
    }
    expect(recommended.results.flatMap((r) => r.messages).some((m) => m.ruleId && strictOnly.has(m.ruleId))).toBe(false);
  });
});

// ---------------------------------------------------------------- which files

describe("which files are read", () => {
  it("lints .ts, .tsx, .js (modules, JSX, scripts, decorators), .cjs and .mjs, and no declaration files", { timeout: TIMEOUT }, () => {
    const { report } = auditJson(project, ["--config", "strict"]);
    const reported = new Set(report.results.filter((r) => r.messages.some((m) => m.ruleId)).map((r) => r.filePath));
    for (const file of ["src/agent.ts", "src/view.tsx", "lib/widget.js", "lib/sloppy.js", "lib/service.js", "lib/legacy.cjs", "lib/startup.mjs", "src/weights.mjs"]) {
      expect(reported, file).toContain(file);
    }
    expect(report.summary.filesScanned).toBe(LINTED.length);
    expect(report.results.map((r) => r.filePath)).not.toContain("src/types.d.ts");
  });

  it("skips node_modules, build output and what the .gitignore files ignore, and honours eslint-disable comments for its rules", { timeout: TIMEOUT }, () => {
    const { report } = auditJson(project, ["--config", "strict"]);
    const files = report.results.map((r) => r.filePath);
    for (const skipped of Object.keys(SKIPPED)) expect(files, skipped).not.toContain(skipped);
    expect(files).not.toContain("src/suppressed.ts");
  });

  it("reads the .gitignore files above a folder up to the root of its git work tree", { timeout: TIMEOUT }, () => {
    const repo = path.join(workDir, "repo");
    writeFiles(repo, {
      ".git/HEAD": "ref: refs/heads/main\n",
      ".gitignore": "node_modules/\ndist/\npackages/api/generated/\n*.gen.ts\n",
      "packages/api/src/a.ts": INSECURE,
      "packages/api/src/b.gen.ts": INSECURE,
      "packages/api/generated/c.ts": INSECURE,
      "node_modules/llm-sdk/dist/client.js": INSECURE,
      "node_modules/llm-sdk/dist/client.gen.ts": INSECURE,
    });
    const { report } = auditJson(path.join(repo, "packages/api"), ["src", "generated"]);
    // `generated` is named on the command line, so it is read even though git ignores it.
    expect(findingsOf(report)).toEqual(["generated/c.ts:1 ai-encryption/no-disabled-tls-verification", "src/a.ts:1 ai-encryption/no-disabled-tls-verification"]);
    // A package in node_modules, which git ignores: its code in dist/ is read, and the repository's .gitignore does not apply inside it.
    const { report: pkg } = auditJson(repo, ["node_modules/llm-sdk"]);
    expect(findingsOf(pkg)).toEqual(["dist/client.gen.ts:1 ai-encryption/no-disabled-tls-verification", "dist/client.js:1 ai-encryption/no-disabled-tls-verification"]);
  });

  it("reads a skipped folder or file when it is named on the command line", { timeout: TIMEOUT }, () => {
    const { report } = auditJson(project, ["dist", "node_modules/fake-sdk", "src/settings.local.js"]);
    expect(findingsOf(report)).toEqual([
      "dist/bundle.js:1 ai-encryption/no-disabled-tls-verification",
      "node_modules/fake-sdk/index.js:1 ai-encryption/no-disabled-tls-verification",
      "src/settings.local.js:1 ai-encryption/no-disabled-tls-verification",
    ]);
  });

  it("lints folders outside the current folder, several at a time", { timeout: TIMEOUT }, () => {
    const elsewhere = path.join(workDir, "elsewhere");
    mkdirSync(elsewhere, { recursive: true });
    const { run, report } = auditJson(elsewhere, [path.join(project, "lib"), path.join(project, "src/agent.ts")]);
    expect(run.status).toBe(1);
    expect(findingsOf(report)).toEqual(expected("recommended").filter((f) => f.startsWith("lib/") || f.startsWith("src/agent.ts")));
  });

  it("says so when a folder holds no source file outside skipped folders", { timeout: TIMEOUT }, () => {
    const pkg = path.join(workDir, "published-package");
    writeFiles(pkg, { "package.json": "{}", "dist/index.js": INSECURE });
    const run = audit(workDir, ["published-package"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe("No files audited.\n");
    expect(run.stderr).toContain("no JavaScript or TypeScript files found in published-package");
    expect(run.stderr).toContain(`ai-encryption-audit ${path.join("published-package", "dist")}`);
  });

  it("reports files it cannot read or parse, counts them, and goes on", { timeout: TIMEOUT }, () => {
    const { report } = auditJson(project, []);
    const fatal = report.results.flatMap((r) => r.messages.filter((m) => m.fatal).map((m) => `${r.filePath}: ${m.message}`));
    expect(fatal).toEqual([expect.stringMatching(/^src\/broken\.ts: Parsing error: /), "src/dangling.js: Could not read the file: it does not exist (a broken symbolic link?)."]);
    expect(report.summary.unparsable).toBe(2);
    expect(report.summary.byRule["parse-error"]).toBe(2);
  });

  it("stops quietly when the reader of its output goes away", { timeout: TIMEOUT }, () => {
    const run = spawnSync("sh", ["-c", `"${process.execPath}" "${AUDIT}" --no-progress . | head -n 1`], { cwd: project, encoding: "utf8" });
    expect(run.stdout).toMatch(/^ai-encryption\//);
    expect(run.stderr).toBe("");
  });
});

// ---------------------------------------------------------------- the example apps

describe("examples/", () => {
  it("vulnerable-rag-app: at least one finding for every rule of the plugin, each marked with a ❌ comment", { timeout: TIMEOUT }, () => {
    const example = path.join(root, "examples/vulnerable-rag-app");
    const { run, report } = auditJson(root, [example, "--config", "strict"]);
    expect(run.status).toBe(1);
    expect(report.summary.unparsable).toBe(0);
    const rules = Object.keys(builtRules);
    expect(rules.length).toBeGreaterThanOrEqual(14);
    const reported = new Set(Object.keys(report.summary.byRule));
    expect(rules.filter((rule) => !reported.has(`ai-encryption/${rule}`))).toEqual([]);
    for (const result of report.results) {
      const lines = readFileSync(path.join(example, result.filePath), "utf8").split("\n");
      for (const m of result.messages) {
        const rule = m.ruleId!.replace("ai-encryption/", "");
        const above = lines.slice(Math.max(0, m.line - 9), m.line);
        expect(above.some((line) => line.includes(`❌ ${rule}`)), `${result.filePath}:${m.line} ${rule} has no ❌ comment`).toBe(true);
      }
    }
  });

  it("secure-rag-app: nothing to report, even with the strict config", { timeout: TIMEOUT }, () => {
    const example = path.join(root, "examples/secure-rag-app");
    const run = audit(root, [example, "--config", "strict"]);
    const sources = readdirSync(example, { recursive: true, encoding: "utf8" }).filter((f) => /\.(?:[cm]?[jt]sx?)$/.test(f));
    expect(run.stdout).toBe(`No problems found in ${sources.length} files.\n`);
    expect(run.status).toBe(0);
  });

  it("neither example holds a provider-format key", () => {
    for (const example of ["vulnerable-rag-app", "secure-rag-app"]) {
      const dir = path.join(root, "examples", example);
      for (const file of readdirSync(dir, { recursive: true, encoding: "utf8" })) {
        if (!/\.(?:[cm]?[jt]sx?|json|md)$/.test(file)) continue;
        expect(readFileSync(path.join(dir, file), "utf8"), file).not.toMatch(/\b(?:sk-[A-Za-z0-9_-]{20,}|AIza[0-9A-Za-z_-]{30,}|hf_[A-Za-z0-9]{30,}|gh[pousr]_[A-Za-z0-9]{30,}|AKIA[0-9A-Z]{16}|xox[abp]-[A-Za-z0-9-]{10,})/);
      }
    }
  });
});
