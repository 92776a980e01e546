// Shared by the corpus crash test, its fast slice in `npm test`, and the benchmark: lints real files
// with the built plugin through ESLint's Linter, catching every exception and timing each file.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(path.join(root, "package.json"));
const { Linter } = require("eslint");
const tsParser = require("@typescript-eslint/parser");
const plugin = require("./dist/index.js");

const SOURCE = /\.(?:js|mjs|cjs|jsx|ts|mts|cts|tsx)$/;
const TS = /\.(?:ts|mts|cts|tsx)$/;

/** Every JS/TS file under `dir`, sorted, skipping nested node_modules. */
export function listSourceFiles(dir) {
  const out = [];
  const walk = (d) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== "node_modules" && entry.name !== ".git") walk(full);
      } else if (entry.isFile() && SOURCE.test(entry.name)) out.push(full);
    }
  };
  walk(dir);
  return out.sort();
}

/** A deterministic sample of `count` files (every n-th file). */
export function sampleFiles(files, count) {
  if (files.length <= count) return files;
  const step = files.length / count;
  return Array.from({ length: count }, (_, i) => files[Math.floor(i * step)]);
}

function languageOptions(file, sourceType) {
  if (TS.test(file)) return { parser: tsParser, sourceType: "module", parserOptions: { ecmaFeatures: { jsx: file.endsWith(".tsx") } } };
  return { ecmaVersion: "latest", sourceType: file.endsWith(".cjs") ? "commonjs" : sourceType, parserOptions: { ecmaFeatures: { jsx: true } } };
}

/** The rule sets a run can use: no plugin rules, recommended, strict, or every rule with strict options. */
export function ruleSets() {
  const all = { ...plugin.configs.strict.rules };
  return {
    none: {},
    recommended: plugin.configs.recommended.rules,
    strict: plugin.configs.strict.rules,
    all,
  };
}

/**
 * Lints each file with no rules (the baseline: parse and traversal) and with each given rule set.
 * Returns crashes (exceptions thrown by a rule), slow files (plugin time above the bound), and totals.
 */
/** How many more times a file over the slowness bound is timed before it counts as slow. */
const SLOW_RETRIES = 3;

export function lintFiles(files, { sets = ["recommended", "strict"], slowFactor = 3, slowFloorMs = 150, onProgress } = {}) {
  const linter = new Linter({ configType: "flat" });
  const available = ruleSets();
  const crashes = [];
  const slow = [];
  const totals = { files: 0, unparsable: 0, baseMs: 0, reports: {} };
  for (const set of sets) totals[set] = 0;
  files.forEach((file, index) => {
    if (onProgress && index % 500 === 0) onProgress(index, files.length);
    let text;
    try {
      text = readFileSync(file, "utf8");
    } catch {
      return;
    }
    const run = (rules, sourceType) => {
      const config = [{ files: ["**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx}"], languageOptions: languageOptions(file, sourceType), plugins: { "ai-encryption": plugin }, rules, linterOptions: { reportUnusedDisableDirectives: "off" } }];
      const start = performance.now();
      // A virtual name keeps ESLint's default ignores (node_modules) from skipping the file.
      const messages = linter.verify(text, config, { filename: `corpus/file${path.extname(file)}` });
      return { messages, ms: performance.now() - start };
    };
    let sourceType = "module";
    let base = run({}, sourceType);
    if (base.messages.some((m) => m.fatal) && !TS.test(file)) {
      sourceType = "commonjs";
      base = run({}, sourceType);
    }
    if (base.messages.some((m) => m.fatal)) {
      totals.unparsable++;
      return;
    }
    // Inline `/* eslint … */` comments may draw warnings of their own; only a skipped file is a harness error.
    const skipped = base.messages.find((m) => m.ruleId === null && /^File ignored/.test(m.message));
    if (skipped) throw new Error(`ESLint did not lint ${file}: ${skipped.message}`);
    totals.files++;
    totals.baseMs += base.ms;
    for (const set of sets) {
      try {
        const result = run(available[set], sourceType);
        totals[set] += result.ms;
        for (const m of result.messages) {
          if (m.ruleId?.startsWith("ai-encryption/")) {
            totals.reports[m.ruleId] = (totals.reports[m.ruleId] ?? 0) + 1;
          }
        }
        const isSlow = (baseMs, withRulesMs) => withRulesMs - baseMs > slowFloorMs && withRulesMs - baseMs > slowFactor * baseMs;
        if (isSlow(base.ms, result.ms)) {
          // One run can land on a garbage-collection pause or a busy moment of the machine: a file
          // over the bound is timed again, both ways, and judged by its fastest runs.
          let baseMs = base.ms;
          let withRulesMs = result.ms;
          for (let retry = 0; retry < SLOW_RETRIES; retry++) {
            baseMs = Math.min(baseMs, run({}, sourceType).ms);
            withRulesMs = Math.min(withRulesMs, run(available[set], sourceType).ms);
          }
          if (isSlow(baseMs, withRulesMs)) slow.push({ file, set, baseMs: Math.round(baseMs), withRulesMs: Math.round(withRulesMs), bytes: statSync(file).size });
        }
      } catch (error) {
        crashes.push({ file, set, message: String(error?.message ?? error).split("\n").slice(0, 3).join(" | ") });
      }
    }
  });
  return { crashes, slow, totals };
}
