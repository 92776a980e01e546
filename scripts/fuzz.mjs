#!/usr/bin/env node
// npm run fuzz -- [--count=N] [--seed=S] — the long fuzz run: N seeds of random and shaped programs,
// then mutated files from the corpus (.corpus/, or the SDKs in node_modules when it is absent).
// Failures are written to .tmp/fuzz-failures/ with their seeds so they can be replayed.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { fuzz, fuzzRealFiles } from "../bench/fuzz-lib.mjs";
import { listSourceFiles, sampleFiles } from "../bench/corpus-lib.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const arg = (name, fallback) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1] ?? fallback);
const count = arg("count", 2000);
const seed = arg("seed", 1000);
const started = Date.now();
const generated = fuzz(seed, count);
const corpusDir = existsSync(path.join(root, ".corpus")) ? path.join(root, ".corpus") : path.join(root, "node_modules/openai");
const real = fuzzRealFiles(sampleFiles(listSourceFiles(corpusDir), Math.ceil(count / 4)), (f) => readFileSync(f, "utf8"), 2, seed);
const failures = [...generated.failures, ...real.failures];
if (failures.length > 0) {
  const dir = path.join(root, ".tmp/fuzz-failures");
  mkdirSync(dir, { recursive: true });
  failures.forEach((f, i) => writeFileSync(path.join(dir, `${i}-seed-${f.seed}${f.ts ? ".ts" : ".js"}`), `/* ${f.crash.replaceAll("*/", "* /")} */\n${f.code}\n`));
  for (const f of failures.slice(0, 20)) console.log(`seed ${f.seed}${f.ts ? " (ts)" : ""}: ${f.crash.split("\n")[0]}`);
}
const programs = generated.programs + real.programs;
console.log(`${programs} programs in ${Math.round((Date.now() - started) / 1000)} s`);
console.log(`${programs - failures.length} passed, ${failures.length} failed`);
process.exit(failures.length ? 1 : 0);
