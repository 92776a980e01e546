import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectedReports, installProject, makeCase, makeWorkDir, packPlugin, removeWorkDir, reportsOf, root, runEslint, SOURCE_FILES, type EslintMajor } from "./harness";

/**
 * The packed tarball, installed with npm into throwaway projects next to ESLint 8.57, 9 and 10,
 * configured the ways users configure it. Every case lints the same .js/.mjs/.cjs/.ts/.tsx sources
 * and must report exactly the lines their `// expect:` comments name (plus `// expect-strict:` for
 * the strict config).
 */
const TS_PARSER_FLAT_ESM = `import tsParser from "@typescript-eslint/parser";\nconst typescript = { files: ["**/*.{ts,tsx}"], languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } } };\n`;
const TS_PARSER_FLAT_CJS = `const tsParser = require("@typescript-eslint/parser");\nconst typescript = { files: ["**/*.{ts,tsx}"], languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } } };\n`;

function eslintrc(extendsName: string): string {
  return JSON.stringify(
    {
      root: true,
      parserOptions: { ecmaVersion: "latest", sourceType: "module", ecmaFeatures: { jsx: true } },
      extends: [`plugin:ai-encryption/${extendsName}`],
      overrides: [
        { files: ["*.ts", "*.tsx"], parser: "@typescript-eslint/parser" },
        { files: ["*.cjs"], parserOptions: { sourceType: "script" } },
      ],
    },
    null,
    2,
  );
}

interface Case {
  name: string;
  major: EslintMajor;
  config: "recommended" | "strict";
  packageType: "module" | "commonjs";
  files: Record<string, string>;
  env?: Record<string, string>;
}

const CASES: Case[] = [
  { name: "eslint8-eslintrc-json", major: 8, config: "recommended", packageType: "commonjs", files: { ".eslintrc.json": eslintrc("legacy-recommended") } },
  { name: "eslint8-eslintrc-js", major: 8, config: "strict", packageType: "commonjs", files: { ".eslintrc.js": `module.exports = ${eslintrc("legacy-strict")};\n` } },
  {
    name: "eslint9-flat-esm",
    major: 9,
    config: "recommended",
    packageType: "module",
    files: { "eslint.config.js": `${TS_PARSER_FLAT_ESM}import aiEncryption from "eslint-plugin-ai-encryption";\nexport default [typescript, aiEncryption.configs.recommended];\n` },
  },
  {
    name: "eslint9-flat-cjs-shareable",
    major: 9,
    config: "strict",
    packageType: "commonjs",
    files: { "eslint.config.js": `${TS_PARSER_FLAT_CJS}const strict = require("eslint-plugin-ai-encryption/configs/strict");\nmodule.exports = [typescript, strict];\n` },
  },
  { name: "eslint9-eslintrc", major: 9, config: "recommended", packageType: "commonjs", files: { ".eslintrc.json": eslintrc("legacy-recommended") }, env: { ESLINT_USE_FLAT_CONFIG: "false" } },
  {
    name: "eslint9-define-config",
    major: 9,
    config: "strict",
    packageType: "module",
    files: {
      "eslint.config.mjs": `${TS_PARSER_FLAT_ESM}import { defineConfig } from "eslint/config";\nimport aiEncryption from "eslint-plugin-ai-encryption";\nexport default defineConfig([typescript, { files: ["**/*.{js,mjs,cjs,ts,tsx}"], plugins: { "ai-encryption": aiEncryption }, extends: ["ai-encryption/strict"] }]);\n`,
    },
  },
  {
    name: "eslint10-config-js",
    major: 10,
    config: "recommended",
    packageType: "module",
    files: { "eslint.config.js": `${TS_PARSER_FLAT_ESM}import aiEncryption from "eslint-plugin-ai-encryption";\nexport default [typescript, aiEncryption.configs.recommended];\n` },
  },
  {
    name: "eslint10-config-mjs-shareable",
    major: 10,
    config: "strict",
    packageType: "commonjs",
    files: { "eslint.config.mjs": `${TS_PARSER_FLAT_ESM}import strict from "eslint-plugin-ai-encryption/configs/strict";\nexport default [typescript, strict];\n` },
  },
  {
    name: "eslint10-config-ts",
    major: 10,
    config: "recommended",
    packageType: "module",
    files: {
      "eslint.config.ts": `${TS_PARSER_FLAT_ESM}import aiEncryption from "eslint-plugin-ai-encryption";\nimport recommended from "eslint-plugin-ai-encryption/configs/recommended";\nconst same: boolean = recommended === aiEncryption.configs.recommended;\nif (!same) throw new Error("two plugin instances");\nexport default [typescript, recommended];\n`,
    },
  },
  {
    name: "eslint10-define-config",
    major: 10,
    config: "recommended",
    packageType: "module",
    files: {
      "eslint.config.js": `${TS_PARSER_FLAT_ESM}import { defineConfig } from "eslint/config";\nimport aiEncryption from "eslint-plugin-ai-encryption";\nexport default defineConfig([typescript, { files: ["**/*.{js,mjs,cjs,ts,tsx}"], extends: [aiEncryption.configs.recommended] }]);\n`,
    },
  },
];

