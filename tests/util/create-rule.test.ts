import { createRequire } from "node:module";
import { Linter } from "eslint";
import { describe, expect, it } from "vitest";
import { createRule, mergeOptions } from "../../src/util/create-rule";

describe("mergeOptions", () => {
  it("merges an options object over the defaults one level deep; arrays replace", () => {
    expect(mergeOptions([{ a: 1, list: ["x"] }], [{ list: ["y"] }])).toEqual([{ a: 1, list: ["y"] }]);
  });
  it("keeps the defaults when no options are given", () => {
    const defaults = [{ a: 1 }];
    expect(mergeOptions(defaults, [])).toEqual([{ a: 1 }]);
  });
  it("passes options that already hold every default key through unchanged", () => {
    const given = { a: 2, b: false };
    expect(mergeOptions([{ a: 1, b: true }], [given])[0]).toBe(given);
  });
  it("lets a non-object option replace the default", () => {
    expect(mergeOptions(["TLSv1.2"], ["TLSv1.3"])).toEqual(["TLSv1.3"]);
    expect(mergeOptions([{ a: 1 }], [["x"]])).toEqual([["x"]]);
  });
  it("never changes the defaults", () => {
    const defaults = [{ a: 1 }];
    mergeOptions(defaults, [{ a: 2 }]);
    expect(defaults).toEqual([{ a: 1 }]);
  });
});

describe("createRule", () => {
  const seen: unknown[] = [];
  const probe = createRule<[{ level: string; list: string[] }], "found">({
    name: "probe",
    meta: {
      type: "problem",
      docs: { description: "Records its options.", recommended: "strict" },
      messages: { found: "found" },
      schema: [{ type: "object", properties: { level: { type: "string" }, list: { type: "array", items: { type: "string" } } }, additionalProperties: false }],
      defaultOptions: [{ level: "low", list: ["a"] }],
    },
    defaultOptions: [{ level: "low", list: ["a"] }],
    create(_context, [options]) {
      seen.push(options);
      return {};
    },
  });
  const lint = (ruleConfig: Linter.RuleEntry) => {
    const linter = new Linter();
    linter.verify("x;", [{ plugins: { t: { rules: { probe: probe as never } } }, rules: { "t/probe": ruleConfig } }]);
    return seen.at(-1);
  };

  it("gives each file the options of its own configuration, merged over the defaults", () => {
    seen.length = 0;
    expect(lint(["error", { level: "high" }])).toEqual({ level: "high", list: ["a"] });
    expect(lint("error")).toEqual({ level: "low", list: ["a"] });
    expect(lint(["error", { list: ["b"] }])).toEqual({ level: "low", list: ["b"] });
    expect(lint(["error", { level: "high" }])).toEqual({ level: "high", list: ["a"] });
  });

  it("reuses the merge while the configured option objects stay the same (ESLint 8 passes options unmerged)", () => {
    seen.length = 0;
    const { Linter: Linter8 } = createRequire(__filename)("eslint-v8") as {
      Linter: new () => { defineRule(id: string, rule: unknown): void; verify(code: string, config: unknown, file: string): unknown };
    };
    const linter = new Linter8();
    linter.defineRule("probe", probe);
    const config = { rules: { probe: ["error", { level: "mid" }] } } as const;
    linter.verify("a;", config, "a.js");
    linter.verify("b;", config, "b.js");
    expect(seen).toHaveLength(2);
    expect(seen[0]).toEqual({ level: "mid", list: ["a"] });
    expect(seen[1]).toBe(seen[0]);
    linter.verify("c;", { rules: { probe: ["error", { level: "top" }] } }, "c.js");
    expect(seen[2]).toEqual({ level: "top", list: ["a"] });
  });
});
