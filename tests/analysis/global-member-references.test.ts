import { describe, expect, it } from "vitest";
import { CALL, READ } from "../../src/analysis/modules";
import { findGlobalMemberReferences, getGlobalIdentifierReferences } from "../../src/analysis/global-member-references";
import { withContext } from "./parse";

const TRACE = { crypto: { subtle: { generateKey: { [CALL]: "generateKey" }, [READ]: "subtle" } } };

function refs(code: string): string[] {
  return withContext(code, (context) => findGlobalMemberReferences(context, TRACE).map((r) => `${r.kind}:${r.path.join(".")}@${r.node.loc.start.line}`));
}

describe("findGlobalMemberReferences", () => {
  it("follows the global directly and through the global object", () => {
    expect(refs("crypto.subtle.generateKey({});")).toEqual(["read:crypto.subtle@1", "call:crypto.subtle.generateKey@1"]);
    expect(refs("globalThis.crypto.subtle.generateKey({});")).toContain("call:crypto.subtle.generateKey@1");
    expect(refs("window.crypto.subtle.generateKey({});")).toContain("call:crypto.subtle.generateKey@1");
    expect(refs("self.crypto.subtle.generateKey({});")).toContain("call:crypto.subtle.generateKey@1");
  });
  it("follows aliases and destructuring", () => {
    expect(refs("const { subtle } = crypto;\nsubtle.generateKey({});")).toContain("call:crypto.subtle.generateKey@2");
    expect(refs("const s = globalThis.crypto.subtle;\ns.generateKey({});")).toContain("call:crypto.subtle.generateKey@2");
  });
  it("skips locals that shadow the global", () => {
    expect(refs("import crypto from 'node:crypto'; crypto.subtle.generateKey({});")).toEqual([]);
    expect(refs("function f(crypto) { crypto.subtle.generateKey({}); }")).toEqual([]);
    expect(refs("const crypto = makeCrypto(); crypto.subtle.generateKey({});")).toEqual([]);
  });
  it("lists the reading identifiers of a global", () => {
    const names = withContext("crypto.randomUUID(); const x = crypto; function f(crypto) { return crypto; }", (context) =>
      getGlobalIdentifierReferences(context, "crypto").map((id) => id.loc.start.column),
    );
    expect(names).toEqual([0, 31]);
  });
});