let workDir: string;
const installs = new Map<EslintMajor, string>();
const caseDirs = new Map<string, string>();

beforeAll(() => {
  workDir = makeWorkDir();
  const tarball = packPlugin(workDir);
  for (const major of [8, 9, 10] as const) installs.set(major, installProject(workDir, tarball, major));
  for (const c of CASES) caseDirs.set(c.name, makeCase(workDir, c.name, installs.get(c.major)!, c.files, c.packageType));
}, 600_000);

afterAll(() => {
  if (workDir) removeWorkDir(workDir);
});

describe("the packed plugin across ESLint versions and config systems", () => {
  it("installs the ESLint versions it claims to support", () => {
    for (const [major, nodeModules] of installs) {
      const version = (JSON.parse(readFileSync(path.join(nodeModules, "eslint/package.json"), "utf8")) as { version: string }).version;
      expect(version.startsWith(`${major}.`), version).toBe(true);
    }
    const pkg = JSON.parse(readFileSync(path.join(installs.get(10)!, "eslint-plugin-ai-encryption/package.json"), "utf8")) as { version: string };
    expect(pkg.version).toBe((JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as { version: string }).version);
  });

  it.each(CASES.map((c) => [c.name, c] as const))("%s reports exactly the expected rules and lines", (_name, c) => {
    const run = runEslint(caseDirs.get(c.name)!, ["--format", "json", ...SOURCE_FILES], c.env);
    expect(run.stderr.replace(/.*ESLintRCWarning.*\n?|.*eslintrc.*deprecated.*\n?|\(Use `node --trace-warnings.*\n?/gi, "")).toBe("");
    expect(reportsOf(run.stdout)).toEqual(expectedReports(SOURCE_FILES, c.config));
    expect(run.status).toBe(1);
  });

  it("--fix leaves every file as it was (no unsafe autofix)", () => {
    const dir = caseDirs.get("eslint10-config-js")!;
    const before = SOURCE_FILES.map((f) => readFileSync(path.join(dir, f), "utf8"));
    runEslint(dir, ["--fix", ...SOURCE_FILES]);
    expect(SOURCE_FILES.map((f) => readFileSync(path.join(dir, f), "utf8"))).toEqual(before);
  });

  it("--print-config names the plugin by its meta in flat config, and by its namespace in eslintrc", () => {
    const flat = runEslint(caseDirs.get("eslint10-config-js")!, ["--print-config", "app.js"]);
    const version = (JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as { version: string }).version;
    expect(flat.status).toBe(0);
    expect((JSON.parse(flat.stdout) as { plugins: string[] }).plugins).toContain(`ai-encryption:eslint-plugin-ai-encryption@${version}`);
    const legacy = runEslint(caseDirs.get("eslint8-eslintrc-json")!, ["--print-config", "app.js"]);
    expect(legacy.status).toBe(0);
    const legacyConfig = JSON.parse(legacy.stdout) as { plugins: string[]; rules: Record<string, unknown> };
    expect(legacyConfig.plugins).toContain("ai-encryption");
    expect(legacyConfig.rules["ai-encryption/no-disabled-tls-verification"]).toEqual(["error"]);
  });
});
