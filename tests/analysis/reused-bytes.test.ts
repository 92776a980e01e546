import { describe, expect, it } from "vitest";
import type { TSESTree } from "@typescript-eslint/utils";
import { findReusedBytes, isByteRead, isConfigBytes, runsOncePerProcess } from "../../src/analysis/reused-bytes";
import { getTrailingName } from "../../src/analysis/ast";
import { withContext } from "./parse";

/** Every `use(<expression>)` call in the code. */
function useCalls(program: TSESTree.Program): TSESTree.CallExpression[] {
  const calls: TSESTree.CallExpression[] = [];
  const visit = (node: unknown): void => {
    if (!node || typeof node !== "object") return;
    const n = node as TSESTree.Node;
    if (n.type === "CallExpression" && getTrailingName(n.callee) === "use") calls.push(n);
    for (const [key, value] of Object.entries(n)) {
      if (key === "parent") continue;
      if (Array.isArray(value)) value.forEach(visit);
      else if (value && typeof value === "object" && "type" in value) visit(value);
    }
  };
  visit(program);
  return calls;
}

/** The kind of reuse of the argument of each `use(…)`, in source order. */
function kinds(code: string): (string | undefined)[] {
  return withContext(code, (context, program) =>
    useCalls(program).map((call) => {
      const arg = call.arguments[0]!;
      const isRandomBytesCall = (c: TSESTree.CallExpression): boolean => getTrailingName(c.callee) === "randomBytes";
      const isHarmlessUse = (u: TSESTree.Node): boolean => u.parent?.type === "CallExpression" && getTrailingName(u.parent.callee) === "use";
      return findReusedBytes(arg, context.sourceCode.getScope(arg), { isRandomBytesCall, isHarmlessUse })?.kind;
    }),
  );
}

describe("findReusedBytes", () => {
  it("finds bytes fixed by the code", () => {
    expect(kinds("function f() { use(Buffer.alloc(16)); use(new Uint8Array(12).fill(0)); use(Buffer.alloc(8).fill(7)); }")).toEqual(["constant", "constant", "constant"]);
    expect(kinds("function f() { const iv = Buffer.alloc(16); use(iv); return iv.toString('hex'); }")).toEqual(["constant"]);
    expect(kinds("function f() { const iv = new Uint8Array(16).fill(0); use(iv); return Buffer.concat([iv]); }")).toEqual(["constant"]);
    expect(kinds("function f(v) { use(new Uint8Array(16).fill(v)); use(new Uint8Array(16).fill(0, 0, 4)); }")).toEqual([undefined, undefined]);
  });
  it("finds bytes read from configuration", () => {
    expect(kinds("function f() { use(Buffer.from(process.env.IV, 'hex')); }")).toEqual(["config"]);
    expect(kinds("const IV = process.env.IV ?? ''; function f() { use(Buffer.from(IV, 'base64')); use(new TextEncoder().encode(import.meta.env.NONCE)); }")).toEqual(["config", "config"]);
    expect(kinds("function f(payload) { use(Buffer.from(payload.iv, 'hex')); }")).toEqual([undefined]);
  });
  it("finds module-level bytes read inside a function, not by code that runs once", () => {
    expect(kinds("const iv = randomBytes(16); export function f() { use(iv); }")).toEqual(["module"]);
    expect(kinds("const iv = crypto.getRandomValues(new Uint8Array(12)); export const f = () => use(iv);")).toEqual(["module"]);
    expect(kinds("const iv = randomBytes(16); use(iv);")).toEqual([undefined]);
    expect(kinds("const iv = randomBytes(16); function main() { use(iv); } main();")).toEqual([undefined]);
    expect(kinds("const iv = randomBytes(16); function main() { use(iv); } for (;;) main();")).toEqual(["module"]);
    expect(kinds("const iv = randomBytes(16); (() => use(iv))();")).toEqual([undefined]);
    expect(kinds("const iv = makeIv(); export function f() { use(iv); }")).toEqual([undefined]);
  });
  it("leaves buffers refilled per call alone", () => {
    expect(kinds("const iv = Buffer.alloc(16); export function f() { randomFillSync(iv); use(iv); }")).toEqual([undefined]);
    expect(kinds("const iv = Buffer.alloc(16); randomFillSync(iv); export function f() { use(iv); }")).toEqual(["module"]);
    expect(kinds("const iv = randomBytes(16); export function f() { refill(iv); use(iv); }")).toEqual([undefined]);
    expect(kinds("let iv = randomBytes(16); export function f() { iv = randomBytes(16); use(iv); }")).toEqual([undefined]);
  });
  it("finds class fields made once per instance and read by a method", () => {
    const code = `class Vault {
  iv = randomBytes(12);
  other = randomBytes(12);
  constructor() { use(this.other); }
  seal() { use(this.iv); }
  arrow = () => use(this.iv);
}
class Fresh {
  iv = randomBytes(12);
  seal() { this.iv = randomBytes(12); use(this.iv); }
}`;
    expect(kinds(code)).toEqual([undefined, "instance", "instance", undefined]);
  });
});

describe("isByteRead", () => {
  const reads = (code: string): boolean[] =>
    withContext(code, (context, program) => {
      const scope = context.sourceCode.scopeManager!.globalScope!;
      const variable = scope.childScopes[0]?.set.get("iv") ?? scope.set.get("iv");
      void program;
      return variable!.references.filter((r) => !r.init).map((r) => isByteRead(r.identifier as TSESTree.Node));
    });
  it("accepts reads and rejects writes", () => {
    expect(reads("const iv = x; iv.toString('hex'); iv.length; Buffer.concat([iv, d]); Buffer.from(iv); `${iv}`; ({ nonce: iv });")).toEqual([true, true, true, true, true, true]);
    expect(reads("const iv = x; iv.fill(0); iv[0] = 1; crypto.getRandomValues(iv); src.copy(iv); send(iv);")).toEqual([false, false, false, false, false]);
  });
});

describe("isConfigBytes / runsOncePerProcess", () => {
  it("reads env through consts and Buffer.from", () => {
    expect(withContext("const v = Deno.env.get('IV'); use(Buffer.from(v!, 'hex'));", (context, program) => {
      const call = useCalls(program)[0]!;
      return isConfigBytes(call.arguments[0]!, context.sourceCode.getScope(call));
    })).toBe(true);
  });
  it("follows one-shot calls up to the program", () => {
    const run = (code: string): boolean =>
      withContext(code, (context, program) => {
        const call = useCalls(program)[0]!;
        return runsOncePerProcess(call, context.sourceCode.getScope(call));
      });
    expect(run("use(1);")).toBe(true);
    expect(run("const main = async () => { use(1); }; void main();")).toBe(true);
    expect(run("export function handler() { use(1); }")).toBe(false);
    expect(run("function main() { use(1); } main(); main();")).toBe(false);
  });
});
