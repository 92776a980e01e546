#!/usr/bin/env node
// npm run audit:example — audits examples/vulnerable-rag-app with the strict config, as a new user
// would with `npx ai-encryption-audit`. The audit exits with 1 there because it finds errors; this
// demo exits 0 when it found them, and 1 when it did not (the example or the rules regressed).
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const example = path.join("examples", "vulnerable-rag-app");
const run = spawnSync(process.execPath, [path.join(root, "dist/cli/audit.js"), example, "--config", "strict"], {
  cwd: root,
  encoding: "utf8",
  stdio: ["ignore", "pipe", "inherit"],
});
process.stdout.write(run.stdout ?? "");
if (run.status !== 0 && run.status !== 1) {
  console.error(`The audit failed (exit ${run.status ?? run.signal}).`);
  process.exit(run.status ?? 2);
}
const problems = Number(/^(\d+) problems? /m.exec(run.stdout)?.[1] ?? 0);
const reportedRules = new Set((run.stdout.match(/^ai-encryption\/[a-z-]+/gm) ?? []).map((id) => id.slice("ai-encryption/".length)));
const allRules = Object.keys(createRequire(import.meta.url)(path.join(root, "dist/index.js")).rules);
const missing = allRules.filter((rule) => !reportedRules.has(rule));
console.log("");
if (problems === 0 || run.status !== 1) {
  console.error("The vulnerable example should have findings, and the audit should exit with 1 on them.");
  process.exit(1);
}
console.log(`${problems} findings from ${reportedRules.size} of ${allRules.length} rules, as expected: this example is vulnerable on purpose.`);
if (missing.length > 0) console.log(`No finding for: ${missing.join(", ")}.`);
console.log(`ai-encryption-audit exited with 1 (errors found), as it would fail a CI job; this demo script exits 0.`);
console.log(`The fixed version: node dist/cli/audit.js examples/secure-rag-app --config strict`);
