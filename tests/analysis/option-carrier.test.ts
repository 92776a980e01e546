import { describe, expect, it } from "vitest";
import type { TSESTree } from "@typescript-eslint/utils";
import { findOptionCarrier } from "../../src/analysis/option-carrier";
import { withContext } from "./parse";

/** The carrier of the object literal that holds a `marker` property. */
function carrier(code: string) {
  return withContext(code, (context) => {
    let found: TSESTree.ObjectExpression | undefined;
    const visit = (node: unknown): void => {
      if (!node || typeof node !== "object") return;
      const n = node as TSESTree.Node;
      if (n.type === "ObjectExpression" && n.properties.some((p) => p.type === "Property" && p.key.type === "Identifier" && p.key.name === "marker")) found = n;
      for (const [key, value] of Object.entries(n)) {
        if (key === "parent") continue;
        if (Array.isArray(value)) value.forEach(visit);
        else if (value && typeof value === "object" && "type" in value) visit(value);
      }
    };
    visit(context.sourceCode.ast);
    const result = found ? findOptionCarrier(found) : undefined;
    return result ? { callee: context.sourceCode.getText(result.call.callee), path: result.path } : undefined;
  });
}

describe("findOptionCarrier", () => {
  it("finds the call an object is handed to, with the keys on the way", () => {
    expect(carrier("new ProxyAgent({ uri, requestTls: { marker: 1 } });")).toEqual({ callee: "ProxyAgent", path: ["requestTls"] });
    expect(carrier("new HttpsProxyAgent(url, { marker: 1 });")).toEqual({ callee: "HttpsProxyAgent", path: [] });
    expect(carrier("f({ a: { b: { marker: 1 } as const } });")).toEqual({ callee: "f", path: ["a", "b"] });
  });
  it("stops at anything but object literals and call arguments", () => {
    expect(carrier("const o = { marker: 1 }; f(o);")).toBeUndefined();
    expect(carrier("f({ [key]: { marker: 1 } });")).toBeUndefined();
    expect(carrier("f(() => ({ marker: 1 }));")).toBeUndefined();
  });
});
