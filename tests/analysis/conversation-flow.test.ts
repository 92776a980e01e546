import { describe, expect, it } from "vitest";
import { getConversationFlow } from "../../src/analysis/conversation-flow";
import { withContext } from "./parse";

/**
 * Runs the flow on `code` and returns, for each argument of every `sink(…)` call, the text and
 * origin of the content found in it (or nothing for metadata).
 */
function sinks(code: string, filename = "file.ts"): string[][] {
  return withContext(
    `declare function sink(...args: unknown[]): void;\n${code}`,
    (context, program) => {
      const flow = getConversationFlow(context);
      const out: string[][] = [];
      const visit = (node: unknown): void => {
        if (!node || typeof node !== "object") return;
        const n = node as { type?: string; callee?: { type: string; name?: string }; arguments?: unknown[] };
        if (n.type === "CallExpression" && n.callee?.type === "Identifier" && n.callee.name === "sink") {
          for (const argument of n.arguments ?? []) {
            out.push((flow?.find(argument as never) ?? []).map((c) => `${context.sourceCode.getText(c.node)}@${c.origin}`));
          }
        }
        for (const [key, value] of Object.entries(node)) {
          if (key === "parent") continue;
          if (Array.isArray(value)) value.forEach(visit);
          else if (value && typeof value === "object" && "type" in value) visit(value);
        }
      };
      visit(program);
      return out;
    },
    filename,
  );
}

describe("getConversationFlow", () => {
  it("is null in files without an AI SDK", () => {
    expect(withContext("console.log(1);", (context) => getConversationFlow(context))).toBeNull();
  });

  it("follows a chat completion to its content and leaves metadata alone", () => {
    expect(
      sinks(`
        import OpenAI from "openai";
        const openai = new OpenAI();
        export async function answer(question: string) {
          const completion = await openai.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: question }] });
          const reply = completion.choices[0]?.message.content ?? "";
          sink(question, reply, completion, completion.choices[0].message);
          sink(completion.usage?.total_tokens, completion.model, completion.id, completion.choices[0].finish_reason, reply.length);
          sink({ q: question.trim(), n: question.length }, \`A: \${reply}\`, JSON.stringify({ reply }));
        }
      `),
    ).toEqual([
      ["question@prompt"],
      ["reply@response"],
      ["completion@response"],
      ["completion.choices[0].message@response"],
      [],
      [],
      [],
      [],
      [],
      ["question@prompt"],
      ["reply@response"],
      ["reply@response"],
    ]);
  });

  it("knows destructured results, callbacks, then and streams", () => {
    expect(
      sinks(`
        import { generateText, streamText } from "ai";
        const { text, usage } = await generateText({ model, prompt: "Say hi" });
        sink(text, usage);
        streamText({ model, messages, onFinish: async ({ text: final, finishReason }) => sink(final, finishReason) });
        const result = streamText({ model, prompt: "x" });
        for await (const delta of result.textStream) sink(delta);
      `),
    ).toEqual([["text@response"], [], ["final@response"], [], ["delta@response"]]);
    expect(
      sinks(`
        import OpenAI from "openai";
        const client = new OpenAI();
        client.responses.create({ model: "o4", input: "x" }).then((r) => sink(r.output_text, r.usage));
        const stream = await client.chat.completions.create({ model: "x", messages: [], stream: true });
        let full = "";
        for await (const chunk of stream) full += chunk.choices[0]?.delta?.content || "";
        sink(full);
      `),
    ).toEqual([["r.output_text@response"], [], ["full@response"]]);
  });

  it("follows what is built from content: pushes, objects, arrays, Gemini's text()", () => {
    expect(
      sinks(`
        import { GoogleGenerativeAI } from "@google/generative-ai";
        const model = new GoogleGenerativeAI(key).getGenerativeModel({ model: "gemini-1.5-flash" });
        const history: unknown[] = [];
        const result = await model.generateContent(userText);
        const answer = result.response.text();
        history.push({ role: "model", text: answer });
        const entry = { at: Date.now(), answer };
        sink(history, entry, result.response.usageMetadata, result.response.text());
      `),
    ).toEqual([["history@response"], ["entry@response"], [], ["result.response.text()@response"]]);
  });

  it("tells prompts from static text and other values", () => {
    // `req.body` holds the messages sent as the prompt: written whole, it carries them.
    expect(
      sinks(`
        import Anthropic from "@anthropic-ai/sdk";
        const anthropic = new Anthropic();
        const SYSTEM = "You are a support agent.";
        export async function handle(req: { body: { messages: unknown[] } }) {
          await anthropic.messages.create({ model: "claude", max_tokens: 100, system: SYSTEM, messages: req.body.messages });
          sink(SYSTEM, req.body.messages, req.body, anthropic);
        }
      `),
    ).toEqual([[], ["req.body.messages@prompt"], ["req.body@prompt"], []]);
  });

  it("does not take \`this\` for the holder of a prompt member", () => {
    expect(
      sinks(`
        import Anthropic from "@anthropic-ai/sdk";
        const anthropic = new Anthropic();
        export class Chat {
          question = "";
          async send(text: string) {
            this.question = text;
            await anthropic.messages.create({ model: "claude", max_tokens: 100, messages: [{ role: "user", content: this.question }] });
            sink(this, this.question);
          }
        }
      `),
    ).toEqual([[], ["this.question@prompt"]]);
  });

  it("leaves metadata placed in a prompt alone", () => {
    expect(
      sinks(`
        import { generateText } from "ai";
        export async function ask(userId: string, locale: string, question: string, chain: { invoke(x: unknown): unknown }) {
          await generateText({ model, prompt: \`User \${userId} (\${locale}) asks: \${question}\` });
          sink(userId, locale, question, \`\${userId}: \${question}\`);
        }
      `),
    ).toEqual([[], [], ["question@prompt"], ["question@prompt"]]);
  });

  it("hands array elements to forEach/map/reduce callbacks", () => {
    expect(
      sinks(`
        import OpenAI from "openai";
        const openai = new OpenAI();
        export async function run(messages: { role: string; content: string }[]) {
          await openai.chat.completions.create({ model: "gpt-4o", messages });
          messages.forEach((m) => sink(m.content, m.role));
          messages.reduce((acc, { content }) => { sink(content); return acc; }, 0);
        }
      `),
    ).toEqual([["m.content@prompt"], [], ["content@prompt"]]);
  });
});
