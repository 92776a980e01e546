import { describe, expect, it } from "vitest";
import { AST_NODE_TYPES } from "@typescript-eslint/utils";
import { CALL, CONSTRUCT, READ, findModuleReferences, getImportedModules, getModuleBinding, importsAnyOf } from "../../src/analysis/modules";
import { getFileScope } from "../../src/analysis/static-value";
import { findNode } from "./parse";
import { withContext } from "./parse";

const TRACE = {
  https: { Agent: { [CONSTRUCT]: "agent" }, request: { [CALL]: "request" } },
  tls: { DEFAULT_MIN_VERSION: { [READ]: "min" } },
  openai: { [CONSTRUCT]: "client", OpenAI: { [CONSTRUCT]: "client" } },
};

function refs(code: string, filename = "file.ts"): string[] {
  return withContext(code, (context) => findModuleReferences(context, TRACE).map((r) => `${r.kind}:${r.path.join(".")}`), filename);
}

describe("findModuleReferences", () => {
  it("follows ESM named, renamed, default and namespace imports with node: prefixes", () => {
    expect(refs("import { Agent } from 'node:https'; new Agent();")).toEqual(["construct:https.Agent"]);
    expect(refs("import { Agent as A } from 'https'; new A();")).toEqual(["construct:https.Agent"]);
    expect(refs("import https from 'https'; https.request({});")).toEqual(["call:https.request"]);
    expect(refs("import * as https from 'node:https'; new https.Agent();")).toEqual(["construct:https.Agent"]);
  });
  it("follows require, destructuring and member access", () => {
    expect(refs("const https = require('https'); new https.Agent();", "file.js")).toEqual(["construct:https.Agent"]);
    expect(refs("const { Agent: A } = require('node:https'); new A();", "file.js")).toEqual(["construct:https.Agent"]);
    expect(refs("new (require('https').Agent)();", "file.js")).toEqual(["construct:https.Agent"]);
  });
  it("treats a default import of an SDK as its class, and named imports too", () => {
    expect(refs("import OpenAI from 'openai'; new OpenAI();")).toEqual(["construct:openai"]);
    expect(refs("import { OpenAI } from 'openai'; new OpenAI();")).toEqual(["construct:openai.OpenAI"]);
    expect(refs("const OpenAI = require('openai'); new OpenAI();", "file.js")).toEqual(["construct:openai"]);
  });
  it("follows awaited dynamic imports, destructured or kept whole", () => {
    expect(refs("export async function f() { const { Agent } = await import('node:https'); new Agent(); }")).toEqual(["construct:https.Agent"]);
    expect(refs("const https = await import(`https`); https.request({});")).toEqual(["call:https.request"]);
    expect(refs("const { default: OpenAI } = await import('openai'); new OpenAI();")).toEqual(["construct:openai"]);
    expect(withContext("const m = await import('openai'); type T = import('tls').TLSSocket;", (context) => [...getImportedModules(context)])).toEqual(["openai"]);
  });
  it("ignores dynamic imports it cannot name or that are not awaited", () => {
    expect(refs("const name = 'https'; const { Agent } = await import(name); new Agent();")).toEqual([]);
    expect(refs("import('https').then((https) => new https.Agent());")).toEqual([]);
    expect(refs("const text = \"import('https')\"; // import('https')")).toEqual([]);
  });
  it("follows TS import-equals", () => {
    expect(refs("import https = require('https'); new https.Agent();")).toEqual(["construct:https.Agent"]);
  });
  it("reads members and ignores local bindings that shadow the module", () => {
    // An assignment target is reported too: the rule looks at the parent to tell a write from a read.
    expect(refs("import tls from 'node:tls'; tls.DEFAULT_MIN_VERSION = 'TLSv1';")).toEqual(["read:tls.DEFAULT_MIN_VERSION"]);
    expect(refs("import tls from 'node:tls'; const v = tls.DEFAULT_MIN_VERSION;")).toEqual(["read:tls.DEFAULT_MIN_VERSION"]);
    expect(refs("function f(require: (m: string) => any) { const h = require('https'); new h.Agent(); }")).toEqual([]);
    expect(refs("class Agent {} new Agent();")).toEqual([]);
  });
  it("lists imported modules once per file", () => {
    const modules = withContext("import a from 'node:fs'; export * from './x'; const b = require('pg');", (context) => [...getImportedModules(context)].sort());
    expect(modules).toEqual(["./x", "fs", "pg"]);
    expect(withContext("import 'openai';", (context) => importsAnyOf(context, ["node:openai", "x"]))).toBe(true);
    expect(withContext("const x = 1;", (context) => importsAnyOf(context, ["openai"]))).toBe(false);
  });
});

describe("getModuleBinding", () => {
  const binding = (code: string, name: string, filename = "file.ts") =>
    withContext(code, (context, program) => getModuleBinding(findNode(program, AST_NODE_TYPES.CallExpression, `${name}(x)`, code).callee as never, getFileScope(context)), filename);
  it("tells the module and the export a binding takes", () => {
    expect(binding("import { stringify as s } from 'qs'; s(x);", "s")).toEqual({ module: "qs", name: "stringify" });
    expect(binding("import qs from 'node:querystring'; qs(x);", "qs")).toEqual({ module: "querystring" });
    expect(binding("import * as qs from 'qs'; qs(x);", "qs")).toEqual({ module: "qs" });
    expect(binding("const { stringify: s = f } = require('qs'); s(x);", "s", "file.js")).toEqual({ module: "qs", name: "stringify" });
    expect(binding("const qs = require('qs'); qs(x);", "qs", "file.js")).toEqual({ module: "qs" });
    expect(binding("import qs = require('qs'); qs(x);", "qs")).toEqual({ module: "qs" });
  });
  it("gives nothing for local values", () => {
    expect(binding("const qs = makeQs(); qs(x);", "qs")).toBeUndefined();
    expect(binding("function f(qs) { qs(x); }", "qs")).toBeUndefined();
  });
});
