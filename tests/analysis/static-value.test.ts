import { describe, expect, it } from "vitest";
import { getFileScope, resolveCandidates, resolveString, resolveValue } from "../../src/analysis/static-value";
import { withContext } from "./parse";

/** Resolves the initializer of the last `const probe = …` in the code. */
function probe(code: string): { values: unknown[]; value: { value: unknown } | null } {
  return withContext(code, (context, program) => {
    const last = program.body[program.body.length - 1]!;
    if (last.type !== "VariableDeclaration") throw new Error("last statement must be `const probe = …`");
    const init = last.declarations[0]!.init!;
    const scope = getFileScope(context);
    return { values: resolveCandidates(init, scope).map((c) => c.value), value: resolveValue(init, scope) };
  });
}

/** The values of the last `use(…)` argument in the code. */
const thisValues = (code: string): unknown[] =>
  withContext(code, (context, program) => {
    let found: unknown[] = [];
    const visit = (node: { type: string; [key: string]: unknown }): void => {
      if (node.type === "CallExpression" && (node.callee as { name?: string }).name === "use") {
        found = resolveCandidates((node.arguments as never[])[0]!, getFileScope(context)).map((c) => c.value);
      }
      for (const [key, value] of Object.entries(node)) {
        if (key === "parent") continue;
        if (Array.isArray(value)) value.forEach((v) => v && typeof v === "object" && "type" in v && visit(v));
        else if (value && typeof value === "object" && "type" in value) visit(value as never);
      }
    };
    visit(program as never);
    return found;
  });

