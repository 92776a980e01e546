import { describe, expect, it } from "vitest";
import type { TSESTree } from "@typescript-eslint/utils";
import { getPromptFile, getWrittenValues, hasDynamicText, walkPromptValue } from "../../src/analysis/prompt-flow";
import { getFileScope } from "../../src/analysis/static-value";
import { withContext } from "./parse";

/** For each prompt-carrying SDK call of the file: the callee text and the source of each prompt expression. */
function promptCalls(code: string, filename = "file.ts"): string[] {
  return withContext(
    code,
    (context) => {
      const file = getPromptFile(context);
      if (!file) return [];
      const text = (node: TSESTree.Node): string => context.sourceCode.getText(node);
      return file.calls.map((call) => {
        const callee = call.node.callee;
        return `${text(callee)}(${call.prompts.map(text).join(" | ")})`;
      });
    },
    filename,
  );
}

/** The texts a prompt walk enters, starting from the last `const probe = …` initialiser. */
function walked(code: string): string[] {
  return withContext(code, (context, program) => {
    const last = program.body[program.body.length - 1]!;
    if (last.type !== "VariableDeclaration") throw new Error("last statement must be `const probe = …`");
    const out: string[] = [];
    walkPromptValue(last.declarations[0]!.init!, getFileScope(context), {
      leaf: (node) => out.push(context.sourceCode.getText(node)),
    });
    return out;
  });
}

describe("getPromptFile", () => {
  it("is null without an AI SDK import, or when the import is unused", () => {
    expect(withContext("const client = makeClient(); client.chat.completions.create({ messages });", (c) => getPromptFile(c))).toBeNull();
    expect(withContext("import OpenAI from 'openai'; export type X = OpenAI;", (c) => getPromptFile(c))).toBeNull();
  });

  it("finds client methods through constants, this-fields, factories and renamed imports", () => {
    expect(
      promptCalls(`
        import OpenAI from "openai";
        const openai = new OpenAI();
        openai.chat.completions.create({ model: "gpt-4o", messages: msgs, tools });
        openai.responses.create({ instructions: sys, input: question });
        openai.embeddings.create({ input: text });
      `),
    ).toEqual(["openai.chat.completions.create(msgs)", "openai.responses.create(sys | question)"]);
    expect(
      promptCalls(`
        import { Anthropic as Client } from "@anthropic-ai/sdk";
        class Bot {
          private client = new Client();
          ask(q: string) { return this.client.messages.create({ system: SYSTEM, messages: [{ role: "user", content: q }] }); }
        }
      `),
    ).toEqual(["this.client.messages.create(SYSTEM | [{ role: \"user\", content: q }])"]);
    expect(
      promptCalls(`
        const { GoogleGenerativeAI } = require("@google/generative-ai");
        const model = new GoogleGenerativeAI(key).getGenerativeModel({ model: "gemini-1.5-flash", systemInstruction: sys });
        const chat = model.startChat({ history });
        chat.sendMessage(question);
      `, "file.js"),
    ).toEqual([
      "new GoogleGenerativeAI(key).getGenerativeModel(sys)",
      "model.startChat(history)",
      "chat.sendMessage(question)",
    ]);
  });

  it("knows module functions, default instances and nested option paths", () => {
    expect(
      promptCalls(`
        import * as ai from "ai";
        import ollama from "ollama";
        import { GoogleGenAI } from "@google/genai";
        ai.generateText({ model, system: s, prompt: p, headers: h });
        ollama.generate({ model: "llama3", system: s2, prompt: p2 });
        new GoogleGenAI({}).models.generateContent({ contents: c, config: { systemInstruction: si, temperature: 0 } });
      `),
    ).toEqual(["ai.generateText(s | p)", "ollama.generate(p2 | s2)", "new GoogleGenAI({}).models.generateContent(c | si)"]);
  });

  it("follows LangChain prompts, models and chains", () => {
    expect(
      promptCalls(`
        import { ChatOpenAI } from "@langchain/openai";
        import { ChatPromptTemplate } from "@langchain/core/prompts";
        import { SystemMessage } from "@langchain/core/messages";
        const prompt = ChatPromptTemplate.fromMessages([["system", sys], ["human", "{question}"]]);
        const chain = prompt.pipe(new ChatOpenAI({ model: "gpt-4o-mini" }));
        await chain.invoke({ question, context });
        new SystemMessage({ content: text });
      `),
    ).toEqual([
      'ChatPromptTemplate.fromMessages([["system", sys], ["human", "{question}"]])',
      "chain.invoke(question | context)",
      "SystemMessage(text)",
    ]);
  });

  it("takes both branches and spreads of option objects", () => {
    expect(
      promptCalls(`
        import Groq from "groq-sdk";
        const groq = new Groq();
        const base = { model: "llama3-70b", messages: history };
        groq.chat.completions.create(fast ? { ...base, messages: short } : base);
      `),
    ).toEqual(["groq.chat.completions.create(history | short | history)"]);
  });
});

