import type { TSESTree } from "@typescript-eslint/utils";
import { describe, expect, it } from "vitest";
import { alwaysReturnsFalsy, getFunctionName, getParameterCalls, getReturnedExpressions, resolveFunction } from "../../src/analysis/functions";
import { AST_NODE_TYPES } from "@typescript-eslint/utils";
import { findNode } from "./parse";
import { getFileScope } from "../../src/analysis/static-value";
import { withContext } from "./parse";

/** Resolves the initializer of the last `const probe = …` to a function and asks `ask` about it. */
function probe<T>(code: string, ask: (fn: NonNullable<ReturnType<typeof resolveFunction>>, context: Parameters<Parameters<typeof withContext>[1]>[0]) => T): T | "no function" {
  return withContext(code, (context, program) => {
    const last = program.body[program.body.length - 1] as TSESTree.VariableDeclaration;
    const fn = resolveFunction(last.declarations[0]!.init!, getFileScope(context));
    return fn ? ask(fn, context) : "no function";
  });
}

const falsy = (code: string): boolean | "no function" => probe(code, (fn, context) => alwaysReturnsFalsy(fn, getFileScope(context)));

describe("resolveFunction", () => {
  it("finds inline functions, constants and function declarations", () => {
    expect(falsy("const probe = () => undefined;")).toBe(true);
    expect(falsy("const f = () => {}; const probe = f;")).toBe(true);
    expect(falsy("function f() { return; } const probe = f;")).toBe(true);
  });
  it("does not follow reassigned declarations or unknown values", () => {
    expect(falsy("function f() {} f = other; const probe = f;")).toBe("no function");
    expect(falsy("const probe = options.check;")).toBe("no function");
  });
});

describe("alwaysReturnsFalsy", () => {
  it("accepts functions that return nothing or falsy constants on every path", () => {
    expect(falsy("const probe = () => null;")).toBe(true);
    expect(falsy("const probe = () => void 0;")).toBe(true);
    expect(falsy("const probe = (h, c) => { console.log(h, c); };")).toBe(true);
    expect(falsy("const probe = function (h) { if (h) return undefined; return false; };")).toBe(true);
    expect(falsy("const probe = (h) => h ? null : undefined;")).toBe(true);
  });
  it("rejects functions that may return a value, throw, or are async", () => {
    expect(falsy("const probe = (h, c) => tls.checkServerIdentity(h, c);")).toBe(false);
    expect(falsy("const probe = (h, c) => { if (c.bad) return new Error('x'); };")).toBe(false);
    expect(falsy("const probe = (h) => { if (!ok(h)) throw new Error('x'); };")).toBe(false);
    expect(falsy("const probe = async () => undefined;")).toBe(false);
    expect(falsy("const probe = (h) => h;")).toBe(false);
    expect(falsy("const probe = (h) => h ? err : undefined;")).toBe(false);
  });
  it("ignores returns inside nested functions", () => {
    expect(falsy("const probe = (h, c) => { list.forEach((x) => { return x; }); };")).toBe(true);
  });
});

describe("getParameterCalls", () => {
  it("lists the calls made to a parameter, nested functions included", () => {
    const args = probe("const probe = (req, cb) => { if (req.ok) cb(0); else setTimeout(() => cb(-3)); };", (fn, context) =>
      getParameterCalls(fn, 1, context.sourceCode)?.map((call) => context.sourceCode.getText(call)),
    );
    expect(args).toEqual(["cb(0)", "cb(-3)"]);
  });
  it("gives up when the parameter escapes", () => {
    expect(probe("const probe = (req, cb) => { forward(cb); };", (fn, context) => getParameterCalls(fn, 1, context.sourceCode))).toBeUndefined();
    expect(probe("const probe = (req, { cb }) => {};", (fn, context) => getParameterCalls(fn, 1, context.sourceCode))).toBeUndefined();
  });
});

describe("getFunctionName", () => {
  const nameOf = (code: string, text: string, type: AST_NODE_TYPES.ArrowFunctionExpression | AST_NODE_TYPES.FunctionExpression | AST_NODE_TYPES.FunctionDeclaration): string | undefined =>
    withContext(code, (_context, program) => getFunctionName(findNode(program, type, text, code)));
  it("reads the id, the variable, the key or method, and the assigned member", () => {
    expect(nameOf("function getResetLink() {}", "function getResetLink() {}", AST_NODE_TYPES.FunctionDeclaration)).toBe("getResetLink");
    expect(nameOf("const inviteLink = () => 1;", "() => 1", AST_NODE_TYPES.ArrowFunctionExpression)).toBe("inviteLink");
    expect(nameOf("const o = { magicLink: () => 1 };", "() => 1", AST_NODE_TYPES.ArrowFunctionExpression)).toBe("magicLink");
    expect(nameOf("class A { link() {} }", "() {}", AST_NODE_TYPES.FunctionExpression)).toBe("link");
    expect(nameOf("api.buildLink = () => 1;", "() => 1", AST_NODE_TYPES.ArrowFunctionExpression)).toBe("buildLink");
  });
  it("has no name for a function passed as an argument", () => {
    expect(nameOf("run(() => 1);", "() => 1", AST_NODE_TYPES.ArrowFunctionExpression)).toBeUndefined();
  });
});

describe("getReturnedExpressions", () => {
  const returned = (code: string): string[] | "no function" =>
    withContext(code, (context, program) => {
      const last = program.body[program.body.length - 1] as TSESTree.VariableDeclaration;
      const fn = resolveFunction(last.declarations[0]!.init!, getFileScope(context));
      return fn ? getReturnedExpressions(fn).map((node) => code.slice(node.range[0], node.range[1])) : "no function";
    });
  it("gives an arrow's expression body and every own return argument", () => {
    expect(returned("const probe = (q) => `${q}!`;")).toEqual(["`${q}!`"]);
    expect(returned("function f(x) { if (x) return 'a'; const g = () => { return 'inner'; }; return 'b'; } const probe = f;")).toEqual(["'a'", "'b'"]);
    expect(returned("function f() { return; } const probe = f;")).toEqual([]);
  });
});
