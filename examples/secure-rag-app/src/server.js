import express from "express";
import pino from "pino";
import { createClient } from "redis";
import { generateText } from "ai";
import { openai } from "@ai-sdk/openai";
import { answer, answerWithGemini, embedQuery, title } from "./llm.js";
import { search } from "./vector-store.js";
import { readCachedAnswer, writeCachedAnswer } from "./cache.js";
import { rerank } from "./reranker.cjs";
import { seal } from "./seal.js";

// ✅ no-disabled-tls-verification: certificate checks stay on. The proxy's CA is trusted instead,
//    by starting Node with NODE_EXTRA_CA_CERTS=/etc/ssl/corp-proxy-ca.pem.

// ✅ no-secret-in-log: pino drops the credentials of any request logged by mistake.
const logger = pino({ redact: ["req.headers.authorization", "req.headers.cookie", "headers.authorization"] });
// REDIS_URL is a rediss:// URL (TLS) in every deployment.
const redis = createClient({ url: process.env.REDIS_URL });
await redis.connect();

const app = express();
app.use(express.json({ limit: "1mb" }));

app.use((req, res, next) => {
  // ✅ no-secret-in-log: the method and path only, never the headers.
  logger.info({ method: req.method, path: req.path }, "request");
  next();
});

app.post("/chat", async (req, res) => {
  const { conversationId, messages } = req.body;
  // ✅ no-plaintext-conversation-log: metadata only in the log.
  logger.info({ conversationId, turns: messages.length }, "chat request");

  const question = messages.at(-1)?.content ?? "";
  const cached = await readCachedAnswer(question);
  if (cached) return res.json({ reply: cached, cached: true });

  const passages = await rerank(question, await search(await embedQuery(question)));
  const { text } = await generateText({
    model: openai("gpt-4o-mini"),
    system: `Answer from the context only.\n\n${passages.map((p) => p.text).join("\n---\n")}`,
    messages,
  });
  // ✅ no-plaintext-conversation-log: the transcript is encrypted (AES-256-GCM) before it is stored.
  await redis.set(`chat:${conversationId}`, seal(JSON.stringify({ messages, reply: text })), { EX: 86_400 });
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

// TLS is terminated by the ingress in front of the service; the app listens on loopback only.
app.listen(Number(process.env.PORT ?? 3000), "127.0.0.1", () => logger.info("rag service listening"));
