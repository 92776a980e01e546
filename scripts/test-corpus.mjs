#!/usr/bin/env node
// npm run test:corpus — every rule, both configs, over the whole fetched corpus (.corpus/, made by
// scripts/fetch-corpus.mjs). Fails on any exception thrown by a rule, or any file whose lint time
// with the plugin exceeds the bound relative to ESLint's own parse and traversal of that file.
import path from "node:path";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { lintFiles, listSourceFiles, sampleFiles } from "../bench/corpus-lib.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const corpus = path.join(root, ".corpus");
if (!existsSync(corpus)) {
  console.error("No corpus yet: run `node scripts/fetch-corpus.mjs` first (npm run corpus:fetch).");
  process.exit(2);
}
const limitArg = process.argv.find((a) => a.startsWith("--limit="));
let files = listSourceFiles(corpus);
if (limitArg) files = sampleFiles(files, Number(limitArg.slice(8)));
const started = Date.now();
const { crashes, slow, totals } = lintFiles(files, {
  sets: ["recommended", "strict"],
  onProgress: (i, n) => process.stderr.write(`\r${i}/${n} files`),
});
process.stderr.write("\r");
console.log(`${totals.files} files linted (${totals.unparsable} not parsable by ESLint, skipped) in ${Math.round((Date.now() - started) / 1000)} s`);
console.log(`baseline ${Math.round(totals.baseMs)} ms, recommended ${Math.round(totals.recommended)} ms, strict ${Math.round(totals.strict)} ms`);
console.log("reports by rule (both configs):", JSON.stringify(totals.reports, null, 2));
for (const c of crashes) console.log(`CRASH [${c.set}] ${path.relative(root, c.file)}: ${c.message}`);
for (const s of slow) console.log(`SLOW [${s.set}] ${path.relative(root, s.file)}: ${s.withRulesMs} ms with rules vs ${s.baseMs} ms baseline (${s.bytes} bytes)`);
console.log(`${crashes.length === 0 && slow.length === 0 ? totals.files : 0} passed, ${crashes.length + slow.length} failed`);
process.exit(crashes.length === 0 && slow.length === 0 ? 0 : 1);
