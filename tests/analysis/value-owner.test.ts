import { simpleTraverse } from "@typescript-eslint/typescript-estree";
import type { TSESTree } from "@typescript-eslint/utils";
import { describe, expect, it } from "vitest";
import { envName, getValueOwner } from "../../src/analysis/value-owner";
import { withContext } from "./parse";

/** The owner names of the string literal `"PROBE"` in `code`, as `kind:name` (env names marked `env:`). */
function ownerOf(code: string, filename = "file.ts"): string[] | undefined {
  return withContext(code, (_context, program) => {
    let probe: TSESTree.Node | undefined;
    simpleTraverse(program, {
      enter(node) {
        if (node.type === "Literal" && node.value === "PROBE") probe = node;
      },
    });
    if (!probe) throw new Error("no PROBE literal");
    return getValueOwner(probe)?.names.map((n) => `${n.isEnv ? "env:" : ""}${n.kind}:${n.name}`);
  }, filename);
}

describe("getValueOwner", () => {
  it("names variables, properties, class fields and parameters", () => {
    expect(ownerOf(`const apiKey = "PROBE";`)).toEqual(["variable:apiKey"]);
    expect(ownerOf(`const o = { apiKey: "PROBE" };`)).toEqual(["property:apiKey"]);
    expect(ownerOf(`const o = { "x-api-key": "PROBE" };`)).toEqual(["property:x-api-key"]);
    expect(ownerOf(`class C { private token = "PROBE"; }`)).toEqual(["field:token"]);
    expect(ownerOf(`class C { #secret = "PROBE"; }`)).toEqual(["field:secret"]);
    expect(ownerOf(`function f(password = "PROBE") {}`)).toEqual(["parameter:password"]);
    expect(ownerOf(`function f({ apiKey = "PROBE" }) {}`)).toEqual(["parameter:apiKey"]);
    expect(ownerOf(`enum K { OpenAI = "PROBE" }`)).toEqual(["enum-member:OpenAI"]);
  });

  it("names assignment targets, env vars included", () => {
    expect(ownerOf(`openai.apiKey = "PROBE";`)).toEqual(["assignment:apiKey"]);
    expect(ownerOf(`this.config["apiKey"] = "PROBE";`)).toEqual(["assignment:apiKey"]);
    expect(ownerOf(`process.env.OPENAI_API_KEY = "PROBE";`)).toEqual(["env:assignment:OPENAI_API_KEY"]);
    expect(ownerOf(`process.env["HF_TOKEN"] ??= "PROBE";`)).toEqual(["env:assignment:HF_TOKEN"]);
    expect(ownerOf(`let x; x += "PROBE";`)).toBeUndefined();
  });

  it("walks through wrappers, ternary branches and fallbacks", () => {
    expect(ownerOf(`const k = ("PROBE" as string)!;`)).toEqual(["variable:k"]);
    expect(ownerOf(`const k = dev ? "PROBE" : other;`)).toEqual(["variable:k"]);
    expect(ownerOf(`const k = process.env.OPENAI_API_KEY || "PROBE";`)).toEqual(["variable:k", "env:assignment:OPENAI_API_KEY"]);
    expect(ownerOf(`const c = { apiKey: import.meta.env.VITE_KEY ?? "PROBE" };`)).toEqual(["property:apiKey", "env:assignment:VITE_KEY"]);
    expect(ownerOf(`const c = { token: cfg.token ?? "PROBE" };`)).toEqual(["property:token", "assignment:token"]);
    expect(ownerOf(`const k = "PROBE" ? a : b;`)).toBeUndefined();
    expect(ownerOf(`const k = ready && "PROBE";`)).toBeUndefined();
  });

  it("names header pairs, name-then-value calls and setters", () => {
    expect(ownerOf(`headers.set("Authorization", "PROBE");`)).toEqual(["header:Authorization"]);
    expect(ownerOf(`getEnv("OPENAI_API_KEY", "PROBE");`)).toEqual(["env:header:OPENAI_API_KEY"]);
    expect(ownerOf(`new Headers([["x-api-key", "PROBE"]]);`)).toEqual(["header:x-api-key"]);
    expect(ownerOf(`sgMail.setApiKey("PROBE");`)).toEqual(["argument:ApiKey"]);
    expect(ownerOf(`new AzureKeyCredential("PROBE");`)).toEqual(["argument:AzureKeyCredential"]);
    // A later argument without a name before it: no name, but the call is known (for SDK parameters).
    expect(ownerOf(`fn(a, "PROBE");`)).toEqual([]);
  });

  it("names JSX attributes", () => {
    expect(ownerOf(`const el = <Chat apiKey="PROBE" />;`, "file.tsx")).toEqual(["attribute:apiKey"]);
    expect(ownerOf(`const el = <Chat apiKey={"PROBE"} />;`, "file.tsx")).toEqual(["attribute:apiKey"]);
  });

  it("knows the call and object literal around an option", () => {
    const found = withContext(`new OpenAI({ apiKey: "PROBE", baseURL: "x" });`, (_context, program) => {
      let probe: TSESTree.Node | undefined;
      simpleTraverse(program, {
        enter(node) {
          if (node.type === "Literal" && node.value === "PROBE") probe = node;
        },
      });
      const owner = getValueOwner(probe!);
      return { call: owner?.call?.type, properties: owner?.object?.properties.length };
    });
    expect(found).toEqual({ call: "NewExpression", properties: 2 });
  });

  it("names a first argument by its callee, and nothing else", () => {
    expect(ownerOf(`fn("PROBE");`)).toEqual(["argument:fn"]);
    expect(ownerOf(`fn("PROBE" + x);`)).toBeUndefined();
    expect(ownerOf(`export default "PROBE";`)).toBeUndefined();
    expect(ownerOf(`const [a = "PROBE"] = list;`)).toEqual(["parameter:a"]);
  });
});

describe("envName", () => {
  it("reads process.env, import.meta.env, Deno and Bun", () => {
    const names = withContext(
      `process.env.A; process.env["B"]; import.meta.env.C; Deno.env.get("D"); Bun.env.E; globalThis.process.env.F; other.env.G; process.env[name];`,
      (_context, program) => program.body.map((s) => (s.type === "ExpressionStatement" ? (envName(s.expression) ?? null) : null)),
    );
    expect(names).toEqual(["A", "B", "C", "D", "E", "F", null, null]);
  });
});