describe("resolveCandidates", () => {
  it("reads literals, constants and TS wrappers", () => {
    expect(probe("const probe = false;").value).toEqual({ value: false });
    expect(probe("const VERIFY = false; const probe = VERIFY;").value).toEqual({ value: false });
    expect(probe("const V = 0 as const; const probe = (V as number)!;").value).toEqual({ value: 0 });
    expect(probe("const V = { a: false } satisfies object; const probe = V.a;").value).toEqual({ value: false });
  });
  it("reads this.<field> from its one initialiser or assignment, and getters made of one return", () => {
    expect(thisValues("class A { verify = false; run() { use(this.verify); } }")).toEqual([false]);
    expect(thisValues("class A { constructor() { this.algorithm = 'aes-256-cbc'; } run() { use(this.algorithm); } }")).toEqual(["aes-256-cbc"]);
    expect(thisValues("class A { get mode() { return 'ecb'; } run() { use(this.mode); } }")).toEqual(["ecb"]);
    expect(thisValues("class A { #v = 'TLSv1'; run() { use(this.#v); } }")).toEqual(["TLSv1"]);
    // Written twice, from a parameter, or read where `this` is not the instance: not provable.
    expect(thisValues("class A { v = 'a'; set(x) { this.v = x; } run() { use(this.v); } }")).toEqual([]);
    expect(thisValues("class A { constructor(o) { this.v = o.v; } run() { use(this.v); } }")).toEqual([]);
    expect(thisValues("class A { v = 'a'; run() { return function () { use(this.v); }; } }")).toEqual([]);
    // A setter-less getter shadowed by a field write is not the value.
    expect(thisValues("class A { get m() { return 'a'; } init() { this.m = 'b'; } run() { use(this.m); } }")).toEqual(["b"]);
  });
  it("folds unary not", () => {
    expect(probe("const probe = !1;").value).toEqual({ value: false });
    expect(probe("const probe = !!0;").value).toEqual({ value: false });
  });
  it("joins template literals and concatenation through constants", () => {
    expect(probe("const HOST = 'api.example.com'; const probe = `https://${HOST}/v1`;").value).toEqual({ value: "https://api.example.com/v1" });
    expect(probe("const A = 'TLS'; const probe = A + 'v1';").value).toEqual({ value: "TLSv1" });
  });
  it("gives both branches of a ternary with a dynamic test", () => {
    const result = probe("declare const dev: boolean; const probe = dev ? false : true;");
    expect(result.values).toEqual([false, true]);
    expect(result.value).toBeNull();
  });
  it("picks the branch of a ternary whose test is static", () => {
    expect(probe("const probe = 1 > 2 ? 'a' : 'b';").value).toEqual({ value: "b" });
  });
  it("gives the fallback of ?? and || when the left side is dynamic", () => {
    expect(probe("const probe = process.env.SCHEME || 'http';").values).toEqual(["http"]);
    expect(probe("const probe = process.env.URL ?? 'http://qdrant:6333';").values).toEqual(["http://qdrant:6333"]);
    expect(probe("const probe = process.env.URL ?? 'http://qdrant:6333';").value).toBeNull();
    expect(probe("const probe = 'a' || 'b';").value).toEqual({ value: "a" });
  });
  it("drops a fallback the left side of ?? or || can never reach (URL members)", () => {
    const unreachable = [
      "const u = new URL(process.env.WEAVIATE_ENDPOINT!); const probe = u.protocol.replace(':', '') || 'http';",
      "const u = new URL(process.env.ENDPOINT!); const probe = u.protocol.replace(/:$/, '') || 'http';",
      "const u = new URL(process.env.ENDPOINT!); const probe = u.protocol.slice(0, -1) || 'http';",
      "const u = new URL(process.env.ENDPOINT!); const probe = u?.protocol?.toLowerCase() || 'http:';",
      "const u = new URL(process.env.ENDPOINT!); const probe = u.href || 'http://localhost';",
      "const u = new URL(process.env.ENDPOINT!); const probe = u.origin || 'http://localhost';",
      "const probe = new URL(process.env.ENDPOINT!).protocol || 'http:';",
      "import { URL } from 'node:url'; const u = new URL(process.env.ENDPOINT!); const probe = u.protocol || 'http:';",
      "import * as url from 'url'; const u = new url.URL(process.env.ENDPOINT!); const probe = u.protocol || 'http:';",
      "const { URL } = require('url'); const u = new URL(process.env.ENDPOINT); const probe = u.protocol || 'http:';",
      // `??`: no member of a URL is ever nullish, even one that may be empty.
      "const u = new URL(process.env.ENDPOINT!); const probe = u.host ?? 'localhost';",
      "const u = new URL(process.env.ENDPOINT!); const probe = u.hostname ?? 'localhost';",
    ];
    for (const code of unreachable) expect(probe(code).values, code).toEqual([]);
  });
  it("keeps a fallback the left side can reach", () => {
    const reachable = [
      // `host` and `hostname` are empty for `file:///p` and for `mailto:`, `foo:bar`.
      ["const u = new URL(process.env.ENDPOINT!); const probe = u.host || 'localhost';", "localhost"],
      ["const u = new URL(process.env.ENDPOINT!); const probe = u.hostname || 'localhost';", "localhost"],
      ["const u = new URL(process.env.ENDPOINT!); const probe = u.port || '80';", "80"],
      // What the methods leave may be empty: a regex with `g`, a pattern longer than the scheme, a slice past it.
      ["const u = new URL(process.env.ENDPOINT!); const probe = u.protocol.replace(/[a-z]+:/, '') || 'http';", "http"],
      ["const u = new URL(process.env.ENDPOINT!); const probe = u.protocol.replace('http:', '') || 'http';", "http"],
      ["const u = new URL(process.env.ENDPOINT!); const probe = u.protocol.slice(5) || 'http';", "http"],
      ["const u = new URL(process.env.ENDPOINT!); const probe = u.protocol.slice(-1, 1) || 'http';", "http"],
      ["const u = new URL(process.env.ENDPOINT!); const probe = u.protocol.trim() || 'http';", "http"],
      // Not a URL object: a shadowing class, a reassigned binding, an object from elsewhere, URL.parse (null on failure).
      ["class URL { protocol = ''; constructor(_: string) {} } const u = new URL('x'); const probe = u.protocol || 'http:';", "http:"],
      ["let u = new URL(process.env.ENDPOINT!); u = other; const probe = u.protocol || 'http:';", "http:"],
      ["declare const u: URL; const probe = u.protocol || 'http:';", "http:"],
      ["import { URL } from 'whatwg-url-shim'; const u = new URL(process.env.ENDPOINT!); const probe = u.protocol || 'http:';", "http:"],
      ["const probe = URL.parse(process.env.ENDPOINT!)?.protocol ?? 'http:';", "http:"],
    ] as const;
    for (const [code, fallback] of reachable) expect(probe(code).values, code).toEqual([fallback]);
  });
  it("stays silent on what it cannot prove", () => {
    expect(probe("declare const opts: { verify: boolean }; const probe = opts.verify;").values).toEqual([]);
    expect(probe("let x = false; x = true; const probe = x;").values).toEqual([]);
    expect(probe("function f(p: boolean) { return p; } const probe = f(true);").values).toEqual([]);
  });
  it("follows a let that is never reassigned", () => {
    expect(probe("let x = 'TLSv1'; const probe = x;").value).toEqual({ value: "TLSv1" });
  });
  it("reports the branch node for a ternary", () => {
    const code = "declare const dev: boolean; const x = dev ? false : true;";
    const nodes = withContext(code, (context, program) => {
      const decl = program.body[1]!;
      if (decl.type !== "VariableDeclaration") throw new Error("unexpected");
      return resolveCandidates(decl.declarations[0]!.init!, getFileScope(context)).map((c) => c.node.range);
    });
    const f = code.indexOf("false");
    const t = code.indexOf("true");
    expect(nodes).toEqual([[f, f + 5], [t, t + 4]]);
  });
  it("does not loop on self-referencing constants", () => {
    expect(probe("const a: any = b; const b: any = a; const probe = a;").values).toEqual([]);
  });
  it("resolveString only answers for strings", () => {
    const answer = withContext("const N = 3; const S = 'x';", (context, program) => {
      const [n, s] = program.body.map((statement) => (statement.type === "VariableDeclaration" ? statement.declarations[0]!.init! : null));
      return [resolveString(n!, getFileScope(context)), resolveString(s!, getFileScope(context))];
    });
    expect(answer).toEqual([undefined, "x"]);
  });
});