describe("walkPromptValue", () => {
  it("opens templates, concatenation, message arrays and objects, but only their text keys", () => {
    expect(walked("declare const a: string, b: string, img: string; const probe = [{ role: 'user', name: a, content: [{ type: 'text', text: `x ${b}` }, { type: 'image_url', image_url: { url: img } }] }];")).toEqual(["b"]);
    expect(walked("declare const a: string, b: string; const probe = 'x' + a + (b ?? 'none');")).toEqual(["'x'", "a", "b", "'none'"]);
  });
  it("follows variables and what is pushed into them", () => {
    expect(walked("declare const q: string; const messages = [{ role: 'system', content: 'hi' }]; messages.push({ role: 'user', content: q }); const probe = messages;")).toEqual(["'hi'", "q"]);
    expect(walked("declare const a: string, b: string; let s = a; s += b; const probe = s;")).toEqual(["a", "b"]);
  });
  it("opens every value inside JSON.stringify and the receiver of string methods", () => {
    expect(walked("declare const cfg: any, k: string; const probe = JSON.stringify({ region: cfg.region, key: k }).trim();")).toEqual(["cfg.region", "k"]);
  });
});

describe("getWrittenValues and hasDynamicText", () => {
  it("lists initialisers, assignments, pushes, splices and index writes", () => {
    const values = withContext("declare const a: any, b: any, c: any, d: any; let list = [a]; list = [b]; list.splice(0, 1, c); list[2] = d; list.push(...[a]);", (context, program) => {
      const decl = program.body[1]!;
      if (decl.type !== "VariableDeclaration") throw new Error("unexpected");
      const id = decl.declarations[0]!.id as TSESTree.Identifier;
      return getWrittenValues(id, getFileScope(context)).map((n) => context.sourceCode.getText(n));
    });
    expect(values).toEqual(["[a]", "[b]", "c", "d", "[a]"]);
  });
  it("tells static prompts from dynamic ones", () => {
    const dynamic = (code: string): boolean =>
      withContext(code, (context, program) => {
        const last = program.body[program.body.length - 1]!;
        if (last.type !== "VariableDeclaration") throw new Error("unexpected");
        return hasDynamicText(last.declarations[0]!.init!, getFileScope(context));
      });
    expect(dynamic("const SYSTEM = 'You are helpful.'; const probe = [{ role: 'system', content: SYSTEM }];")).toBe(false);
    expect(dynamic("const probe = `Today is ${'Monday'}`;")).toBe(false);
    expect(dynamic("declare const q: string; const probe = [{ role: 'user', content: q }];")).toBe(true);
    expect(dynamic("declare const q: string; const m = [{ role: 'system', content: 'x' }]; m.push({ role: 'user', content: q }); const probe = m;")).toBe(true);
  });
});
