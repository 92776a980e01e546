import { Linter } from "eslint";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { describe, expect, it } from "vitest";
import { removeListElement, removeStatement, getExpressionStatement } from "../../src/analysis/edits";

/**
 * Runs a one-off rule that offers the given edit for the first node of `type` whose text is
 * `target`, and returns the code with that edit applied.
 */
function applyEdit(
  code: string,
  type: string,
  target: string,
  edit: (sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node) => TSESLint.ReportFixFunction | undefined,
): string | undefined {
  let done = false;
  const rule = {
    meta: { fixable: "code" as const, schema: [] },
    create(context: TSESLint.RuleContext<"edit", []>) {
      return {
        [type](node: TSESTree.Node) {
          if (done || context.sourceCode.getText(node) !== target) return;
          done = true;
          const fix = edit(context.sourceCode, node);
          context.report({ node, message: "edit", ...(fix ? { fix } : {}) } as never);
        },
      };
    },
  };
  const linter = new Linter({ configType: "flat" });
  const config = [{ files: ["**/*.js"], plugins: { probe: { rules: { edit: rule } } }, rules: { "probe/edit": "error" } }];
  const result = linter.verifyAndFix(code, config as never, "file.js");
  if (!done) throw new Error(`no ${type} "${target}"`);
  return result.fixed ? result.output : undefined;
}

const removeProperty = (code: string, target: string): string | undefined => applyEdit(code, "Property", target, removeListElement);

describe("removeListElement", () => {
  it("removes a property and its comma on one line", () => {
    expect(removeProperty("x({ a: 1, rejectUnauthorized: false, b: 2 });", "rejectUnauthorized: false")).toBe("x({ a: 1, b: 2 });");
    expect(removeProperty("x({ a: 1, rejectUnauthorized: false });", "rejectUnauthorized: false")).toBe("x({ a: 1 });");
    expect(removeProperty("x({ rejectUnauthorized: false });", "rejectUnauthorized: false")).toBe("x({});");
  });
  it("removes the whole line when the property stands alone on it", () => {
    const code = "x({\n  ca,\n  rejectUnauthorized: false, // self-signed in dev\n  timeout: 5,\n});";
    expect(removeProperty(code, "rejectUnauthorized: false")).toBe("x({\n  ca,\n  timeout: 5,\n});");
  });
  it("takes the previous comma with the last property", () => {
    expect(removeProperty("x({\n  ca,\n  rejectUnauthorized: false\n});", "rejectUnauthorized: false")).toBe("x({\n  ca\n});");
    expect(removeProperty("x({\n  ca,\n  rejectUnauthorized: false,\n});", "rejectUnauthorized: false")).toBe("x({\n  ca,\n});");
  });
  it("removes array elements", () => {
    expect(applyEdit("f(['--no-sandbox', '--x', '--y']);", "Literal", "'--x'", removeListElement)).toBe("f(['--no-sandbox', '--y']);");
  });
});

describe("removeStatement", () => {
  const removeExpression = (code: string, target: string): string | undefined =>
    applyEdit(code, "AssignmentExpression", target, (sourceCode, node) => {
      const statement = getExpressionStatement(node);
      return statement ? removeStatement(sourceCode, statement) : undefined;
    });

  it("removes a statement with its line", () => {
    expect(removeExpression("a();\nprocess.env.X = '0';\nb();", "process.env.X = '0'")).toBe("a();\nb();");
    expect(removeExpression("a(); process.env.X = '0'; b();", "process.env.X = '0'")).toBe("a();  b();");
  });
  it("offers nothing where removing would hand an if or loop the next statement", () => {
    expect(removeExpression("if (dev) process.env.X = '0';\nb();", "process.env.X = '0'")).toBeUndefined();
  });
  it("offers nothing for an assignment that is part of a larger expression", () => {
    expect(removeExpression("const y = (process.env.X = '0');", "process.env.X = '0'")).toBeUndefined();
  });
});
