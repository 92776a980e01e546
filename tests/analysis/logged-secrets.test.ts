import { describe, expect, it } from "vitest";
import { AST_NODE_TYPES, type TSESTree } from "@typescript-eslint/utils";
import { findLoggedSecrets, getCredentialLabel, isLikelyLlmToken, mayCarryValue } from "../../src/analysis/logged-secrets";
import { getFileScope } from "../../src/analysis/static-value";
import { findNode, withContext } from "./parse";

/** The findings for the first argument of the last `console.log(…)` in `code`, as `kind:node text`. */
function logged(code: string): string[] {
  return withContext(code, (context, program) => {
    const statement = program.body[program.body.length - 1]!;
    if (statement.type !== "ExpressionStatement" || statement.expression.type !== "CallExpression") throw new Error("last statement must be a call");
    const arg = statement.expression.arguments[0]!;
    return findLoggedSecrets(arg, getFileScope(context)).map((f) => `${f.kind === "value" ? f.source.kind : f.carrier}:${context.sourceCode.getText(f.node)}`);
  });
}

describe("findLoggedSecrets", () => {
  it("finds secret values at the narrowest node", () => {
    expect(logged("declare const apiKey: string; console.log(`key ${apiKey}`);")).toEqual(["name:apiKey"]);
    expect(logged("console.log('k=' + process.env.OPENAI_API_KEY);")).toEqual(["env:process.env.OPENAI_API_KEY"]);
    expect(logged("declare const apiKey: string; console.log({ apiKey, model: 'x' });")).toEqual(["name:apiKey"]);
    expect(logged("declare const t: string; console.log({ headers: { Authorization: `Bearer ${t}` } });")).toEqual(["field:Authorization: `Bearer ${t}`"]);
    expect(logged("declare const apiKey: string; console.log(JSON.stringify([apiKey]));")).toEqual(["name:apiKey"]);
  });
  it("finds carriers", () => {
    expect(logged("const opts = { apiKey: process.env.OPENAI_API_KEY }; console.log(opts);")).toEqual(["object:opts"]);
    expect(logged("console.log(process.env);")).toEqual(["env:process.env"]);
    expect(logged("declare const req: any; console.log(req.headers);")).toEqual(["requestHeaders:req.headers"]);
    expect(logged("declare const k: string; const url = `https://x.example.com/?api_key=${process.env.X_API_KEY}`; console.log(url);")).toEqual(["url:url"]);
    expect(logged("const base = { token: process.env.API_TOKEN }; console.log({ ...base });")).toEqual(["object:...base"]);
    expect(logged("import qs from 'qs'; const url = `https://serpapi.com/search.json?${qs.stringify({ q: 'x', api_key: process.env.SERPAPI_API_KEY })}`; console.log(url);")).toEqual(["url:url"]);
  });
  it("reveals nothing through derivatives, overrides and non-secrets", () => {
    for (const code of [
      "declare const apiKey: string; console.log(apiKey ? 'set' : 'missing');",
      "declare const apiKey: string; console.log(`${apiKey.length} ${typeof apiKey} ${!!apiKey}`);",
      "declare const apiKey: string; declare function mask(s: string): string; console.log({ apiKey: mask(apiKey) });",
      "const opts = { apiKey: process.env.OPENAI_API_KEY }; console.log({ ...opts, apiKey: '[redacted]' });",
      "const opts = { apiKey: process.env.OPENAI_API_KEY }; console.log(JSON.stringify(opts, ['model']));",
      "declare const res: any; console.log(res.headers);",
      "console.log(process.env.NODE_ENV);",
      "declare const tokenCount: number; console.log({ token: tokenCount });",
    ]) {
      expect(logged(code), code).toEqual([]);
    }
  });
  it("follows a constant string built from a secret to the logged name", () => {
    expect(logged("const authHeader = `Bearer ${process.env.GROQ_API_KEY}`; console.log(authHeader);")).toEqual(["env:authHeader"]);
    expect(logged("declare const apiKey: string; const line = `client ready (key=${apiKey})`; console.log(line);")).toEqual(["name:line"]);
    expect(logged("declare const apiKey: string; const a = 'key ' + apiKey; const b = `[${a}]`; console.log(b);")).toEqual(["name:b"]);
    expect(logged("declare const apiKey: string; const line = `ready (key=${apiKey})`; console.log({ line });")).toEqual(["name:line"]);
  });
  it("stays silent on constants built from derivatives", () => {
    expect(logged("declare const key: string; const masked = `${key.slice(0, 4)}…`; console.log(masked);")).toEqual([]);
    expect(logged("declare const key: string; const status = key ? 'set' : 'missing'; console.log(status);")).toEqual([]);
    expect(logged("declare const apiKey: string; const line = `key length ${apiKey.length}`; console.log(line);")).toEqual([]);
    expect(logged("declare const model: string; const line = `model=${model}`; console.log(line);")).toEqual([]);
  });
  it("reads a label before the value", () => {
    expect(logged("declare const k: string; console.log(`OpenAI key: ${k}`);")).toEqual(["label:k"]);
    expect(getCredentialLabel("Using Gemini API key: ")).toBe("Using Gemini API key");
    expect(getCredentialLabel("Key:")).toBeUndefined();
    expect(getCredentialLabel("token:")).toBeUndefined();
    expect(getCredentialLabel("apiKey is missing")).toBeUndefined();
    // Variables named for credentials that hold none: a credentials-file path, a credential-type choice.
    expect(getCredentialLabel("Invalid value for AZURE_TOKEN_CREDENTIALS = ")).toBeUndefined();
    expect(getCredentialLabel("GOOGLE_APPLICATION_CREDENTIALS: ")).toBeUndefined();
    expect(getCredentialLabel("Invalid value for OPENAI_API_KEY = ")).toBe("Invalid value for OPENAI_API_KEY");
  });
});

