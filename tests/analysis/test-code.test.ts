import { describe, expect, it } from "vitest";
import { AST_NODE_TYPES, type TSESTree } from "@typescript-eslint/utils";
import { isAssertionCall, isAssertionData, isInTestCallback, isTestEnvironmentSetup, isTestTableCallee } from "../../src/analysis/test-code";
import { findNode, withContext } from "./parse";

/** Whether the string literal whose source text is `literal` counts as test data in `code`. */
function isData(code: string, literal: string, filename = "file.ts"): boolean {
  return withContext(code, (_context, program) => isAssertionData(findNode(program, AST_NODE_TYPES.Literal, literal, code)), filename);
}

/** Whether the first call written as `callText` in `code` is an assertion. */
function isAssertion(code: string, callText: string): boolean {
  return withContext(code, (_context, program) => isAssertionCall(findNode(program, AST_NODE_TYPES.CallExpression, callText, code)));
}

describe("isAssertionCall", () => {
  it("knows expect, its matchers and asymmetric matchers", () => {
    const code = `expect(a).toBe(b); expect(a).not.toEqual(b); expect.objectContaining(c); expect.soft(a).toBe(b); await expect(p).resolves.toMatchObject(d);`;
    for (const call of ["expect(a)", "expect(a).toBe(b)", "expect(a).not.toEqual(b)", "expect.objectContaining(c)", "expect.soft(a).toBe(b)", "expect(p).resolves.toMatchObject(d)"]) {
      expect(isAssertion(code, call), call).toBe(true);
    }
  });
  it("knows node:assert, Chai, should.js, supertest and test-context assertions", () => {
    const code = `assert(x); assert.equal(a, b); assert.strict.deepEqual(a, b); chai.expect(a).to.equal(b); res.should.equal(b); request(app).get("/").expect(200); t.is(a, b); t.deepEqual(a, b);`;
    for (const call of ["assert(x)", "assert.equal(a, b)", "assert.strict.deepEqual(a, b)", "chai.expect(a).to.equal(b)", "res.should.equal(b)", 'request(app).get("/").expect(200)', "t.is(a, b)", "t.deepEqual(a, b)"]) {
      expect(isAssertion(code, call), call).toBe(true);
    }
  });
  it("leaves other calls alone", () => {
    const code = `fetch(u); client.get(u); request(app).get("/"); t.test("x", fn); expected(u); assertions.push(u); t.end();`;
    for (const call of ["fetch(u)", "client.get(u)", 'request(app).get("/")', 't.test("x", fn)', "expected(u)", "assertions.push(u)", "t.end()"]) {
      expect(isAssertion(code, call), call).toBe(false);
    }
  });
});

describe("isTestTableCallee", () => {
  it("knows each and for on test functions, through modifiers", () => {
    const code = `it.each(rows); test.concurrent.each(rows); describe.each(rows); test.for(rows); cases.each(rows); [].each(rows);`;
    const callees = withContext(code, (_context, program) =>
      program.body.map((statement) => isTestTableCallee(((statement as TSESTree.ExpressionStatement).expression as TSESTree.CallExpression).callee)),
    );
    expect(callees).toEqual([true, true, true, true, false, false]);
  });
});

describe("isAssertionData", () => {
  it("finds values in the arguments of an assertion, through calls, arrows and containers", () => {
    const code = `test("x", async () => {
  expect(isValidUrl("http://a")).toBe(false);
  expect(loader.apiBase).toBe("http://b");
  expect(fn).toHaveBeenCalledWith(expect.objectContaining({ repoUrl: "http://c", list: ["http://d"] }));
  expect(() => connect("http://e")).toThrow();
  expect(() => { new Client({ url: "http://f" }); }).toThrow();
  expect(await load(\`\${base}\` + "http://g")).toEqual(null);
  assert.equal(build(opts), cond ? "http://h" : "http://i");
  expect(new URL("http://j").host).toBe("j");
});`;
    for (const literal of ['"http://a"', '"http://b"', '"http://c"', '"http://d"', '"http://e"', '"http://f"', '"http://g"', '"http://h"', '"http://i"', '"http://j"']) {
      expect(isData(code, literal), literal).toBe(true);
    }
  });
  it("finds values in the table of a parameterised test", () => {
    const code = `it.each([["http://a", true], { url: "http://b" }])("checks %s", (url, ok) => {});
describe.each\`
  url
  \${"http://c"}
\`("$url", () => {});
test.for(["http://d"])("x", () => {});`;
    for (const literal of ['"http://a"', '"http://b"', '"http://c"', '"http://d"']) {
      expect(isData(code, literal), literal).toBe(true);
    }
  });
  it("leaves values outside an assertion's arguments", () => {
    const code = `test("x", async () => {
  const client = createClient({ baseURL: "http://a" });
  await client.connect("http://b");
  expect(client).toBeDefined();
  expect(cond === "http://c" ? 1 : 2).toBe(1);
  it.each(rows)("http://d", () => {});
  request("http://e").get("/").expect(200);
  if (ok) { expect(send("http://f")).toBe(1); }
});
const url = "http://g";
expect(parse(url)).toBe(1);
expected("http://h");`;
    for (const literal of ['"http://a"', '"http://b"', '"http://c"', '"http://d"', '"http://e"', '"http://g"', '"http://h"']) {
      expect(isData(code, literal), literal).toBe(false);
    }
    // A ternary's test is not data; the value inside the if block is in the assertion.
    expect(isData(code, '"http://f"')).toBe(true);
  });
});

describe("isTestEnvironmentSetup", () => {
  const judge = (code: string, literal: string, check: (node: TSESTree.Node) => boolean): boolean =>
    withContext(code, (_context, program) => check(findNode(program, AST_NODE_TYPES.Literal, literal, code)));

  it("finds environment variables set inside tests, suites and hooks, and vi.stubEnv values", () => {
    const code = `describe("url", () => {
  beforeAll(() => { process.env.A = "http://a"; });
  it("x", async function () { await setup(() => { process.env["B"] = "http://b"; }); });
  test.concurrent("y", () => { import.meta.env.C = ("http://c" as string); });
  it.each(rows)("z", () => { vi.stubEnv("D", "http://d"); });
});
vi.stubEnv("E", "http://e");`;
    for (const literal of ['"http://a"', '"http://b"', '"http://c"', '"http://d"', '"http://e"']) {
      expect(judge(code, literal, isTestEnvironmentSetup), literal).toBe(true);
    }
  });
  it("leaves settings outside a test, other assignments, and other callbacks", () => {
    const code = `process.env.A = "http://a";
it("x", () => { config.url = "http://b"; const url = "http://c"; });
app.get("/", () => { process.env.D = "http://d"; });
it("y", () => { stubEnv("E", "http://e"); vi.stubEnv("http://f", "x"); });`;
    for (const literal of ['"http://a"', '"http://b"', '"http://c"', '"http://d"', '"http://e"', '"http://f"']) {
      expect(judge(code, literal, isTestEnvironmentSetup), literal).toBe(false);
    }
  });
  it("tells a test's callback from other functions", () => {
    const code = `it("x", () => { run("a"); });
items.map(() => "b");
describe.skip("s", () => { beforeEach(() => helper(() => "c")); });
it("d", () => {});`;
    expect(judge(code, '"a"', isInTestCallback)).toBe(true);
    expect(judge(code, '"b"', isInTestCallback)).toBe(false);
    expect(judge(code, '"c"', isInTestCallback)).toBe(true);
    expect(judge(code, '"d"', isInTestCallback)).toBe(false);
  });
});
