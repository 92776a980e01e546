import { createRequire } from "node:module";
import path from "node:path";
import { Linter } from "eslint";
import * as tsParser from "@typescript-eslint/parser";
import { describe, expect, it } from "vitest";

/**
 * Huge inputs must lint in time proportional to their size: a 1 MB string literal (plain, key-like,
 * URL-like, in a template) and a 100,000-line file. Each input is linted with every rule (strict
 * options) at half and at full size: doubling the input may at most roughly double the time (bound:
 * 3x plus an allowance for timer noise), which a quadratic regex or a per-node rescan of the file
 * would break; and with the rules it may take at most twice as long as ESLint alone.
 */
const root = path.resolve(__dirname, "../..");
const plugin = createRequire(path.join(root, "package.json"))("./dist/index.js") as { configs: { strict: { rules: Record<string, unknown> } } };

function lintMs(code: string, rules: Record<string, unknown>, filename: string): number {
  const linter = new Linter({ configType: "flat" });
  const config = [{ files: ["**/*.{ts,js}"], languageOptions: filename.endsWith(".ts") ? { parser: tsParser } : {}, plugins: { "ai-encryption": plugin }, rules }];
  const start = performance.now();
  const messages = linter.verify(code, config as never, filename);
  const ms = performance.now() - start;
  const fatal = messages.find((m) => m.fatal);
  if (fatal) throw new Error(fatal.message);
  return ms;
}

const MB = 1024 * 1024;
const SHAPES: Record<string, (size: number) => string> = {
  "plain string": (n) => `const s = "${"a".repeat(n)}";`,
  "key-like string": (n) => `const apiKey = "${["sk", "proj", ""].join("-")}${"Ab1_".repeat(n / 4)}";`,
  "URL with a long query": (n) => `const url = "http://inference.internal/v1?key=${"k".repeat(n)}&api_key=";`,
  "template literal": (n) => `const t = \`https://x.io/?token=\${token}${"=".repeat(n)}\`; declare const token: string;`,
  "cipher-like string": (n) => `const c = "aes-128-${"-".repeat(n)}";`,
  "PEM-like string": (n) => `const pem = "-----BEGIN PRIVATE KEY-----${"A".repeat(n)}";`,
  "100,000-line file": (n) => {
    const lines: string[] = [];
    for (let i = 0; i < n / 10; i++) {
      lines.push(i % 10 === 0 ? `fetch("https://api.example.com/v1?page=" + ${i}, { method: "POST" });` : `o${i % 7}.p = { k: ${i}, s: "v${i}" };`);
    }
    return lines.join("\n");
  },
};

describe.each(Object.entries(SHAPES))("%s", (name, make) => {
  it("lints in time linear in its size, and the plugin costs less than parsing it", { timeout: 600_000 }, () => {
    const full = make(MB);
    if (name.startsWith("100,000")) expect(full.split("\n").length).toBeGreaterThanOrEqual(100_000);
    const half = make(MB / 2);
    const filename = name.startsWith("100,000") ? "big.js" : "big.ts";
    const halfMs = lintMs(half, plugin.configs.strict.rules, filename);
    const fullMs = lintMs(full, plugin.configs.strict.rules, filename);
    const baseMs = lintMs(full, {}, filename);
    expect(fullMs).toBeLessThanOrEqual(3 * halfMs + 250);
    expect(fullMs).toBeLessThanOrEqual(2 * baseMs + 500);
  });
});
