#!/usr/bin/env node
// Downloads the packages pinned in bench/corpus.json from the npm registry and unpacks their
// JavaScript and TypeScript sources into .corpus/<package>/ (ignored by git). Re-running skips
// packages already unpacked at the pinned version.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const corpusDir = path.join(root, ".corpus");
const tarballs = path.join(corpusDir, ".tarballs");
const { packages } = JSON.parse(readFileSync(path.join(root, "bench/corpus.json"), "utf8"));
const SOURCE = /\.(?:js|mjs|cjs|jsx|ts|mts|cts|tsx)$/;

mkdirSync(tarballs, { recursive: true });

function countSources(dir) {
  let count = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) count += countSources(full);
    else if (SOURCE.test(entry.name)) count++;
  }
  return count;
}

let total = 0;
for (const [name, version] of Object.entries(packages)) {
  const target = path.join(corpusDir, name.replace("/", "__"));
  const stamp = path.join(target, ".version");
  if (existsSync(stamp) && readFileSync(stamp, "utf8") === version) {
    total += countSources(target);
    continue;
  }
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  const file = execFileSync("npm", ["pack", `${name}@${version}`, "--silent", "--pack-destination", tarballs], { encoding: "utf8" }).trim().split("\n").pop();
  execFileSync("tar", ["-xzf", path.join(tarballs, file), "-C", target, "--strip-components=1"]);
  writeFileSync(stamp, version);
  const count = countSources(target);
  total += count;
  process.stdout.write(`${name}@${version}: ${count} files\n`);
}
rmSync(tarballs, { recursive: true, force: true });
process.stdout.write(`corpus: ${total} JavaScript/TypeScript files in ${path.relative(root, corpusDir)}/\n`);
