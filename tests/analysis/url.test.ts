import { describe, expect, it } from "vitest";
import { getFileScope } from "../../src/analysis/static-value";
import { getStringParts, joinParts } from "../../src/analysis/string-parts";
import { hostMatches, isHostLocalHost, isInternalHost, isLoopbackHost, isPrivateAddress, parseQueryParts, parseUrlParts, parseUrlString, splitUrlList } from "../../src/analysis/url";
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

describe("splitUrlList", () => {
  const items = (code: string) => {
    const { parts } = partsOf(code);
    return splitUrlList(parts)?.map((item) => joinParts(item, () => "{}"));
  };
  it("splits a comma- or semicolon-separated list before each scheme", () => {
    expect(items("const probe = 'http://localhost:3000,http://localhost:3001';")).toEqual(["http://localhost:3000", "http://localhost:3001"]);
    expect(items("const probe = 'https://app.acme-corp.com; http://localhost:5173 ;ws://127.0.0.1:9000';")).toEqual([
      "https://app.acme-corp.com",
      "http://localhost:5173 ",
      "ws://127.0.0.1:9000",
    ]);
  });
  it("keeps run-time pieces inside their item", () => {
    expect(items("declare const host: string; const probe = `http://${host}:3000,http://localhost:3001`;")).toEqual(["http://{}:3000", "http://localhost:3001"]);
    const [first] = splitUrlList(partsOf("declare const host: string; const probe = `http://${host}:3000,http://localhost:3001`;").parts)!;
    expect(parseUrlParts(first!)).toMatchObject({ scheme: "http", host: undefined, hostIsDynamic: true, port: "3000" });
  });
  it("leaves single URLs and commas that do not start a URL alone", () => {
    expect(items("const probe = 'http://localhost:3000';")).toBeUndefined();
    expect(items("const probe = 'http://maps.acme-corp.com/?ll=1.5,2.5;z=3';")).toBeUndefined();
    expect(items("declare const a: string, b: string; const probe = `${a},${b}`;")).toBeUndefined();
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
  it("knows loopback written in the other forms the URL parser reads", () => {
    for (const host of ["2130706433", "0x7f000001", "0X7F000001", "127.1", "127.0.1", "0177.0.0.1", "0x7f.1", "::ffff:7f00:1", "[::ffff:7f00:1]", "0:0:0:0:0:ffff:7f00:1", "0::1", "::0:1"]) {
      expect(isLoopbackHost(host), host).toBe(true);
    }
    // 10.0.0.1 in decimal and mapped hex, a mapped private address, names that look hex, invalid forms.
    for (const host of ["167772161", "0xa000001", "::ffff:a00:1", "::7f00:1", "fe80::1", "cafe.face", "dead.beef", "1.2.3.4.5", "0x1g", "256.0.0.1", "127.0.0.1.evil.com"]) {
      expect(isLoopbackHost(host), host).toBe(false);
    }
  });
  it("never takes a short form of the wildcard address, or a host with a port, for loopback", () => {
    // `0` and `0.0` are what run-time pieces of a host read as (`http://${a}.${b}`).
    for (const host of ["0", "0.0", "0x0", "localhost:3000", "127.0.0.1:8080,http:", "evil.com@127.0.0.1", "evil.com/127.0.0.1"]) {
      expect(isLoopbackHost(host), host).toBe(false);
    }
    expect(isInternalHost("2130706433")).toBe(false);
    expect(isInternalHost("167772161")).toBe(true);
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

describe("isHostLocalHost", () => {
  it("knows the container aliases for the machine and the metadata endpoints", () => {
    for (const host of ["host.docker.internal", "HOST.DOCKER.INTERNAL.", "172.17.0.1", "host.containers.internal", "host.orb.internal", "model-runner.docker.internal", "169.254.169.254", "[fd00:ec2::254]"]) {
      expect(isHostLocalHost(host)).toBe(true);
    }
  });
  it("does not stretch to look-alikes, subdomains or other bridge addresses", () => {
    for (const host of ["host.docker.internal.evil.com", "api.host.docker.internal", "172.17.0.2", "docker.internal", "localhost", "qdrant"]) {
      expect(isHostLocalHost(host)).toBe(false);
    }
  });
});
