// Splits the Markdown help-centre export into chunks, embeds them and loads them into the store.
import { randomUUID } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { config } from "../src/config.js";
import { embedder } from "../src/llm.js";
import { upsert } from "../src/vector-store.js";

const docsDir = process.argv[2] ?? "./help-centre";

function chunk(text: string, size = 1200): string[] {
  const parts: string[] = [];
  for (let i = 0; i < text.length; i += size) parts.push(text.slice(i, i + size));
  return parts;
}

const chunks: { id: string; text: string }[] = [];
for (const file of await fs.readdir(docsDir)) {
  if (!file.endsWith(".md")) continue;
  for (const text of chunk(await fs.readFile(path.join(docsDir, file), "utf8"))) chunks.push({ id: randomUUID(), text });
}

const res = await embedder.embeddings.create({ model: config.embeddingModel, input: chunks.map((c) => c.text) });
const points = chunks.map((c, i) => ({ ...c, vector: res.data[i]!.embedding }));

// A local copy "to re-load quickly without paying for embeddings again".
await fs.mkdir("./data", { recursive: true });
// ❌ no-unencrypted-local-vector-store (strict): the chunk texts and their embeddings land on local
//    disk in plaintext (embeddings can be inverted back to much of the text).
await fs.writeFile("./data/vectors.json", JSON.stringify(res.data.map((d, i) => ({ ...chunks[i], embedding: d.embedding }))));

await upsert(points);
console.log(`ingested ${points.length} chunks`);
