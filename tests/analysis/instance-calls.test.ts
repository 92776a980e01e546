import { AST_NODE_TYPES } from "@typescript-eslint/utils";
import { describe, expect, it } from "vitest";
import { findCreatedObjectCalls, getChainedCalls } from "../../src/analysis/instance-calls";
import { getFileScope } from "../../src/analysis/static-value";
import { findNode, withContext } from "./parse";

function methodsCalledOn(code: string) {
  return withContext(code, (context, program) => {
    const created = findNode(program, AST_NODE_TYPES.NewExpression);
    return findCreatedObjectCalls(created, getFileScope(context)).map((c) => `${c.method}@${c.call.loc.start.line}`);
  });
}

describe("findCreatedObjectCalls", () => {
  it("finds calls on a chained construction and through a const", () => {
    expect(methodsCalledOn("new Client('k').endpoint('u');")).toEqual(["endpoint@1"]);
    expect(methodsCalledOn("const c = new Client('k');\nc.a();\nc.b.c();\nfoo(c);\nc.d();")).toEqual(["a@2", "d@5"]);
  });
  it("finds calls through class fields", () => {
    expect(methodsCalledOn("class S {\n  c = new Client();\n  m() { return this.c.run(); }\n}")).toEqual(["run@3"]);
    expect(methodsCalledOn("class S {\n  constructor() { this.c = new Client(); }\n  m() { this.c.go(); other.c.no(); }\n}")).toEqual(["go@3"]);
  });
  it("finds calls through a let declared without a value and written once", () => {
    expect(methodsCalledOn("let s;\nbeforeAll(() => {\n  s = new Server();\n  s.listen(0, '127.0.0.1');\n});\nafterAll(() => s.close());")).toEqual(["listen@4", "close@6"]);
    expect(methodsCalledOn("let s = null;\nbeforeAll(() => {\n  s = new Server();\n  s.listen(0);\n});")).toEqual(["listen@4"]);
  });
  it("gives up on reassigned bindings", () => {
    expect(methodsCalledOn("let c = new Client();\nc = other;\nc.a();")).toEqual([]);
    expect(methodsCalledOn("let s;\ns = new Server();\ns = other;\ns.listen(80);")).toEqual([]);
    expect(methodsCalledOn("let s = other;\ns = new Server();\ns.listen(80);")).toEqual([]);
  });
});

describe("getChainedCalls", () => {
  const chain = (code: string): string[] =>
    withContext(code, (_context, program) => getChainedCalls(findNode(program, AST_NODE_TYPES.NewExpression)).map((link) => link.method ?? "?"));
  it("lists the calls chained on a value, in order, through TS wrappers", () => {
    expect(chain("new Agent().set('a', 1).query({ q }).end();")).toEqual(["set", "query", "end"]);
    expect(chain("(new Agent() as any).use(x)!.listen(3000);")).toEqual(["use", "listen"]);
  });
  it("stops where the chain stops being calls", () => {
    expect(chain("new Agent().options.use(x);")).toEqual([]);
    expect(chain("const a = new Agent(); a.use(x);")).toEqual([]);
  });
});
