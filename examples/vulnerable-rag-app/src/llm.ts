import https from "node:https";
import OpenAI from "openai";
import { generateText } from "ai";
import { createOpenAI } from "@ai-sdk/openai";
import { config } from "./config.js";

// ❌ no-weak-tls-version: minVersion "TLSv1" lets an attacker on the path downgrade the
//    connection that carries prompts and the API key to TLS 1.0.
// ❌ require-tls-pinning (strict): a custom agent for the model provider that trusts any
//    certificate a public CA issues for the host; no public-key pin is checked.
const keepAliveAgent = new https.Agent({ keepAlive: true, maxSockets: 32, minVersion: "TLSv1" });

export const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY, httpAgent: keepAliveAgent });

// Embeddings come from a self-hosted model (Text Embeddings Inference, OpenAI-compatible API).
export const embedder = new OpenAI({
  apiKey: process.env.EMBEDDINGS_API_KEY,
  // ❌ no-plaintext-http: when EMBEDDINGS_URL is unset, every document chunk, user question and
  //    the key go to the embedding server over plain http:// inside the cluster.
  baseURL: process.env.EMBEDDINGS_URL ?? "http://tei.ml.svc.cluster.local:8080/v1",
});

export async function embedQuery(text: string): Promise<number[]> {
  const res = await embedder.embeddings.create({ model: config.embeddingModel, input: text });
  return res.data[0]!.embedding;
}

export interface ChatTurn {
  role: "user" | "assistant";
  content: string;
}

/** Answers a question from the retrieved passages with the OpenAI SDK. */
export async function answer(question: string, passages: string[], history: ChatTurn[] = []): Promise<string> {
  const completion = await openai.chat.completions.create({
    model: config.chatModel,
    messages: [
      {
        role: "system",
        // ❌ no-secret-in-prompt: the CRM token is sent to the model provider inside the system
        //    prompt, where logs keep it and a prompt injection can make the model repeat it.
        content: `You are the support assistant. Look customers up with CRM token ${process.env.CRM_API_TOKEN}.\n\nContext:\n${passages.join("\n---\n")}`,
      },
      ...history,
      { role: "user", content: question },
    ],
  });
  return completion.choices[0]?.message.content ?? "";
}

/** Short summary of a conversation title with the Vercel AI SDK (cheaper model). */
export async function title(question: string): Promise<string> {
  const provider = createOpenAI({ apiKey: process.env.OPENAI_API_KEY });
  const { text } = await generateText({ model: provider("gpt-4o-mini"), prompt: `Give a five-word title for: ${question}` });
  return text;
}

/** Fallback when OpenAI is down: Gemini over its REST API. */
export async function answerWithGemini(question: string): Promise<string> {
  const res = await fetch(
    // ❌ no-api-key-in-url: the Gemini key travels in the query string, so every proxy, access log
    //    and error report that records the URL records the key.
    `https://generativelanguage.googleapis.com/v1beta/models/gemini-2.0-flash:generateContent?key=${process.env.GEMINI_API_KEY}`,
    {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ contents: [{ parts: [{ text: question }] }] }),
    },
  );
  const data = (await res.json()) as { candidates?: { content: { parts: { text: string }[] } }[] };
  return data.candidates?.[0]?.content.parts[0]?.text ?? "";
}
