#!/usr/bin/env node
// npm run bench — lints the corpus (.corpus/, fetched by scripts/fetch-corpus.mjs) with ESLint and
// the typescript-eslint parser: no rules at all, one core rule (what running any rule costs),
// `recommended`, `strict`, and the plugins a user might pick instead, each in a fresh process, in
// several interleaved rounds. Wall time, CPU time and memory come from runs without ESLint's stats
// (stats wrap every listener call in a timer); per-rule time comes from a second run of each plugin
// mode with stats on. "Added" is the median over rounds of each round's own ratio, so that drift of
// the machine between rounds cancels out.
//   --rounds=N      rounds (default 3)
//   --sample=N      files from the corpus (default 4000, 0 for all of it)
//   --no-alternatives   skip the other plugins
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { listSourceFiles, sampleFiles } from "./corpus-lib.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const arg = (name, fallback) => {
  const found = process.argv.find((a) => a.startsWith(`--${name}=`));
  return found ? Number(found.split("=")[1]) : fallback;
};
const rounds = arg("rounds", 3);
const sample = arg("sample", 4000);
const withAlternatives = !process.argv.includes("--no-alternatives");

if (!existsSync(path.join(root, ".corpus"))) execFileSync("node", ["scripts/fetch-corpus.mjs"], { cwd: root, stdio: "inherit" });
if (withAlternatives && !existsSync(path.join(root, "bench/alternatives/node_modules"))) {
  execFileSync("npm", ["ci", "--prefix", "bench/alternatives", "--ignore-scripts", "--no-audit", "--no-fund"], { cwd: root, stdio: "inherit" });
}
const all = listSourceFiles(path.join(root, ".corpus"));
const files = sample > 0 ? sampleFiles(all, sample) : all;
mkdirSync(path.join(root, "bench/results"), { recursive: true });
const listFile = path.join(root, "bench/results/files.json");
writeFileSync(listFile, JSON.stringify(files));

const BASELINES = ["none", "one-core-rule"];
const modes = [...BASELINES, "recommended", "strict", ...(withAlternatives ? ["eslint-plugin-no-secrets", "eslint-plugin-sonarjs", "@microsoft/eslint-plugin-sdl"] : [])];
const runs = Object.fromEntries(modes.map((m) => [m, []]));
const statsRuns = Object.fromEntries(modes.map((m) => [m, []]));
const lintOnce = (mode, stats) => {
  const out = execFileSync("node", ["bench/lint-once.mjs", mode, listFile], {
    cwd: root,
    encoding: "utf8",
    maxBuffer: 1 << 26,
    env: { ...process.env, BENCH_STATS: stats ? "1" : "0" },
  });
  return JSON.parse(out.trim().split("\n").pop());
};
for (let round = 1; round <= rounds; round++) {
  for (const mode of modes) {
    const run = lintOnce(mode, false);
    runs[mode].push(run);
    let line = `round ${round}/${rounds} ${mode}: ${Math.round(run.wallMs)} ms`;
    if (!BASELINES.includes(mode)) {
      statsRuns[mode].push(lintOnce(mode, true));
      line += ` (with stats ${Math.round(statsRuns[mode].at(-1).wallMs)} ms)`;
    }
    process.stderr.write(`${line}\n`);
  }
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
/** Median over rounds of the round's own added share against a baseline mode, in per cent. */
const pairedAdded = (mode, base, field) => median(runs[mode].map((r, i) => ((r[field] - runs[base][i][field]) / runs[base][i][field]) * 100));
const baseline = median(runs.none.map((r) => r.wallMs));
const rows = modes.map((mode) => {
  const ruleTotals = {};
  for (const run of statsRuns[mode]) for (const [rule, ms] of Object.entries(run.ruleMs)) (ruleTotals[rule] ??= []).push(ms);
  const perRule = Object.fromEntries(Object.entries(ruleTotals).map(([rule, xs]) => [rule, median(xs)]).sort((a, b) => b[1] - a[1]));
  const ruleMs = Object.values(perRule).reduce((sum, ms) => sum + ms, 0);
  return {
    mode,
    medianMs: Math.round(median(runs[mode].map((r) => r.wallMs))),
    cpuMs: Math.round(median(runs[mode].map((r) => r.cpuMs))),
    addedPct: pairedAdded(mode, "none", "wallMs"),
    addedOverCorePct: pairedAdded(mode, "one-core-rule", "wallMs"),
    cpuAddedPct: pairedAdded(mode, "none", "cpuMs"),
    ruleMs,
    rulePct: (ruleMs / baseline) * 100,
    peakRssMB: Math.round(Math.max(...runs[mode].map((r) => r.maxRssMB))),
    problems: runs[mode][0].problems,
    perRule,
  };
});

const pct = (x) => `${x >= 0 ? "+" : ""}${x.toFixed(1)} %`;
const lines = [];
lines.push(`Corpus: ${files.length} files (${sample > 0 ? `every n-th of ${all.length}` : "all"}), ${rounds} rounds, ESLint ${JSON.parse(execFileSync("node", ["-p", "JSON.stringify(require('eslint/package.json').version)"], { cwd: root, encoding: "utf8" }))}, Node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}`);
lines.push("");
lines.push("| run | median wall time | wall time added to no rules | to one core rule | CPU time added | rule time, with stats (share of no rules) | peak memory | problems reported |");
lines.push("| :-- | --: | --: | --: | --: | --: | --: | --: |");
for (const r of rows) {
  const added = r.mode === "none" ? "—" : pct(r.addedPct);
  const overCore = BASELINES.includes(r.mode) ? "—" : pct(r.addedOverCorePct);
  const cpuAdded = r.mode === "none" ? "—" : pct(r.cpuAddedPct);
  const ruleTime = BASELINES.includes(r.mode) ? "—" : `${Math.round(r.ruleMs)} ms (${r.rulePct.toFixed(2)} %)`;
  lines.push(`| ${r.mode} | ${(r.medianMs / 1000).toFixed(2)} s | ${added} | ${overCore} | ${cpuAdded} | ${ruleTime} | ${r.peakRssMB} MB | ${r.problems} |`);
}
for (const r of rows.filter((x) => !BASELINES.includes(x.mode))) {
  lines.push("", `Per-rule time (${r.mode}, ESLint stats, median of rounds, share of the no-rules run):`, "");
  lines.push("| rule | time | share |", "| :-- | --: | --: |");
  for (const [rule, ms] of Object.entries(r.perRule)) lines.push(`| ${rule} | ${Math.round(ms)} ms | ${((ms / baseline) * 100).toFixed(2)} % |`);
}
const report = lines.join("\n");
writeFileSync(path.join(root, "bench/results/latest.md"), `${report}\n`);
writeFileSync(path.join(root, "bench/results/latest.json"), JSON.stringify({ files: files.length, rounds, rows, runs, statsRuns }, null, 2));
process.stdout.write(`${report}\n`);
