import type { TSESTree } from "@typescript-eslint/utils";
import { describe, expect, it } from "vitest";
import { findPeerHosts, isLoopbackOnly } from "../../src/analysis/connection-target";
import { getFileScope } from "../../src/analysis/static-value";
import { withContext } from "./parse";

const NAMES = { hostKeys: ["host", "hostname"], urlKeys: ["baseURL", "url", "node"] };

/** Runs `ask` on the object literal that holds the `marker: 1` property. */
function onMarked<T>(code: string, ask: (object: TSESTree.ObjectExpression, scope: ReturnType<typeof getFileScope>) => T): T {
  return withContext(code, (context, program) => {
    let found: TSESTree.ObjectExpression | undefined;
    const visit = (node: TSESTree.Node): void => {
      if (found) return;
      if (node.type === "ObjectExpression" && node.properties.some((p) => p.type === "Property" && p.key.type === "Identifier" && p.key.name === "marker")) {
        found = node;
        return;
      }
      for (const key of Object.keys(node)) {
        if (key === "parent") continue;
        const value = (node as unknown as Record<string, unknown>)[key];
        if (Array.isArray(value)) value.forEach((v) => v && typeof v === "object" && "type" in v && visit(v as TSESTree.Node));
        else if (value && typeof value === "object" && "type" in value) visit(value as TSESTree.Node);
      }
    };
    visit(program);
    if (!found) throw new Error("no marked object");
    return ask(found, getFileScope(context));
  });
}

describe("findPeerHosts", () => {
  it("reads host options on the object itself", () => {
    expect(onMarked("tls.connect({ host: 'API.example.com', marker: 1 });", (o, s) => findPeerHosts(o, NAMES, s))).toEqual(["api.example.com"]);
  });
  it("reads URL arguments of the call that takes the object", () => {
    expect(onMarked("new WebSocket('wss://localhost:8443/x', { marker: 1 });", (o, s) => findPeerHosts(o, NAMES, s))).toEqual(["localhost"]);
    expect(onMarked("tls.connect(443, '127.0.0.1', { marker: 1 });", (o, s) => findPeerHosts(o, NAMES, s))).toEqual(["127.0.0.1"]);
  });
  it("climbs through agents and nested options to the client's URL", () => {
    const code = "const BASE = 'https://localhost:11434'; axios.create({ baseURL: BASE, httpsAgent: new https.Agent({ marker: 1 }) });";
    expect(onMarked(code, (o, s) => findPeerHosts(o, NAMES, s))).toEqual(["localhost"]);
  });
  it("follows a const to every place it is handed, and knows nothing if one place names no host", () => {
    const both = "const agent = new https.Agent({ marker: 1 }); https.get('https://localhost/a', { agent }); fetch('https://api.example.com/b', { agent });";
    expect(onMarked(both, (o, s) => findPeerHosts(o, NAMES, s))).toEqual(["localhost", "api.example.com"]);
    const unknown = "const agent = new https.Agent({ marker: 1 }); https.get('https://localhost/a', { agent }); send(agent);";
    expect(onMarked(unknown, (o, s) => findPeerHosts(o, NAMES, s))).toEqual([]);
    expect(onMarked("export const agent = new https.Agent({ marker: 1 }); https.get('https://localhost/a', { agent });", (o, s) => findPeerHosts(o, NAMES, s))).toEqual([]);
  });
  it("reads every element of a list of node URLs, an unknown one as no host", () => {
    expect(onMarked("new Client({ node: ['https://es-1:9200', 'https://localhost:9201'], marker: 1 });", (o, s) => findPeerHosts(o, NAMES, s))).toEqual(["es-1", "localhost"]);
    expect(onMarked("new Client({ node: ['https://localhost:9200', process.env.NODE], marker: 1 });", (o, s) => findPeerHosts(o, NAMES, s))).toEqual(["localhost", ""]);
  });
  it("knows nothing when no host is written", () => {
    expect(onMarked("new https.Agent({ marker: 1 });", (o, s) => findPeerHosts(o, NAMES, s))).toEqual([]);
    expect(onMarked("tls.connect({ host: process.env.HOST, marker: 1 });", (o, s) => findPeerHosts(o, NAMES, s))).toEqual([]);
  });
});

describe("isLoopbackOnly", () => {
  it("is true only when every known host is loopback", () => {
    expect(onMarked("tls.connect({ host: 'localhost', marker: 1 });", (o, s) => isLoopbackOnly(o, NAMES, s))).toBe(true);
    expect(onMarked("tls.connect({ host: 'db.example.com', marker: 1 });", (o, s) => isLoopbackOnly(o, NAMES, s))).toBe(false);
    expect(onMarked("new https.Agent({ marker: 1 });", (o, s) => isLoopbackOnly(o, NAMES, s))).toBe(false);
  });
});