describe("isLikelyLlmToken", () => {
  const llm = (code: string, text: string): boolean =>
    withContext(code, (context, program) => isLikelyLlmToken(findNode(program, AST_NODE_TYPES.Identifier, text, code) as TSESTree.Node, getFileScope(context)));

  it("knows generated-text tokens", () => {
    expect(llm("declare const stream: any; for await (const chunk of stream) { const token = chunk.choices[0]?.delta?.content ?? ''; token; }", "token")).toBe(true);
    expect(llm("declare const tokens: string[]; for (const token of tokens) {}", "token")).toBe(true);
    expect(llm("const cb = { handleLLMNewToken(token: string) { return token; } };", "token")).toBe(true);
    expect(llm("declare const s: any; s.on('token', (token: string) => token);", "token")).toBe(true);
  });
  it("keeps credentials named token", () => {
    expect(llm("declare function getToken(): string; const token = getToken();", "token")).toBe(false);
    expect(llm("function authenticate(token: string) { return token; }", "token")).toBe(false);
    expect(llm("declare const req: any; const token = req.headers.authorization.split(' ')[1];", "token")).toBe(false);
  });
});

describe("mayCarryValue", () => {
  const carries = (code: string): boolean => withContext(code, (context, program) => {
    const last = program.body[program.body.length - 1]!;
    if (last.type !== "VariableDeclaration") throw new Error("last statement must be `const probe = …`");
    return mayCarryValue(last.declarations[0]!.init!, getFileScope(context));
  });
  it("tells values from derivatives", () => {
    expect(carries("declare const k: string; const probe = k;")).toBe(true);
    expect(carries("declare const k: string; const probe = `Bearer ${k}`;")).toBe(true);
    expect(carries("declare const keyLength: number; const probe = keyLength;")).toBe(false);
    expect(carries("declare const k: string; const probe = k ? '[set]' : '[missing]';")).toBe(false);
    expect(carries("const probe = 'YOUR_API_KEY';")).toBe(false);
  });
});
