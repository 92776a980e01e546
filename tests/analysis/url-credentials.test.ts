import { describe, expect, it } from "vitest";
import { AST_NODE_TYPES, type TSESTree } from "@typescript-eslint/utils";
import { getFileScope } from "../../src/analysis/static-value";
import {
  findQueryValueCredentials,
  findStringBuildCredentials,
  getQueryStringifyArgument,
  getUrlCredential,
  isCredentialParamName,
  isUsedAsQuery,
  makeQueryCredentialSettings,
  reachesUrlSink,
} from "../../src/analysis/url-credentials";
import { fake } from "../support/fake-secrets";
import { findNode, withContext } from "./parse";

/** The `init` of the top-level `const probe = …` in `code`. */
function probeInit(program: TSESTree.Program): TSESTree.Expression {
  for (const statement of program.body) {
    if (statement.type !== AST_NODE_TYPES.VariableDeclaration) continue;
    const declarator = statement.declarations[0];
    if (declarator?.id.type === AST_NODE_TYPES.Identifier && declarator.id.name === "probe" && declarator.init) return declarator.init;
  }
  throw new Error("no `const probe = …`");
}

/** `param:source` for each credential the string build of `probe` puts in a query. */
function inString(code: string): string[] {
  return withContext(code, (context, program) =>
    findStringBuildCredentials(probeInit(program), getFileScope(context)).map((c) => `${c.param}:${c.source.kind}:${c.source.name ?? c.source.provider ?? ""}`),
  );
}

describe("isCredentialParamName", () => {
  it("matches the defaults whatever the case, dashes and underscores", () => {
    for (const name of ["key", "api_key", "API-KEY", "apiKey", "X-Api-Key", "access_token", "subscription-key", "code", "openai_key"]) {
      expect(isCredentialParamName(name), name).toBe(true);
    }
  });
  it("leaves ordinary and signature parameters alone", () => {
    for (const name of ["q", "model", "page", "alt", "pageToken", "client_id", "sig", "signature", "X-Amz-Signature", "sv", " key", "your key"]) {
      expect(isCredentialParamName(name), name).toBe(false);
    }
  });
  it("takes extra and allowed names", () => {
    const settings = makeQueryCredentialSettings(["license"], ["Code"]);
    expect(isCredentialParamName("LICENSE", settings)).toBe(true);
    expect(isCredentialParamName("code", settings)).toBe(false);
  });
});

describe("findStringBuildCredentials", () => {
  it("finds keys in template literals and concatenation, through constants", () => {
    expect(inString("const probe = `https://generativelanguage.googleapis.com/v1beta/models?key=${process.env.GEMINI_API_KEY}`;")).toEqual(["key:env:GEMINI_API_KEY"]);
    expect(inString("declare const apiKey: string; const Q = '&api_key=' + apiKey; const probe = 'https://serpapi.com/search?q=x' + Q;")).toEqual(["api_key:name:apiKey"]);
    expect(inString(`const K = ${JSON.stringify(fake.google())}; const probe = \`https://maps.googleapis.com/maps/api/geocode/json?key=\${K}\`;`)).toEqual([
      "key:literal:Google API key",
    ]);
  });
  it("trusts any value of a host's documented key parameter, in a URL that is sent", () => {
    expect(inString("declare const k: string; const probe = `https://generativelanguage.googleapis.com/v1/models?key=${k}`; fetch(probe);")).toEqual(["key:host:"]);
    expect(inString("declare const k: string; const probe = `https://generativelanguage.googleapis.com/v1/models?key=${k}`; check(probe);")).toEqual([]);
    expect(inString("declare const k: string, base: string; const probe = `${base}/v1/models?key=${k}`; fetch(probe);")).toEqual([]);
  });
  it("stays silent on tokens made for links, paging cursors and published browser keys", () => {
    expect(inString("declare const verificationToken: string, APP: string; const probe = `${APP}/verify?token=${verificationToken}`;")).toEqual([]);
    expect(inString("declare const page: any; const token = page.nextPageToken; const probe = `https://x.example.com/files?token=${token}`;")).toEqual([]);
    expect(inString("declare const apiKey: string; const probe = `https://maps.googleapis.com/maps/api/js?key=${apiKey}&callback=init`;")).toEqual([]);
    expect(inString("const probe = `https://maps.googleapis.com/maps/api/geocode/json?key=${process.env.NEXT_PUBLIC_MAPS_KEY}`;")).toEqual([]);
    expect(inString("declare const apiKey: string; const probe = `https://maps.googleapis.com/maps/api/geocode/json?key=${apiKey}`;")).toEqual(["key:name:apiKey"]);
  });
  it("stays silent on placeholders, non-secret values and short-lived tokens", () => {
    expect(inString("const probe = 'https://x.googleapis.com/v1?key=YOUR_API_KEY';")).toEqual([]);
    expect(inString("declare const cacheKey: string; const probe = `https://cache.example.com/get?key=${cacheKey}`;")).toEqual([]);
    expect(inString("declare const ephemeralToken: string; const probe = `wss://x.example.com/ws?access_token=${ephemeralToken}`;")).toEqual([]);
    expect(inString("declare const apiKey: string; const probe = `Bearer ${apiKey}`;")).toEqual([]);
  });
});

