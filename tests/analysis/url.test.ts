import { describe, expect, it } from "vitest";
import { getFileScope } from "../../src/analysis/static-value";
import { getStringParts, joinParts } from "../../src/analysis/string-parts";
import { hostMatches, isInternalHost, isLoopbackHost, isPrivateAddress, parseQueryParts, parseUrlParts, parseUrlString } from "../../src/analysis/url";
import { withContext } from "./parse";

function partsOf(code: string) {
  return withContext(code, (context, program) => {
    const last = program.body[program.body.length - 1]!;
    if (last.type !== "VariableDeclaration") throw new Error("last statement must be a declaration");
    const parts = getStringParts(last.declarations[0]!.init!, getFileScope(context))!;
    return { parts, text: joinParts(parts, () => "{}"), url: parseUrlParts(parts), query: parseQueryParts(parts) };
  });
}

describe("parseUrlString", () => {
  it("takes a URL apart", () => {
    const url = parseUrlString("HTTP://user:pw@Qdrant.Example.com:6333/collections?key=abc&model=x#frag")!;
    expect(url).toMatchObject({ scheme: "http", host: "qdrant.example.com", port: "6333", hasPassword: true, path: "/collections" });
    expect(url.query.map((q) => q.name)).toEqual(["key", "model"]);
  });
  it("handles IPv6 hosts and missing parts", () => {
    expect(parseUrlString("http://[::1]:8080")).toMatchObject({ host: "::1", port: "8080", path: "" });
    expect(parseUrlString("redis://cache")).toMatchObject({ scheme: "redis", host: "cache" });
    expect(parseUrlString("/relative/path")).toBeUndefined();
    expect(parseUrlString("mailto:x@y.z")).toBeUndefined();
  });
});

describe("string parts and URLs with holes", () => {
  it("keeps run-time values as holes and constants as text", () => {
    const { text, url } = partsOf("const BASE = 'https://generativelanguage.googleapis.com'; declare const apiKey: string; const probe = `${BASE}/v1/models?key=${apiKey}&alt=sse`;");
    expect(text).toBe("https://generativelanguage.googleapis.com/v1/models?key={}&alt=sse");
    expect(url?.host).toBe("generativelanguage.googleapis.com");
    expect(url?.query.map((q) => [q.name, q.value.map((v) => v.kind)])).toEqual([["key", ["hole"]], ["alt", ["text"]]]);
  });
  it("reads concatenation and a dynamic host", () => {
    const { url } = partsOf("declare const host: string, key: string; const probe = 'http://' + host + ':8000/v1?api_key=' + key;");
    expect(url).toMatchObject({ scheme: "http", host: undefined, hostIsDynamic: true });
    expect(url?.query[0]?.name).toBe("api_key");
  });
  it("reads query fragments without a scheme", () => {
    expect(partsOf("declare const key: string; const probe = '&api_key=' + key;").query.map((q) => q.name)).toEqual(["api_key"]);
    expect(partsOf("declare const key: string; const probe = `?apikey=${key}`;").query.map((q) => q.name)).toEqual(["apikey"]);
    expect(partsOf("const probe = 'see api_key= in the docs';").query).toEqual([]);
  });
  it("marks a dynamic parameter name as unknown", () => {
    expect(partsOf("declare const n: string, v: string; const probe = `https://x.io/?${n}=${v}`;").url?.query[0]?.name).toBeUndefined();
  });
});

describe("hosts", () => {
  it("knows loopback", () => {
    for (const host of ["localhost", "LOCALHOST", "api.localhost", "127.0.0.1", "127.8.9.1", "::1", "[::1]", "0.0.0.0", "::ffff:127.0.0.1"]) {
      expect(isLoopbackHost(host), host).toBe(true);
    }
    for (const host of ["10.0.0.1", "example.com", "localhost.example.com", "128.0.0.1", "qdrant"]) {
      expect(isLoopbackHost(host), host).toBe(false);
    }
  });
  it("knows private and internal hosts", () => {
    expect(isPrivateAddress("10.0.3.7")).toBe(true);
    expect(isPrivateAddress("172.20.0.1")).toBe(true);
    expect(isPrivateAddress("172.32.0.1")).toBe(false);
    expect(isPrivateAddress("192.168.1.1")).toBe(true);
    expect(isPrivateAddress("fd12:3456::1")).toBe(true);
    expect(isInternalHost("inference.svc.cluster.local")).toBe(true);
    expect(isInternalHost("qdrant")).toBe(true);
    expect(isInternalHost("db.internal")).toBe(true);
    expect(isInternalHost("api.openai.com")).toBe(false);
    expect(isInternalHost("localhost")).toBe(false);
  });
  it("matches domains and subdomains only", () => {
    expect(hostMatches("api.openai.com", "openai.com")).toBe(true);
    expect(hostMatches("openai.com", "*.openai.com")).toBe(true);
    expect(hostMatches("notopenai.com", "openai.com")).toBe(false);
  });
});
