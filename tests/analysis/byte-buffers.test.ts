import { describe, expect, it } from "vitest";
import type { TSESTree } from "@typescript-eslint/utils";
import { describeBuffer, type BufferOptions } from "../../src/analysis/byte-buffers";
import { getFileScope } from "../../src/analysis/static-value";
import { withContext } from "./parse";

/** Describes the first argument of the last call statement, `use(<expression>)`. */
function facts(code: string, options: BufferOptions = {}) {
  return withContext(code, (context, program) => {
    const last = program.body[program.body.length - 1]!;
    if (last.type !== "ExpressionStatement" || last.expression.type !== "CallExpression") throw new Error("last statement must be `use(…)`");
    const result = describeBuffer(last.expression.arguments[0]!, getFileScope(context), options);
    return result ? { byteLength: result.byteLength, constant: result.constant } : undefined;
  });
}

describe("describeBuffer", () => {
  it("reads string literals, constants and templates as constant bytes", () => {
    expect(facts("use('fixed-iv-1234567');")).toEqual({ byteLength: 16, constant: true });
    expect(facts("const IV = 'abc'; use(`${IV}def`);")).toEqual({ byteLength: 6, constant: true });
    expect(facts("use(process.env.IV);")).toBeUndefined();
  });
  it("reads Buffer.alloc, Buffer.from and typed arrays", () => {
    expect(facts("use(Buffer.alloc(16));")).toEqual({ byteLength: 16, constant: true });
    expect(facts("use(Buffer.alloc(12, 0));")).toEqual({ byteLength: 12, constant: true });
    expect(facts("use(Buffer.alloc(12, fill));")).toEqual({ byteLength: 12, constant: false });
    expect(facts("use(Buffer.allocUnsafe(16));")).toEqual({ byteLength: 16, constant: false });
    expect(facts("use(Buffer.from('00ff00ff', 'hex'));")).toEqual({ byteLength: 4, constant: true });
    expect(facts("use(Buffer.from('AAAA', 'base64'));")).toEqual({ byteLength: 3, constant: true });
    expect(facts("use(Buffer.from([1, 2, 3]));")).toEqual({ byteLength: 3, constant: true });
    expect(facts("use(Buffer.from(data, 'hex'));")).toBeUndefined();
    expect(facts("use(Buffer.from('00', encoding));")).toBeUndefined();
    expect(facts("use(new Uint8Array(12));")).toEqual({ byteLength: 12, constant: true });
    expect(facts("use(new Uint8Array([9, 9]));")).toEqual({ byteLength: 2, constant: true });
    expect(facts("use(new Uint8Array(size));")).toBeUndefined();
  });
  it("treats random fills as sized but not constant", () => {
    expect(facts("use(crypto.getRandomValues(new Uint8Array(12)));")).toEqual({ byteLength: 12, constant: false });
    expect(facts("use(randomFillSync(Buffer.alloc(16)));")).toEqual({ byteLength: 16, constant: false });
  });
  it("asks the caller about other calls", () => {
    const byteLengthOfCall = (call: TSESTree.CallExpression) => (call.callee.type === "Identifier" && call.callee.name === "randomBytes" ? 32 : undefined);
    expect(facts("use(randomBytes(32));", { byteLengthOfCall })).toEqual({ byteLength: 32, constant: false });
    expect(facts("use(Buffer.from(randomBytes(32)));", { byteLengthOfCall })).toEqual({ byteLength: 32, constant: false });
    expect(facts("use(other(32));", { byteLengthOfCall })).toBeUndefined();
  });
  it("keeps a bound buffer constant only when every use leaves it alone", () => {
    const isHarmlessUse = (id: TSESTree.Identifier) => id.parent?.type === "CallExpression" && (id.parent.callee as TSESTree.Identifier).name === "use";
    expect(facts("const iv = Buffer.alloc(16); use(iv);", { isHarmlessUse })).toEqual({ byteLength: 16, constant: true });
    expect(facts("const iv = new Uint8Array(12); crypto.getRandomValues(iv); use(iv);", { isHarmlessUse })).toEqual({ byteLength: 12, constant: false });
    expect(facts("const iv = Buffer.alloc(16); use(iv);")).toEqual({ byteLength: 16, constant: false });
    // strings cannot be filled
    expect(facts("const iv = 'abcdefghijklmnop'; log(iv); use(iv);")).toEqual({ byteLength: 16, constant: true });
    expect(facts("let iv = Buffer.alloc(16); iv = next(); use(iv);", { isHarmlessUse })).toBeUndefined();
  });
  it("ignores a local Buffer or Uint8Array", () => {
    expect(facts("const Buffer = { alloc: (n) => n }; use(Buffer.alloc(16));")).toBeUndefined();
    expect(facts("class Uint8Array {} use(new Uint8Array(12));")).toBeUndefined();
    expect(facts("import { Buffer } from 'node:buffer'; use(Buffer.alloc(16));")).toEqual({ byteLength: 16, constant: true });
  });
});
