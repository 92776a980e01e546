import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { describe, expect, it } from "vitest";

// The built package, as users load it (npm test builds before it runs vitest).
const root = path.resolve(__dirname, "../..");
const requireFromRoot = createRequire(path.join(root, "package.json"));
const plugin = requireFromRoot("./dist/index.js") as {
  meta: { name: string; version: string; namespace: string };
  rules: Record<string, { meta: { docs: { description: string; recommended: string; url: string; strictOptions?: unknown[] }; messages: Record<string, string>; schema: unknown; hasSuggestions?: boolean; fixable?: string } }>;
  configs: Record<string, { name?: string; plugins: unknown; rules: Record<string, unknown> }>;
};
const ruleNames = Object.keys(plugin.rules);
const readme = readFileSync(path.join(root, "README.md"), "utf8");
const pkg = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as { name: string; version: string };

describe("plugin object", () => {
  it("has meta with name, version and namespace", () => {
    expect(plugin.meta).toEqual({ name: pkg.name, version: pkg.version, namespace: "ai-encryption" });
  });

  it("is the same object through require and import", () => {
    const script = `
      const { createRequire } = require("node:module");
      const req = createRequire(${JSON.stringify(path.join(root, "package.json"))});
      import(${JSON.stringify("eslint-plugin-ai-encryption")}).then((esm) => {
        const cjs = req("eslint-plugin-ai-encryption");
        const same = esm.default === cjs;
        const configs = Object.keys(cjs.configs).sort().join(",");
        process.stdout.write(JSON.stringify({ same, configs }));
      });`;
    // Resolve the package by its own name from the repository root (self-reference through "exports").
    const out = execFileSync(process.execPath, ["-e", script], { cwd: root, encoding: "utf8" });
    expect(JSON.parse(out)).toEqual({ same: true, configs: "legacy-recommended,legacy-strict,recommended,strict" });
  });

  it("exports the rules with sorted, kebab-case ids", () => {
    expect(ruleNames.length).toBeGreaterThan(0);
    expect([...ruleNames].sort()).toEqual(ruleNames);
    for (const name of ruleNames) expect(name).toMatch(/^(no|require)-[a-z0-9-]+$/);
  });
});

describe("configs", () => {
  const recommended = plugin.configs.recommended!;
  const strict = plugin.configs.strict!;

  it("flat configs are named and point back at this plugin object", () => {
    expect(recommended.name).toBe("ai-encryption/recommended");
    expect(strict.name).toBe("ai-encryption/strict");
    expect((recommended.plugins as Record<string, unknown>)["ai-encryption"]).toBe(plugin);
    expect((strict.plugins as Record<string, unknown>)["ai-encryption"]).toBe(plugin);
  });

  it("legacy configs name the plugin and hold the same rules", () => {
    expect(plugin.configs["legacy-recommended"]).toEqual({ plugins: ["ai-encryption"], rules: recommended.rules });
    expect(plugin.configs["legacy-strict"]).toEqual({ plugins: ["ai-encryption"], rules: strict.rules });
  });

  it("follow each rule's meta.docs.recommended, and strict holds every recommended rule", () => {
    for (const name of ruleNames) {
      const id = `ai-encryption/${name}`;
      const level = plugin.rules[name]!.meta.docs.recommended;
      expect(["recommended", "strict"]).toContain(level);
      const strictEntry = strict.rules[id];
      const severity = Array.isArray(strictEntry) ? strictEntry[0] : strictEntry;
      if (level === "recommended") {
        expect(recommended.rules[id], id).toBe("error");
        expect(severity, id).toBe("error");
      } else {
        expect(recommended.rules[id], id).toBeUndefined();
        expect(severity, id).toBe("warn");
      }
      const strictOptions = plugin.rules[name]!.meta.docs.strictOptions;
      if (strictOptions) expect(strictEntry).toEqual([severity, ...strictOptions]);
    }
    expect(Object.keys(strict.rules)).toEqual(expect.arrayContaining(Object.keys(recommended.rules)));
  });

  it("are importable as shareable configs", () => {
    expect(requireFromRoot("eslint-plugin-ai-encryption/configs/recommended")).toBe(recommended);
    expect(requireFromRoot("eslint-plugin-ai-encryption/configs/strict")).toBe(strict);
  });
});

describe.each(ruleNames)("rule %s", (name) => {
  const rule = plugin.rules[name]!;

  it("has a doc page with incorrect and correct examples and the required sections", () => {
    const file = path.join(root, "docs/rules", `${name}.md`);
    expect(existsSync(file)).toBe(true);
    const doc = readFileSync(file, "utf8");
    for (const section of ["## Examples", "## When Not To Use It"]) expect(doc).toContain(section);
    expect(doc).toMatch(/❌/);
    expect(doc).toMatch(/✅/);
    expect(rule.meta.docs.url).toMatch(new RegExp(`docs/rules/${name}\\.md$`));
  });

  it("has a test file and a README row", () => {
    expect(existsSync(path.join(root, "tests/rules", `${name}.test.ts`))).toBe(true);
    expect(readme).toContain(`[${name}](docs/rules/${name}.md)`);
  });

  it("describes itself and its messages in the house style", () => {
    expect(rule.meta.docs.description).toMatch(/^(Disallow|Require|Enforce) /);
    for (const [id, message] of Object.entries(rule.meta.messages)) {
      expect(id).toMatch(/^[a-z][A-Za-z0-9]*$/);
      expect(message, id).toMatch(/[.]$/);
    }
    expect(Array.isArray(rule.meta.schema)).toBe(true);
  });
});
