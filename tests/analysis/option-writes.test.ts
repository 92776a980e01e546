import { AST_NODE_TYPES, type TSESTree } from "@typescript-eslint/utils";
import { describe, expect, it } from "vitest";
import { getFileScope } from "../../src/analysis/static-value";
import { getOptionWrite, hasDynamicKey, peekOptionWriteName, type OptionWriteNode } from "../../src/analysis/option-writes";
import { withContext } from "./parse";

const WRITE_TYPES = new Set<string>([AST_NODE_TYPES.Property, AST_NODE_TYPES.AssignmentExpression, AST_NODE_TYPES.PropertyDefinition]);

/** Every option write in the file, as `name=value text`, in source order. */
function writes(code: string): string[] {
  return withContext(code, (context, program) => {
    const scope = getFileScope(context);
    const out: string[] = [];
    const visit = (node: TSESTree.Node): void => {
      if (WRITE_TYPES.has(node.type)) {
        const write = getOptionWrite(node as OptionWriteNode, scope);
        if (write) out.push(`${write.name}=${context.sourceCode.getText(write.value)}`);
      }
      for (const key of Object.keys(node)) {
        if (key === "parent") continue;
        const value = (node as unknown as Record<string, unknown>)[key];
        if (Array.isArray(value)) value.forEach((v) => v && typeof v === "object" && "type" in v && visit(v as TSESTree.Node));
        else if (value && typeof value === "object" && "type" in value) visit(value as TSESTree.Node);
      }
    };
    visit(program);
    return out;
  });
}

describe("getOptionWrite", () => {
  it("reads object literal properties, member assignments and class fields", () => {
    expect(writes("const o = { a: 1, 'b': 2 }; agent.options.c = 3; env['D'] ??= '0'; class K { e = 4; static f = 5 }")).toEqual([
      "a=1",
      "b=2",
      "c=3",
      "D='0'",
      "e=4",
      "f=5",
    ]);
  });
  it("resolves computed keys through constants and keeps method shorthand", () => {
    expect(writes("const K = 'rejectUnauthorized'; const o = { [K]: false, check() {} };")).toEqual(["rejectUnauthorized=false", "check=() {}"]);
  });
  it("skips destructuring, getters, compound assignments, plain variables and declare fields", () => {
    expect(
      writes("const { a = 1, b: c } = o; ({ d: e } = o); const g = { get h() { return 1; } }; x.i += 'j'; k = 2; declare class L { m: false }"),
    ).toEqual([]);
  });
  it("skips keys it cannot name", () => {
    expect(writes("const o = { [dynamicKey]: false }; obj[name] = 1;")).toEqual([]);
  });
});

describe("peekOptionWriteName / hasDynamicKey", () => {
  it("names literal keys without resolving and flags computed ones", () => {
    const result = withContext("const o = { a: 1, [K]: 2, ['c']: 3 }; x[y] = 1; x.z = 2;", (_context, program) => {
      const object = (program.body[0] as TSESTree.VariableDeclaration).declarations[0]!.init as TSESTree.ObjectExpression;
      const properties = object.properties as TSESTree.Property[];
      const assignments = program.body.slice(1).map((s) => (s as TSESTree.ExpressionStatement).expression as TSESTree.AssignmentExpression);
      return [...properties, ...assignments].map((n) => [peekOptionWriteName(n), hasDynamicKey(n)]);
    });
    expect(result).toEqual([
      ["a", false],
      [undefined, true],
      ["c", false],
      [undefined, true],
      ["z", false],
    ]);
  });
});