describe("defaults, static class fields and enum members", () => {
  it("gives a parameter's or a destructured binding's default as one of its values, never as its only value", () => {
    expect(thisValues("function f(algorithm = 'aes-128-cbc') { use(algorithm); }")).toEqual(["aes-128-cbc"]);
    expect(thisValues("const f = ({ verify = false }) => use(verify);")).toEqual([false]);
    expect(thisValues("const { TLS_VERIFY = 'false' } = process.env; use(TLS_VERIFY);")).toEqual(["false"]);
    expect(thisValues("function f(url = BASE + '/v1') { use(url); } const BASE = 'http://a';")).toEqual(["http://a/v1"]);
    expect(probe("function f(a = 'x') { return a; } const probe = f();").value).toBeNull();
    // Reassigned in the body: the default is not provably a value at the use.
    expect(thisValues("function f(mode = 'ecb') { mode = pick(); use(mode); }")).toEqual([]);
    expect(thisValues("function f(p) { use(p); }")).toEqual([]);
  });
  it("does not take a default for the binding's single value", () => {
    const single = (code: string): unknown =>
      withContext(code, (context, program) => {
        const call = (program.body[0] as unknown as { body: { body: { expression: { arguments: never[] } }[] } }).body.body[0]!.expression;
        return resolveValue(call.arguments[0]!, getFileScope(context));
      });
    expect(single("function f(v = false) { use(v); }")).toBeNull();
    expect(single("function f(v = false) { use(`${v}`); }")).toBeNull();
  });
  it("reads static class fields nothing reassigns, and enum members", () => {
    expect(thisValues("class S { static readonly ALG = 'aes-128-cbc'; run() { use(S.ALG); } }")).toEqual(["aes-128-cbc"]);
    expect(thisValues("const S = class { static CFG = { tls: { verify: false } } }; use(S.CFG.tls.verify);")).toEqual([false]);
    expect(thisValues("enum Alg { Legacy = 'aes-128-cbc', Good = 'aes-256-gcm' } use(Alg.Legacy);")).toEqual(["aes-128-cbc"]);
    expect(thisValues("enum Port { A = 8080 } use(Port.A);")).toEqual([8080]);
    // Reassigned, an instance field, or another class's member: not provable.
    expect(thisValues("class S { static MODE = 'ecb'; static set() { S.MODE = 'gcm'; } } use(S.MODE);")).toEqual([]);
    expect(thisValues("class S { MODE = 'ecb'; } use(S.MODE);")).toEqual([]);
    expect(thisValues("enum E { A } use(E.A);")).toEqual([]);
  });
});