describe("serialized queries in string builds", () => {
  it("reads qs/querystring/query-string stringify and URLSearchParams placed after ? or &", () => {
    expect(inString("import qs from 'qs'; const probe = `https://serpapi.com/search.json?${qs.stringify({ q: 'x', api_key: process.env.SERPAPI_API_KEY })}`;")).toEqual(["api_key:env:SERPAPI_API_KEY"]);
    expect(inString("const querystring = require('node:querystring'); const params = { key: process.env.GOOGLE_API_KEY }; const probe = 'https://www.googleapis.com/customsearch/v1?' + querystring.stringify(params);")).toEqual(["key:env:GOOGLE_API_KEY"]);
    expect(inString("import { stringify as s } from 'query-string'; declare const apiKey: string; const q = s({ apikey: apiKey }); const probe = `https://x.example.com/v1?model=a&${q}`;")).toEqual(["apikey:name:apiKey"]);
    expect(inString("declare const apiKey: string; const params = { api_key: apiKey }; const probe = `https://x.example.com/?${new URLSearchParams(params).toString()}`;")).toEqual(["api_key:name:apiKey"]);
  });
  it("stays silent on other serializers, paths and placeholders", () => {
    expect(inString("declare const apiKey: string; const probe = `https://x.example.com/?data=${JSON.stringify({ api_key: apiKey })}`;")).toEqual([]);
    expect(inString("declare const apiKey: string; const qs = { stringify: (o: object) => '' }; const probe = `https://x.example.com/?${qs.stringify({ api_key: apiKey })}`;")).toEqual([]);
    expect(inString("import qs from 'qs'; declare const apiKey: string; const probe = `https://x.example.com/${qs.stringify({ api_key: apiKey })}`;")).toEqual([]);
    expect(inString("import qs from 'qs'; const probe = `https://x.example.com/?${qs.stringify({ api_key: 'YOUR_API_KEY' })}`;")).toEqual([]);
  });
  it("knows the serializer calls by import", () => {
    const arg = (code: string): string | null =>
      withContext(code, (context, program) => {
        const found = getQueryStringifyArgument(probeInit(program), getFileScope(context));
        return found ? context.sourceCode.getText(found) : null;
      });
    expect(arg("import * as qs from 'qs'; const probe = qs.stringify(o); declare const o: object;")).toBe("o");
    expect(arg("const { stringify } = require('querystring'); const probe = stringify(o); declare const o: object;")).toBe("o");
    expect(arg("const probe = require('qs').stringify(o); declare const o: object;")).toBe("o");
    expect(arg("import { parse } from 'qs'; const probe = parse(o); declare const o: string;")).toBeNull();
    expect(arg("import { stringify } from 'yaml'; const probe = stringify(o); declare const o: object;")).toBeNull();
  });
});

