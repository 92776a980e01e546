// One timed ESLint run in a fresh process (so memory figures are its own):
//   node bench/lint-once.mjs <mode> <file-list.json>
// Prints one JSON line: wall and CPU time, peak RSS, problems, and per-rule time from ESLint's --stats data.
// BENCH_STATS=0 turns ESLint's stats off: no per-rule times, and no timing wrapper around every listener call.
// BENCH_PLUGIN=<path to a built index.js> measures another build of the plugin (to compare two builds).
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(path.join(root, "package.json"));
const requireAlt = createRequire(path.join(root, "bench/alternatives/package.json"));
const { ESLint } = require("eslint");
const tsParser = require("@typescript-eslint/parser");

const [mode, listFile] = process.argv.slice(2);
const files = JSON.parse(readFileSync(listFile, "utf8"));

function modeConfig(name) {
  switch (name) {
    case "none":
      return [];
    // What any lint run pays for running rules at all: one core rule that visits one rare node type.
    case "one-core-rule":
      return [{ rules: { "no-debugger": "error" } }];
    case "recommended":
    case "strict":
      return [require(process.env.BENCH_PLUGIN ?? "./dist/index.js").configs[name]];
    case "eslint-plugin-no-secrets":
      return [{ plugins: { "no-secrets": requireAlt("eslint-plugin-no-secrets") }, rules: { "no-secrets/no-secrets": "error" } }];
    case "eslint-plugin-sonarjs": {
      const rules = ["weak-ssl", "unverified-certificate", "unverified-hostname", "no-clear-text-protocols", "no-hardcoded-secrets", "no-hardcoded-passwords", "hardcoded-secret-signatures", "no-weak-cipher", "encryption-secure-mode", "no-weak-keys"];
      return [{ plugins: { sonarjs: requireAlt("eslint-plugin-sonarjs") }, rules: Object.fromEntries(rules.map((r) => [`sonarjs/${r}`, "error"])) }];
    }
    case "@microsoft/eslint-plugin-sdl":
      return [{ plugins: { "@microsoft/sdl": requireAlt("@microsoft/eslint-plugin-sdl") }, rules: { "@microsoft/sdl/no-insecure-url": "error" } }];
    default:
      throw new Error(`unknown mode ${name}`);
  }
}

const eslint = new ESLint({
  cwd: root,
  overrideConfigFile: true,
  ignore: false,
  stats: process.env.BENCH_STATS !== "0",
  overrideConfig: [
    { files: ["**/*.{js,mjs,cjs,jsx}"], languageOptions: { ecmaVersion: "latest", sourceType: "module" } },
    { files: ["**/*.cjs"], languageOptions: { sourceType: "commonjs" } },
    { files: ["**/*.{ts,mts,cts,tsx}"], languageOptions: { parser: tsParser } },
    { files: ["**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx}"], linterOptions: { reportUnusedDisableDirectives: "off" } },
    ...modeConfig(mode).map((c) => ({ ...c, files: ["**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx}"] })),
  ],
});

const start = performance.now();
const cpuStart = process.cpuUsage();
const results = await eslint.lintFiles(files);
const wallMs = performance.now() - start;
const cpu = process.cpuUsage(cpuStart);
const cpuMs = (cpu.user + cpu.system) / 1000;
const ruleMs = {};
let problems = 0;
let fatal = 0;
for (const result of results) {
  for (const m of result.messages) {
    if (m.fatal) fatal++;
    else problems++;
  }
  for (const pass of result.stats?.times?.passes ?? []) {
    for (const [rule, t] of Object.entries(pass.rules ?? {})) ruleMs[rule] = (ruleMs[rule] ?? 0) + t.total;
  }
}
process.stdout.write(`${JSON.stringify({ mode, files: results.length, wallMs, cpuMs, maxRssMB: process.resourceUsage().maxRSS / 1024, problems, fatal, ruleMs })}\n`);
