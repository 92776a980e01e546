import { describe, expect, it } from "vitest";
import type { TSESTree } from "@typescript-eslint/utils";
import { isModuleOrTypeNameString } from "../../src/analysis/ast";
import { withContext } from "./parse";

/** The string literals of `code` that sit where a module or type is named. */
function namingStrings(code: string): string[] {
  return withContext(code, (_context, program) => {
    const out: string[] = [];
    const visit = (node: TSESTree.Node): void => {
      if (node.type === "Literal" && typeof node.value === "string" && isModuleOrTypeNameString(node)) out.push(node.value);
      for (const key of Object.keys(node)) {
        if (key === "parent") continue;
        const value = (node as unknown as Record<string, unknown>)[key];
        if (Array.isArray(value)) value.forEach((v) => v && typeof v === "object" && "type" in v && visit(v as TSESTree.Node));
        else if (value && typeof value === "object" && "type" in value) visit(value as TSESTree.Node);
      }
    };
    visit(program);
    return out;
  });
}

describe("isModuleOrTypeNameString", () => {
  it("knows module sources, require, dynamic import and literal types", () => {
    expect(
      namingStrings(
        "import a from 'm1'; export * from 'm2'; const b = require('m3'); void import('m4'); type T = 'http://t'; declare module 'm5' {} let v: import('m6').X;",
      ),
    ).toEqual(["m1", "m2", "m3", "m4", "http://t", "m5", "m6"]);
  });
  it("leaves values alone", () => {
    expect(namingStrings("const url = 'http://x'; fetch('http://y'); x.require('m'); f('z'); declare const x: any;")).toEqual([]);
  });
});
