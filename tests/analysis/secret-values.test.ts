import { describe, expect, it } from "vitest";
import { findSecretsInText, getEnvVarName, getSecretEvidence, isMaskingCall } from "../../src/analysis/secret-values";
import { getFileScope } from "../../src/analysis/static-value";
import { fake } from "../support/fake-secrets";
import { withContext } from "./parse";

function evidence(code: string): string | null {
  return withContext(code, (context, program) => {
    const last = program.body[program.body.length - 1]!;
    if (last.type !== "VariableDeclaration") throw new Error("last statement must be `const probe = …`");
    const found = getSecretEvidence(last.declarations[0]!.init!, getFileScope(context));
    return found ? `${found.kind}:${found.name ?? found.provider}` : null;
  });
}

describe("getSecretEvidence", () => {
  it("trusts names, env vars and getters", () => {
    expect(evidence("declare const apiKey: string; const probe = apiKey;")).toBe("name:apiKey");
    expect(evidence("class C { apiKey = ''; m() { const probe = this.apiKey; } } const probe = 0;")).toBeNull();
    expect(evidence("declare const cfg: any; const probe = cfg.openai.apiKey;")).toBe("name:apiKey");
    expect(evidence("const probe = process.env.GEMINI_API_KEY;")).toBe("env:GEMINI_API_KEY");
    expect(evidence("const probe = process.env['OPENAI_API_KEY'];")).toBe("env:OPENAI_API_KEY");
    expect(evidence("const probe = import.meta.env.VITE_OPENAI_KEY;")).toBe("env:VITE_OPENAI_KEY");
    expect(evidence("declare const Deno: any; const probe = Deno.env.get('HF_TOKEN');")).toBe("env:HF_TOKEN");
    expect(evidence("declare function getApiKey(): string; const probe = getApiKey();")).toBe("name:apiKey");
  });
  it("reads bindings destructured from process.env by the variable they read", () => {
    expect(evidence("const { DATABASE_URL } = process.env; const probe = DATABASE_URL;")).toBe("env:DATABASE_URL");
    expect(evidence("const { REDIS_URL: url = 'redis://localhost' } = process.env; const probe = url;")).toBe("env:REDIS_URL");
    expect(evidence("const { PORT, SUPABASE_URL } = process.env; const probe = SUPABASE_URL;")).toBeNull();
    expect(evidence("let { DATABASE_URL } = process.env; DATABASE_URL = 'x'; const probe = DATABASE_URL;")).toBeNull();
    expect(evidence("const { DATABASE_URL } = settings; const probe = DATABASE_URL;")).toBeNull();
  });
  it("follows constants and value-preserving wrappers", () => {
    expect(evidence("const k = process.env.OPENAI_API_KEY!; const probe = k;")).toBe("env:OPENAI_API_KEY");
    expect(evidence("declare const token: string; const probe = token.trim();")).toBe("name:token");
    expect(evidence("declare const token: string; const probe = `${token}`;")).toBe("name:token");
    expect(evidence("declare const a: string; const probe = a ?? process.env.ANTHROPIC_API_KEY;")).toBe("env:ANTHROPIC_API_KEY");
  });
  it("knows provider-format literals", () => {
    expect(evidence(`const probe = ${JSON.stringify(fake.google())};`)).toBe("literal:Google API key");
  });
  it("is silent on derivatives and non-secrets", () => {
    for (const code of [
      "declare const apiKey: string; const probe = apiKey.length;",
      "declare const apiKey: string; const probe = Boolean(apiKey);",
      "declare const apiKey: string; const probe = apiKey ? 'set' : 'missing';",
      "declare const apiKey: string; declare function mask(s: string): string; const probe = mask(apiKey);",
      "declare const apiKey: string; const probe = apiKey.slice(-4);",
      "const probe = process.env.NODE_ENV;",
      "const probe = process.env.MAX_TOKENS;",
      "declare const model: string; const probe = model;",
      "const probe = 'sk-...';",
      "declare const maxTokens: number; const probe = maxTokens;",
    ]) {
      expect(evidence(code), code).toBeNull();
    }
  });
  it("reads env var names", () => {
    const name = withContext("const x = globalThis.process.env.DB_PASSWORD;", (context, program) => {
      const decl = program.body[0]!;
      if (decl.type !== "VariableDeclaration") throw new Error("unexpected");
      return getEnvVarName(decl.declarations[0]!.init!, getFileScope(context));
    });
    expect(name).toBe("DB_PASSWORD");
  });
});

describe("findSecretsInText", () => {
  it("finds provider keys inside prose, with their offsets", () => {
    const key = fake.openaiProject();
    const text = `Call billing with key=${key}. Thanks!`;
    expect(findSecretsInText(text)).toEqual([{ start: text.indexOf(key), end: text.indexOf(key) + key.length, provider: "OpenAI project API key" }]);
    const google = fake.google();
    expect(findSecretsInText(`("${google}")`).map((s) => s.provider)).toEqual(["Google API key"]);
  });
  it("ignores prose about keys and placeholders", () => {
    expect(findSecretsInText("Never reveal the API key. Keys look like sk-proj-... or AIza<your key>.")).toEqual([]);
    expect(findSecretsInText("")).toEqual([]);
  });
});

describe("isMaskingCall", () => {
  const masking = (expression: string): boolean =>
    withContext(`declare const key: string;\nconst probe = ${expression};`, (_context, program) => {
      const last = program.body[program.body.length - 1]!;
      if (last.type !== "VariableDeclaration") throw new Error("last statement must be `const probe = …`");
      return isMaskingCall(last.declarations[0]!.init!);
    });
  it("knows calls that keep a few characters", () => {
    for (const expression of ["key.slice(-4)", "key?.slice(-4)", "key!.slice(0, 6)", "key.slice(-6, -2)", "key.substring(0, 4)", "key.substr(-4)", "key.substr(2, 4)", "key.at(-1)", "(key as string).slice(0, 8)"]) {
      expect(masking(expression), expression).toBe(true);
    }
  });
  it("leaves calls that keep most of the value, or an unknown amount", () => {
    for (const expression of ["key.slice(4)", "key.slice(0, 40)", "key.slice(-20)", "key.slice(0, n)", "key.substring(3)", "key.substr(1)", "key.trim()", "key.slice(-4, 2)", "mask(key)"]) {
      expect(masking(expression), expression).toBe(false);
    }
  });
});
