import type { InvalidTestCase } from "@typescript-eslint/rule-tester";
import rule from "../../src/rules/no-plaintext-conversation-log";
import { runRuleTests } from "../rule-tester";
import { locationAfter as at } from "../support/locations";

type MessageIds = "loggedInPlaintext" | "writtenInPlaintext" | "storedInPlaintext";
type Options = [{ loggerNames?: string[] }];

const PROMPT = "A prompt";
const RESPONSE = "A model response";
const BOTH = "Conversation content";

interface Spot {
  text: string;
  /** The reported text is the first one after this anchor. */
  after?: string;
  what: string;
  messageId: MessageIds;
  store?: string;
}

const log = (text: string, what: string, after?: string): Spot => ({ text, what, after, messageId: "loggedInPlaintext" });
const file = (text: string, what: string, after?: string): Spot => ({ text, what, after, messageId: "writtenInPlaintext" });
const stored = (text: string, what: string, store: string, after?: string): Spot => ({ text, what, after, store, messageId: "storedInPlaintext" });

function invalid(code: string, spots: Spot[], extra: { filename?: string; options?: Options } = {}): InvalidTestCase<MessageIds, Options> {
  return {
    code,
    ...extra,
    errors: spots.map((spot) => ({
      messageId: spot.messageId,
      data: spot.store === undefined ? { what: spot.what } : { what: spot.what, store: spot.store },
      ...at(code, spot.text, spot.after),
    })),
  };
}

