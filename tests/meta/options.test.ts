import { createRequire } from "node:module";
import path from "node:path";
import { Linter } from "eslint";
import { describe, expect, it } from "vitest";

/**
 * Invalid options never reach a rule: ESLint rejects them with its schema error, naming the rule
 * and what is wrong. Cases are derived from each rule's own schema: an unknown option, and for each
 * documented option a value of the wrong type.
 */
const root = path.resolve(__dirname, "../..");
const plugin = createRequire(path.join(root, "package.json"))("./dist/index.js") as {
  rules: Record<string, { meta: { schema: JsonSchema[] | JsonSchema | false; defaultOptions?: unknown[] } }>;
};

interface JsonSchema {
  type?: string | string[];
  enum?: unknown[];
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  description?: string;
}

function lintWith(ruleName: string, options: unknown[]): void {
  const linter = new Linter({ configType: "flat" });
  linter.verify("const x = 1;", [{ files: ["**/*.js"], plugins: { "ai-encryption": plugin }, rules: { [`ai-encryption/${ruleName}`]: ["error", ...options] } }] as never, "file.js");
}

/** A value the schema must refuse, and the phrase of ESLint's schema error for it. */
function wrongValueFor(schema: JsonSchema): [unknown, string] | undefined {
  if (schema.enum) return ["not-one-of-the-allowed-values", "should be equal to one of the allowed values"];
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case "string":
      return [42, "should be string"];
    case "boolean":
      return ["yes", "should be boolean"];
    case "number":
    case "integer":
      return ["many", `should be ${type}`];
    case "array":
      return ["not-an-array", "should be array"];
    case "object":
      return ["not-an-object", "should be object"];
    default:
      return undefined;
  }
}

describe.each(Object.keys(plugin.rules))("options of %s", (ruleName) => {
  const schema = plugin.rules[ruleName]!.meta.schema;
  const first = Array.isArray(schema) ? schema[0] : undefined;

  it("accepts its default options", () => {
    expect(() => lintWith(ruleName, plugin.rules[ruleName]!.meta.defaultOptions ?? [])).not.toThrow();
  });

  it("rejects an unknown option with ESLint's schema error for the rule", () => {
    const expected = first ? "should NOT have additional properties" : "should NOT have more than 0 items";
    expect(() => lintWith(ruleName, [{ noSuchOption: true }])).toThrow(new RegExp(`"ai-encryption/${ruleName}"[\\s\\S]*${expected}`));
  });

  const properties = Object.entries(first?.properties ?? {});
  if (properties.length > 0) {
    it.each(properties)("rejects a wrong value for %s with a schema error", (name, propertySchema) => {
      expect(propertySchema.description, `${name} has a description`).toBeTruthy();
      const wrong = wrongValueFor(propertySchema);
      expect(wrong, `${name} has a checkable type`).toBeDefined();
      const [value, phrase] = wrong!;
      expect(() => lintWith(ruleName, [{ [name]: value }])).toThrow(new RegExp(`"ai-encryption/${ruleName}"[\\s\\S]*${phrase}`));
    });
  }
});
