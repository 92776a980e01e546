import type { TSESTree } from "@typescript-eslint/utils";
import { describe, expect, it } from "vitest";
import { getFileScope } from "../../src/analysis/static-value";
import { findInstanceMethodCalls, resolveInstanceOrigin } from "../../src/analysis/tracked-instances";
import { withContext } from "./parse";

/** Every `new Store()` in the code, as origins. */
function newStores(program: TSESTree.Program): TSESTree.Node[] {
  const out: TSESTree.Node[] = [];
  const visit = (node: TSESTree.Node): void => {
    if (node.type === "NewExpression" && node.callee.type === "Identifier" && node.callee.name === "Store") out.push(node);
    for (const [key, value] of Object.entries(node)) {
      if (key === "parent") continue;
      if (Array.isArray(value)) value.forEach((v) => v && typeof v === "object" && "type" in v && visit(v as TSESTree.Node));
      else if (value && typeof value === "object" && "type" in value) visit(value as TSESTree.Node);
    }
  };
  visit(program);
  return out;
}

function savedArgs(code: string): string[] {
  return withContext(code, (context, program) =>
    findInstanceMethodCalls(context, newStores(program), new Set(["save"])).map((c) => context.sourceCode.getText(c.call.arguments[0]!)),
  );
}

describe("findInstanceMethodCalls", () => {
  it("follows the instance through const, once-assigned let and await", () => {
    expect(savedArgs("const a = new Store(); a.save('a');")).toEqual(["'a'"]);
    expect(savedArgs("async function f() { const a = await new Store(); await a.save('b'); }")).toEqual(["'b'"]);
    expect(savedArgs("let a; a = new Store(); a.save('c');")).toEqual(["'c'"]);
    expect(savedArgs("(new Store()).save('d');")).toEqual(["'d'"]);
    expect(savedArgs("const a = new Store() as any; a!.save('e');")).toEqual(["'e'"]);
  });

  it("follows this.x in the class that stores it", () => {
    expect(savedArgs("class A { s = new Store(); go() { this.s.save('f'); } }")).toEqual(["'f'"]);
    expect(savedArgs("class A { constructor() { this.s = new Store(); } go() { this.s.save('g'); } }")).toEqual(["'g'"]);
    expect(savedArgs("class A { s = new Store(); go() { const self = { s: null }; self.s.save('x'); } }")).toEqual([]);
  });

  it("stays silent when the variable is reassigned or another method is called", () => {
    expect(savedArgs("let a = new Store(); a = other; a.save('h');")).toEqual([]);
    expect(savedArgs("const a = new Store(); a.load('i');")).toEqual([]);
    expect(savedArgs("const a = new Store(); const b = a.save; b('j');")).toEqual([]);
  });
});

describe("resolveInstanceOrigin", () => {
  const originText = (code: string): string | null =>
    withContext(code, (context, program) => {
      const last = program.body[program.body.length - 1]!;
      if (last.type !== "ExpressionStatement") throw new Error("last statement must be an expression");
      const origin = resolveInstanceOrigin(context, last.expression, getFileScope(context));
      return origin ? context.sourceCode.getText(origin) : null;
    });

  it("finds what made a value", () => {
    expect(originText("const a = new Store(1); a;")).toBe("new Store(1)");
    expect(originText("async function f() {} const a = await f(); a;")).toBe("f()");
    expect(originText("declare function f(): void; const b = f(); const a = b; a;")).toBe("f()");
    expect(originText("declare const p: unknown; p;")).toBeNull();
  });

  it("reads this.x from the class", () => {
    const code = "class A { s = new Store(2); go() { return this.s; } }";
    const found = withContext(code, (context, program) => {
      const cls = program.body[0] as TSESTree.ClassDeclaration;
      const method = cls.body.body[1] as TSESTree.MethodDefinition;
      const ret = method.value.body!.body[0] as TSESTree.ReturnStatement;
      const origin = resolveInstanceOrigin(context, ret.argument!, getFileScope(context));
      return origin ? context.sourceCode.getText(origin) : null;
    });
    expect(found).toBe("new Store(2)");
  });
});