runRuleTests("no-plaintext-conversation-log", rule, {
  valid: [
    // Fields of a request body other than the one sent as the prompt.
    `
      import { streamText } from "ai";
      import { openai } from "@ai-sdk/openai";
      export async function POST(req) {
        const body = await req.json();
        console.log("chat request", body.userId, Object.keys(body));
        const { userId } = body;
        console.log("user", userId);
        return streamText({ model: openai("gpt-4o"), messages: body.messages }).toDataStreamResponse();
      }
    `,
    // Metadata only: token counts, model, latency, finish reason, ids.
    `
      import OpenAI from "openai";
      import pino from "pino";
      const logger = pino();
      const openai = new OpenAI();
      export async function chat(messages) {
        const started = Date.now();
        const completion = await openai.chat.completions.create({ model: "gpt-4o", messages });
        logger.info({
          id: completion.id,
          model: completion.model,
          tokens: completion.usage.total_tokens,
          finishReason: completion.choices[0].finish_reason,
          latencyMs: Date.now() - started,
          turns: messages.length,
        }, "chat completion");
        return completion.choices[0].message.content;
      }
    `,
    // Encrypted, redacted, hashed or pseudonymised before it is written.
    `
      import OpenAI from "openai";
      import fs from "node:fs";
      import crypto from "node:crypto";
      import { createClient } from "redis";
      const redis = createClient();
      const openai = new OpenAI();
      export async function chat(userId, messages) {
        const completion = await openai.chat.completions.create({ model: "gpt-4o", messages });
        const reply = completion.choices[0].message.content;
        console.log("chat", { user: pseudonymize(userId), prompt: redactPII(messages.at(-1).content) });
        fs.appendFileSync("audit.log", encrypt(JSON.stringify({ messages, reply })) + "\\n");
        const key = crypto.createHash("sha256").update(JSON.stringify(messages)).digest("hex");
        await redis.set(\`llm:\${key}\`, await encryptWithKms(reply));
        const cipher = crypto.createCipheriv("aes-256-gcm", dataKey, iv);
        await redis.set(\`enc:\${key}\`, Buffer.concat([cipher.update(reply, "utf8"), cipher.final()]).toString("base64"));
        console.log(anonymize(reply), sha256(reply));
        return reply;
      }
    `,
    // In-memory caches are not a copy at rest.
    `
      import OpenAI from "openai";
      import { LRUCache } from "lru-cache";
      import Keyv from "keyv";
      const openai = new OpenAI();
      const memo = new Map();
      const lru = new LRUCache({ max: 500 });
      const keyv = new Keyv();
      export async function cachedAnswer(prompt) {
        if (memo.has(prompt)) return memo.get(prompt);
        const res = await openai.responses.create({ model: "gpt-4o-mini", input: prompt });
        memo.set(prompt, res.output_text);
        lru.set(prompt, res.output_text);
        await keyv.set(prompt, res.output_text);
        return res.output_text;
      }
    `,
    // No AI SDK in the file: nothing says these are conversations.
    `
      import fs from "node:fs";
      export function save(messages, reply) {
        console.log(messages, reply);
        fs.writeFileSync("chat.json", JSON.stringify({ messages, reply }));
      }
    `,
    // A static system prompt is source code, not conversation content.
    `
      import Anthropic from "@anthropic-ai/sdk";
      const anthropic = new Anthropic();
      const SYSTEM_PROMPT = "You are a concise support agent for Acme.";
      console.log("system prompt:", SYSTEM_PROMPT);
      await anthropic.messages.create({ model: "claude-sonnet-4-5", max_tokens: 256, system: SYSTEM_PROMPT, messages: [{ role: "user", content: "ping" }] });
    `,
    // The answer goes back to the client, and unrelated values are logged.
    `
      import express from "express";
      import { generateText } from "ai";
      import { openai } from "@ai-sdk/openai";
      const app = express();
      app.post("/ask", async (req, res) => {
        const { text, usage, finishReason } = await generateText({ model: openai("gpt-4o"), prompt: req.body.question });
        console.info("ask", { route: req.path, user: req.user.id, usage, finishReason });
        res.json({ text });
      });
    `,
    // Reads keyed by a hash of the prompt, and a SELECT with the prompt as a parameter.
    `
      import OpenAI from "openai";
      import { Pool } from "pg";
      const pool = new Pool();
      const openai = new OpenAI();
      export async function lookup(question) {
        await openai.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: question }] });
        const { rows } = await pool.query("SELECT answer FROM qa_cache WHERE question_hash = $1", [hash(question)]);
        await pool.query("INSERT INTO usage (model, tokens) VALUES ($1, $2)", ["gpt-4o", 42]);
        return rows;
      }
    `,
    // Vercel AI SDK callbacks that record usage only.
    `
      import { streamText } from "ai";
      export async function POST(req) {
        const { messages } = await req.json();
        const result = streamText({
          model,
          messages,
          onFinish: async ({ usage, finishReason, response }) => {
            console.log("finished", usage.totalTokens, finishReason, response.id);
            await db.insert(usageTable).values({ tokens: usage.totalTokens, model: response.modelId });
          },
        });
        return result.toUIMessageStreamResponse();
      }
    `,
    // Session storage, other methods, and writes of other data.
    `
      import { GoogleGenerativeAI } from "@google/generative-ai";
      const model = new GoogleGenerativeAI(key).getGenerativeModel({ model: "gemini-1.5-flash" });
      const result = await model.generateContent(question);
      sessionStorage.setItem("draft", result.response.text());
      localStorage.setItem("theme", "dark");
      document.querySelector("#out").textContent = result.response.text();
    `,
    // Token counts, lengths and ids from prompts and results.
    `
      import { generateText } from "ai";
      export async function run(messages) {
        const { text, usage, response } = await generateText({ model, messages });
        console.log("turns", messages.length, "prompt tokens", usage.promptTokens, "response id", response.id, "chars", text.length);
        return text;
      }
    `,
    // Streaming the answer to the HTTP client or the terminal is not storage.
    `
      import OpenAI from "openai";
      const openai = new OpenAI();
      export async function handler(req, res) {
        const stream = await openai.chat.completions.create({ model: "gpt-4o", messages: req.body.messages, stream: true });
        for await (const chunk of stream) {
          const delta = chunk.choices[0]?.delta?.content ?? "";
          res.write(delta);
          process.stdout.write(delta);
        }
        res.end();
      }
    `,
    // A variable of the same name in a function that never sends it to a model.
    `
      import OpenAI from "openai";
      const openai = new OpenAI();
      export async function send(messages) {
        return openai.chat.completions.create({ model: "gpt-4o", messages });
      }
      export function debugQueue(messages) {
        console.log("queued", messages);
      }
    `,
    // A hash of the prompt, and a function the rule does not know.
    `
      import { createHash } from "node:crypto";
      import fs from "node:fs";
      import ollama from "ollama";
      export async function ask(prompt) {
        const res = await ollama.generate({ model: "llama3.1", prompt });
        fs.appendFileSync("prompt-hashes.log", createHash("sha256").update(prompt).digest("hex") + "\\n");
        console.log(summarize(res.response));
        return res.response;
      }
    `,
    // The streamed answer handed to a Response.
    `
      import { streamText } from "ai";
      export async function POST(req) {
        const { prompt } = await req.json();
        const result = streamText({ model, prompt });
        return new Response(result.textStream);
      }
    `,
    // Ids and settings written into a prompt are still metadata when logged on their own.
    `
      import OpenAI from "openai";
      import pino from "pino";
      const logger = pino();
      const openai = new OpenAI();
      export async function ask(userId, locale, question) {
        await openai.chat.completions.create({
          model: "gpt-4o",
          messages: [{ role: "system", content: \`User \${userId} speaks \${locale}.\` }, { role: "user", content: question }],
        });
        logger.info({ userId, locale }, "asked");
      }
    `,
    // Loggers the rule does not know about, without the option.
    `
      import OpenAI from "openai";
      const openai = new OpenAI();
      export async function reply(messages) {
        const completion = await openai.chat.completions.create({ model: "gpt-4o", messages });
        audit.info(completion.choices[0].message.content);
        track("llm_reply", { messages });
      }
    `,
  ],
  invalid: [
    // --- Express chat handler: request log, reply log, a JSONL transcript, a Redis history
    invalid(
      `
        import express from "express";
        import OpenAI from "openai";
        import pino from "pino";
        import fs from "node:fs";
        import { createClient } from "redis";
        const logger = pino();
        const openai = new OpenAI();
        const redis = createClient({ url: process.env.REDIS_URL });
        const app = express();
        app.post("/chat", async (req, res) => {
          const { messages } = req.body;
          logger.info({ messages, userId: req.user.id }, "chat request");
          const completion = await openai.chat.completions.create({ model: "gpt-4o", messages });
          const reply = completion.choices[0].message.content;
          logger.debug(\`reply: \${reply}\`);
          fs.appendFileSync("transcripts.jsonl", JSON.stringify({ messages, reply }) + "\\n");
          await redis.rPush(\`history:\${req.user.id}\`, JSON.stringify({ role: "assistant", content: reply }));
          res.json({ reply });
        });
      `,
      [
        log("messages", PROMPT, "logger.info({ "),
        log("reply", RESPONSE, "logger.debug(`reply: ${"),
        file("messages", PROMPT, "JSON.stringify({ "),
        file("reply", RESPONSE, "JSON.stringify({ messages, "),
        stored("reply", RESPONSE, "Redis", "content: "),
      ],
    ),
    // --- A client created in another module: the call's shape (method path, model and messages) tells
    invalid(
      `
        import { openai } from "@/lib/openai";
        export async function POST(req) {
          const { messages } = await req.json();
          console.log("messages", messages);
          const completion = await openai.chat.completions.create({ model: "gpt-4o", messages });
          console.log(completion.choices[0].message.content);
          return Response.json({ ok: true });
        }
      `,
      [
        log("messages", PROMPT, 'console.log("messages", '),
        log("completion.choices[0].message.content", RESPONSE),
      ],
    ),
    // --- The whole request body, whose messages are the prompt
    invalid(
      `
        import { streamText } from "ai";
        import { openai } from "@ai-sdk/openai";
        import express from "express";
        const app = express();
        app.post("/api/chat", async (req, res) => {
          console.log("POST /api/chat", req.body);
          const result = streamText({ model: openai("gpt-4o"), messages: req.body.messages });
          result.pipeDataStreamToResponse(res);
        });
        export async function POST(request) {
          const body = await request.json();
          console.log("chat body", body);
          return streamText({ model: openai("gpt-4o"), messages: body.messages }).toDataStreamResponse();
        }
      `,
      [log("req.body", PROMPT), log("body", PROMPT, 'console.log("chat body", ')],
    ),
    // --- Tool calls: the model's arguments repeat what the user asked for
    invalid(
      `
        import OpenAI from "openai";
        import Anthropic from "@anthropic-ai/sdk";
        const openai = new OpenAI();
        const anthropic = new Anthropic();
        export async function run(messages) {
          const completion = await openai.chat.completions.create({ model: "gpt-4o", messages, tools });
          console.log("tool calls", completion.choices[0].message.tool_calls);
          const reply = await anthropic.messages.create({ model: "claude-sonnet-4-5", max_tokens: 1024, messages, tools });
          console.log(reply.content[0].input);
        }
      `,
      [
        log("completion.choices[0].message.tool_calls", RESPONSE),
        log("reply.content[0].input", RESPONSE),
      ],
    ),
    // --- Next.js route handler: streamText onFinish saves the conversation to Vercel KV and Postgres
    invalid(
      `
        import { streamText } from "ai";
        import { openai } from "@ai-sdk/openai";
        import { kv } from "@vercel/kv";
        import { sql } from "@vercel/postgres";
        export async function POST(req) {
          const { id, messages } = await req.json();
          const result = streamText({
            model: openai("gpt-4o"),
            system: "You are a helpful assistant.",
            messages,
            async onFinish({ text, usage }) {
              await kv.set(\`chat:\${id}\`, { messages, answer: text }, { ex: 86400 });
              await sql\`INSERT INTO messages (chat_id, role, content, tokens) VALUES (\${id}, 'assistant', \${text}, \${usage.totalTokens})\`;
            },
          });
          return result.toDataStreamResponse();
        }
      `,
      [
        stored("messages", PROMPT, "Vercel KV", "kv.set(`chat:${id}`, { "),
        stored("text", RESPONSE, "Vercel KV", "answer: "),
        stored("text", RESPONSE, "the database", "'assistant', ${"),
      ],
    ),
    // --- generateText results, destructured and whole
    invalid(
      `
        import { generateText } from "ai";
        const result = await generateText({ model, prompt: \`Summarise: \${document}\` });
        const { text } = result;
        console.log(text);
        console.log("steps", result.steps, "usage", result.usage);
        console.error(result);
      `,
      [log("text", RESPONSE, "console.log("), log("result.steps", RESPONSE), log("result", RESPONSE, "console.error(")],
    ),
    // --- LangChain: a chain's output and a model's AIMessage content
    invalid(
      `
        import { ChatOpenAI } from "@langchain/openai";
        import { ChatPromptTemplate } from "@langchain/core/prompts";
        import { StringOutputParser } from "@langchain/core/output_parsers";
        import winston from "winston";
        const logger = winston.createLogger({ transports: [new winston.transports.File({ filename: "app.log" })] });
        const model = new ChatOpenAI({ model: "gpt-4o-mini" });
        const prompt = ChatPromptTemplate.fromMessages([["system", "Answer from the context."], ["human", "{context}\\n\\n{question}"]]);
        const chain = prompt.pipe(model).pipe(new StringOutputParser());
        export async function answer(question, context) {
          const output = await chain.invoke({ question, context });
          logger.info("rag answer", { question, output });
          const critique = await model.invoke([["human", \`Critique: \${output}\`]]);
          logger.debug(critique.content, { tokens: critique.usage_metadata });
          return output;
        }
      `,
      [log("question", PROMPT, '"rag answer", { '), log("output", BOTH, '"rag answer", { question, '), log("critique.content", RESPONSE)],
    ),
    // --- Anthropic text blocks to a file, CommonJS
    invalid(
      `
        const Anthropic = require("@anthropic-ai/sdk");
        const { writeFileSync } = require("fs");
        const anthropic = new Anthropic();
        async function main(userText) {
          const msg = await anthropic.messages.create({ model: "claude-sonnet-4-5", max_tokens: 1024, messages: [{ role: "user", content: userText }] });
          writeFileSync("last-answer.txt", msg.content[0].text);
          writeFileSync("last-question.txt", userText, "utf8");
          writeFileSync("usage.json", JSON.stringify(msg.usage));
        }
      `,
      [file("msg.content[0].text", RESPONSE), file("userText", PROMPT, '"last-question.txt", ')],
    ),
    // --- Gemini in the browser: localStorage
    invalid(
      `
        import { GoogleGenerativeAI } from "@google/generative-ai";
        const model = new GoogleGenerativeAI(key).getGenerativeModel({ model: "gemini-1.5-flash" });
        export async function send(history, question) {
          const chat = model.startChat({ history });
          const result = await chat.sendMessage(question);
          history.push({ role: "model", parts: [{ text: result.response.text() }] });
          window.localStorage.setItem("gemini-history", JSON.stringify(history));
        }
      `,
      [stored("history", BOTH, "localStorage", '"gemini-history", JSON.stringify(')],
    ),
    // --- Vercel AI SDK useChat in the browser: the messages and the finished message saved to localStorage
    invalid(
      `
        import { useChat } from "@ai-sdk/react";
        import { useEffect } from "react";
        export function Chat({ id }) {
          const { messages } = useChat({ onFinish: ({ message }) => localStorage.setItem(\`chat:\${id}\`, JSON.stringify(message)) });
          useEffect(() => { localStorage.setItem("chat-history", JSON.stringify(messages)); }, [messages]);
          useEffect(() => { localStorage.setItem("chat-count", String(messages.length)); }, [messages]);
          return null;
        }
      `,
      [
        stored("message", RESPONSE, "localStorage", "JSON.stringify("),
        stored("messages", RESPONSE, "localStorage", '"chat-history", JSON.stringify('),
      ],
    ),
    // --- SQL inserts: pg with parameters, better-sqlite3, Prisma, MongoDB
    invalid(
      `
        import OpenAI from "openai";
        import { Pool } from "pg";
        import Database from "better-sqlite3";
        import { PrismaClient } from "@prisma/client";
        import { MongoClient } from "mongodb";
        const openai = new OpenAI();
        const pool = new Pool();
        const sqlite = new Database("chat.db");
        const prisma = new PrismaClient();
        const mongo = new MongoClient(process.env.MONGO_URL);
        export async function turn(chatId, question) {
          const completion = await openai.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: question }] });
          const answer = completion.choices[0].message.content;
          await pool.query("INSERT INTO messages (chat_id, role, content) VALUES ($1, $2, $3)", [chatId, "assistant", answer]);
          sqlite.prepare("INSERT INTO turns (question, answer) VALUES (?, ?)").run(question, answer);
          await prisma.message.create({ data: { chatId, role: "user", content: question } });
          await mongo.db("app").collection("turns").insertOne({ chatId, question, answer, tokens: completion.usage.total_tokens });
        }
      `,
      [
        stored("answer", RESPONSE, "the database", '"assistant", '),
        stored("question", PROMPT, "the database", ".run("),
        stored("answer", RESPONSE, "the database", ".run(question, "),
        stored("question", PROMPT, "the database", 'data: { chatId, role: "user", content: '),
        stored("question", PROMPT, "the database", "insertOne({ chatId, "),
        stored("answer", RESPONSE, "the database", "insertOne({ chatId, question, "),
      ],
    ),
    // --- better-sqlite3 statements prepared once, in a const and in a class field
    invalid(
      `
        import OpenAI from "openai";
        import Database from "better-sqlite3";
        const openai = new OpenAI();
        const db = new Database("chat.db");
        const insertTurn = db.prepare("INSERT INTO turns (question, answer) VALUES (?, ?)");
        const countTurns = db.prepare("SELECT count(*) FROM turns WHERE question = ?");
        class History {
          insert = db.prepare("INSERT INTO history (text) VALUES (?)");
          save(text) { this.insert.run(text); }
        }
        const history = new History();
        export async function turn(question) {
          const completion = await openai.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: question }] });
          const answer = completion.choices[0].message.content;
          countTurns.get(question);
          insertTurn.run(question, answer);
          history.save(answer);
        }
      `,
      [stored("question", PROMPT, "the database", "insertTurn.run("), stored("answer", RESPONSE, "the database", "insertTurn.run(question, ")],
    ),
    // --- a write stream and an accumulated stream
    invalid(
      `
        import OpenAI from "openai";
        import { createWriteStream } from "node:fs";
        const openai = new OpenAI();
        const transcript = createWriteStream("transcript.log", { flags: "a" });
        export async function run(messages) {
          transcript.write(JSON.stringify(messages) + "\\n");
          const stream = await openai.chat.completions.create({ model: "gpt-4o", messages, stream: true });
          let full = "";
          for await (const chunk of stream) {
            full += chunk.choices[0]?.delta?.content || "";
          }
          transcript.end(full);
        }
      `,
      [file("messages", PROMPT, "transcript.write(JSON.stringify("), file("full", RESPONSE, "transcript.end(")],
    ),
    // --- Responses API output, then(), Ollama to fs/promises
    invalid(
      `
        import OpenAI from "openai";
        import ollama from "ollama";
        import { appendFile } from "node:fs/promises";
        const client = new OpenAI();
        const response = await client.responses.create({ model: "gpt-4o", instructions: "Be brief.", input: question });
        console.info(response.output_text);
        client.chat.completions.create({ model: "gpt-4o", messages: history }).then((r) => console.log(r.choices[0].message));
        const local = await ollama.chat({ model: "llama3.1", messages: [{ role: "user", content: question }] });
        await appendFile("ollama.log", local.message.content + "\\n");
      `,
      [log("response.output_text", RESPONSE), log("r.choices[0].message", RESPONSE), file("local.message.content", RESPONSE)],
    ),
    // --- RAG: retrieved context placed in the prompt, and the prompt itself
    invalid(
      `
        import OpenAI from "openai";
        const openai = new OpenAI();
        export async function rag(question, retriever) {
          const docs = await retriever.invoke(question);
          const context = docs.map((d) => d.pageContent).join("\\n---\\n");
          const prompt = \`Answer using only this context:\\n\${context}\\n\\nQuestion: \${question}\`;
          console.debug("prompt", prompt);
          const res = await openai.completions.create({ model: "gpt-3.5-turbo-instruct", prompt, max_tokens: 300 });
          console.debug("context chars", context.length, "answer", res.choices[0].text);
          return res.choices[0].text;
        }
      `,
      [log("prompt", PROMPT, 'console.debug("prompt", '), log("res.choices[0].text", RESPONSE)],
    ),
    // --- MongoDB update, drizzle insert, Bun and Deno file writes, AsyncStorage
    invalid(
      `
        import Anthropic from "@anthropic-ai/sdk";
        const anthropic = new Anthropic();
        export async function turn(chats, drizzleDb, chatId, question) {
          const msg = await anthropic.messages.create({ model: "claude-sonnet-4-5", max_tokens: 512, messages: [{ role: "user", content: question }] });
          const reply = msg.content[0].text;
          await chats.updateOne({ _id: chatId }, { $push: { turns: { question, reply } } });
          await drizzleDb.insert(messagesTable).values({ chatId, content: reply });
          await Bun.write(\`chats/\${chatId}.txt\`, reply);
          await Deno.writeTextFile("last.txt", question);
          await AsyncStorage.setItem("last-reply", reply);
        }
      `,
      [
        stored("question", PROMPT, "the database", "turns: { "),
        stored("reply", RESPONSE, "the database", "turns: { question, "),
        stored("reply", RESPONSE, "the database", "values({ chatId, content: "),
        file("reply", RESPONSE, "chatId}.txt`, "),
        file("question", PROMPT, '"last.txt", '),
        stored("reply", RESPONSE, "AsyncStorage", '"last-reply", '),
      ],
    ),
    // --- pino child loggers, util.format, console.table, a ternary (the plaintext branch)
    invalid(
      `
        import pino from "pino";
        import util from "node:util";
        import { Mistral } from "@mistralai/mistralai";
        const log = pino().child({ svc: "chat" });
        const mistral = new Mistral({ apiKey: process.env.MISTRAL_API_KEY });
        export async function chat(messages, debug) {
          const res = await mistral.chat.complete({ model: "mistral-large-latest", messages });
          const answer = res.choices[0].message.content;
          log.info(util.format("answer=%s", answer));
          console.table(structuredClone(messages));
          log.warn(debug ? answer : "[redacted]");
          return answer;
        }
      `,
      [log("answer", RESPONSE, '"answer=%s", '), log("messages", PROMPT, "structuredClone("), log("answer", RESPONSE, "debug ? ")],
    ),
    // --- Cohere, Hugging Face, @google/genai, LlamaIndex chat engine answers
    invalid(
      `
        import { CohereClient } from "cohere-ai";
        import { InferenceClient } from "@huggingface/inference";
        import { GoogleGenAI } from "@google/genai";
        import { SimpleChatEngine } from "llamaindex";
        const cohere = new CohereClient({ token: process.env.CO_API_KEY });
        const hf = new InferenceClient(process.env.HF_TOKEN);
        const ai = new GoogleGenAI({});
        const engine = new SimpleChatEngine();
        export async function compare(question) {
          const a = await cohere.chat({ message: question });
          const b = await hf.chatCompletion({ model: "meta-llama/Llama-3.1-8B-Instruct", messages: [{ role: "user", content: question }] });
          const c = await ai.models.generateContent({ model: "gemini-2.5-flash", contents: question });
          const d = await engine.chat({ message: question });
          console.log(a.text, b.choices[0].message.content, c.text, d.message.content, d.toString());
        }
      `,
      [
        log("a.text", RESPONSE),
        log("b.choices[0].message.content", RESPONSE),
        log("c.text", RESPONSE),
        log("d.message.content", RESPONSE),
        log("d.toString()", RESPONSE),
      ],
    ),
    // --- an Anthropic stream's final text, the Responses API stream deltas, fs.writeFile with a callback
    invalid(
      `
        import Anthropic from "@anthropic-ai/sdk";
        import OpenAI from "openai";
        import fs from "node:fs";
        const anthropic = new Anthropic();
        const openai = new OpenAI();
        export async function both(messages) {
          const stream = anthropic.messages.stream({ model: "claude-sonnet-4-5", max_tokens: 1024, messages });
          const finalText = await stream.finalText();
          await fs.promises.writeFile("claude.txt", finalText);
          const events = await openai.responses.create({ model: "gpt-4o", input: messages, stream: true });
          let buffer = "";
          for await (const event of events) {
            if (event.type === "response.output_text.delta") buffer += event.delta;
          }
          fs.writeFile("gpt.txt", buffer, (err) => { if (err) console.error(err.message); });
        }
      `,
      [file("finalText", RESPONSE, '"claude.txt", '), file("buffer", RESPONSE, '"gpt.txt", ')],
    ),
    // --- TypeScript: a typed Vercel AI SDK route that logs the full stream's text parts
    invalid(
      `
        import { streamText, type ModelMessage } from "ai";
        import { logger } from "@/lib/logger";
        export async function POST(req: Request): Promise<Response> {
          const { messages } = (await req.json()) as { messages: ModelMessage[] };
          const result = streamText({ model: "openai/gpt-4o", messages: messages satisfies ModelMessage[] });
          for await (const part of result.fullStream) {
            if (part.type === "text-delta") logger.debug(part.text!);
          }
          return result.toTextStreamResponse();
        }
      `,
      [log("part.text!", RESPONSE)],
      { filename: "file.ts" },
    ),
    // --- custom logger names from the options
    invalid(
      `
        import OpenAI from "openai";
        const openai = new OpenAI();
        export async function reply(messages) {
          const completion = await openai.chat.completions.create({ model: "gpt-4o", messages });
          audit.info(completion.choices[0].message.content);
          track("llm_reply", { messages });
        }
      `,
      [log("completion.choices[0].message.content", RESPONSE), log("messages", PROMPT, 'track("llm_reply", { ')],
      { options: [{ loggerNames: ["audit", "track"] }] },
    ),
    // --- TypeScript: non-null and `as`, a class with this.client and this.logger
    invalid(
      `
        import OpenAI from "openai";
        import { Logger } from "@nestjs/common";
        export class ChatService {
          private readonly logger = new Logger(ChatService.name);
          private readonly client = new OpenAI();
          async complete(prompt: string): Promise<string> {
            const completion = await this.client.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: prompt }] });
            const reply = completion.choices[0]!.message.content as string;
            this.logger.log(\`prompt=\${prompt} reply=\${reply}\`);
            this.logger.verbose(\`tokens=\${completion.usage?.total_tokens}\`);
            return reply;
          }
        }
      `,
      [log("prompt", PROMPT, "prompt=${"), log("reply", RESPONSE, "reply=${")],
      { filename: "file.ts" },
    ),
    // --- Upstash Redis, ioredis and a persistent Keyv store as response caches
    invalid(
      `
        import { Redis } from "@upstash/redis";
        import IORedis from "ioredis";
        import Keyv from "keyv";
        import KeyvRedis from "@keyv/redis";
        import Groq from "groq-sdk";
        const upstash = Redis.fromEnv();
        const io = new IORedis(process.env.REDIS_URL);
        const cache = new Keyv({ store: new KeyvRedis(process.env.REDIS_URL) });
        const groq = new Groq();
        export async function cached(prompt) {
          const out = await groq.chat.completions.create({ model: "llama3-70b-8192", messages: [{ role: "user", content: prompt }] });
          const text = out.choices[0].message.content;
          await upstash.set(\`llm:\${prompt}\`, text, { ex: 3600 });
          await io.setex(\`llm:\${prompt}\`, 3600, text);
          await cache.set(prompt, text);
          return text;
        }
      `,
      [
        stored("prompt", PROMPT, "Upstash Redis", "upstash.set(`llm:${"),
        stored("text", RESPONSE, "Upstash Redis", "upstash.set(`llm:${prompt}`, "),
        stored("prompt", PROMPT, "Redis", "io.setex(`llm:${"),
        stored("text", RESPONSE, "Redis", "3600, "),
        stored("prompt", PROMPT, "a Keyv store", "cache.set("),
        stored("text", RESPONSE, "a Keyv store", "cache.set(prompt, "),
      ],
    ),
    // --- a history array that mixes prompts and answers, saved through a client made in another file
    invalid(
      `
        import Anthropic from "@anthropic-ai/sdk";
        import { redis } from "./lib/redis";
        const anthropic = new Anthropic();
        export async function turn(sessionId, history, userText) {
          history.push({ role: "user", content: userText });
          const msg = await anthropic.messages.create({ model: "claude-sonnet-4-5", max_tokens: 1024, messages: history });
          history.push({ role: "assistant", content: msg.content });
          await redis.set(\`session:\${sessionId}\`, JSON.stringify(history));
          await supabase.from("transcripts").insert({ session_id: sessionId, history });
        }
      `,
      [stored("history", BOTH, "a key-value store", "JSON.stringify("), stored("history", BOTH, "the database", "session_id: sessionId, ")],
    ),
  ],
});