describe("findQueryValueCredentials", () => {
  const inQuery = (code: string): string[] =>
    withContext(code, (context, program) => findQueryValueCredentials(probeInit(program), getFileScope(context)).map((c) => `${c.param}:${c.source.name ?? ""}`));

  it("reads objects, pairs, strings and URLSearchParams", () => {
    expect(inQuery("declare const apiKey: string, q: string; const probe = { q, api_key: apiKey };")).toEqual(["api_key:apiKey"]);
    expect(inQuery("const probe = new URLSearchParams([['key', process.env.GOOGLE_API_KEY!], ['alt', 'sse']]);")).toEqual(["key:GOOGLE_API_KEY"]);
    expect(inQuery("declare const token: string; const probe = 'token=' + token;")).toEqual(["token:token"]);
    expect(inQuery("declare const apiKey: string; const base = { apikey: apiKey }; const probe = { ...base, limit: 5 };")).toEqual(["apikey:apiKey"]);
    expect(inQuery("declare const key: string; const probe = { key };")).toEqual([]);
  });
});

describe("reachesUrlSink", () => {
  const sent = (code: string): boolean =>
    withContext(code, (context, program) => reachesUrlSink(probeInit(program), getFileScope(context)), "file.tsx");

  it("follows a URL to the calls, options and attributes that load it", () => {
    expect(sent("const probe = 'https://x.example.com'; fetch(probe);")).toBe(true);
    expect(sent("declare const axios: any; const probe = 'https://x.example.com'; axios.get(probe + '/v1');")).toBe(true);
    expect(sent("const probe = 'wss://x.example.com'; new WebSocket(probe);")).toBe(true);
    expect(sent("declare const axios: any; const probe = 'https://x.example.com'; axios({ url: probe });")).toBe(true);
    expect(sent("const probe = 'https://x.example.com'; const el = <img src={probe} />;")).toBe(true);
    expect(sent("const probe = 'https://x.example.com'; console.log(probe);")).toBe(false);
    expect(sent("declare function check(s: string): void; const probe = 'https://x.example.com'; check(probe);")).toBe(false);
  });
});

describe("isUsedAsQuery", () => {
  const used = (code: string): boolean =>
    withContext(code, (context, program) => isUsedAsQuery(findNode(program, AST_NODE_TYPES.NewExpression), getFileScope(context)));

  it("follows a URLSearchParams to a URL, not to a request body", () => {
    expect(used("declare const BASE: string; const p = new URLSearchParams({}); fetch(`${BASE}?${p}`);")).toBe(true);
    expect(used("declare const url: URL; const p = new URLSearchParams({}); url.search = p.toString();")).toBe(true);
    expect(used("declare const axios: any; axios.get('/x', { params: new URLSearchParams({}) });")).toBe(true);
    expect(used("declare const BASE: string; const qs = new URLSearchParams({}).toString(); fetch(BASE + '?' + qs);")).toBe(true);
    expect(used("fetch('/token', { method: 'POST', body: new URLSearchParams({}) });")).toBe(false);
    expect(used("function f() { return new URLSearchParams({}); }")).toBe(false);
  });
});

describe("getUrlCredential", () => {
  const carried = (code: string): string | undefined =>
    withContext(code, (context, program) => {
      const statement = program.body[program.body.length - 1]!;
      if (statement.type !== "ExpressionStatement") throw new Error("last statement must be an expression");
      return getUrlCredential(statement.expression, getFileScope(context))?.param;
    });

  it("sees keys in URL variables, URL objects and their string forms", () => {
    expect(carried("declare const apiKey: string; const url = `https://x.example.com/v1?key=${apiKey}`; url;")).toBe("key");
    expect(carried("declare const apiKey: string; const u = new URL('https://x.example.com'); u.searchParams.set('api_key', apiKey); u.toString();")).toBe("api_key");
    expect(carried("declare const apiKey: string; const u = new URL(`https://x.example.com/v1?token=${apiKey}`); u.href;")).toBe("token");
    expect(carried("declare const apiKey: string; const p = new URLSearchParams(); p.append('key', apiKey); String(p);")).toBe("key");
    expect(carried("import qs from 'qs'; declare const apiKey: string; const url = `https://serpapi.com/search.json?${qs.stringify({ q: 'x', api_key: apiKey })}`; url;")).toBe("api_key");
  });
  it("is silent on URLs without one", () => {
    expect(carried("declare const model: string; const url = `https://x.example.com/v1/${model}?alt=sse`; url;")).toBeUndefined();
    expect(carried("const u = new URL('https://x.example.com'); u.searchParams.set('q', 'x'); u.href;")).toBeUndefined();
  });
});
