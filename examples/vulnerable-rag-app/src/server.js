import express from "express";
import pino from "pino";
import { createClient } from "redis";
import { generateText } from "ai";
import { openai } from "@ai-sdk/openai";
import { answer, answerWithGemini, embedQuery, title } from "./llm.js";
import { search } from "./vector-store.js";
import { readCachedAnswer, writeCachedAnswer } from "./cache.js";
import { rerank } from "./reranker.cjs";

// ❌ no-disabled-tls-verification: turns certificate checks off for every HTTPS connection of the
//    process ("the corporate proxy re-signs certificates"), so anyone on the path can read and
//    rewrite prompts, answers and API keys.
process.env.NODE_TLS_REJECT_UNAUTHORIZED = "0";

const logger = pino();
const redis = createClient({ url: process.env.REDIS_URL });
await redis.connect();

// ❌ no-plaintext-http (strict): app.listen() below serves plain HTTP on every interface, so chats
//    and bearer tokens cross the network unencrypted; terminate TLS here or listen on loopback
//    behind a TLS proxy.
const app = express();
app.use(express.json({ limit: "1mb" }));

app.use((req, res, next) => {
  // ❌ no-secret-in-log: the request headers carry the caller's Authorization bearer token.
  logger.info({ method: req.method, url: req.url, headers: req.headers }, "request");
  next();
});

app.post("/chat", async (req, res) => {
  const { conversationId, messages } = req.body;
  // ❌ no-plaintext-conversation-log (strict): the user's messages go to the log platform as they are.
  logger.info({ conversationId, messages }, "chat request");

  const question = messages.at(-1)?.content ?? "";
  const cached = await readCachedAnswer(question);
  if (cached) return res.json({ reply: cached, cached: true });

  const passages = await rerank(question, await search(await embedQuery(question)));
  const { text } = await generateText({
    model: openai("gpt-4o-mini"),
    system: `Answer from the context only.\n\n${passages.map((p) => p.text).join("\n---\n")}`,
    messages,
  });
  // ❌ no-plaintext-conversation-log (strict): the whole transcript is kept in Redis for a day, unencrypted.
  await redis.set(`chat:${conversationId}`, JSON.stringify({ messages, reply: text }), { EX: 86_400 });
  await writeCachedAnswer(question, text);
  res.json({ reply: text });
});

app.post("/answer", async (req, res) => {
  const { question } = req.body;
  const passages = await search(await embedQuery(question));
  let reply;
  try {
    reply = await answer(question, passages.map((p) => p.text));
  } catch {
    reply = await answerWithGemini(question);
  }
  res.json({ title: await title(question), reply });
});

app.listen(Number(process.env.PORT ?? 3000), () => logger.info("rag service listening"));
