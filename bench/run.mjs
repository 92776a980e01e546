#!/usr/bin/env node
// npm run bench — lints the corpus (.corpus/, fetched by scripts/fetch-corpus.mjs) with ESLint and
// the typescript-eslint parser: no plugin rules, `recommended`, `strict`, and the plugins a user
// might pick instead, each in a fresh process, in several interleaved rounds. Prints median wall
// time, the ratio to the no-rules run, per-rule time from ESLint's stats, and peak memory.
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

const modes = ["none", "recommended", "strict", ...(withAlternatives ? ["eslint-plugin-no-secrets", "eslint-plugin-sonarjs", "@microsoft/eslint-plugin-sdl"] : [])];
const runs = Object.fromEntries(modes.map((m) => [m, []]));
for (let round = 1; round <= rounds; round++) {
  for (const mode of modes) {
    const out = execFileSync("node", ["bench/lint-once.mjs", mode, listFile], { cwd: root, encoding: "utf8", maxBuffer: 1 << 26 });
    const run = JSON.parse(out.trim().split("\n").pop());
    runs[mode].push(run);
    process.stderr.write(`round ${round}/${rounds} ${mode}: ${Math.round(run.wallMs)} ms\n`);
  }
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
const baseline = median(runs.none.map((r) => r.wallMs));
const cpuBaseline = median(runs.none.map((r) => r.cpuMs));
const rows = modes.map((mode) => {
  const wall = median(runs[mode].map((r) => r.wallMs));
  const ruleTotals = {};
  for (const run of runs[mode]) for (const [rule, ms] of Object.entries(run.ruleMs)) (ruleTotals[rule] ??= []).push(ms);
  const perRule = Object.fromEntries(Object.entries(ruleTotals).map(([rule, xs]) => [rule, median(xs)]).sort((a, b) => b[1] - a[1]));
  const ruleMs = Object.values(perRule).reduce((sum, ms) => sum + ms, 0);
  const cpu = median(runs[mode].map((r) => r.cpuMs));
  return { mode, medianMs: Math.round(wall), cpuMs: Math.round(cpu), cpuAddedPct: ((cpu - cpuBaseline) / cpuBaseline) * 100, ratio: wall / baseline, addedPct: ((wall - baseline) / baseline) * 100, ruleMs, rulePct: (ruleMs / baseline) * 100, peakRssMB: Math.round(Math.max(...runs[mode].map((r) => r.maxRssMB))), problems: runs[mode][0].problems, perRule };
});

const lines = [];
lines.push(`Corpus: ${files.length} files (${sample > 0 ? `every n-th of ${all.length}` : "all"}), ${rounds} rounds, ESLint ${JSON.parse(execFileSync("node", ["-p", "JSON.stringify(require('eslint/package.json').version)"], { cwd: root, encoding: "utf8" }))}, Node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}`);
lines.push("");
lines.push("| run | median wall time | ratio to no rules | added | CPU time added | rule time (share of no rules) | peak memory | problems reported |");
lines.push("| :-- | --: | --: | --: | --: | --: | --: | --: |");
for (const r of rows) {
  const added = r.mode === "none" ? "—" : `${r.addedPct >= 0 ? "+" : ""}${r.addedPct.toFixed(1)} %`;
  const ruleTime = r.mode === "none" ? "—" : `${Math.round(r.ruleMs)} ms (${r.rulePct.toFixed(2)} %)`;
  const cpuAdded = r.mode === "none" ? "—" : `${r.cpuAddedPct >= 0 ? "+" : ""}${r.cpuAddedPct.toFixed(1)} %`;
  lines.push(`| ${r.mode} | ${(r.medianMs / 1000).toFixed(2)} s | ${r.ratio.toFixed(3)} | ${added} | ${cpuAdded} | ${ruleTime} | ${r.peakRssMB} MB | ${r.problems} |`);
}
for (const r of rows.filter((x) => x.mode !== "none")) {
  lines.push("", `Per-rule time (${r.mode}, ESLint stats, median of rounds, share of the no-rules run):`, "");
  lines.push("| rule | time | share |", "| :-- | --: | --: |");
  for (const [rule, ms] of Object.entries(r.perRule)) lines.push(`| ${rule} | ${Math.round(ms)} ms | ${((ms / baseline) * 100).toFixed(2)} % |`);
}
const report = lines.join("\n");
writeFileSync(path.join(root, "bench/results/latest.md"), `${report}\n`);
writeFileSync(path.join(root, "bench/results/latest.json"), JSON.stringify({ files: files.length, rounds, rows, runs }, null, 2));
process.stdout.write(`${report}\n`);
