import { describe, expect, it } from "vitest";
import { AST_NODE_TYPES, type TSESTree } from "@typescript-eslint/utils";
import { getFileScope } from "../../src/analysis/static-value";
import { findValueDestinations, getMethodUses, resolveFunctionNode } from "../../src/analysis/value-destinations";
import { findNode, withContext } from "./parse";

/** Where the first `new Agent(...)` goes: `callee#arg:path` for each destination. */
function destinations(code: string): { to: string[]; incomplete: boolean } {
  return withContext(code, (context, program) => {
    const agent = findNode(program, AST_NODE_TYPES.NewExpression, "new Agent()", code);
    const flow = findValueDestinations(agent, context);
    const to = flow.destinations.map((d) => `${code.slice(d.call.callee.range[0], d.call.callee.range[1])}#${d.argIndex}:${d.path.join(".")}`);
    return { to, incomplete: flow.incomplete };
  });
}

describe("findValueDestinations", () => {
  it("climbs object literals to the receiving call", () => {
    expect(destinations("new OpenAI({ httpAgent: new Agent() });").to).toEqual(["OpenAI#0:httpAgent"]);
    expect(destinations("new OpenAI({ fetchOptions: { dispatcher: new Agent() } });").to).toEqual(["OpenAI#0:fetchOptions.dispatcher"]);
    expect(destinations("https.request(url, { agent: new Agent() });").to).toEqual(["https.request#1:agent"]);
    expect(destinations("setGlobalDispatcher(new Agent());").to).toEqual(["setGlobalDispatcher#0:"]);
  });
  it("follows constants, spreads and object literals bound to variables", () => {
    expect(destinations("const agent = new Agent(); new A({ httpAgent: agent }); new B({ agent });").to).toEqual(["A#0:httpAgent", "B#0:agent"]);
    expect(destinations("const base = { httpAgent: new Agent() }; new OpenAI({ ...base, apiKey });").to).toEqual(["OpenAI#0:httpAgent"]);
    expect(destinations("const options = { agent: new Agent() }; get(url, options);").to).toEqual(["get#1:agent"]);
  });
  it("passes through ternaries, logical operators and TS wrappers", () => {
    expect(destinations("new C({ agent: flag ? other : new Agent() });").to).toEqual(["C#0:agent"]);
    expect(destinations("new C({ agent: custom ?? (new Agent() as unknown as Agent) });").to).toEqual(["C#0:agent"]);
  });
  it("follows class fields, this assignments and local factories", () => {
    expect(destinations("class S { agent = new Agent(); client = new C({ httpAgent: this.agent }); }").to).toEqual(["C#0:httpAgent"]);
    expect(destinations("class S { constructor() { this.agent = new Agent(); } make() { return new C({ agent: this.agent }); } }").to).toEqual(["C#0:agent"]);
    expect(destinations("function make() { return new Agent(); } new C({ agent: make() });").to).toEqual(["C#0:agent"]);
    expect(destinations("const make = () => new Agent(); new C({ agent: make() });").to).toEqual(["C#0:agent"]);
  });
  it("says when a use is not followed", () => {
    expect(destinations("export default new Agent();").incomplete).toBe(true);
    expect(destinations("module.exports.agent = new Agent();").incomplete).toBe(true);
    expect(destinations("const agents = [new Agent()];").incomplete).toBe(true);
    expect(destinations("const agent = new Agent(); agent.destroy();")).toEqual({ to: [], incomplete: false });
  });
});

describe("getMethodUses", () => {
  function uses(code: string): { methods: string[]; escapes: boolean } {
    return withContext(code, (context, program) => {
      const declarator = findNode(program, AST_NODE_TYPES.VariableDeclarator);
      const result = getMethodUses(declarator, context);
      return { methods: [...result.calls.keys()].sort(), escapes: result.escapes };
    });
  }
  it("lists method calls and notices other uses", () => {
    expect(uses("const d = make(); d.setAuthTag(t); d.update(x); d.final();")).toEqual({ methods: ["final", "setAuthTag", "update"], escapes: false });
    expect(uses("const d = make(); d.update(x); pipeline(a, d, b);")).toEqual({ methods: ["update"], escapes: true });
    expect(uses("function f() { const d = make(); return d; }")).toEqual({ methods: [], escapes: true });
    expect(uses("let d = make(); d = other(); d.final();")).toEqual({ methods: ["final"], escapes: true });
    expect(uses("const d = make(); d[method]();")).toEqual({ methods: [], escapes: true });
  });
});

describe("resolveFunctionNode", () => {
  function kind(code: string): string | undefined {
    return withContext(code, (context, program) => {
      const last = program.body[program.body.length - 1] as TSESTree.ExpressionStatement;
      const call = last.expression as TSESTree.CallExpression;
      return resolveFunctionNode(call.arguments[0]!, getFileScope(context))?.type;
    });
  }
  it("finds inline functions, declarations and constants bound to functions", () => {
    expect(kind("use((h, c) => undefined);")).toBe("ArrowFunctionExpression");
    expect(kind("function check(h, c) {} use(check);")).toBe("FunctionDeclaration");
    expect(kind("const check = function (h, c) {}; use(check);")).toBe("FunctionExpression");
    expect(kind("import { check } from './pins'; use(check);")).toBeUndefined();
    expect(kind("declare function check(h: string, c: unknown): void; use(check);")).toBeUndefined();
    expect(kind("use(makeCheck());")).toBeUndefined();
  });
});

