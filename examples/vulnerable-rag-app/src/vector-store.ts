import { QdrantClient } from "@qdrant/js-client-rest";
import pg from "pg";
import { config } from "./config.js";

export const qdrant = new QdrantClient({
  // ❌ no-plaintext-vector-store: document embeddings, user queries and the Qdrant API key go
  //    over plain http:// whenever QDRANT_URL is unset.
  // ❌ no-plaintext-http (strict): the strict config reports every http:// URL to a remote host.
  url: process.env.QDRANT_URL ?? "http://qdrant.rag.svc.cluster.local:6333",
  apiKey: process.env.QDRANT_API_KEY,
});

// Chunk texts and metadata live in Postgres (pgvector) next to the Qdrant vectors.
export const pool = new pg.Pool({
  // ❌ no-hardcoded-api-key: the database password is written in the source, so everyone with
  //    the repository (and every fork, CI log and container image) has it.
  // ❌ no-plaintext-vector-store: no TLS toward a remote database host (node-postgres does not
  //    encrypt unless ssl or sslmode says so).
  connectionString: "postgres://rag_app:pgvector-rag-2024@pg.rag.internal:5432/rag",
});

export interface Passage {
  id: string;
  text: string;
  score: number;
}

export async function search(vector: number[]): Promise<Passage[]> {
  const hits = await qdrant.search(config.collection, { vector, limit: config.topK, with_payload: false });
  const ids = hits.map((h) => String(h.id));
  const { rows } = await pool.query<{ id: string; text: string }>("SELECT id, text FROM chunks WHERE id = ANY($1)", [ids]);
  const texts = new Map(rows.map((r) => [r.id, r.text]));
  return hits.map((h) => ({ id: String(h.id), text: texts.get(String(h.id)) ?? "", score: h.score }));
}

export async function upsert(points: { id: string; vector: number[]; text: string }[]): Promise<void> {
  await qdrant.upsert(config.collection, { points: points.map(({ id, vector }) => ({ id, vector, payload: {} })) });
  for (const p of points) await pool.query("INSERT INTO chunks (id, text) VALUES ($1, $2) ON CONFLICT (id) DO UPDATE SET text = $2", [p.id, p.text]);
}
